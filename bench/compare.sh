#!/usr/bin/env bash
#
# compare.sh - CPU time of the state views before and after a change: two
# rectrack binaries on the same data, each on its own copy of a database.
#
#   bench/compare.sh OLD_RECTRACK NEW_RECTRACK DB [SLUG]
#
# DB is a database bench/run.sh built (BENCH_CACHE/nN/rectrack.db), at the
# old binary's schema.  It is copied twice; NEW_RECTRACK migrates its copy.
# For each canned query with --committee SLUG (default: the middle
# committee by id) and for the committee's tracker at its latest meeting,
# the mean CPU time (user + system, `perf stat -e task-clock`, 11 runs after
# a warm-up) of each binary, and their ratio; and the sqlite3 shell
# printing the committee's recommendations with a bare join (id, number,
# text through recommendations-items-meetings-committees), the reference of
# issue 17.  CPU time rather than wall-clock time, so that other load on
# the machine counts less.
set -eu
[ $# -ge 3 ] || { sed -n '3,17p' "$0"; exit 2; }
old=$1 new=$2 db=$3
command -v perf > /dev/null || { echo "compare.sh: needs perf" >&2; exit 2; }
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null
cp "$db" "$dir/old.db"; cp "$db" "$dir/new.db"
"$new" --quiet --db "$dir/new.db" migrate
slug=${4:-$(sqlite3 "$db" "SELECT slug FROM committees ORDER BY id
    LIMIT 1 OFFSET (SELECT count(*) / 2 FROM committees)")}
meeting=$(sqlite3 "$db" "SELECT max(m.date) FROM meetings m
    JOIN committees c ON c.id = m.committee_id WHERE c.slug = '$slug'")
today=$(date +%F)
here=$(cd "$(dirname "$0")/.." && pwd)
cpu() {	# mean task-clock in ms of 11 runs of "$@", after one
	"$@" > /dev/null 2>&1
	perf stat -r 11 -e task-clock "$@" 2>&1 > /dev/null | awk '/task-clock/ {print $1}'
}
bare=$(cpu sqlite3 -csv "$dir/old.db" "SELECT r.id, r.number, r.text FROM recommendations r
    JOIN items i ON i.id = r.item_id JOIN meetings m ON m.id = i.meeting_id
    JOIN committees c ON c.id = m.committee_id WHERE c.slug = '$slug'")
echo "committee $slug, as of $today; the bare join in the shell: $bare ms"
echo
echo "| work | old (ms CPU) | new (ms CPU) | new/old | new/bare join |"
echo "|---|---:|---:|---:|---:|"
row() {
	local name=$1; shift
	local a b
	a=$(cpu "$old" --db "$dir/old.db" "$@")
	b=$(cpu "$new" --db "$dir/new.db" "$@")
	awk -v n="$name" -v a="$a" -v b="$b" -v r="$bare" \
	    'BEGIN {printf "| %s | %.1f | %.1f | %.2f | %.2f |\n", n, a, b, b / a, b / r}'
}
for f in "$here"/sql/queries/*.sql; do
	q=$(basename "$f" .sql)
	row "query $q --committee" query "$q" --committee "$slug" --as-of "$today" --format csv
done
row "tracker --format html" tracker "$slug" --meeting "$meeting" --format html
