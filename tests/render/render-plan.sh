#!/bin/sh
# tests/render/render-plan.sh - render the action plan's HTML and check it.
#
# Usage:
#   tests/render/render-plan.sh [RECTRACK [OUTDIR]]
# RECTRACK is the built binary (default build/rectrack), OUTDIR where the
# output goes (default build/render).  CHROMIUM names the browser to use
# (default: the first of chromium, chromium-browser, google-chrome-stable,
# google-chrome on PATH).
#
# What it does and checks:
# 1. Loads examples/demo.sh into a fresh database in a temporary directory
#    (the Oxford City plan, seed 000), then adds to committee oxford-cpc an
#    HTML-hostile recommendation with an action:
#      title   <b>Title</b>
#      text    <script>alert(1)</script> & "quotes" 'single'
#      action  <img src=x onerror=alert(2)> with lead A <i>Lead</i>
#    and writes `rectrack plan oxford-cpc --as-of 2024-10-31 --format html`
#    to OUTDIR/plan.html.
# 2. Checks the HTML with grep: no <script, <img, <b>, <i> anywhere, every
#    hostile text present escaped, the A4 portrait @page rule present, no
#    external resource (src=, href=, url(, @import), the summary there.
# 3. When a Chromium is installed, renders OUTDIR/plan.png (a 900x2400
#    screenshot) and OUTDIR/plan.pdf (printed, no browser header/footer),
#    checks both exist, that Chromium logged no console message (the page
#    has no script: any message is an error), with pdfinfo that every page
#    is A4 portrait (595 x 842 pt, give or take a point), with pdftotext
#    that the hostile text is printed literally; with pdftoppm it writes
#    each page as OUTDIR/plan-page-NN.png.  Without Chromium it checks the
#    HTML, says SKIP and exits 77 (ctest: skipped, not passed).
#
# Exits 1 on the first failed check.  To look at the result, open
# OUTDIR/plan.html in a browser, or view OUTDIR/plan.pdf or the page images.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
bin=${1:-build/rectrack}
out=${2:-build/render}

fail() {
	echo "render-plan: FAIL: $*" >&2
	exit 1
}

[ -x "$bin" ] || fail "no rectrack binary at $bin (build it, or pass its path)"
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
mkdir -p "$out"
out=$(cd "$out" && pwd)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/render-plan.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

# 1. The demo database, the hostile recommendation, the document.
db=$tmp/demo.db
RECTRACK=$bin RECTRACK_DB=$db TRACKER_HTML=$tmp/t.html PLAN_HTML=$tmp/p.html \
    sh "$top/examples/demo.sh" >"$tmp/demo.log" 2>&1 ||
	fail "examples/demo.sh failed; its output:
$(tail -n 20 "$tmp/demo.log")"
id=$("$bin" --db "$db" rec add --committee oxford-cpc --meeting 2023-12-13 \
    --item "LGA Corporate Peer Challenge Action Plan" --number 11 \
    --title "<b>Title</b>" \
    --text "<script>alert(1)</script> & \"quotes\" 'single'") ||
	fail "could not add the hostile recommendation"
"$bin" --db "$db" action add --rec "$id" --text "<img src=x onerror=alert(2)>" \
    --lead "A <i>Lead</i>" --due "March 2025" >/dev/null ||
	fail "could not add the hostile action"
html=$out/plan.html
"$bin" --db "$db" plan oxford-cpc --as-of 2024-10-31 --format html >"$html" ||
	fail "rectrack plan --format html failed"
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
mustnot "unescaped image" '<img'
mustnot "unescaped markup from the data" '<(b|i)>|</(b|i)>'
mustnot "external resource" '<[a-z][^>]*[[:space:]](src|href)='
sed -n '1,/<body>/p' "$html" | grep -qiE 'url\(|@import' &&
	fail "external resource in the stylesheet of $html"
must "escaped script" '&lt;script&gt;alert(1)&lt;/script&gt;'
must "escaped ampersand and quotes" '&amp; &quot;quotes&quot; &#39;single&#39;'
must "escaped title" 'Recommendation 11: &lt;b&gt;Title&lt;/b&gt;'
must "escaped action" '&lt;img src=x onerror=alert(2)&gt;'
must "escaped lead" 'A &lt;i&gt;Lead&lt;/i&gt;'
must "A4 portrait page" 'size: A4 portrait'
must "repeated table headers" '<thead>'
must "the summary" '<tr><th scope="row">Actions</th><td>56</td></tr>'
echo "render-plan: HTML checks passed: $html"

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
	echo "render-plan: SKIP rendering: chromium is not installed" \
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
		fail "$chromium $* failed; see $out/plan-chromium.log"
	cat "$tmp/chromium.out" >>"$out/plan-chromium.log"
	if grep -q ':CONSOLE' "$tmp/chromium.out"; then
		fail "console message: $(grep ':CONSOLE' "$tmp/chromium.out" | head -n 1)"
	fi
}
png=$out/plan.png
pdf=$out/plan.pdf
rm -f "$png" "$pdf" "$out"/plan-page-*.png "$out/plan-chromium.log"
render --screenshot="$png" --window-size=900,2400
render --print-to-pdf="$pdf" --no-pdf-header-footer

[ -s "$png" ] || fail "no screenshot: $png missing or empty"
[ "$(head -c 4 "$png" | tail -c 3)" = PNG ] || fail "$png is not a PNG"
[ -s "$pdf" ] || fail "no PDF: $pdf missing or empty"
[ "$(head -c 5 "$pdf")" = %PDF- ] || fail "$pdf is not a PDF"
echo "render-plan: made $png"
echo "render-plan: made $pdf"

if command -v pdfinfo >/dev/null 2>&1; then
	info=$(pdfinfo "$pdf") || fail "pdfinfo cannot read $pdf"
	pages=$(echo "$info" | awk '/^Pages:/ { print $2 }')
	pdfinfo -f 1 -l "$pages" "$pdf" | awk '/^Page +[0-9]+ size:/ {
	    if (!($4 >= 594 && $4 <= 596 && $6 >= 841 && $6 <= 843)) bad = $0 }
	    END { if (bad != "") { print bad; exit 1 } }' ||
		fail "a page is not A4 portrait"
	echo "render-plan: $pages pages, A4 portrait"
else
	echo "render-plan: pdfinfo not installed: page size not checked"
fi

if command -v pdftotext >/dev/null 2>&1; then
	pdftotext -layout "$pdf" "$tmp/plan.txt" || fail "pdftotext failed"
	grep -qF "<script>alert(1)</script> & \"quotes\" 'single'" "$tmp/plan.txt" ||
		fail "the hostile text is not printed literally in $pdf"
	echo "render-plan: the hostile text is printed literally"
fi

if command -v pdftoppm >/dev/null 2>&1; then
	pdftoppm -r 60 -png "$pdf" "$out/plan-page" || fail "pdftoppm failed"
	for f in "$out"/plan-page-*.png; do
		echo "render-plan: made $f"
	done
fi
echo "render-plan: OK"
