# shellcheck shell=bash
#
# lib.sh - what the stress tests (crash.sh, concurrency.sh) share: a private
# temporary directory removed on exit, the processes they started killed on
# exit (by their ids, nothing else), messages with the elapsed time, a
# failure count, bounded runs of rectrack, a seeded random generator, and
# the checks of an export directory against its manifest.
#
# Sourced, never run.  The caller sets RT (the rectrack binary) and then
# calls st_init NAME.  RT_STRESS_KEEP=1 keeps the temporary directory for a
# look after the run.  Everything here is bash, coreutils (timeout,
# sha256sum, cmp), awk and the sqlite3 shell, as on a fresh Debian 12 with
# the packages "make deps" installs.

ST_START=${EPOCHREALTIME:-0}
ST_FAILS=0
ST_TMP=
RT=${RT:-}

# The elapsed time since the start, "12.3s".
st_elapsed() {
	awk -v a="$ST_START" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1fs", b - a }'
}

st_say() {
	printf '[%7s] %s\n' "$(st_elapsed)" "$*"
}

# A failed expectation: reported, counted, and the test goes on so that
# one run shows every problem; the exit status is decided at the end.
# Failures are counted in a file, so that those of a subshell (a lane, a
# writer) count too, and printed on standard error, so that a function
# whose output is captured still shows them.
st_fail() {
	printf '[%7s] FAIL: %s\n' "$(st_elapsed)" "$*" >&2
	if [ -n "$ST_TMP" ]; then
		echo "$*" >>"$ST_TMP/failures"
	else
		ST_FAILS=$((ST_FAILS + 1))
	fi
}

# Something the test cannot go on without.
st_die() {
	printf '[%7s] FATAL: %s\n' "$(st_elapsed)" "$*"
	exit 1
}

# The background processes of this shell (lanes, writers, the exporter):
# st_track PID after starting one, st_untrack PID once it has been waited
# for, so that the exit trap can kill those still running.
ST_PIDS=()
st_track() {
	ST_PIDS+=("$1")
}
st_untrack() {
	local i
	for i in "${!ST_PIDS[@]}"; do
		[ "${ST_PIDS[i]}" != "$1" ] || unset 'ST_PIDS[i]'
	done
}

# st_mine PID: is PID still a child of this shell?  (One that has exited
# may have been reaped already and its id given to another process.)
st_mine() {
	local stat rest
	stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
	rest=${stat##*) }	# after "pid (comm) ": state ppid ...
	rest=${rest#* }
	[ "${rest%% *}" = "$$" ]
}

# On exit: kill what is still running (by id, and only our own children),
# then remove the temporary directory.  A killed writer or lane may leave
# its current command running for a while: every command is bounded
# (timeout(1)).
st_cleanup() {
	local pid
	for pid in "${ST_PIDS[@]}"; do
		st_mine "$pid" && kill -9 "$pid" 2>/dev/null
	done
	wait 2>/dev/null
	if [ -n "$ST_TMP" ] && [ -d "$ST_TMP" ]; then
		if [ "${RT_STRESS_KEEP:-0}" = 1 ]; then
			echo "kept: $ST_TMP"
		else
			rm -rf "$ST_TMP"
		fi
	fi
}

# The end of a test: a summary line and the exit status.
st_finish() {
	local n=$ST_FAILS
	[ -f "$ST_TMP/failures" ] && n=$((n + $(wc -l <"$ST_TMP/failures")))
	if [ "$n" -gt 0 ]; then
		st_say "$n failure(s)"
		exit 1
	fi
	st_say "passed"
	exit 0
}

# st_init NAME: check the tools, make the temporary directory, set the traps.
st_init() {
	local tool
	if [ -z "$RT" ] || [ ! -x "$RT" ]; then
		st_die "no rectrack binary: '$RT'"
	fi
	for tool in awk sqlite3 sha256sum timeout cmp; do
		command -v "$tool" >/dev/null || st_die "$tool is needed"
	done
	ST_TMP=$(mktemp -d "${TMPDIR:-/tmp}/rt-$1.XXXXXX") || st_die "mktemp"
	trap st_cleanup EXIT
	trap 'exit 130' INT TERM HUP
	# SQLite's own temporary files (statement journals) go here too, so
	# that the test can see that a kill leaves none behind.
	mkdir "$ST_TMP/sqlite-tmp"
	export SQLITE_TMPDIR="$ST_TMP/sqlite-tmp"
	unset RECTRACK_DB
}

# rt DB ARGS...: rectrack on DB, bounded to 10 minutes (a hang is a failure
# of the test, never of the CI job).
rt() {
	local db=$1
	shift
	timeout -k 5 600 "$RT" --db "$db" --quiet "$@"
}

# st_kill_after SECONDS COMMAND...: run COMMAND and SIGKILL it after
# SECONDS (at least a millisecond) unless it has ended: the status is 137
# when the kill came first, else the command's own.  timeout(1) is the
# parent that kills, so the signal can only reach this command, never a
# process that reused its id.  --preserve-status: when the timer fires as
# the command is ending on its own, timeout would otherwise report 124 and
# lose the command's status.
st_kill_after() {
	local t=$1
	shift
	case $t in 0 | 0.0 | 0.00 | 0.000) t=0.001 ;; esac
	timeout --foreground --preserve-status -s KILL "$t" "$@"
}

# q DB SQL: one query with the sqlite3 shell (not rectrack), read-only.
q() {
	sqlite3 -readonly -batch -noheader -cmd '.timeout 10000' "$1" "$2"
}

# A seeded generator that gives the same numbers with every bash and awk:
# a 31-bit linear congruential generator.  st_srand SEED; st_rand N sets
# ST_R to an integer in [0, N).
ST_SEED=1
st_srand() {
	ST_SEED=$(($1 % 2147483648))
}
# shellcheck disable=SC2034 # ST_R is the result, read by the callers
st_rand() {
	ST_SEED=$(((ST_SEED * 1103515245 + 12345) % 2147483648))
	ST_R=$(((ST_SEED / 65536) % $1))
}

# Seconds since the epoch, with microseconds, as a number awk can use.
st_now() {
	printf '%s' "$EPOCHREALTIME"
}

# st_secs START: seconds since START (from st_now), "1.234".
st_secs() {
	awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }'
}

# The CSV files of an export, in the manifest's order.
ST_CSVS=(committees.csv meetings.csv items.csv recommendations.csv
	responses.csv updates.csv actions.csv leads.csv revisions.csv
	vocabulary.csv reports.csv flat.csv recommendation_state.csv
	action_state.csv)

# st_manifest_ok DIR: does DIR/manifest.json list every CSV of an export
# with the size, row count and SHA-256 that the file in DIR has?  Prints
# why not, and returns 1, when it does not.  Rows are counted as lines
# less the header: the stress data has no line break inside a field.  (A
# handful of processes whatever the number of files: the checks run
# hundreds of times.)
st_manifest_ok() {
	local dir=$1 t=$ST_TMP/manifest.$BASHPID rc
	[ -f "$dir/manifest.json" ] || { echo "no manifest.json"; return 1; }
	(
		cd "$dir" || exit 1
		sha256sum -- "${ST_CSVS[@]}" >"$t.sha" 2>/dev/null
		wc -l -- "${ST_CSVS[@]}" >"$t.wc" 2>/dev/null
		stat -c '%s %n' -- "${ST_CSVS[@]}" >"$t.size" 2>/dev/null
		awk -v want="${ST_CSVS[*]}" '
		FILENAME == "manifest.json" {
			split($0, q, "\"")
			v = q[3]
			gsub(/[^0-9]/, "", v)
			if (q[2] == "name") name = q[4]
			else if (q[2] == "rows") rows[name] = v
			else if (q[2] == "bytes") bytes[name] = v
			else if (q[2] == "sha256") { sha[name] = q[4]; n++ }
			next
		}
		FILENAME ~ /\.sha$/ { gotsha[$2] = $1; next }
		FILENAME ~ /\.wc$/ { gotrows[$2] = $1 - 1; next }
		FILENAME ~ /\.size$/ { gotbytes[$2] = $1; next }
		END {
			k = split(want, w, " ")
			if (n != k) { print "manifest.json lists " n " files, not " k; bad = 1 }
			for (i = 1; i <= k; i++) {
				f = w[i]
				if (!(f in sha)) { print f ": not in manifest.json"; bad = 1 }
				else if (!(f in gotsha)) { print f ": missing"; bad = 1 }
				else {
					if (gotsha[f] != sha[f]) { print f ": sha256 differs"; bad = 1 }
					if (gotbytes[f] != bytes[f]) { print f ": size differs"; bad = 1 }
					if (gotrows[f] != rows[f]) { print f ": row count differs"; bad = 1 }
				}
			}
			exit bad
		}' manifest.json "$t.sha" "$t.wc" "$t.size"
	)
	rc=$?
	rm -f "$t.sha" "$t.wc" "$t.size"
	return "$rc"
}

# st_sums DIR NAME: the associative array NAME (declared by the caller)
# gets the SHA-256 of each CSV and of manifest.json in DIR, by file name;
# a missing file has no entry.
# shellcheck disable=SC2034 # st_sums_to names the caller's array
st_sums() {
	local -n st_sums_to=$2
	local h f
	st_sums_to=()
	while read -r h f; do
		st_sums_to["$f"]=$h
	done < <(cd "$1" && sha256sum -- "${ST_CSVS[@]}" manifest.json 2>/dev/null)
}

# st_leftovers DIR: the hidden files an interrupted export left in DIR
# (".NAME.tmp-PID" and ".NAME.old-PID"), one per line.
st_leftovers() {
	find "$1" -maxdepth 1 -name '.*' \( -name '*.tmp-*' -o -name '*.old-*' \) \
		-printf '%f\n' | sort
}
