#!/bin/sh
# tests/render/export-excel.sh - what a spreadsheet makes of `export --excel`.
#
# Usage:
#   tests/render/export-excel.sh [RECTRACK [OUTDIR]]
# RECTRACK is the built binary (default build/rectrack), OUTDIR where the
# output goes (default build/render).  SOFFICE names the LibreOffice program.
#
# Recommendations numbered 007, 3.10, 1E5, 1-2 and 0.5, each with the text
# "March 2025", are exported with and without --excel, and each
# recommendations.csv is converted to .xlsx by headless LibreOffice Calc
# with formulas evaluated (filter token 13 true, what opening the file by
# hand gives; see export-libreoffice.sh for the tokens).  Checks:
# - with --excel, every such cell is a text cell (a formula with a string
#   result, ="007") whose value is exactly what was recorded;
# - without it (the control), Calc turns 007 into the number 7 and 3.10
#   into 3.1, so the check above would catch an --excel that did nothing.
# Calc with formulas not evaluated shows ="007" as written, quotes and all:
# --excel is for Excel and for Calc with formulas on (the README says so).
# Without LibreOffice or python3 it says SKIP and exits 77, which ctest
# reports as skipped (SKIP_RETURN_CODE), not passed.

set -eu

bin=${1:-build/rectrack}
out=${2:-build/render}
me=export-excel

fail() {
	echo "$me: FAIL: $*" >&2
	exit 1
}

[ -x "$bin" ] || fail "no rectrack binary at $bin"
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
soffice=${SOFFICE:-}
if [ -z "$soffice" ]; then
	for c in soffice libreoffice; do
		if command -v "$c" >/dev/null 2>&1; then
			soffice=$c
			break
		fi
	done
fi
if [ -z "$soffice" ] || ! command -v "$soffice" >/dev/null 2>&1; then
	echo "$me: SKIP: LibreOffice is not installed"
	exit 77
fi
if ! command -v python3 >/dev/null 2>&1; then
	echo "$me: SKIP: python3 is not installed (needed to read the .xlsx)"
	exit 77
fi

mkdir -p "$out"
out=$(cd "$out" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/$me.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

db=$tmp/excel.db
rt() { "$bin" --db "$db" "$@"; }
{
	rt init
	rt committee add pcs-osc 'PCS'
	for n in 007 3.10 1E5 1-2 0.5; do
		rt rec add --committee pcs-osc --meeting 2025-01-10 --item Item \
		    --number "$n" --text "March 2025"
	done
} >"$tmp/setup.log" 2>&1 || fail "could not create the database:
$(cat "$tmp/setup.log")"
mkdir "$tmp/excel" "$tmp/plain"
rt export recommendations --excel --as-of 2025-03-01 \
    >"$tmp/excel/recommendations.csv" || fail "export --excel failed"
rt export recommendations --as-of 2025-03-01 \
    >"$tmp/plain/recommendations.csv" || fail "export failed"

filter='CSV:44,34,76,1,,1033,false,false,false,false,false,0,true'
tmo=
command -v timeout >/dev/null 2>&1 && tmo="timeout 120"
mkdir -p "$tmp/home" "$tmp/lo"
for d in excel plain; do
	HOME=$tmp/home $tmo "$soffice" \
	    "-env:UserInstallation=file://$tmp/lo/profile" \
	    --headless --invisible --nologo --norestore --nodefault \
	    --nolockcheck --convert-to 'xlsx:Calc MS Excel 2007 XML' \
	    --outdir "$tmp/$d" --infilter="$filter" \
	    "$tmp/$d/recommendations.csv" >>"$out/$me.log" 2>&1 ||
		fail "$soffice failed; see $out/$me.log"
	[ -s "$tmp/$d/recommendations.xlsx" ] || fail "no $d .xlsx"
done
cp "$tmp/excel/recommendations.xlsx" "$out/recommendations-excel.xlsx"

cat >"$tmp/check.py" <<'PY'
import re, sys, zipfile
import xml.etree.ElementTree as ET

M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'

def cells(path):
    z = zipfile.ZipFile(path)
    sst = []
    if 'xl/sharedStrings.xml' in z.namelist():
        sst = [''.join(t.text or '' for t in si.iter(M + 't')) for si in
               ET.fromstring(z.read('xl/sharedStrings.xml')).findall(M + 'si')]
    out = {}
    for c in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iter(M + 'c'):
        t, v = c.get('t', 'n'), c.find(M + 'v')
        val = sst[int(v.text)] if t == 's' else (v.text if v is not None else None)
        out[c.get('r')] = ('text' if t in ('s', 'str', 'inlineStr') else t, val)
    return out

excel, plain = cells(sys.argv[1]), cells(sys.argv[2])
numbers = ["007", "3.10", "1E5", "1-2", "0.5"]
errors = []
for i, n in enumerate(numbers):
    row = i + 2
    for col, want in (('C', n), ('E', 'March 2025')):
        got = excel.get('%s%d' % (col, row))
        if got != ('text', want):
            errors.append('--excel %s%d: %r, want text %r' % (col, row, got, want))
if plain.get('C2') != ('n', '7') or plain.get('C3') != ('n', '3.1'):
    errors.append('control: Calc kept 007 and 3.10 (%r, %r): the filter '
                  'does not convert, so the check proves nothing'
                  % (plain.get('C2'), plain.get('C3')))
for e in errors:
    print('export-excel: FAIL: ' + e)
if not errors:
    print('export-excel: --excel cells stay text in Calc: ' + ', '.join(numbers)
          + ', March 2025; without --excel 007 became 7 and 3.10 3.1')
sys.exit(1 if errors else 0)
PY
python3 "$tmp/check.py" "$tmp/excel/recommendations.xlsx" \
    "$tmp/plain/recommendations.xlsx" || fail "see above"
echo "$me: ok"
