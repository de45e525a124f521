#!/bin/sh
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
# Environment: VG_CLI_SUITES="NAME..." runs only those suites of rt_cli
# (each in turn, through check's CK_RUN_SUITE: cli_record cli_bad_input
# cli_schema cli-query cli-import cli_export); VG_SKIP_UNIT=1 skips step 1;
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

# One run of rt_cli (every suite, or the suite $1) with the program under
# valgrind; its logs in $logs/cli/NAME.
cli() {
	name=${1:-all}
	dir=$logs/cli/$name
	mkdir -p "$dir"
	start=$(now)
	# An empty CK_RUN_SUITE would run no suite at all.
	(
		[ -n "${1:-}" ] && CK_RUN_SUITE=$1 && export CK_RUN_SUITE
		RT_CLI_BIN=$here/rectrack-vg RECTRACK_VG_BIN=$build/rectrack \
		    RECTRACK_VG_LOGS=$dir CK_VERBOSITY=minimal \
		    CK_TIMEOUT_MULTIPLIER=20 "$build/rt_cli" >"$dir.out" 2>&1
	)
	rc=$?
	runs=$(find "$dir" -name 'vg.*.log' | wc -l)
	bad=$(find "$dir" -name 'vg.*.log' -size +0 | wc -l)
	echo "valgrind: rt_cli $name: exit $rc in $(($(now) - start)) s;" \
	    "$runs runs of the program, $bad with a valgrind report;" \
	    "$(grep '^[0-9]*%: Checks' "$dir.out")"
	if [ "$rc" -ne 0 ] || [ "$bad" -ne 0 ]; then
		grep -E ':[EF]:' "$dir.out" | head -n 20 >&2
		find "$dir" -name 'vg.*.log' -size +0 | head -n 3 |
		    while read -r f; do
			echo "--- $f" >&2
			head -n 60 "$f" >&2
		done
		echo "valgrind: rt_cli $name failed: see $dir/" >&2
		status=1
	fi
}

if [ -n "${VG_CLI_SUITES:-}" ]; then
	for suite in $VG_CLI_SUITES; do
		cli "$suite"
	done
else
	cli
fi
exit $status
