#!/bin/sh
# tests/render/render-tracker.sh - render the HTML tracker and check it.
#
# Usage:
#   tests/render/render-tracker.sh [RECTRACK [OUTDIR]]
# RECTRACK is the built binary (default build/rectrack), OUTDIR where the
# output goes (default build/render).  CHROMIUM names the browser to use
# (default: the first of chromium, chromium-browser, google-chrome-stable,
# google-chrome on PATH).
#
# What it does and checks:
# 1. Loads examples/demo.sh into a fresh database in a temporary directory,
#    then adds an HTML-hostile recommendation to committee pcs-osc:
#      item  <b>Item</b>
#      text  <script>alert(1)</script> & "quotes" 'single'
#      lead  A <i>Lead</i>
#    and writes `rectrack tracker pcs-osc --meeting 2025-03-14 --format html`
#    to OUTDIR/tracker.html.
# 2. Checks the HTML with grep: no <script (nor <b>, <i>) anywhere, every
#    hostile text present in its escaped form (&lt;script&gt;..., &amp;,
#    &quot;, &#39;), the A4 landscape @page rule present, and no external
#    resource (src=, href=, url(, @import): the page must be self-contained.
# 3. When a Chromium is installed, renders OUTDIR/tracker.png (a 1600x2200
#    screenshot) and OUTDIR/tracker.pdf (printed, no browser header/footer)
#    and checks that the PDF exists and is not empty, and that Chromium
#    logged no console message (the page has no script, so any is an
#    error: a refused resource, bad markup); with pdfinfo, that its
#    pages are A4 landscape (842 x 595 pt, give or take a point); with
#    pdftotext, that the hostile text is printed literally.  With pdftoppm,
#    it also writes each page as OUTDIR/tracker-page-NN.png.
#    Without Chromium it checks the HTML, says SKIP and exits 77, which
#    ctest reports as skipped (SKIP_RETURN_CODE), not passed: the page was
#    not looked at.
#
# Exits 1 on the first failed check.  To look at the result, open
# OUTDIR/tracker.html in a browser (and print preview it: A4 landscape),
# or view OUTDIR/tracker.pdf or the tracker-page-NN.png images.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
bin=${1:-build/rectrack}
out=${2:-build/render}

fail() {
	echo "render-tracker: FAIL: $*" >&2
	exit 1
}

[ -x "$bin" ] || fail "no rectrack binary at $bin (build it, or pass its path)"
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
mkdir -p "$out"
out=$(cd "$out" && pwd)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/render-tracker.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

# 1. The demo database, the hostile row, the document.
db=$tmp/demo.db
RECTRACK=$bin RECTRACK_DB=$db TRACKER_HTML=$tmp/demo.html PLAN_HTML=$tmp/plan.html \
    sh "$top/examples/demo.sh" >"$tmp/demo.log" 2>&1 ||
	fail "examples/demo.sh failed; its output:
$(tail -n 20 "$tmp/demo.log")"
"$bin" --db "$db" rec add --committee pcs-osc --meeting 2024-12-01 \
    --item "<b>Item</b>" --number 1 \
    --text "<script>alert(1)</script> & \"quotes\" 'single'" \
    --lead "A <i>Lead</i>" >/dev/null ||
	fail "could not add the hostile recommendation"
html=$out/tracker.html
"$bin" --db "$db" tracker pcs-osc --meeting 2025-03-14 --format html >"$html" ||
	fail "rectrack tracker --format html failed"
[ -s "$html" ] || fail "$html is empty"

# 2. The HTML.
must() { # must WHAT STRING: the fixed STRING is in the page
	grep -qF -- "$2" "$html" || fail "$1: '$2' not found in $html"
}
mustnot() { # mustnot WHAT PATTERN: the case-insensitive PATTERN is not
	if grep -qiE -- "$2" "$html"; then
		fail "$1: found in $html: $(grep -oiE -- "$2" "$html" | head -n 1)"
	fi
}
mustnot "unescaped script tag" '<script'
mustnot "unescaped markup from the data" '<(b|i)>|</(b|i)>'
mustnot "external resource" '<[a-z][^>]*[[:space:]](src|href)='
sed -n '1,/<body>/p' "$html" | grep -qiE 'url\(|@import' &&
	fail "external resource in the stylesheet of $html"
must "escaped script" '&lt;script&gt;alert(1)&lt;/script&gt;'
must "escaped ampersand and quotes" '&amp; &quot;quotes&quot; &#39;single&#39;'
must "escaped item" '&lt;b&gt;Item&lt;/b&gt;'
must "escaped lead" 'A &lt;i&gt;Lead&lt;/i&gt;'
must "A4 landscape page" 'size: A4 landscape'
must "repeated table headers" '<thead>'
must "summary box" '<div class="summary">'
must "summary chart" '<svg class="bar" role="img"'
must "chart text equivalent" '<desc id="sum-d">'
echo "render-tracker: HTML checks passed: $html"

# 3. The rendering, when there is a browser.
chromium=${CHROMIUM:-}
if [ -z "$chromium" ]; then
	for c in chromium chromium-browser google-chrome-stable google-chrome; do
		if command -v "$c" >/dev/null 2>&1; then
			chromium=$c
			break
		fi
	done
fi
if [ -z "$chromium" ]; then
	echo "render-tracker: SKIP rendering: chromium is not installed" \
	    "(set CHROMIUM, or install it: apt-get install chromium)"
	exit 77
fi
tmo=
command -v timeout >/dev/null 2>&1 && tmo="timeout 180"

render() { # render OPTION...: run headless chromium on the page
	profile=$(mktemp -d "$tmp/profile.XXXXXX")
	$tmo "$chromium" --headless --no-sandbox --disable-gpu --disable-quic \
	    --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync \
	    --enable-logging=stderr --v=0 \
	    --user-data-dir="$profile" "$@" "file://$html" \
	    >"$tmp/chromium.out" 2>&1 ||
		fail "$chromium $* failed; see $out/chromium.log"
	cat "$tmp/chromium.out" >>"$out/chromium.log"
	# The page has no script, so nothing may reach the console.
	if grep -q ':CONSOLE' "$tmp/chromium.out"; then
		fail "console message: $(grep ':CONSOLE' "$tmp/chromium.out" | head -n 1)"
	fi
}
png=$out/tracker.png
pdf=$out/tracker.pdf
rm -f "$png" "$pdf" "$out"/tracker-page-*.png "$out/chromium.log"
render --screenshot="$png" --window-size=1600,2200
render --print-to-pdf="$pdf" --no-pdf-header-footer

[ -s "$png" ] || fail "no screenshot: $png missing or empty"
[ "$(head -c 4 "$png" | tail -c 3)" = PNG ] || fail "$png is not a PNG"
[ -s "$pdf" ] || fail "no PDF: $pdf missing or empty"
[ "$(head -c 5 "$pdf")" = %PDF- ] || fail "$pdf is not a PDF"
echo "render-tracker: made $png"
echo "render-tracker: made $pdf"

if command -v pdfinfo >/dev/null 2>&1; then
	info=$(pdfinfo "$pdf") || fail "pdfinfo cannot read $pdf"
	pages=$(echo "$info" | awk '/^Pages:/ { print $2 }')
	size=$(echo "$info" | awk '/^Page size:/ { print $3, $5 }')
	echo "$size" | awk '{ exit !($1 >= 841 && $1 <= 843 && $2 >= 594 && $2 <= 596) }' ||
		fail "page size is '$size' pt, not A4 landscape (842 x 595)"
	# Every page, not only the first.
	pdfinfo -f 1 -l "$pages" "$pdf" | awk '/^Page +[0-9]+ size:/ {
	    if (!($4 >= 841 && $4 <= 843 && $6 >= 594 && $6 <= 596)) bad = $0 }
	    END { if (bad != "") { print bad; exit 1 } }' ||
		fail "a page is not A4 landscape"
	echo "render-tracker: $pages pages, A4 landscape ($size pt)"
else
	echo "render-tracker: pdfinfo not installed: page size not checked"
fi

if command -v pdftotext >/dev/null 2>&1; then
	pdftotext -layout "$pdf" "$tmp/tracker.txt" || fail "pdftotext failed"
	grep -qF "<script>alert(1)</script> & \"quotes\" 'single'" "$tmp/tracker.txt" ||
		fail "the hostile text is not printed literally in $pdf"
	echo "render-tracker: the hostile text is printed literally"
fi

if command -v pdftoppm >/dev/null 2>&1; then
	pdftoppm -r 80 -png "$pdf" "$out/tracker-page" ||
		fail "pdftoppm failed"
	for f in "$out"/tracker-page-*.png; do
		echo "render-tracker: made $f"
	done
fi
echo "render-tracker: OK"
