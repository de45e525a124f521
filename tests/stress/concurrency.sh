#!/usr/bin/env bash
#
# concurrency.sh - several officers recording at once while the nightly
# export runs: no "database is locked", nothing lost, every export one
# consistent snapshot.
#
#   concurrency.sh --rectrack BIN [--writers W] [--commands N]
#                  [--base-rows R]
#
# The database starts with R recommendations (gen-flat.awk, imported) so
# that an export has some work to do.  Then, all at once:
#  - W writer processes (default 4) each record N recommendations (default
#    250): "rec add" (all in the same committee and meeting, each writer
#    its own agenda item), then "update" on the id it printed.  Every one
#    of the 2 x W x N commands must exit 0 with nothing on standard error:
#    the 10-second busy timeout must absorb every wait for the write lock.
#    The time each command takes is recorded (the longest is reported: it
#    shows how far from that timeout the run was).
#  - a fifth process runs "export --dir" in a loop, each into a new
#    directory, until the writers are done, then once more.  Each export is
#    checked as soon as it is written, then removed: its manifest must
#    match its files (SHA-256, size, rows); flat.csv must hold one row per
#    recommendation (no recommendation here has more than one update) and
#    name as many distinct recommendations as recommendations.csv has rows;
#    every update and response in updates.csv and responses.csv must belong
#    to a recommendation of recommendations.csv; and the count of
#    recommendations must never go down from one export to the next.
# Afterwards the database must hold exactly W x N new recommendations, each
# with exactly one update, the ids printed must be W x N distinct ones, the
# last export must show them all, and "rectrack check" must pass.
#
# Exit 0 when every expectation held; each failure is printed as FAIL.
# Every command runs under timeout(1); RT_STRESS_KEEP=1 keeps the
# temporary directory.
set -u

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"

writers=4
commands=250
base_rows=2000

while [ $# -gt 0 ]; do
	case $1 in
	--rectrack) RT=$2; shift 2 ;;
	--writers) writers=$2; shift 2 ;;
	--commands) commands=$2; shift 2 ;;
	--base-rows) base_rows=$2; shift 2 ;;
	*) echo "usage: concurrency.sh --rectrack BIN [--writers W] [--commands N]" \
		"[--base-rows R]" >&2
		exit 2 ;;
	esac
done

st_init concurrency
cd "$ST_TMP" || st_die "cd $ST_TMP"
total=$((writers * commands))
st_say "concurrency test: $writers writers x $commands recommendations" \
	"(rec add + update each: $((2 * total)) commands), one exporter"

db=$ST_TMP/rt.db
asof=2025-06-30
awk -v rows="$base_rows" -v prefix=base -f "$here/gen-flat.awk" >base.csv
rt "$db" init >/dev/null || st_die "init failed"
rt "$db" import base.csv || st_die "importing the base failed"
rt "$db" committee add conc "Concurrency test" || st_die "committee add failed"
base=$(q "$db" "SELECT count(*) FROM recommendations")
st_say "base: $base recommendations"

# A command of a writer: rectrack, bounded, its time and status logged as
# "WHAT STATUS SECONDS" in w-W.log, its stderr appended to w-W.err, its
# stdout in $out.
wcmd() {
	local w=$1 what=$2 t0 status
	shift 2
	t0=$EPOCHREALTIME
	out=$(timeout -k 5 60 "$RT" --db "$db" "$@" 2>>"w-$w.err")
	status=$?
	echo "$what $status $(st_secs "$t0")" >>"w-$w.log"
	return "$status"
}

writer() {
	local w=$1 j id
	for ((j = 1; j <= commands; j++)); do
		if wcmd "$w" add rec add --committee conc --meeting 2025-01-15 \
			--item "Writer $w" --number "$j" \
			--text "Recommendation $j of writer $w, recorded concurrently" \
			--lead "Writer $w"; then
			id=$out
			echo "$id" >>"w-$w.ids"
			wcmd "$w" update update "$id" --status in-progress \
				--date 2025-01-16 --text "Update on recommendation $j of writer $w"
		fi
	done
}

# check_export DIR PREV: the checks above; prints the number of
# recommendations in the export (or nothing, having failed).
check_export() {
	local d=$1 prev=$2 why recs flat keys orphans
	if ! why=$(st_manifest_ok "$d"); then
		st_fail "$d: $why"
		return 1
	fi
	recs=$(($(wc -l <"$d/recommendations.csv") - 1))
	flat=$(($(wc -l <"$d/flat.csv") - 1))
	# The first four fields (committee, date, item, number) never hold a
	# comma or a quote here.
	keys=$(awk -F, 'NR > 1 { print $1 "," $2 "," $3 "," $4 }' "$d/flat.csv" |
		sort -u | wc -l)
	[ "$flat" -eq "$recs" ] ||
		st_fail "$d: flat.csv has $flat rows, recommendations.csv $recs"
	[ "$keys" -eq "$recs" ] ||
		st_fail "$d: flat.csv names $keys recommendations, recommendations.csv has $recs"
	orphans=$(awk -F, 'FNR == 1 { f++; next }
		f == 1 { have[$1] = 1; next }
		$2 != "" && !($2 in have) { n++ }
		END { print n + 0 }' "$d/recommendations.csv" "$d/updates.csv" \
		"$d/responses.csv")
	[ "$orphans" -eq 0 ] ||
		st_fail "$d: $orphans updates or responses of recommendations not in recommendations.csv"
	[ "$recs" -ge "$prev" ] ||
		st_fail "$d: $recs recommendations, fewer than the export before ($prev)"
	echo "$recs"
}

exporter() {
	local k=0 last=0 recs status t0 final=0
	while :; do
		[ -e writers.done ] && final=1
		k=$((k + 1))
		mkdir "exp-$k"
		t0=$EPOCHREALTIME
		timeout -k 5 120 "$RT" --db "$db" --quiet export --dir "exp-$k" \
			--as-of "$asof" 2>>export.err
		status=$?
		echo "export $status $(st_secs "$t0")" >>export.log
		if [ "$status" -ne 0 ]; then
			st_fail "export $k exited $status"
		elif recs=$(check_export "exp-$k" "$last") && [ -n "$recs" ]; then
			last=$recs
			echo "$k $recs" >>exports.txt
		fi
		rm -rf "exp-$k"
		[ "$final" -eq 1 ] && break
	done
}

t0=$(st_now)
pids=()
for w in $(seq 1 "$writers"); do
	: >"w-$w.err"
	writer "$w" &
	pids+=($!)
	st_track "$!"
done
: >export.err
exporter &
xpid=$!
st_track "$xpid"
for p in "${pids[@]}"; do
	wait "$p"
	st_untrack "$p"
done
wtime=$(st_secs "$t0")
: >writers.done
wait "$xpid"
st_untrack "$xpid"
st_say "writers done in ${wtime}s; the exporter finished too"

# --- the writers --------------------------------------------------------
cat w-*.log >commands.log
ncmd=$(wc -l <commands.log)
nfail=$(awk '$2 != 0' commands.log | wc -l)
nlocked=$(cat w-*.err | grep -ciE 'locked|busy')
nerr=$(cat w-*.err | wc -l)
[ "$ncmd" -eq $((2 * total)) ] ||
	st_fail "$ncmd commands ran, not $((2 * total))"
[ "$nfail" -eq 0 ] || st_fail "$nfail commands failed"
[ "$nlocked" -eq 0 ] || st_fail "$nlocked 'locked' or 'busy' errors"
[ "$nerr" -eq 0 ] || st_fail "$nerr lines on standard error: $(cat w-*.err | head -5)"
st_say "commands: $ncmd ($(grep -c '^add' commands.log) rec add," \
	"$(grep -c '^update' commands.log) update), $nfail failed," \
	"$nlocked 'locked'/'busy' messages; time per command: $(awk '
		{ s += $3; if ($3 > m) m = $3 }
		END { printf "mean %.3fs, longest %.3fs", s / NR, m }' commands.log)"

# --- the database -------------------------------------------------------
ids=$(cat w-*.ids | sort -u | wc -l)
[ "$ids" -eq "$total" ] || st_fail "$ids distinct ids printed, not $total"
new=$(q "$db" "SELECT count(*) FROM recommendations")
new=$((new - base))
[ "$new" -eq "$total" ] || st_fail "$new new recommendations, not $total"
conc="SELECT r.id FROM recommendations r JOIN items i ON i.id = r.item_id
	JOIN meetings m ON m.id = i.meeting_id JOIN committees c
	ON c.id = m.committee_id WHERE c.slug = 'conc'"
nconc=$(q "$db" "SELECT count(*) FROM ($conc)")
[ "$nconc" -eq "$total" ] || st_fail "$nconc recommendations in committee conc"
bad=$(q "$db" "SELECT count(*) FROM ($conc) x WHERE (SELECT count(*)
	FROM updates u WHERE u.recommendation_id = x.id) <> 1")
[ "$bad" -eq 0 ] || st_fail "$bad recommendations without exactly one update"
if ! out=$(rt "$db" check 2>&1); then
	st_fail "check: $out"
fi
st_say "database: $new new recommendations, each with one update; check ok"

# --- the exports --------------------------------------------------------
nexp=$(wc -l <export.log)
nexpfail=$(awk '$2 != 0' export.log | wc -l)
nok=$(wc -l <exports.txt 2>/dev/null || echo 0)
lastrecs=$(tail -1 exports.txt 2>/dev/null | cut -d' ' -f2)
[ "$nexpfail" -eq 0 ] || st_fail "$nexpfail exports failed: $(head -3 export.err)"
[ "$nok" -eq "$nexp" ] || st_fail "only $nok of $nexp exports were consistent"
[ "$nexp" -ge 3 ] || st_fail "only $nexp exports ran during the test"
[ "${lastrecs:-0}" -eq $((base + total)) ] ||
	st_fail "the last export has ${lastrecs:-no} recommendations, not $((base + total))"
st_say "exports: $nexp, all consistent; $(awk '
	{ s += $3; if ($3 > m) m = $3 }
	END { printf "mean %.3fs, longest %.3fs", s / NR, m }' export.log);" \
	"distinct snapshots: $(cut -d' ' -f2 exports.txt | sort -u | wc -l)"
st_finish
