#!/usr/bin/env bash
#
# differential.sh - the kept state (migration 0003) against the derivation.
#
#   differential.sh --rectrack BIN --gen RT_KEPTGEN [--seeds "1 2"]
#                   [--recs N] [--dates N] [--dir DIR]
#
# For each seed, rt_keptgen makes a database (through the schema's
# triggers, with edits and deletes as another program would make them) and
# a copy with the kept tables emptied.  "rectrack check" must find no kept
# row that differs from what the rows derive.  Then, as of each of N dates
# from before the first meeting to after the last, every canned query
# (sql/queries/*.sql, without filters and with --committee) and the whole
# of recommendation_state and action_state must print the same bytes from
# both databases: the one that reads the kept rows where they hold, and
# the one that derives all.  The sweep runs in the sqlite3 shell, the
# dates set the way rectrack sets --as-of (a TEMP as_of table and TEMP
# copies of the views, src/db.c); rectrack itself answers the canned
# queries as of every tenth date, and the views as of today.  Exit 77
# (skipped) without sqlite3.
set -u
RT= GEN= SEEDS="1" RECS=150 DATES=50 DIR=
while [ $# -gt 0 ]; do
	case $1 in
	--rectrack) RT=$2; shift ;;
	--gen) GEN=$2; shift ;;
	--seeds) SEEDS=$2; shift ;;
	--recs) RECS=$2; shift ;;
	--dates) DATES=$2; shift ;;
	--dir) DIR=$2; shift ;;
	*) echo "differential.sh: unknown option $1" >&2; exit 2 ;;
	esac
	shift
done
[ -n "$RT" ] && [ -n "$GEN" ] || { echo "usage: differential.sh --rectrack BIN --gen BIN" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)
QUERIES_DIR=$HERE/../../sql/queries
QUERIES=$(cd "$QUERIES_DIR" && ls *.sql | sed 's/\.sql$//')
SQLITE3=${SQLITE3:-sqlite3}
command -v "$SQLITE3" > /dev/null || { echo "differential.sh: no sqlite3, skipped"; exit 77; }
if [ -z "$DIR" ]; then DIR=$(mktemp -d); trap 'rm -rf "$DIR"' EXIT; fi
fail=0 compared=0 kept_rows=0

for seed in $SEEDS; do
	db=$DIR/kept-$seed.db derived=$DIR/derived-$seed.db
	rm -f "$db" "$derived" "$db"-* "$derived"-*
	"$RT" --quiet --db "$db" init || { echo "FAIL: init"; exit 1; }
	"$GEN" "$seed" "$RECS" "$db" "$derived" || { echo "FAIL: rt_keptgen $seed"; exit 1; }
	out=$("$RT" --db "$db" check 2>&1)
	if printf '%s\n' "$out" | grep -q 'kept state drift'; then
		echo "FAIL: seed $seed: check reports drift:"; printf '%s\n' "$out" | head -20
		fail=1
	fi
	# The sweep, one sqlite3 process a database.
	script=$DIR/sweep-$seed.sql
	{
		printf '.headers on\n.mode csv\n'
		printf 'CREATE TEMP TABLE as_of(date TEXT NOT NULL);\n'
		printf "INSERT INTO temp.as_of VALUES ('2000-01-01');\n"
		"$SQLITE3" "$db" "SELECT 'CREATE TEMP VIEW ' || substr(sql, 13) || ';' FROM
		    sqlite_schema WHERE type = 'view' AND name <> 'as_of' ORDER BY rowid"
		for ((d = 0; d < DATES; d++)); do
			date=$(date -u -d "2022-12-01 + $((d * 1900 / DATES)) days" +%F)
			printf "UPDATE temp.as_of SET date = '%s';\n" "$date"
			for c in '' c2; do
				if [ -n "$c" ]; then
					printf ".parameter set :committee '%s'\n" "$c"
				else
					printf '.parameter clear\n'
				fi
				for q in $QUERIES; do
					printf ".print '== %s %s as of %s'\n" "$q" "$c" "$date"
					grep -v '^--' "$QUERIES_DIR/$q.sql"
				done
			done
			for v in recommendation_state action_state; do
				printf ".print '== %s as of %s'\nSELECT * FROM %s ORDER BY id;\n" \
				    "$v" "$date" "$v"
			done
		done
		# As of today, through the database's own views.
		printf 'DROP TABLE temp.as_of;\n'
		"$SQLITE3" "$db" "SELECT 'DROP VIEW temp.' || name || ';' FROM sqlite_schema
		    WHERE type = 'view' AND name <> 'as_of' ORDER BY rowid DESC"
		printf ".print '== today'\nSELECT * FROM recommendation_state ORDER BY id;\n"
		printf 'SELECT * FROM action_state ORDER BY id;\n'
	} > "$script"
	"$SQLITE3" -bail "$db" < "$script" > "$DIR/kept-$seed.out" 2>&1
	"$SQLITE3" -bail "$derived" < "$script" > "$DIR/derived-$seed.out" 2>&1
	compared=$((compared + $(grep -c '^== ' "$DIR/derived-$seed.out")))
	if ! cmp -s "$DIR/kept-$seed.out" "$DIR/derived-$seed.out"; then
		echo "FAIL: seed $seed: the sweep differs (derived <, kept >):"
		diff "$DIR/derived-$seed.out" "$DIR/kept-$seed.out" | head -20
		fail=1
	fi
	if [ "$(grep -c '^== ' "$DIR/kept-$seed.out")" -ne $((DATES * (2 * $(echo $QUERIES | wc -w) + 2) + 1)) ]; then
		echo "FAIL: seed $seed: the sweep stopped early:"; tail -5 "$DIR/kept-$seed.out"
		fail=1
	fi
	# rectrack itself, as of every tenth date.
	for ((d = 0; d < DATES; d += 10)); do
		date=$(date -u -d "2022-12-01 + $((d * 1900 / DATES)) days" +%F)
		for q in $QUERIES; do
			a=$("$RT" --db "$db" query "$q" --as-of "$date" --format csv 2>&1)
			b=$("$RT" --db "$derived" query "$q" --as-of "$date" --format csv 2>&1)
			compared=$((compared + 1))
			if [ "$a" != "$b" ]; then
				echo "FAIL: seed $seed, rectrack query $q as of $date differs:"
				diff <(printf '%s\n' "$b") <(printf '%s\n' "$a") | head -10
				fail=1
			fi
		done
	done
	n=$("$SQLITE3" "$db" "SELECT count(*) FROM kept_recommendations")
	kept_rows=$((kept_rows + n))
done
echo "differential: $compared comparisons, seeds '$SEEDS', $RECS recommendations each, $kept_rows kept rows"
[ $fail -eq 0 ] && echo "differential: kept and derived agree" 
exit $fail
