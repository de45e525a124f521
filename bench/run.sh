#!/usr/bin/env bash
# bench/run.sh - rectrack against the sqlite3 shell, on the same data, in
# the same run.
#
#   bench/run.sh            the full benchmark (national scale; about 40
#                           minutes the first time, while it builds the
#                           databases)
#   bench/run.sh --smoke    the same steps on tiny databases (a minute)
#
# Options (or the environment variable in brackets):
#   --recs N          recommendations of the main database [RECS, 1000000]
#   --scales "A B"    smaller databases for the scaling table [SCALES,
#                     "10000 100000"]; the main database is the last point
#   --runs N          timed runs of each short benchmark [RUNS, 5]
#   --long-runs N     timed runs of exports and whole-database queries on
#                     the main database [LONG_RUNS, 3]
#   --import-runs N   rectrack imports of the main flat CSV, counting the
#                     one that built the cached database [IMPORT_RUNS, 1]
#   --only LIST       run only these groups, comma-separated: import,
#                     export, write, committee, all, tracker, search,
#                     impact, documents, scaling
#   --build-only      build the data and databases, measure nothing else
# Environment: RECTRACK (default build/rectrack), RT_GEN (build/bench/rt_gen),
# SQLITE3 (sqlite3), BENCH_CACHE (bench/.cache): generated files, databases
# and results, kept between runs and rebuilt when what bench/gen.c writes
# or sql/migrations/ change.
#
# Every benchmark runs once untimed (warm-up), then RUNS times, rectrack and
# sqlite3 alternated (rectrack first on odd runs, sqlite3 first on even
# ones).  Wall time is taken around the process (bash EPOCHREALTIME, so
# start-up and exit count), peak memory from /usr/bin/time -v.  The table
# printed at the end, and kept as BENCH_CACHE/results-DATE.md, gives medians.
#
# The state views answer "as of" a date: rectrack is given --as-of today,
# and the sqlite3 shell reads the database's own views, which answer as of
# today, so both compute the same rows.  Canned queries get their filters in
# sqlite3 with ".parameter set"; unset parameters are NULL there, as in
# rectrack.
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

RECS=${RECS:-1000000}
SCALES=${SCALES:-"10000 100000"}
RUNS=${RUNS:-5}
LONG_RUNS=${LONG_RUNS:-3}
IMPORT_RUNS=${IMPORT_RUNS:-1}
ONLY=${ONLY:-}
BUILD_ONLY=0
SMOKE=0
RECTRACK=${RECTRACK:-$root/build/rectrack}
RT_GEN=${RT_GEN:-$root/build/bench/rt_gen}
SQLITE3=${SQLITE3:-sqlite3}
BENCH_CACHE=${BENCH_CACHE:-$here/.cache}

die() { echo "run.sh: $*" >&2; exit 1; }

while (($# > 0)); do
	case $1 in
	--smoke) SMOKE=1 ;;
	--recs) RECS=$2; shift ;;
	--scales) SCALES=$2; shift ;;
	--runs) RUNS=$2; shift ;;
	--long-runs) LONG_RUNS=$2; shift ;;
	--import-runs) IMPORT_RUNS=$2; shift ;;
	--only) ONLY=$2; shift ;;
	--build-only) BUILD_ONLY=1 ;;
	-h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
	*) die "unknown option '$1' (see --help)" ;;
	esac
	shift
done
if ((SMOKE)); then
	RECS=2000 SCALES="500 1000" RUNS=2 LONG_RUNS=1 IMPORT_RUNS=1
fi

[[ -x $RECTRACK ]] || die "no rectrack at $RECTRACK: run 'make build' first"
[[ -x $RT_GEN ]] || die "no rt_gen at $RT_GEN: run 'make build' first"
command -v "$SQLITE3" >/dev/null || die "no sqlite3 shell (apt-get install sqlite3)"
[[ -x /usr/bin/time ]] || die "no /usr/bin/time (apt-get install time)"
((BASH_VERSINFO[0] >= 5)) || die "bash 5 is needed (EPOCHREALTIME)"

want() { [[ -z $ONLY || ",$ONLY," == *",$1,"* ]]; }

TODAY=$(date +%F)
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$BENCH_CACHE"
BENCH_CACHE=$(cd "$BENCH_CACHE" && pwd)
RUN_DIR=$BENCH_CACHE/run-$STAMP
mkdir -p "$RUN_DIR"
RESULTS=$RUN_DIR/results.tsv      # bench, tool, run, wall s, peak RSS KiB, CPU s
NOTES=$RUN_DIR/notes.txt          # lines for the report
ROWS=$RUN_DIR/rows.tsv            # bench, rows returned
ERRLOG=$RUN_DIR/stderr.log
TV=$RUN_DIR/time.out
: >"$RESULTS" >"$NOTES" >"$ROWS" >"$ERRLOG"
RUN=0
note() { echo "$*" >>"$NOTES"; echo "run.sh: $*" >&2; }
log() { echo "run.sh: $(date +%T) $*" >&2; }

# ---------------------------------------------------------------------
# Measuring.

# measure BENCH TOOL IN OUT CMD...: run CMD with stdin IN and stdout OUT
# under /usr/bin/time -v; append its wall time and peak RSS to RESULTS.
measure() {
	local bench=$1 tool=$2 in=$3 out=$4 t0 t1 rc=0 rss cpu
	shift 4
	t0=$EPOCHREALTIME
	/usr/bin/time -v -o "$TV" "$@" <"$in" >"$out" 2>>"$ERRLOG" || rc=$?
	t1=$EPOCHREALTIME
	if ((rc != 0)); then
		tail -n 5 "$ERRLOG" >&2
		die "$bench ($tool, run $RUN) failed with status $rc: $*"
	fi
	rss=$(awk '/Maximum resident set size/ { print $NF }' "$TV")
	cpu=$(awk '/User time \(seconds\)|System time \(seconds\)/ { s += $NF }
	    END { printf "%.2f", s }' "$TV")
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$bench" "$tool" "$RUN" \
	    "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", b - a }')" \
	    "$rss" "$cpu" >>"$RESULTS"
}

# pair BENCH N RT SQ: a warm-up of each, then N runs alternated.  RT and SQ
# are functions that run one measurement of their tool (either may be "-").
pair() {
	local bench=$1 n=$2 rt=$3 sq=$4 i
	log "$bench: warm-up and $n runs"
	RUN=0
	[[ $rt == - ]] || $rt "$bench"
	[[ $sq == - ]] || $sq "$bench"
	for ((i = 1; i <= n; i++)); do
		RUN=$i
		if ((i % 2 == 1)); then
			[[ $rt == - ]] || $rt "$bench"
			[[ $sq == - ]] || $sq "$bench"
		else
			[[ $sq == - ]] || $sq "$bench"
			[[ $rt == - ]] || $rt "$bench"
		fi
	done
}

# ---------------------------------------------------------------------
# Data: the generated files and the database of N recommendations, kept in
# BENCH_CACHE/nN and rebuilt when the generated data or the schema change.

# The cache key: what the generator writes (for a small size) and the
# schema, so that editing a comment rebuilds nothing.
key() {
	local d
	d=$(mktemp -d)
	"$RT_GEN" --recs 300 --flat "$d/f.csv" --sql "$d/a.sql" 2>/dev/null
	cat "$d/f.csv" "$d/a.sql" "$root"/sql/migrations/*.sql | sha256sum | cut -c1-16
	rm -rf "$d"
}

# data N: the flat CSV and the actions SQL.
data() {
	local n=$1 dir=$BENCH_CACHE/n$1 k
	k=$(key)
	if [[ -f $dir/flat.csv && -f $dir/actions.sql && -f $dir/key &&
	    $(cat "$dir/key") == "$k" ]]; then
		return
	fi
	log "generating $n recommendations in $dir"
	rm -rf "$dir"
	mkdir -p "$dir"
	"$RT_GEN" --recs "$n" --flat "$dir/flat.csv" --sql "$dir/actions.sql" \
	    2>"$dir/gen.log"
	cat "$dir/gen.log" >&2
	echo "$k" >"$dir/key"
}

# database N: rectrack init + import of the flat CSV (measured: this is an
# import run, kept in the cache as import.tsv), then the actions and reports
# (sqlite3 < actions.sql, plain INSERTs in one transaction, which fire the
# history, search and kept-state triggers).  The kept state's triggers run a
# large program for each row; with glibc's default the shell hands the
# memory of each run back to the kernel and takes it again for the next,
# 1 ms a row (README "Kept state"), so the shell keeps it, as rectrack does.
database() {
	local n=$1 dir=$BENCH_CACHE/n$1 db tmp
	data "$n"
	db=$dir/rectrack.db
	[[ -f $db && -f $dir/built ]] && return
	tmp=$dir/building.db
	rm -f "$tmp" "$tmp"-wal "$tmp"-shm "$db" "$db"-wal "$db"-shm "$dir/built"
	log "building $db (rectrack import; long at the national scale)"
	"$RECTRACK" --db "$tmp" --quiet init
	local save=$RESULTS
	RESULTS=$dir/import.tsv
	: >"$RESULTS"
	RUN=1
	measure import rectrack /dev/null /dev/null \
	    "$RECTRACK" --db "$tmp" --quiet import "$dir/flat.csv"
	RESULTS=$save
	log "loading the actions and reports"
	MALLOC_TRIM_THRESHOLD_=16777216 "$SQLITE3" -batch "$tmp" <"$dir/actions.sql"
	[[ -f $tmp-wal ]] && "$SQLITE3" -batch "$tmp" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
	mv "$tmp" "$db"
	rm -f "$tmp"-wal "$tmp"-shm
	date -u +%FT%TZ >"$dir/built"
	"$SQLITE3" -batch "$db" "SELECT 'database: ' || (SELECT count(*) FROM committees)
	    || ' committees, ' || (SELECT count(*) FROM meetings) || ' meetings, '
	    || (SELECT count(*) FROM recommendations) || ' recommendations, '
	    || (SELECT count(*) FROM responses) || ' responses, '
	    || (SELECT count(*) FROM updates) || ' updates, '
	    || (SELECT count(*) FROM actions) || ' actions, '
	    || (SELECT count(*) FROM reports) || ' reports, '
	    || (SELECT count(*) FROM history) || ' history rows'" >"$dir/summary.tmp"
	echo "$(cat "$dir/summary.tmp"), $(du -h "$db" | cut -f1)" >"$dir/summary"
	rm -f "$dir/summary.tmp"
	cat "$dir/summary" >&2
}

# ---------------------------------------------------------------------
# The benchmarks, on the database DB of RECS recommendations.

Q=$root/sql/queries
X=$root/sql/export
OUT=$RUN_DIR/out
mkdir -p "$OUT"

# Row count of a canned query (sqlite3, same SQL), for the scaling table.
count_rows() {	# DB FILE [COMMITTEE]
	{
		[[ -n ${3:-} ]] && printf '.parameter set :committee "%s"\n' "'$3'"
		printf 'SELECT count(*) FROM (\n%s\n);\n' "$(sed '$ s/;[[:space:]]*$//' "$2")"
	} | "$SQLITE3" -batch "$1"
}

# import: the flat CSV into an empty database.
imp_rt() {
	local db=$RUN_DIR/import-rt.db
	rm -f "$db" "$db"-wal "$db"-shm
	"$RECTRACK" --db "$db" --quiet init
	measure "$1" rectrack /dev/null /dev/null \
	    "$RECTRACK" --db "$db" --quiet import "$DIR/flat.csv"
	rm -f "$db" "$db"-wal "$db"-shm
}
imp_sq() {
	local db=$RUN_DIR/import-sq.db
	rm -f "$db" "$db"-journal
	measure "$1" sqlite3 /dev/null /dev/null \
	    "$SQLITE3" -batch "$db" ".import --csv $DIR/flat.csv staging"
	rm -f "$db" "$db"-journal
}

# export flat: the flat CSV of every recommendation to a file.
flat_rt() {
	measure "$1" rectrack /dev/null "$OUT/flat-rt.csv" \
	    "$RECTRACK" --db "$DB" --quiet export flat --as-of "$TODAY"
	[[ $RUN == 1 ]] && sha256sum <"$OUT/flat-rt.csv" | cut -c1-64 >"$OUT/flat-rt.sha"
	rm -f "$OUT/flat-rt.csv"
}
flat_sq() {
	measure "$1" sqlite3 /dev/null "$OUT/flat-sq.csv" \
	    "$SQLITE3" -batch -csv -header "$DB" $'\n'"$(cat "$X/flat.sql")"
	rm -f "$OUT/flat-sq.csv"
}

# export --dir: every table.  sqlite3 runs the same SQL files, each into
# its file (.once), in one process.
dir_rt() {
	rm -rf "$OUT/dir-rt"
	mkdir "$OUT/dir-rt"
	measure "$1" rectrack /dev/null /dev/null \
	    "$RECTRACK" --db "$DB" --quiet export --dir "$OUT/dir-rt" --as-of "$TODAY"
	rm -rf "$OUT/dir-rt"
}
dir_sq() {
	local t
	rm -rf "$OUT/dir-sq"
	mkdir "$OUT/dir-sq"
	for t in committees meetings items recommendations responses updates \
	    actions flat; do
		printf '.once %s\n' "$OUT/dir-sq/$t.csv"
		cat "$X/$t.sql"
		echo
	done >"$OUT/dir-sq.sql"
	measure "$1" sqlite3 "$OUT/dir-sq.sql" /dev/null \
	    "$SQLITE3" -batch -csv -header "$DB"
	rm -rf "$OUT/dir-sq"
	# The issue's literal baseline: "sqlite3 -csv of each table", plain
	# dumps of the seven tables (no flat.csv, no leads or states).
	mkdir "$OUT/dir-sq"
	for t in committees meetings items recommendations responses updates \
	    actions; do
		printf '.once %s\nSELECT * FROM %s ORDER BY id;\n' "$OUT/dir-sq/$t.csv" "$t"
	done >"$OUT/dir-tables.sql"
	measure "$1" sqlite3-tables "$OUT/dir-tables.sql" /dev/null \
	    "$SQLITE3" -batch -csv -header "$DB"
	rm -rf "$OUT/dir-sq"
}

# rec add: one recommendation on an existing meeting item; removed again
# (untimed) so the database stays as built.
REC_TEXT="That the Council publishes a quarterly report on social value in its contracts, with the measures agreed by the committee."
recadd_cleanup() {
	"$SQLITE3" -batch "$DB" "
	  CREATE TEMP TABLE gone AS SELECT r.id FROM recommendations r
	  WHERE r.item_id = (SELECT i.id FROM items i JOIN meetings m ON m.id = i.meeting_id
	    JOIN committees c ON c.id = m.committee_id
	    WHERE c.slug = '$SLUG' AND m.date = '$MDATE' AND i.title = '${ITEM//\'/\'\'}')
	    AND r.number IN ('benchR', 'benchS');
	  DELETE FROM leads WHERE recommendation_id IN (SELECT id FROM gone);
	  DELETE FROM recommendations WHERE id IN (SELECT id FROM gone);"
}
recadd_rt() {
	measure "$1" rectrack /dev/null /dev/null \
	    "$RECTRACK" --db "$DB" rec add --committee "$SLUG" --meeting "$MDATE" \
	    --item "$ITEM" --number benchR --text "$REC_TEXT" --lead "Vic Kurzeja"
	recadd_cleanup
}
recadd_sq() {
	measure "$1" sqlite3 /dev/null /dev/null "$SQLITE3" -batch "$DB" "
	  BEGIN IMMEDIATE;
	  INSERT INTO recommendations(item_id, number, text, response_due)
	  SELECT i.id, 'benchS', '$REC_TEXT', date(m.date, '+2 months')
	  FROM items i JOIN meetings m ON m.id = i.meeting_id
	  JOIN committees c ON c.id = m.committee_id
	  WHERE c.slug = '$SLUG' AND m.date = '$MDATE' AND i.title = '${ITEM//\'/\'\'}';
	  INSERT INTO leads(recommendation_id, position, name)
	  VALUES (last_insert_rowid(), 1, 'Vic Kurzeja');
	  COMMIT;"
	recadd_cleanup
}

# Canned queries: QNAME and QCOMMITTEE (empty: the whole database).
qry_rt() {
	if [[ -n $QCOMMITTEE ]]; then
		measure "$1" rectrack /dev/null /dev/null "$RECTRACK" --db "$DB" \
		    query "$QNAME" --committee "$QCOMMITTEE" --as-of "$TODAY" --format csv
	else
		measure "$1" rectrack /dev/null /dev/null "$RECTRACK" --db "$DB" \
		    query "$QNAME" --as-of "$TODAY" --format csv
	fi
}
qry_sq() {
	{
		[[ -n $QCOMMITTEE ]] && printf '.parameter set :committee "%s"\n' "'$QCOMMITTEE'"
		cat "$Q/$QNAME.sql"
	} >"$OUT/q.sql"
	measure "$1" sqlite3 "$OUT/q.sql" /dev/null "$SQLITE3" -batch -csv -header "$DB"
}

# Same rows from both?  Compared without CRs and quotes: rectrack ends
# lines with CRLF, the shell with LF, and the shell also quotes fields
# that hold a space.
qry_same() {
	local a=$OUT/same-rt.csv b=$OUT/same-sq.csv
	if [[ -n $QCOMMITTEE ]]; then
		"$RECTRACK" --db "$DB" query "$QNAME" --committee "$QCOMMITTEE" \
		    --as-of "$TODAY" --format csv | tr -d '\r"' >"$a"
		printf '.parameter set :committee "%s"\n' "'$QCOMMITTEE'" >"$OUT/q.sql"
	else
		"$RECTRACK" --db "$DB" query "$QNAME" --as-of "$TODAY" --format csv |
		    tr -d '\r"' >"$a"
		: >"$OUT/q.sql"
	fi
	cat "$Q/$QNAME.sql" >>"$OUT/q.sql"
	"$SQLITE3" -batch -csv -header "$DB" <"$OUT/q.sql" | tr -d '\r"' >"$b"
	# The shell prints no header for an empty result; rectrack does.
	if [[ ! -s $b && $(wc -l <"$a") -eq 1 ]]; then
		rm -f "$a" "$b"
		return 0
	fi
	if ! cmp -s "$a" "$b"; then
		note "WARNING: $QNAME${QCOMMITTEE:+ --committee $QCOMMITTEE}: rectrack and sqlite3 print different rows"
		return 1
	fi
	rm -f "$a" "$b"
}

# The reference of issue "Every answer at the limit" for a committee's
# canned queries and its tracker: the sqlite3 shell printing the
# committee's recommendations (id, number, text) with a bare join, no state.
bare_sq() {
	measure "$1" sqlite3 /dev/null /dev/null "$SQLITE3" -batch -csv "$DB" "
	  SELECT r.id, r.number, r.text FROM recommendations r
	  JOIN items i ON i.id = r.item_id JOIN meetings m ON m.id = i.meeting_id
	  JOIN committees c ON c.id = m.committee_id WHERE c.slug = '$SLUG'"
}

# tracker: the committee's document for its latest meeting, in HTML.
trk_rt() {
	measure "$1" rectrack /dev/null /dev/null "$RECTRACK" --db "$DB" \
	    tracker "$SLUG" --meeting "$TDATE" --format html
}

# search: a two-word phrase; sqlite3 scans every text with LIKE.
PHRASE="social value"
srch_rt() {
	measure "$1" rectrack /dev/null /dev/null "$RECTRACK" --db "$DB" \
	    search "\"$PHRASE\"" --format csv
}
srch_sq() {
	measure "$1" sqlite3 /dev/null /dev/null "$SQLITE3" -batch -csv -header "$DB" "
	  SELECT id AS rec_id, 'recommendation' AS kind, text FROM recommendations
	  WHERE text LIKE '%$PHRASE%'
	  UNION ALL SELECT recommendation_id, 'response', text FROM responses
	  WHERE text LIKE '%$PHRASE%'
	  UNION ALL SELECT recommendation_id, 'update', text FROM updates
	  WHERE text LIKE '%$PHRASE%'
	  UNION ALL SELECT recommendation_id, 'action', text FROM actions
	  WHERE text LIKE '%$PHRASE%'"
}

# Impact: stats over the whole database and chase for one committee, each
# against its own SQL file run by the sqlite3 shell (which answers as of
# today, for every group, as rectrack does without filters).
stats_rt() {
	measure "$1" rectrack /dev/null /dev/null "$RECTRACK" --db "$DB" \
	    stats --as-of "$TODAY" --format csv
}
stats_sq() {
	measure "$1" sqlite3 "$root/sql/stats/stats.sql" /dev/null "$SQLITE3" \
	    -batch -csv -header "$DB"
}
chase_rt() {
	measure "$1" rectrack /dev/null /dev/null "$RECTRACK" --db "$DB" \
	    chase --committee "$SLUG" --as-of "$TODAY" --format csv
}
chase_sq() {
	{
		printf '.parameter set :committee "%s"\n' "'$SLUG'"
		printf '.parameter set :within 14\n'
		cat "$root/sql/chase/chase.sql"
	} >"$OUT/chase.sql"
	measure "$1" sqlite3 "$OUT/chase.sql" /dev/null "$SQLITE3" -batch -csv \
	    -header "$DB"
}

# Documents: the committee's action plan in HTML, against its rows
# (sql/plan/rows.sql: materialised, then read back in order) in the sqlite3
# shell; and its public site (publish --committee: index, committee page, a
# page per recommendation, the data files), rectrack alone.
plan_rt() {
	measure "$1" rectrack /dev/null /dev/null "$RECTRACK" --db "$DB" \
	    plan "$SLUG" --format html --as-of "$TODAY"
}
plan_sq() {
	{
		printf '.parameter set :committee_id %s\n' "$SLUG_ID"
		cat "$root/sql/plan/rows.sql"
	} >"$OUT/plan.sql"
	measure "$1" sqlite3 "$OUT/plan.sql" /dev/null "$SQLITE3" -batch -csv \
	    -header "$DB"
}
publish_rt() {
	rm -rf "$OUT/site"
	measure "$1" rectrack /dev/null /dev/null "$RECTRACK" --db "$DB" \
	    publish "$OUT/site" --committee "$SLUG" --as-of "$TODAY"
}

# ---------------------------------------------------------------------
# The report.

median() {	# BENCH TOOL [RESULTS]: median seconds of the timed runs
	awk -F'\t' -v b="$1" -v t="$2" '$1 == b && $2 == t && $3 > 0 { print $4 }' \
	    "${3:-$RESULTS}" | sort -g | awk '{ v[NR] = $1 }
	    END { if (NR == 0) exit; print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
cpu() {	# BENCH TOOL: median CPU seconds (user + system) of the timed runs
	awk -F'\t' -v b="$1" -v t="$2" '$1 == b && $2 == t && $3 > 0 { print $6 }' \
	    "${3:-$RESULTS}" | sort -g | awk '{ v[NR] = $1 }
	    END { if (NR == 0) exit; print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
peak() {	# BENCH TOOL: the largest peak RSS of the timed runs, KiB
	awk -F'\t' -v b="$1" -v t="$2" '$1 == b && $2 == t && $3 > 0 && $5 > m { m = $5 }
	    END { if (m != "") print m }' "${3:-$RESULTS}"
}
nruns() {
	awk -F'\t' -v b="$1" -v t="$2" '$1 == b && $2 == t && $3 > 0 { n++ } END { print n + 0 }' \
	    "${3:-$RESULTS}"
}
fmt_t() {	# seconds -> "12.3 ms" or "4.56 s"
	[[ -z $1 ]] && { echo "-"; return; }
	awk -v s="$1" 'BEGIN { if (s < 1) printf "%.1f ms", s * 1000;
	    else if (s < 100) printf "%.2f s", s; else printf "%.0f s", s }'
}
fmt_m() {	# KiB -> MiB
	[[ -z $1 ]] && { echo "-"; return; }
	awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'
}
rows_of() { awk -F'\t' -v b="$1" '$1 == b { print $2 }' "$ROWS" | tail -n 1; }

# row LABEL BENCH RATIO_MAX MEDIAN_MAX_MS RSS_MAX_MIB TARGET_TEXT [BASELINE
#     [BASELINE_BENCH]]: the baseline is tool BASELINE (sqlite3) of BENCH, or
#     of BASELINE_BENCH
row() {
	local label=$1 b=$2 rmax=$3 mmax=$4 pmax=$5 target=$6 base=${7:-sqlite3}
	local bb=${8:-$2} rt sq ratio="-" met=yes cratio="-" prt psq n
	rt=$(median "$b" rectrack)
	[[ -z $rt ]] && return
	sq=$(median "$bb" "$base")
	prt=$(peak "$b" rectrack)
	psq=$(peak "$bb" "$base")
	n=$(nruns "$b" rectrack)
	if [[ -n $sq ]]; then
		ratio=$(awk -v a="$rt" -v b="$sq" 'BEGIN { printf "%.2f", a / b }')
		# /usr/bin/time counts CPU in hundredths: too coarse below 0.2 s.
		cratio=$(awk -v a="$(cpu "$b" rectrack)" -v b="$(cpu "$bb" "$base")" \
		    'BEGIN { if (a >= 0.2 && b >= 0.2) printf "%.2f", a / b; else print "-" }')
	fi
	[[ -n $rmax && $ratio != - ]] &&
	    awk -v r="$ratio" -v m="$rmax" 'BEGIN { exit !(r > m) }' && met=no
	[[ -n $mmax ]] &&
	    awk -v t="$rt" -v m="$mmax" 'BEGIN { exit !(t * 1000 > m) }' && met=no
	[[ -n $pmax ]] &&
	    awk -v k="$prt" -v m="$pmax" 'BEGIN { exit !(k / 1024 > m) }' && met=no
	printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$label" \
	    "$(fmt_t "$rt")" "$(fmt_t "$sq")" "$ratio" "$cratio" "$(fmt_m "$prt")" \
	    "$(fmt_m "$psq")" "$n" "$target" "$met"
}

machine() {
	local model mem disk
	model=$(lscpu 2>/dev/null | awk -F: '/Model name/ { sub(/^ +/, "", $2); print $2; exit }')
	mem=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
	disk=$(df -hT "$BENCH_CACHE" | awk 'NR == 2 { print $2 ", " $3 " (" $5 " free)" }')
	echo "- CPU: ${model:-unknown}, $(nproc) CPUs; memory: $mem; disk: $disk" \
	    "($(df --output=source "$BENCH_CACHE" | tail -n 1))"
	echo "- $(uname -sr); sqlite3 shell and library $("$SQLITE3" --version | cut -d' ' -f1-2);" \
	    "$("$RECTRACK" --version 2>/dev/null | head -n 1 || echo 'rectrack ?')" \
	    "(commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'))"
}

report() {
	local q b n first=1
	{
		echo "## rectrack benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
		echo
		machine
		echo "- main database: $(cat "$BENCH_CACHE/n$RECS/summary" 2>/dev/null)"
		echo "- flat CSV: $(du -h "$BENCH_CACHE/n$RECS/flat.csv" | cut -f1)," \
		    "$(head -n 1 "$BENCH_CACHE/n$RECS/gen.log" | sed -E 's/^rt_gen: //; s#/[^ ;]*/##g')"
		echo "- runs: warm-up, then $RUNS (short), $LONG_RUNS (exports, whole-database" \
		    "queries), $IMPORT_RUNS (import); medians; as of $TODAY;" \
		    "committee $SLUG (${CROWS:-?} recommendations), tracker for its meeting of $TDATE"
		echo "- load average (1, 5, 15 min) at the start: $LOAD0; at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
		echo "- times are wall-clock medians; \"CPU ratio\" compares median user + system CPU"
		echo "  time (when both are at least 0.2 s), less sensitive to other load on the"
		echo "  machine; \"met?\" judges the wall-clock figures"
		((SMOKE)) && echo "- SMOKE RUN: tiny databases, the targets do not apply"
		echo
		echo "| work | rectrack | sqlite3 | ratio | CPU ratio | rectrack peak RSS | sqlite3 peak RSS | runs | target | met? |"
		echo "|---|---:|---:|---:|---:|---:|---:|---:|---|---|"
		row "export flat CSV ($(rows_of export-flat) rows)" export-flat 0.7 "" 16 "ratio <= 0.7, RSS <= 16 MiB"
		row "export --dir (8 files; sqlite3: the same 8 SELECTs)" export-dir 0.8 "" "" "ratio <= 0.8"
		row "export --dir (8 files; sqlite3: SELECT * of the 7 tables)" export-dir 0.8 "" "" "ratio <= 0.8" sqlite3-tables
		row "import flat CSV into an empty database" import 3 "" 64 "ratio <= 3 (aim 1.5), RSS <= 64 MiB"
		row "rec add (process start to exit)" rec-add 1.0 "" "" "ratio <= 1.0"
		for q in "$Q"/*.sql; do
			q=$(basename "$q" .sql)
			row "query $q --committee ($(rows_of "committee:$q") rows)" "committee:$q" 1.1 20 "" "ratio <= 1.1, <= 20 ms"
		done
		for q in "$Q"/*.sql; do
			q=$(basename "$q" .sql)
			row "query $q --committee, against the bare join" "committee:$q" 1.2 "" "" "ratio <= 1.2" sqlite3 committee:bare
		done
		for q in "$Q"/*.sql; do
			q=$(basename "$q" .sql)
			row "query $q, whole database ($(rows_of "all:$q") rows)" "all:$q" 1.1 "" "" "ratio <= 1.1"
		done
		row "tracker $SLUG --format html (sqlite3: the bare join)" tracker 2 "" "" "ratio <= 2" sqlite3 committee:bare
		row "search '\"$PHRASE\"' ($(rows_of search) matches, 50 shown)" search 0.05 "" "" "ratio <= 0.05"
		row "stats, whole database ($(rows_of stats) groups)" stats 1.2 1000 "" "ratio <= 1.2, <= 1 s"
		row "chase --committee $SLUG ($(rows_of chase) rows)" chase 1.2 "" "" "ratio <= 1.2"
		row "plan $SLUG --format html ($(rows_of plan) rows)" plan "" "" "" "-"
		row "publish --committee $SLUG ($(rows_of publish) files)" publish "" "" "" "-"
		echo
		if [[ -s $RUN_DIR/scaling.tsv ]]; then
			echo "Scaling of the whole-database queries (rectrack median; time per row returned):"
			echo
			printf '| query |'
			for n in $SCALES $RECS; do printf ' %s recs |' "$n"; done
			echo " per-row time, largest / middle | met? |"
			printf '|---|'
			for n in $SCALES $RECS; do printf -- '---:|'; done
			echo "---:|---|"
			for q in "$Q"/*.sql export-flat; do
				q=$(basename "$q" .sql)
				awk -F'\t' -v q="$q" -v scales="$SCALES $RECS" '
				    $1 == q { t[$2] = $3; r[$2] = $4; m[$2] = $5 }
				    END {
					n = split(scales, s, " ")
					printf "| %s |", (q == "export-flat" ? "export flat (peak RSS)" : q)
					for (i = 1; i <= n; i++) {
						k = s[i]
						if (!(k in t)) { printf " - |"; continue }
						if (q == "export-flat")
							printf " %.1f MiB |", m[k] / 1024
						else
							printf " %d rows, %.0f ms, %.2f us/row |", r[k], t[k] * 1000,
							    (r[k] > 0 ? t[k] * 1e6 / r[k] : 0)
					}
					a = s[n]; b = s[n - 1]
					if (q == "export-flat") {
						g = (a in m && b in m) ? m[a] / m[b] : 0
						printf " RSS x%.2f | %s |\n", g, (g <= 1.25 ? "yes" : "no")
					} else {
						pa = (a in t && r[a] > 0) ? t[a] / r[a] : 0
						pb = (b in t && r[b] > 0) ? t[b] / r[b] : 0
						g = pb > 0 ? pa / pb : 0
						printf " x%.2f | %s |\n", g, ((g > 0 && g <= 1.25) ? "yes" : "no")
					}
				    }' "$RUN_DIR/scaling.tsv"
			done
			echo
			echo "(met: per-row time, or the export's peak RSS, at the largest database is at"
			echo "most 1.25 times that at the next smaller one.)"
			echo
		fi
		if [[ -s $NOTES ]]; then
			echo "Notes:"
			echo
			sed 's/^/- /' "$NOTES"
			echo
		fi
		echo "Reproduce: \`make bench\` (first run builds the cache in bench/.cache: about"
		echo "$(du -sh "$BENCH_CACHE" 2>/dev/null | cut -f1) of disk here); raw timings in $(basename "$RUN_DIR")/results.tsv."
	} >"$RUN_DIR/report.md"
	cp "$RUN_DIR/report.md" "$BENCH_CACHE/results-$STAMP.md"
	cat "$RUN_DIR/report.md"
}

# ---------------------------------------------------------------------
# The run.

log "results in $RUN_DIR"
DIR=$BENCH_CACHE/n$RECS
DB=$DIR/rectrack.db
built_now=0
[[ -f $DB && -f $DIR/built ]] || built_now=1
if want import || ((BUILD_ONLY)) || ! [[ -f $DB && -f $DIR/built ]]; then
	database "$RECS"
fi
if ((BUILD_ONLY)); then
	for n in $SCALES; do database "$n"; done
	exit 0
fi
((built_now)) && note "the database was built in this run"

# The committee in the middle, an item of its latest meeting.
SLUG=$("$SQLITE3" -batch "$DB" "SELECT slug FROM committees ORDER BY id
    LIMIT 1 OFFSET (SELECT count(*) / 2 FROM committees)")
TDATE=$("$SQLITE3" -batch "$DB" "SELECT max(m.date) FROM meetings m
    JOIN committees c ON c.id = m.committee_id WHERE c.slug = '$SLUG' AND m.date <= '$TODAY'")
MDATE=$TDATE
ITEM=$("$SQLITE3" -batch "$DB" "SELECT i.title FROM items i JOIN meetings m ON m.id = i.meeting_id
    JOIN committees c ON c.id = m.committee_id WHERE c.slug = '$SLUG' AND m.date = '$MDATE'
    ORDER BY i.id LIMIT 1")
SLUG_ID=$("$SQLITE3" -batch "$DB" "SELECT id FROM committees WHERE slug = '$SLUG'")
CROWS=$("$SQLITE3" -batch "$DB" "SELECT count(*) FROM recommendations r JOIN items i ON i.id = r.item_id
    JOIN meetings m ON m.id = i.meeting_id JOIN committees c ON c.id = m.committee_id
    WHERE c.slug = '$SLUG'")

if want import; then
	# The run that built the database counts as the first rectrack import.
	if [[ -s $DIR/import.tsv ]]; then
		awk -F'\t' -v OFS='\t' '{ $3 = 1; print }' "$DIR/import.tsv" >>"$RESULTS"
		note "rectrack import run 1 is the import that built the cached database ($(cat "$DIR/built"))"
	fi
	log "import: $IMPORT_RUNS runs of each"
	cat "$DIR/flat.csv" >/dev/null	# warm-up: the file in the page cache
	have=$( [[ -s $DIR/import.tsv ]] && echo 1 || echo 0 )
	for ((i = 1; i <= IMPORT_RUNS; i++)); do
		RUN=$i
		if ((i > have)); then
			RUN=$((i)); imp_rt import
		fi
		imp_sq import
	done
fi

if want export; then
	echo -e "export-flat\t$("$SQLITE3" -batch "$DB" "SELECT count(*) FROM recommendations r
	    LEFT JOIN updates u ON u.recommendation_id = r.id")" >>"$ROWS"
	pair export-flat "$LONG_RUNS" flat_rt flat_sq
	if ((SMOKE)); then
		# The generator writes what rectrack exports: a round trip.
		"$RECTRACK" --db "$DB" export flat >"$OUT/flat-back.csv"
		cmp -s "$OUT/flat-back.csv" "$DIR/flat.csv" ||
		    die "export flat differs from the generated flat.csv"
		rm -f "$OUT/flat-back.csv"
		note "smoke: export flat gives back the generated flat.csv byte for byte"
	fi
	pair export-dir "$LONG_RUNS" dir_rt dir_sq
fi

if want write; then
	pair rec-add "$RUNS" recadd_rt recadd_sq
fi

if want committee || want tracker; then
	pair committee:bare "$RUNS" - bare_sq
fi

if want committee; then
	QCOMMITTEE=$SLUG
	for f in "$Q"/*.sql; do
		QNAME=$(basename "$f" .sql)
		echo -e "committee:$QNAME\t$(count_rows "$DB" "$f" "$SLUG")" >>"$ROWS"
		qry_same || true
		pair "committee:$QNAME" "$RUNS" qry_rt qry_sq
	done
fi

if want all; then
	QCOMMITTEE=
	for f in "$Q"/*.sql; do
		QNAME=$(basename "$f" .sql)
		echo -e "all:$QNAME\t$(count_rows "$DB" "$f")" >>"$ROWS"
		((SMOKE)) && { qry_same || true; }
		pair "all:$QNAME" "$LONG_RUNS" qry_rt qry_sq
	done
fi

if want tracker; then
	pair tracker "$RUNS" trk_rt -
fi

if want impact; then
	echo -e "stats\t$("$RECTRACK" --db "$DB" stats --as-of "$TODAY" --format csv | tail -n +2 | wc -l)" >>"$ROWS"
	pair stats "$LONG_RUNS" stats_rt stats_sq
	echo -e "chase\t$("$RECTRACK" --db "$DB" chase --committee "$SLUG" --as-of "$TODAY" --format csv | tail -n +2 | wc -l)" >>"$ROWS"
	pair chase "$RUNS" chase_rt chase_sq
fi

if want documents; then
	echo -e "plan\t$("$RECTRACK" --db "$DB" plan "$SLUG" --format csv --as-of "$TODAY" | tail -n +2 | wc -l)" >>"$ROWS"
	pair plan "$RUNS" plan_rt plan_sq
	pair publish "$LONG_RUNS" publish_rt -
	echo -e "publish\t$(find "$OUT/site" -type f | wc -l)" >>"$ROWS"
	rm -rf "$OUT/site"
fi

if want search; then
	echo -e "search\t$("$SQLITE3" -batch "$DB" "SELECT count(*) FROM search_index
	    WHERE search_index MATCH '\"$PHRASE\"'")" >>"$ROWS"
	pair search "$RUNS" srch_rt srch_sq
fi

# Scaling: the whole-database queries (and the flat export's memory) on the
# smaller databases; the main database gives the last column.
if want scaling; then
	: >"$RUN_DIR/scaling.tsv"
	save_db=$DB
	for n in $SCALES $RECS; do
		DB=$BENCH_CACHE/n$n/rectrack.db
		if [[ $n != "$RECS" ]]; then
			database "$n"
			QCOMMITTEE=
			for f in "$Q"/*.sql; do
				QNAME=$(basename "$f" .sql)
				pair "n$n:all:$QNAME" "$RUNS" qry_rt qry_sq
				echo -e "all:$QNAME@$n\t$(count_rows "$DB" "$f")" >>"$ROWS"
			done
			pair "n$n:export-flat" 1 flat_rt flat_sq
		fi
		for f in "$Q"/*.sql export-flat; do
			QNAME=$(basename "$f" .sql)
			if [[ $n == "$RECS" ]]; then
				b=all:$QNAME r=$(rows_of "all:$QNAME")
				[[ $QNAME == export-flat ]] && b=export-flat
			else
				b=n$n:all:$QNAME r=$(rows_of "all:$QNAME@$n")
				[[ $QNAME == export-flat ]] && b=n$n:export-flat
			fi
			t=$(median "$b" rectrack)
			[[ -n $t ]] && echo -e "$QNAME\t$n\t$t\t${r:-0}\t$(peak "$b" rectrack)" \
			    >>"$RUN_DIR/scaling.tsv"
		done
	done
	DB=$save_db
fi

report
