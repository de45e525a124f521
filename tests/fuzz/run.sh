#!/bin/sh
# run.sh BUILD SECONDS [NAME...] - run each libFuzzer harness (make fuzz).
#
# Each harness NAME (default: csv date import sql) runs for SECONDS on a
# copy of its seed corpus, tests/fuzz/corpus/NAME, and of the inputs that
# once made it fail, tests/fuzz/regressions/NAME, with its dictionary,
# tests/fuzz/NAME.dict, in its own directory BUILD/fuzz-run/NAME/: the
# inputs it found are left in corpus/ there, its output in log, and the
# input of a crash in artifacts/.  The seed corpus itself is never changed.
#
# Fails when a harness crashed, broke a check (FZ_CHECK), leaked, timed out
# or ran out of memory.  Ends with a table of the executions per harness
# (libFuzzer's final stats).  Environment: FUZZ_FLAGS adds libFuzzer flags
# (e.g. FUZZ_FLAGS=-jobs=2).
set -u
build=${1:?usage: run.sh BUILD SECONDS [NAME...]}
secs=${2:?usage: run.sh BUILD SECONDS [NAME...]}
shift 2
names=${*:-csv date import sql}
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$build" && pwd)
bin=$build/tests/fuzz
work=$build/fuzz-run
status=0
summary=

# One libFuzzer final stat from a log: stat NAME LOG.
stat() {
	sed -n "s/^stat::$1: *//p" "$2" | tail -n 1
}

for n in $names; do
	dir=$work/$n
	rm -rf "$dir"
	mkdir -p "$dir/corpus" "$dir/artifacts"
	cp "$here/corpus/$n"/* "$dir/corpus/"
	# What once failed runs first, with the seeds (README in regressions/).
	if [ -d "$here/regressions/$n" ]; then
		cp "$here/regressions/$n"/* "$dir/corpus/"
	fi
	seeds=$(find "$dir/corpus" -type f | wc -l)
	dict=
	[ -f "$here/$n.dict" ] && dict=-dict=$here/$n.dict
	echo "fuzz: $n for $secs s ($seeds seeds)"
	# -timeout: an input running 10 s is a finding (fuzz_sql bounds its
	# own inputs; see fuzz_sql.c).  The working directory is dir, so that
	# a file an input managed to create would be there to see.
	# shellcheck disable=SC2086 # $dict and $FUZZ_FLAGS are words or nothing
	(cd "$dir" && "$bin/fuzz_$n" -max_total_time="$secs" -timeout=10 \
	    -print_final_stats=1 -artifact_prefix="$dir/artifacts/" $dict \
	    ${FUZZ_FLAGS:-} corpus >log 2>&1)
	rc=$?
	execs=$(stat number_of_executed_units "$dir/log")
	rate=$(stat average_exec_per_sec "$dir/log")
	added=$(stat new_units_added "$dir/log")
	rss=$(stat peak_rss_mb "$dir/log")
	cov=$(sed -n 's/.*DONE *cov: \([0-9]*\) ft: \([0-9]*\).*/\1 edges, \2 features/p' \
	    "$dir/log" | tail -n 1)
	found=$(find "$dir/artifacts" -type f | wc -l)
	# Anything else in dir was made by an input (VACUUM INTO 'x', say).
	stray=$(find "$dir" -mindepth 1 -maxdepth 1 ! -name corpus \
	    ! -name artifacts ! -name log ! -name 'fuzz-*.log')
	if [ -n "$stray" ]; then
		echo "fuzz: $n: an input created $stray" >&2
		found=$((found + 1))
	fi
	summary="$summary$(printf '%-7s %10s %8s %7s %6s  %s' "$n" "${execs:-?}" \
	    "${rate:-?}" "${added:-?}" "${rss:-?}" "${cov:-?}")
"
	if [ "$rc" -ne 0 ] || [ "$found" -ne 0 ]; then
		status=1
		echo "fuzz: $n FAILED (exit $rc): $dir/log" >&2
		grep -E -m 5 'ERROR|fuzz check failed|runtime error|SUMMARY' \
		    "$dir/log" >&2
		find "$dir/artifacts" -type f | sed 's/^/fuzz:   input: /' >&2
		echo "fuzz:   reproduce: $bin/fuzz_$n INPUT; once fixed, copy" \
		    "INPUT to tests/fuzz/regressions/$n/ (README there)" >&2
	fi
done

echo
echo "fuzz: $secs s per harness, $(nproc) cores"
printf '%-7s %10s %8s %7s %6s  %s\n' harness execs exec/s new rss_mb coverage
printf '%s' "$summary"
[ "$status" -eq 0 ] && echo "fuzz: no crash" || echo "fuzz: FAILED" >&2
exit $status
