#!/bin/sh
# tests/render/stats-html.sh - the impact page (stats --format html),
# checked from outside and looked at in Chromium.
#
# Usage:
#   tests/render/stats-html.sh [RECTRACK [OUTDIR]]
# The checks are in stats_html.py (python3, standard library only); see its
# opening comment.  Without python3: SKIP, exit 77.  Without Chromium every
# other check runs, then SKIP, exit 77 (the page was not looked at).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v python3 >/dev/null 2>&1; then
	echo "stats-html: SKIP: python3 is not installed"
	exit 77
fi
exec python3 "$here/stats_html.py" "${1:-build/rectrack}" "${2:-build/render}"
