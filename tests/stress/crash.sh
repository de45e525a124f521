#!/usr/bin/env bash
#
# crash.sh - kill -9 rectrack in the middle of an import and of an export,
# and check what it leaves behind.
#
#   crash.sh --rectrack BIN --killat LIB [--rows N] [--kills K]
#            [--export-kills K] [--edge-rows N] [--lanes L] [--seed S]
#
# Import (the README promises: one transaction, all or nothing):
#  1. A flat CSV of N rows, one recommendation each, made here by
#     gen-flat.awk (the same bytes every time), is imported into an empty
#     database to measure how long a clean import takes (T); L imports at
#     once, one per lane, as the kills below run.
#  2. K times, an import of that file starts on the database the previous
#     kill left behind and gets SIGKILL at a random moment: one moment drawn
#     in each of K equal slices of [0, T], from the printed seed (as a
#     fraction of T, rescaled to the duration of any import that finishes
#     before its kill, so that few kills are wasted after the end).  The kills
#     run in L lanes (default 2, one per core), each on its own database,
#     lane l taking kills l, l + L, ...  After each kill, "rectrack check"
#     must exit 0, the database must hold either none or all N of the
#     file's recommendations, SQLite must have left no temporary file, and
#     a follow-up import (a small new file) must succeed.  When a kill came
#     after the commit, the file is imported again (it must change nothing)
#     and the lane starts over from an empty database.  In the end each
#     lane imports the whole file to completion over what its last kill
#     left.
#  3. The moments that matter most last microseconds: the fsyncs of the
#     commit and of the checkpoint after it.  rt_killat.so (killat.c)
#     kills the import exactly at each of them in turn, on a smaller file
#     (--edge-rows): each must leave none or all, and once one leaves all
#     every later one must too.
#
# Export (the README promises: each file is written under a hidden
# temporary name and renamed into place, manifest.json last; the previous
# files stay whole):
#  4. The imported database is exported (the "previous" export, kept as a
#     copy), then changed in every table, and exported again elsewhere (the
#     "new" files, and how long an export takes).
#  5. K times, "export --dir" over the previous export is killed at a
#     random moment.  Every file in the directory must then be whole:
#     byte-identical to its previous or to its new version; the manifest
#     must be the previous one or a new one whose SHA-256s, sizes and row
#     counts match the files.  The outcome is "previous" (nothing
#     replaced), "new" (all replaced) or "mixture" (killed between two
#     renames: some files new, the old manifest, which no longer matches:
#     a consumer that checks the manifest sees it).  Hidden leftovers
#     (.NAME.tmp-PID, .NAME.old-PID) are counted and removed.
#  6. rt_killat.so kills the export at its first and last link (backing
#     up the previous files), at each rename, at its first unlink after the
#     renames and at its last fsync (the directory's), and the outcome must
#     match how many renames had been done: none, previous; all, new;
#     some, a mixture that the manifest check detects.
#  7. A last export over the directory must succeed and match the new
#     files.
#
# Exit 0 when every expectation held; each failure is printed as FAIL.
# RT_STRESS_KEEP=1 keeps the temporary directory.  The seed defaults to
# $RT_STRESS_SEED, else the current time; it is printed first, so a run
# can be repeated with --seed.
set -u

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"

rows=100000
kills=50
export_kills=50
edge_rows=2000
lanes=2
seed=${RT_STRESS_SEED:-$(date +%s)}
killat=

while [ $# -gt 0 ]; do
	case $1 in
	--rectrack) RT=$2; shift 2 ;;
	--killat) killat=$2; shift 2 ;;
	--rows) rows=$2; shift 2 ;;
	--kills) kills=$2; shift 2 ;;
	--export-kills) export_kills=$2; shift 2 ;;
	--edge-rows) edge_rows=$2; shift 2 ;;
	--lanes) lanes=$2; shift 2 ;;
	--seed) seed=$2; shift 2 ;;
	*) echo "usage: crash.sh --rectrack BIN --killat LIB [--rows N] [--kills K]" \
		"[--export-kills K] [--edge-rows N] [--lanes L] [--seed S]" >&2
		exit 2 ;;
	esac
done
[ -f "$killat" ] || { echo "crash.sh: --killat LIB is needed" >&2; exit 2; }

st_init crash
st_srand "$seed"
st_say "crash test: $rows rows, $kills import kills, $export_kills export kills," \
	"seed $seed"
cd "$ST_TMP" || st_die "cd $ST_TMP"

# An ASan build refuses a preloaded library listed before its runtime.
preload_env=(LD_PRELOAD="$killat"
	ASAN_OPTIONS="verify_asan_link_order=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}")

# Recommendations of the big file ("big-a" ... "big-e"), of the follow-up
# files ("after*"), of the edge file ("edge-*").
count_of() {
	q "$1" "SELECT count(*) FROM recommendations r
		JOIN items i ON i.id = r.item_id
		JOIN meetings m ON m.id = i.meeting_id
		JOIN committees c ON c.id = m.committee_id
		WHERE c.slug GLOB '$2*'"
}

# check_db DB WHAT: rectrack check must exit 0.
check_db() {
	local out
	if ! out=$(rt "$1" check 2>&1); then
		st_fail "$2: check failed: $out"
		return 1
	fi
}

# No statement journal or other SQLite temporary file may survive a kill
# with anything in it.  SQLite creates each temporary file (O_EXCL, named
# etilqs_*) and unlinks it at once, before writing to it; a kill that
# lands between the two, as the edge kill at that unlink does, leaves the
# file empty and never read again.  Such a file is counted (tmp_window)
# and removed; any other file, or one with data in it, fails the test.
tmp_window=0
check_sqlite_tmp() {
	local f
	for f in "$SQLITE_TMPDIR"/* "$SQLITE_TMPDIR"/.[!.]*; do
		[ -e "$f" ] || continue
		case ${f##*/} in
		etilqs_*)
			if [ ! -s "$f" ]; then
				tmp_window=$((tmp_window + 1))
				rm -f "$f"
				continue
			fi ;;
		esac
		st_fail "$1: SQLite temporary file ${f##*/} left" \
			"($(stat -c %s "$f") bytes)"
		rm -f "$f"
	done
}

# fresh DB: an empty, current database, copied from the template.
fresh() {
	rm -f "$1" "$1-wal" "$1-shm"
	cp template.db "$1"
}

awk -v rows="$rows" -v prefix=big -f "$here/gen-flat.awk" >big.csv
awk -v rows="$edge_rows" -v prefix=edge -f "$here/gen-flat.awk" >edge.csv
rt template.db init >/dev/null || st_die "init failed"
[ ! -e template.db-wal ] || st_die "init left a WAL file"
st_say "big.csv: $(($(wc -l <big.csv) - 1)) rows, $(wc -c <big.csv) bytes," \
	"sha256 $(sha256sum <big.csv | cut -c1-16)"

# --- 1. clean imports, timed ------------------------------------------
# As many at once as there are lanes (below), so that T is measured under
# the load the kills will run under.
t0=$(st_now)
pids=()
for l in $(seq 1 "$lanes"); do
	fresh "full-$l.db"
	"$RT" --db "full-$l.db" --quiet import big.csv 2>"import-$l.err" &
	pids+=($!)
	st_track "$!"
done
for l in $(seq 1 "$lanes"); do
	wait "${pids[l - 1]}" ||
		st_die "the clean import failed: $(head -c 2000 "import-$l.err")"
	st_untrack "${pids[l - 1]}"
done
T=$(st_secs "$t0")
for l in $(seq 1 "$lanes"); do
	n=$(count_of "full-$l.db" big)
	[ "$n" = "$rows" ] || st_die "the clean import holds $n recommendations"
	check_db "full-$l.db" "clean import" || st_die "cannot go on"
	[ "$l" -eq 1 ] || rm -f "full-$l.db" "full-$l.db-wal" "full-$l.db-shm"
done
for ext in "" -wal -shm; do
	[ ! -e "full-1.db$ext" ] || mv "full-1.db$ext" "full.db$ext"
done
st_say "clean import: ${T}s ($lanes at once; $(du -m full.db | cut -f1) MB database)"

# --- 2. kill -9 at random moments -------------------------------------
# One moment in each of K equal slices of the import's duration, drawn from
# the seed as a fraction of it.
fractions=(0)
for i in $(seq 1 "$kills"); do
	st_rand 1000000
	fractions+=("$(awk -v i="$i" -v K="$kills" -v r="$ST_R" \
		'BEGIN { printf "%.4f", (i - 1 + r / 1000000) / K }')")
done
st_say "kill moments, as fractions of T: ${fractions[*]:1}"

# kill_lane L: kills L, L + lanes, ... on the lane's own database; one
# line per kill in lane-L.txt ("before", "after" or "finished", and the size
# of the WAL the kill left).  The moment of a kill is its fraction of the
# import's duration: T at first; when an import finishes before its kill
# (the machine got faster), that run's duration from then on.
kill_lane() {
	local lane=$1 db="work-$1.db" i t t0 status wal n outcome what h out
	local after_n=0 dur=$T
	fresh "$db"
	for ((i = lane; i <= kills; i += lanes)); do
		t=$(awk -v T="$dur" -v f="${fractions[i]}" \
			'BEGIN { t = T * f; printf "%.3f", t < 0.001 ? 0.001 : t }')
		what="kill $i/$kills at ${t}s"
		t0=$(st_now)
		st_kill_after "$t" "$RT" --db "$db" --quiet import big.csv \
			>"kill-$lane.out" 2>"kill-$lane.err"
		status=$?
		[ "$status" -ne 0 ] || dur=$(st_secs "$t0")
		wal=0
		[ -f "$db-wal" ] && wal=$(stat -c %s "$db-wal")
		if [ "$status" -ne 137 ] && [ "$status" -ne 0 ]; then
			st_fail "$what: import exited $status: $(head -c 500 "kill-$lane.err")"
		fi
		check_db "$db" "$what"
		check_sqlite_tmp "$what"
		n=$(count_of "$db" big)
		if [ "$n" = 0 ] && [ "$status" -eq 137 ]; then
			outcome=before
		elif [ "$n" = "$rows" ] && [ "$status" -eq 137 ]; then
			outcome=after
		elif [ "$n" = "$rows" ]; then
			outcome=finished
		else
			outcome=broken
			st_fail "$what: $n recommendations, neither 0 nor $rows (exit $status)"
		fi
		echo "$outcome $wal" >>"lane-$lane.txt"
		# The follow-up: a new small file imports.
		awk -v rows=10 -v prefix="after$i" -f "$here/gen-flat.awk" \
			>"after-$lane.csv"
		if rt "$db" import "after-$lane.csv" 2>"after-$lane.err"; then
			after_n=$((after_n + 10))
			[ "$(count_of "$db" after)" = "$after_n" ] ||
				st_fail "$what: the follow-up import lost recommendations"
		else
			st_fail "$what: the follow-up import failed: $(head -c 500 "after-$lane.err")"
		fi
		case $outcome in
		before) outcome="killed before the commit: none imported" ;;
		after) outcome="killed after the commit: all imported" ;;
		finished) outcome="finished before the kill" ;;
		esac
		st_say "$what: $outcome (WAL left: $((wal / 1048576)) MB);" \
			"check ok; follow-up ok"
		if [ "$n" = "$rows" ]; then
			# All there: importing again must change nothing (the history,
			# which records every change, stays as it is); start over.
			h=$(q "$db" "SELECT count(*) FROM history")
			if ! out=$(rt "$db" import big.csv 2>&1); then
				st_fail "$what: importing the file again: $out"
			elif [ "$(q "$db" "SELECT count(*) FROM history")" != "$h" ]; then
				st_fail "$what: importing the file again changed the database"
			fi
			fresh "$db"
			after_n=0
		fi
	done
	# The last follow-up: the whole file, to completion, over the last kill.
	if rt "$db" import big.csv 2>"import-$lane.err"; then
		n=$(count_of "$db" big)
		[ "$n" = "$rows" ] || st_fail "lane $lane: final import: $n recommendations"
		check_db "$db" "lane $lane: final import"
		st_say "lane $lane: the whole file imported over its last kill; check ok"
	else
		st_fail "lane $lane: the final import failed: $(head -c 2000 "import-$lane.err")"
	fi
	rm -f "$db" "$db-wal" "$db-shm"
}

pids=()
for l in $(seq 1 "$lanes"); do
	: >"lane-$l.txt"
	kill_lane "$l" &
	pids+=($!)
	st_track "$!"
done
for p in "${pids[@]}"; do
	wait "$p"
	st_untrack "$p"
done
cat lane-*.txt >kills.txt
n_before=$(grep -c '^before' kills.txt)
n_after=$(grep -c '^after' kills.txt)
n_done=$(grep -c "^finished" kills.txt)
max_wal=$(awk '$2 > m { m = $2 } END { printf "%d", m / 1048576 }' kills.txt)
[ "$(wc -l <kills.txt)" -eq "$kills" ] ||
	st_fail "only $(wc -l <kills.txt) of $kills kills were made"
st_say "import kills: $kills; $n_before landed before the commit (none imported)," \
	"$n_after after it (all imported), $n_done after the import had finished;" \
	"largest WAL a kill left: $max_wal MB"

# --- 3. kill at each fsync of a commit --------------------------------
fresh edge.db
rm -f points.txt
env "${preload_env[@]}" RT_KILL_COUNT="$ST_TMP/points.txt" \
	"$RT" --db edge.db --quiet import edge.csv 2>edge.err ||
	st_fail "the counting import failed: $(head -c 500 edge.err)"
mapfile -t points < <(awk '{ print $1 ":" $2 }' points.txt)
st_say "edge: the import of $edge_rows rows makes ${#points[@]} sync/unlink calls:" \
	"${points[*]}"
[ "${#points[@]}" -gt 0 ] || st_fail "edge: no fsync counted: is $killat loaded?"
seen_all=
for p in "${points[@]}"; do
	fresh edge.db
	# (The braces catch the shell's own "Killed" notice.)
	{ env "${preload_env[@]}" RT_KILL_AT="$p" \
		"$RT" --db edge.db --quiet import edge.csv >/dev/null 2>edge.err; } \
		2>/dev/null
	status=$?
	[ "$status" -eq 137 ] || st_fail "edge $p: exit $status, not killed"
	check_db edge.db "edge $p"
	check_sqlite_tmp "edge $p"
	n=$(count_of edge.db edge)
	case $n in
	0)
		[ -z "$seen_all" ] ||
			st_fail "edge $p: none imported, though $seen_all kept all"
		outcome=none ;;
	"$edge_rows")
		seen_all=${seen_all:-$p}
		outcome=all ;;
	*)
		st_fail "edge $p: $n recommendations, neither 0 nor $edge_rows"
		outcome="$n rows" ;;
	esac
	if ! rt edge.db import edge.csv 2>edge.err ||
		[ "$(count_of edge.db edge)" != "$edge_rows" ]; then
		st_fail "edge $p: the follow-up import failed: $(head -c 500 edge.err)"
	fi
	check_db edge.db "edge $p (after the follow-up)"
	st_say "edge: killed at $p: $outcome imported; follow-up ok"
done
rm -f edge.db edge.db-wal edge.db-shm

# --- 4. the previous export and the new one ---------------------------
asof=2025-06-30
mkdir prev prev.orig new
rt full.db export --dir prev --as-of "$asof" || st_die "the first export failed"
cp -p prev/* prev.orig/
# A change in every table, so that every file of the next export differs.
id=$(rt full.db rec add --committee big-a --meeting 2025-05-01 \
	--item "Added after the export" --number 1 --text "A late recommendation" \
	--lead "Late Officer") || st_die "rec add failed"
if ! rt full.db committee add crash-extra "Added after the export" ||
	! rt full.db respond "$id" --decision accepted --date 2025-05-02 ||
	! rt full.db update "$id" --status in-progress --date 2025-05-03 ||
	! rt full.db action add --rec "$id" --text "Follow it up" \
		--due "Q2 25/26" >/dev/null ||
	! rt full.db rec target "$id" "Q3 25/26" --reason "Moved" \
		--date 2025-05-04 >/dev/null ||
	! rt full.db vocab add status "Crash Word" in-progress >/dev/null ||
	! rt full.db tracker big-a --meeting 2025-06-15 --mark-reported \
		>/dev/null; then
	st_die "changing the database failed"
fi
t0=$(st_now)
rt full.db export --dir new --as-of "$asof" || st_die "the second export failed"
Te=$(st_secs "$t0")
out=$(st_manifest_ok new) || st_die "the new export fails its own manifest: $out"
for f in "${ST_CSVS[@]}"; do
	if cmp -s "prev.orig/$f" "new/$f"; then
		st_die "$f did not change: the test needs it to"
	fi
done
st_say "export: ${Te}s for $(du -m new | cut -f1) MB; all 8 files differ from" \
	"the previous export"

# export_state: the outcome in prev/ after a kill, in $state
# (previous, new, mixture, broken); details on stdout.
declare -A sum_old sum_new sum_now
st_sums prev.orig sum_old
st_sums new sum_new
export_state() {
	local f n_old=0 n_new=0 bad=0 why
	st_sums prev sum_now
	for f in "${ST_CSVS[@]}"; do
		if [ "${sum_now[$f]:-none}" = "${sum_old[$f]}" ]; then
			n_old=$((n_old + 1))
		elif [ "${sum_now[$f]:-none}" = "${sum_new[$f]}" ]; then
			n_new=$((n_new + 1))
		else
			echo "$f is neither the previous nor the new file"
			bad=1
		fi
	done
	if [ "${sum_now[manifest.json]:-none}" = "${sum_old[manifest.json]}" ]; then
		if [ "$n_new" -eq 0 ] && [ "$bad" -eq 0 ]; then
			state=previous
		elif [ "$bad" -eq 0 ]; then
			state=mixture
			if st_manifest_ok prev >/dev/null; then
				echo "a mixture that the manifest check does not detect"
				state=broken
			fi
		else
			state=broken
		fi
	elif why=$(st_manifest_ok prev) && [ "$bad" -eq 0 ] && [ "$n_old" -eq 0 ]; then
		state=new
	else
		echo "a new manifest that does not match the files: $why"
		state=broken
	fi
}

# restore: prev/ as it was before (when anything was replaced), without
# the leftovers; prints how many leftovers there were.
restore() {
	local left
	left=$(st_leftovers prev | wc -l)
	find prev -maxdepth 1 -type f -name '.*' -delete
	if [ "$state" != previous ]; then
		rm -f prev/*
		cp -p prev.orig/* prev/
	fi
	echo "$left"
}

# --- 5. kill -9 at random moments of the export -----------------------
declare -A outcomes=([previous]=0 [new]=0 [mixture]=0 [broken]=0)
n_left=0 n_kills_left=0
# As for the import: one moment in each of K slices of the export's
# duration, rescaled to any export that finishes before its kill.
dur=$Te
for i in $(seq 1 "$export_kills"); do
	st_rand 1000000
	t=$(awk -v T="$dur" -v i="$i" -v K="$export_kills" -v r="$ST_R" \
		'BEGIN { t = T * (i - 1 + r / 1000000) / K
			printf "%.3f", t < 0.001 ? 0.001 : t }')
	t0=$(st_now)
	st_kill_after "$t" "$RT" --db full.db --quiet export --dir prev \
		--as-of "$asof" >kill.out 2>kill.err
	status=$?
	[ "$status" -ne 0 ] || dur=$(st_secs "$t0")
	what="export kill $i/$export_kills at ${t}s"
	if [ "$status" -ne 137 ] && [ "$status" -ne 0 ]; then
		st_fail "$what: export exited $status: $(head -c 500 kill.err)"
	fi
	export_state >state.txt
	[ "$state" = broken ] && st_fail "$what: $(cat state.txt)"
	[ "$status" -eq 0 ] && [ "$state" != new ] &&
		st_fail "$what: the export finished, yet the files are '$state'"
	outcomes[$state]=$((outcomes[$state] + 1))
	left=$(restore)
	n_left=$((n_left + left))
	[ "$left" -gt 0 ] && n_kills_left=$((n_kills_left + 1))
	st_say "$what: $([ "$status" -eq 0 ] && echo finished || echo killed)," \
		"files: $state; $left hidden leftover(s)"
done
st_say "export kills: $export_kills; previous files kept ${outcomes[previous]}," \
	"new files complete ${outcomes[new]}, mixtures ${outcomes[mixture]}," \
	"broken ${outcomes[broken]}; $n_kills_left kills left $n_left hidden files"

# --- 6. kill at each link, rename and unlink of the export ------------
rm -f points.txt
mkdir scratch
cp -p prev.orig/* scratch/
env "${preload_env[@]}" RT_KILL_COUNT="$ST_TMP/points.txt" \
	"$RT" --db full.db --quiet export --dir scratch --as-of "$asof" ||
	st_fail "the counting export failed"
rm -rf scratch
mapfile -t calls < <(awk '{ print $1 ":" $2 }' points.txt)
nren=$(grep -c '^rename:' < <(printf '%s\n' "${calls[@]}"))
st_say "edge: the export makes ${#calls[@]} counted calls, $nren renames"
renames=0 last_fsync=
for c in "${calls[@]}"; do
	case $c in fsync:*) last_fsync=$c ;; esac
done
first_link='' last_link='' after_unlink=''
for c in "${calls[@]}"; do
	case $c in
	link:*) first_link=${first_link:-$c}; last_link=$c ;;
	esac
done
for c in "${calls[@]}"; do
	# The first and the last link (the backups are being made: nothing is
	# replaced yet), every rename, the first unlink after the last rename
	# (the backups are being removed), the last fsync (the directory's).
	case $c in
	"$first_link" | "$last_link" | rename:* | "$last_fsync") ;;
	unlink:*)
		if [ "$renames" -ne "$nren" ] || [ -n "$after_unlink" ]; then
			continue
		fi
		after_unlink=$c ;;
	*) continue ;;
	esac
	# What must be found: decided by the renames done before this call.
	if [ "$renames" -eq 0 ]; then
		want=previous
	elif [ "$renames" -eq "$nren" ]; then
		want=new
	else
		want=mixture
	fi
	{ env "${preload_env[@]}" RT_KILL_AT="$c" \
		"$RT" --db full.db --quiet export --dir prev --as-of "$asof" \
		>/dev/null 2>kill.err; } 2>/dev/null
	status=$?
	[ "$status" -eq 137 ] || st_fail "edge export $c: exit $status, not killed"
	export_state >state.txt
	[ "$state" = "$want" ] ||
		st_fail "edge export $c: files '$state', expected '$want' $(cat state.txt)"
	outcomes[$state]=$((outcomes[$state] + 1))
	left=$(restore)
	st_say "edge export: killed at $c ($renames of $nren renames done):" \
		"files: $state; $left hidden leftover(s)"
	case $c in rename:*) renames=$((renames + 1)) ;; esac
done

# --- 7. a last export repairs everything ------------------------------
touch prev/.flat.csv.tmp-999999999	# as a kill would have left it
if rt full.db export --dir prev --as-of "$asof"; then
	out=$(st_manifest_ok prev) || st_fail "the last export: $out"
	for f in "${ST_CSVS[@]}"; do
		cmp -s "prev/$f" "new/$f" || st_fail "the last export: $f differs"
	done
	st_say "last export: complete, manifest ok; a dead run's leftover is" \
		"$( [ -e prev/.flat.csv.tmp-999999999 ] && echo 'still there' ||
			echo removed)"
else
	st_fail "the last export failed"
fi
check_db full.db "after the exports"
st_say "SQLite temporary files a kill left empty between their creation" \
	"and their unlink: $tmp_window (removed)"
st_finish
