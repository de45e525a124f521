#!/bin/sh
# tests/golden/demo-golden.sh - `make demo` still prints the same seed
# trackers: run examples/demo.sh on a fresh database and compare what it
# prints, byte for byte, with tests/golden/demo.out.
#
# Usage: tests/golden/demo-golden.sh [RECTRACK]
# RECTRACK is the built binary (default build/rectrack).
#
# The demo's listings without --as-of are as of today; every date in the
# seed papers is in the past, so their answers no longer change.  When a
# change alters the demo's output on purpose, regenerate the file:
#   RECTRACK_GOLDEN_UPDATE=1 tests/golden/demo-golden.sh build/rectrack
# and say in the commit exactly what changed and why.  On a difference
# the test prints the diff and exits 1.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
bin=${1:-build/rectrack}
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
[ -x "$bin" ] || { echo "demo-golden: FAIL: no rectrack at $bin" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/demo-golden.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

(cd "$tmp" && unset TRACKER_HTML PLAN_HTML &&
    RECTRACK=$bin RECTRACK_DB=demo.db sh "$top/examples/demo.sh") \
    >"$tmp/demo.out" 2>"$tmp/demo.err" || {
	echo "demo-golden: FAIL: examples/demo.sh failed:" >&2
	tail -n 20 "$tmp/demo.err" >&2
	exit 1
}
if [ -s "$tmp/demo.err" ]; then
	echo "demo-golden: FAIL: examples/demo.sh wrote on stderr:" >&2
	head -n 20 "$tmp/demo.err" >&2
	exit 1
fi
if [ "${RECTRACK_GOLDEN_UPDATE:-}" = 1 ]; then
	cp "$tmp/demo.out" "$here/demo.out"
	echo "demo-golden: wrote $here/demo.out"
	exit 0
fi
if ! cmp -s "$here/demo.out" "$tmp/demo.out"; then
	echo "demo-golden: FAIL: the demo's output differs from tests/golden/demo.out:" >&2
	diff -u "$here/demo.out" "$tmp/demo.out" | head -n 80 >&2
	exit 1
fi
echo "demo-golden: OK ($(wc -l <"$tmp/demo.out") lines as expected)"
