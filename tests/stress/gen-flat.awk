# gen-flat.awk - a deterministic flat CSV (the import layout) for the
# stress tests: one recommendation per row, so the file of -v rows=N
# imports as exactly N recommendations.
#
#   awk -v rows=100000 -f gen-flat.awk > flat.csv
#   awk -v rows=500 -v prefix=base -f gen-flat.awk > base.csv
#
# Five committees (PREFIX-a ... PREFIX-e, created by the import), a meeting
# every 100 rows, an agenda item every 10; one recommendation in ten
# accepted with an update, one in ten rejected, the rest awaiting a
# response; one lead, two on every seventh row.  (Light on purpose: every
# response and update costs the import as much as a recommendation, and
# the crash test runs this import fifty times over.)  Texts carry a comma
# and a doubled quote (quoted fields); no field holds a line break, so a
# line of the file is a row.  The same arguments always give the same
# bytes (no rand(), no clock).
BEGIN {
	if (rows == "")
		rows = 100000
	if (prefix == "")
		prefix = "stress"
	printf "committee,meeting_date,item,rec_number,recommendation,lead," \
	    "response_date,response,response_text,update_date,update_status," \
	    "update_text,update_due\r\n"
	for (i = 0; i < rows; i++) {
		m = int(i / 100)		# meeting, in its committee
		c = substr("abcde", m % 5 + 1, 1)
		d = int(m / 5)			# the committee's d-th meeting
		date = sprintf("%04d-%02d-%02d", 2000 + int(d / 336),
		    int(d / 28) % 12 + 1, d % 28 + 1)
		item = sprintf("Item %d of meeting %d", int(i / 10) % 10 + 1, m)
		num = i % 10 + 1
		text = sprintf("\"Recommendation %d: review the \"\"%s\"\" budget, " \
		    "and report back\"", i, c)
		lead = sprintf("Officer %d", i % 37)
		if (i % 7 == 0)
			lead = lead sprintf("; Deputy %d", i % 41)
		k = i % 10
		if (k == 0)
			tail = sprintf("%s,accepted,\"Agreed, with thanks\",%s," \
			    "in-progress,\"Work started, on plan\",", date, date)
		else if (k == 1)
			tail = sprintf("%s,rejected,Not affordable,,,,", date)
		else
			tail = ",,,,,,"
		printf "%s-%s,%s,%s,%d,%s,%s,%s\r\n", prefix, c, date, item, num,
		    text, lead, tail
	}
}
