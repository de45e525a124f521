#!/usr/bin/env bash
# run.sh BUILD - the test suites under valgrind memcheck (make valgrind).
#
# 1. The unit tests (BUILD/rt_unit) in one process (CK_FORK=no), so that
#    valgrind sees every test's allocations.
# 2. The command-line tests (BUILD/rt_cli) with every run of the program
#    going through tests/valgrind/rectrack-vg: the test runner itself is not
#    checked, the program is, once per command the tests run.
#
# Either fails on any error and on any definite or indirect leak (possible
# and still-reachable blocks are SQLite's and libc's caches, not leaks).
# Each step prints its time.  Logs: BUILD/valgrind/, or $VG_LOGS.
#
# The suites of rt_cli run VG_JOBS at a time (default: one per CPU), each
# through check's CK_RUN_SUITE.
#
# Environment: VG_CLI_SUITES="NAME..." runs only those suites of rt_cli
# (default: cli_record cli_bad_input cli_schema cli-query cli-import
# cli_export); VG_JOBS, how many at once; VG_SKIP_UNIT=1 skips step 1;
# RECTRACK_VG_OPTS adds valgrind options to every run of the program.
set -u
build=${1:?usage: run.sh BUILD}
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$build" && pwd)
logs=${VG_LOGS:-$build/valgrind}
rm -rf "$logs"
mkdir -p "$logs/cli"
status=0

# Seconds since the epoch, for the timings.
now() { date +%s; }

if [ "${VG_SKIP_UNIT:-0}" != 1 ]; then
	start=$(now)
	CK_FORK=no CK_VERBOSITY=minimal CK_TIMEOUT_MULTIPLIER=20 \
	    valgrind --tool=memcheck --error-exitcode=99 --leak-check=full \
	    --show-leak-kinds=definite,indirect \
	    --errors-for-leak-kinds=definite,indirect --num-callers=30 \
	    --log-file="$logs/unit.log" "$build/rt_unit" >"$logs/unit.out" 2>&1
	rc=$?
	echo "valgrind: rt_unit (CK_FORK=no): exit $rc in $(($(now) - start)) s;" \
	    "$(grep '^[0-9]*%: Checks' "$logs/unit.out")"
	grep -E "ERROR SUMMARY|definitely lost|indirectly lost" "$logs/unit.log" |
	    sed 's/^==[0-9]*== /valgrind:   /'
	if [ "$rc" -ne 0 ]; then
		echo "valgrind: rt_unit failed: see $logs/unit.log and unit.out" >&2
		status=1
	fi
fi

# One suite of rt_cli with the program under valgrind; its logs in
# $logs/cli/NAME, its summary line in NAME.summary, its status in
# NAME.status (run in the background, so status cannot be a variable).
cli() {
	name=$1
	dir=$logs/cli/$name
	mkdir -p "$dir"
	start=$(now)
	# A check timeout counts valgrind's slowness and the other suites
	# running beside this one.
	CK_RUN_SUITE=$name RT_CLI_BIN=$here/rectrack-vg \
	    RECTRACK_VG_BIN=$build/rectrack RECTRACK_VG_LOGS=$dir \
	    CK_VERBOSITY=minimal CK_TIMEOUT_MULTIPLIER=100 \
	    "$build/rt_cli" >"$dir.out" 2>&1
	rc=$?
	runs=$(find "$dir" -name 'vg.*.log' | wc -l)
	bad=$(find "$dir" -name 'vg.*.log' -size +0 | wc -l)
	echo "valgrind: rt_cli $name: exit $rc in $(($(now) - start)) s;" \
	    "$runs runs of the program, $bad with a valgrind report;" \
	    "$(grep '^[0-9]*%: Checks' "$dir.out")" >"$dir.summary"
	if [ "$rc" -ne 0 ] || [ "$bad" -ne 0 ]; then
		{
			grep -E ':[EF]:' "$dir.out" | head -n 20
			find "$dir" -name 'vg.*.log' -size +0 | head -n 3 |
			    while read -r f; do
				echo "--- $f"
				head -n 60 "$f"
			done
			echo "valgrind: rt_cli $name failed: see $dir/"
		} >>"$dir.summary"
		echo 1 >"$dir.status"
	else
		echo 0 >"$dir.status"
	fi
}

suites=${VG_CLI_SUITES:-cli_record cli_bad_input cli_schema cli-query cli-import cli_export}
jobs=${VG_JOBS:-$(nproc 2>/dev/null || echo 2)}
start=$(now)
running=0
for suite in $suites; do
	if [ "$running" -ge "$jobs" ]; then
		wait -n
		running=$((running - 1))
	fi
	cli "$suite" &
	running=$((running + 1))
done
wait
for suite in $suites; do
	cat "$logs/cli/$suite.summary"
	[ "$(cat "$logs/cli/$suite.status" 2>/dev/null)" = 0 ] || status=1
done
echo "valgrind: rt_cli: $(find "$logs/cli" -name 'vg.*.log' | wc -l) runs of" \
    "the program in $(($(now) - start)) s ($jobs suites at a time)"
exit $status
