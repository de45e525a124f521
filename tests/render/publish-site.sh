#!/bin/sh
# tests/render/publish-site.sh - publish the demo with hostile texts and
# check the site as a reader, a browser and an open-data user would.
#
# Usage:
#   tests/render/publish-site.sh [RECTRACK [OUTDIR]]
# RECTRACK is the built binary (default build/rectrack), OUTDIR where the
# site and the screenshots go (default build/render): OUTDIR/site/ is the
# published site, OUTDIR/publish-*.png the screenshots of its index, a
# committee page and a recommendation page (desktop and phone widths).
# CHROMIUM names the browser (default: the first of chromium,
# chromium-browser, google-chrome-stable, google-chrome on PATH).
#
# The checks are in publish_site.py (python3, standard library only); see
# its opening comment.  Without python3 the site cannot be checked: SKIP,
# exit 77.  Without Chromium every other check runs, then SKIP, exit 77
# (ctest reports it skipped: the pages were not looked at).

set -eu
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v python3 >/dev/null 2>&1; then
	echo "publish-site: SKIP: python3 is not installed"
	exit 77
fi
exec python3 "$here/publish_site.py" "${1:-build/rectrack}" "${2:-build/render}"
