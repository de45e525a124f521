#!/bin/sh
# tests/render/export-libreoffice.sh - open the nightly export in LibreOffice
# Calc and check that it survives: multi-line cells intact, no cell turned
# into a formula, non-ASCII text unchanged.
#
# Usage:
#   tests/render/export-libreoffice.sh [RECTRACK [OUTDIR]]
# RECTRACK is the built binary (default build/rectrack), OUTDIR where the
# output goes (default build/render).  SOFFICE names the LibreOffice program
# (default: the first of soffice, libreoffice on PATH).  Needs python3 (the
# standard library only) to read the .xlsx files.
#
# What it does and checks:
# 1. In a temporary directory, creates a database with one committee and
#    nine recommendations (plus responses and updates) whose texts are
#    spreadsheet-hostile: multi-line cells with LF and with CRLF, commas,
#    double quotes, a leading =SUM(1,2), =HYPERLINK("http://example.org","x"),
#    +44 1865 000000, -5, @cmd, a leading TAB, a multi-line cell starting
#    with =, and non-ASCII (é, £, 日本語, →), all through `rec add`,
#    `respond` and `update`; then runs `rectrack export --dir`.
# 2. Converts recommendations.csv and flat.csv to OUTDIR/recommendations.xlsx
#    and OUTDIR/flat.xlsx with headless LibreOffice, import filter
#      CSV:44,34,76,1,,1033,false,false,false,false,false,0,true
#    i.e. the CSV filter's tokens (LibreOffice 7.4, sc/.../asciiopt.cxx):
#      1 field separator 44 (,)       2 text delimiter 34 (")
#      3 character set 76 (UTF-8)     4 start at line 1
#      5 no column formats            6 language 1033 (en-US, so the result
#                                       does not depend on the CI locale)
#      7 quoted field as text: false  8 detect special numbers: false
#      9,10 (export only)             11 trim spaces: false
#      12 sheet (export only)         13 evaluate formulas: TRUE
#    This is deliberately the hostile setting, what a user double-clicking
#    the file gets: formulas evaluated (token 13 defaults to true when
#    absent), and quoted fields not forced to text.  With token 7 true or
#    token 13 false, Calc would keep =SUM(1,2) as text by itself and the
#    check would pass even without rectrack's formula guard.
# 3. Reads each .xlsx with python3 (zipfile + xml: xl/sharedStrings.xml and
#    xl/worksheets/sheet1.xml) and checks, against the CSV parsed with
#    Python's csv module:
#    - no cell is a formula: no <f> element anywhere in the sheet;
#    - same shape: one sheet row per CSV record, no cell where the CSV has
#      an empty field (a split cell would show up there);
#    - every text field is a text cell with exactly the CSV's text, line
#      breaks included (CRLF inside a cell compares equal to LF: Calc keeps
#      one line break per CRLF), so multi-line cells and non-ASCII survive;
#      a numeric cell is accepted only for a field that is a number with the
#      same value or an ISO date with the same day;
#    - each hostile text above is found in its cell.
#    What Calc 7.4 shows for a guarded cell (the export writes =SUM(1,2) as
#    '=SUM(1,2)): the apostrophe is kept as the first character of a text
#    cell, visible, and the cell is not evaluated.  A Calc that hid the
#    apostrophe instead would also pass (the cell must then still be text,
#    with the rest of the value unchanged); the script says which it saw.
# 4. Control: exports again with --no-formula-guard, converts that
#    recommendations.csv with the same filter and checks that Calc DOES make
#    formulas of it (<f> elements), so the filter really evaluates formulas
#    and step 3 would catch a missing guard.
# 5. Converts both .xlsx files to OUTDIR/recommendations.pdf and
#    OUTDIR/flat.pdf and, with pdftoppm, renders page 1 of each to
#    OUTDIR/recommendations-page1.png and OUTDIR/flat-page1.png, to look at.
#    Only a look: nothing is checked there.  Without a CJK font (e.g.
#    fonts-droid-fallback or fonts-noto-cjk) 日本語 prints as boxes, and a
#    multi-line cell whose lines also wrap can spill over the next row (Calc
#    sizes the row for its line breaks only); the .xlsx checks are what count.
#
# LibreOffice runs with a private HOME and -env:UserInstallation profile in
# the temporary directory (so it works as root in CI and never touches the
# real profile), each call under `timeout 120` when timeout exists.  Without
# LibreOffice or python3 it says SKIP and exits 77, which ctest reports as
# skipped (SKIP_RETURN_CODE), not passed.  Exits 1 on the first failed
# check.

set -eu

bin=${1:-build/rectrack}
out=${2:-build/render}
me=export-libreoffice
start=$(date +%s)

fail() {
	echo "$me: FAIL: $*" >&2
	exit 1
}

[ -x "$bin" ] || fail "no rectrack binary at $bin (build it, or pass its path)"
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
	echo "$me: SKIP: LibreOffice is not installed (set SOFFICE, or" \
	    "apt-get install --no-install-recommends libreoffice-calc-nogui)"
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

# 1. The database and the export.
db=$tmp/hostile.db
rt() { "$bin" --db "$db" "$@"; }
nl='
'
cr=$(printf '\r')
tab=$(printf '\t')

# The hostile texts; each is also checked in step 3.
t_lf="The Cabinet should:${nl}1. publish the \"repairs\" backlog, monthly;${nl}2. report voids by ward"
t_crlf="First line${cr}${nl}Second line, with a comma${cr}${nl}Third \"quoted\" line"
t_sum='=SUM(1,2)'
t_link='=HYPERLINK("http://example.org","x")'
t_tel='+44 1865 000000'
t_neg='-5'
t_at='@cmd'
t_utf='Café budget £1.2m; 日本語のテキスト'
t_tab="${tab}Tabbed start, then text"
t_title='-2+3'
t_resp1="=A1*2${nl}not a formula, a note"
t_resp2="Agreed in part.${cr}${nl}See the £ figures, page 3"
t_upd1="+ 3 homes let${nl}Voids: 12 → 9"
t_upd2="Done: \"all\" voids let,${cr}${nl}no further action"
t_upd3='@risk: contractor late'
item='Housing, "Repairs" & Voids'
lead1='Zoë Müller'
lead8='José Núñez; 山田太郎'

{
	rt init
	rt committee add hg-osc 'Housing & Growth Scrutiny, "Test"'
} >"$tmp/setup.log" 2>&1 || fail "could not create the database:
$(cat "$tmp/setup.log")"

add() { # add NUMBER TEXT [OPTION...]: rec add, prints the id
	n=$1
	t=$2
	shift 2
	rt rec add --committee hg-osc --meeting 2025-01-10 --item "$item" \
	    --number "$n" --text "$t" "$@" 2>>"$tmp/setup.log" ||
		fail "rec add $n failed: $(tail -n 3 "$tmp/setup.log")"
}
r1=$(add 1 "$t_lf" --lead "$lead1" --title "$t_title")
r2=$(add 2 "$t_crlf")
add 3 "$t_sum" >/dev/null
add 4 "$t_link" >/dev/null
add 5 "$t_tel" >/dev/null
add 6 "$t_neg" >/dev/null
add 7 "$t_at" >/dev/null
add 8 "$t_utf" --lead "$lead8" >/dev/null
add 9a "$t_tab" >/dev/null
{
	rt respond "$r1" --decision accepted --date 2025-02-11 --text "$t_resp1" &&
	rt respond "$r2" --decision partially-accepted --date 2025-02-11 \
	    --text "$t_resp2" &&
	rt update "$r1" --status in-progress --date 2025-03-01 --text "$t_upd1" \
	    --due 2025-06-30 &&
	rt update "$r1" --status complete --date 2025-06-20 --text "$t_upd2" &&
	rt update "$r2" --status delayed --date 2025-03-01 --text "$t_upd3"
} >>"$tmp/setup.log" 2>&1 || fail "respond/update failed:
$(tail -n 5 "$tmp/setup.log")"

mkdir "$tmp/export" "$tmp/unguarded"
rt --quiet export --dir "$tmp/export" --as-of 2025-07-01 ||
	fail "rectrack export --dir failed"
rt --quiet export --dir "$tmp/unguarded" --as-of 2025-07-01 \
    --no-formula-guard || fail "rectrack export --no-formula-guard failed"
for f in recommendations.csv flat.csv; do
	[ -s "$tmp/export/$f" ] || fail "the export has no $f"
done
grep -qF "\"'=SUM(1,2)\"" "$tmp/export/recommendations.csv" ||
	fail "recommendations.csv has no guarded '=SUM(1,2) (is the formula guard on?)"
echo "$me: exported $(grep -c '"name"' "$tmp/export/manifest.json") files"

# 2. LibreOffice: CSV -> xlsx.
filter='CSV:44,34,76,1,,1033,false,false,false,false,false,0,true'
tmo=
command -v timeout >/dev/null 2>&1 && tmo="timeout 120"
mkdir -p "$tmp/home" "$tmp/lo"
lo() { # lo OUTDIR FORMAT [--infilter=...] FILE...: one headless conversion
	lodir=$1
	lofmt=$2
	shift 2
	HOME=$tmp/home $tmo "$soffice" \
	    "-env:UserInstallation=file://$tmp/lo/profile" \
	    --headless --invisible --nologo --norestore --nodefault \
	    --nolockcheck --convert-to "$lofmt" --outdir "$lodir" "$@" \
	    >>"$out/libreoffice.log" 2>&1 ||
		fail "$soffice $* failed (exit $?); see $out/libreoffice.log"
}
rm -f "$out/libreoffice.log" "$out/recommendations.xlsx" "$out/flat.xlsx" \
    "$out/recommendations.pdf" "$out/flat.pdf" \
    "$out/recommendations-page1.png" "$out/flat-page1.png"
lo "$out" 'xlsx:Calc MS Excel 2007 XML' --infilter="$filter" \
    "$tmp/export/recommendations.csv" "$tmp/export/flat.csv"
for f in recommendations flat; do
	[ -s "$out/$f.xlsx" ] || fail "LibreOffice made no $out/$f.xlsx; see $out/libreoffice.log"
	echo "$me: made $out/$f.xlsx"
done

# 3. The checks, in Python (standard library only).
cat >"$tmp/check.py" <<'PY'
import csv, datetime, re, sys, zipfile
import xml.etree.ElementTree as ET

M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
mode, csv_path, xlsx_path = sys.argv[1:4]
expected = sys.argv[4:]          # texts that must be found, exactly
name = xlsx_path.rsplit('/', 1)[-1]
errors = []

def err(msg):
    errors.append(msg)

def col_row(ref):
    m = re.fullmatch(r'([A-Z]+)([0-9]+)', ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, col - 1

def text_of(el):                  # <si> or <is>: all <t>, rich runs too
    return ''.join(t.text or '' for t in el.iter(M + 't'))

z = zipfile.ZipFile(xlsx_path)
sst = []
if 'xl/sharedStrings.xml' in z.namelist():
    sst = [text_of(si) for si in
           ET.fromstring(z.read('xl/sharedStrings.xml')).findall(M + 'si')]
sheet_xml = z.read('xl/worksheets/sheet1.xml')
sheet = ET.fromstring(sheet_xml)

cells = {}                        # (row, col) -> (kind, value, formula)
for c in sheet.iter(M + 'c'):
    t = c.get('t', 'n')
    f = c.find(M + 'f')
    v = c.find(M + 'v')
    if t == 's':
        val = sst[int(v.text)]
    elif t == 'inlineStr':
        val = text_of(c.find(M + 'is'))
    else:
        val = v.text if v is not None else None
    kind = 'text' if t in ('s', 'inlineStr', 'str') else t
    cells[col_row(c.get('r'))] = (kind, val, f.text if f is not None else None)
formulas = {k: c for k, c in cells.items() if c[2] is not None}

if mode == 'control':
    # The unguarded export: this filter must make formulas of it.
    if not formulas:
        print('%s: control FAILED: the unguarded export gave no formula; '
              'the filter does not evaluate formulas, so the check proves '
              'nothing' % name)
        sys.exit(1)
    print('%s: control: without the guard Calc makes %d formula cell(s): %s'
          % (name, len(formulas), ', '.join(sorted(
              '=' + c[2] for c in formulas.values()))))
    sys.exit(0)

# 1. No formula anywhere (also in the raw XML, in case of a missed namespace).
for (r, c), cell in sorted(formulas.items()):
    err('row %d col %d is a formula: =%s' % (r + 1, c + 1, cell[2]))
if re.search(rb'<(\w+:)?f[ >/]', sheet_xml):
    err('the sheet XML holds an <f> (formula) element')

# 2. Cell by cell against the CSV.
with open(csv_path, newline='', encoding='utf-8') as fh:
    rows = list(csv.reader(fh))
nrows = 1 + max([r for r, _ in cells] or [-1])
if nrows != len(rows):
    err('%d rows in the sheet, %d records in the CSV' % (nrows, len(rows)))
for (r, c) in cells:
    if r >= len(rows) or c >= len(rows[r]) or rows[r][c] == '':
        err('row %d col %d: a cell %r where the CSV has no field '
            '(a split cell?)' % (r + 1, c + 1, cells[(r, c)][1]))

def nl(s):
    return s.replace('\r\n', '\n')

guarded = shown = hidden = multiline = 0
epoch = datetime.date(1899, 12, 30)
for r, rec in enumerate(rows):
    for c, field in enumerate(rec):
        if field == '':
            continue
        where = 'row %d col %d (%r)' % (r + 1, c + 1, field)
        if (r, c) not in cells:
            err(where + ': no cell')
            continue
        kind, val, _ = cells[(r, c)]
        if field.startswith("'"):
            guarded += 1
        if kind == 'n':
            ok = False
            if re.fullmatch(r'-?[0-9]+(\.[0-9]+)?', field):
                ok = float(field) == float(val)
            elif re.fullmatch(r'[0-9]{4}-[0-9]{2}-[0-9]{2}', field):
                day = epoch + datetime.timedelta(days=float(val))
                ok = day.isoformat() == field
            if not ok:
                err(where + ': became the number %s' % val)
        elif kind != 'text':
            err(where + ': became a cell of type %s (%r)' % (kind, val))
        elif nl(val) == nl(field):
            if field.startswith("'"):
                shown += 1
            if '\n' in nl(field):
                multiline += 1
        elif field.startswith("'") and nl(val) == nl(field[1:]):
            hidden += 1
            if '\n' in nl(field):
                multiline += 1
        else:
            err(where + ': the cell holds %r' % val)

# 3. The hostile texts, each found whole in one cell.
texts = [nl(v) for k, v, _ in cells.values() if k == 'text']
for want in expected:
    w = nl(want)
    if not any(t in (w, "'" + w) for t in texts):
        err('text not found intact: %r' % want)

if errors:
    for e in errors:
        print('%s: %s' % (name, e), file=sys.stderr)
    sys.exit(1)
print('%s: %d rows, %d cells, no formula; %d multi-line cells intact; '
      '%d hostile texts found; %d guarded cells are text, apostrophe '
      'visible in %d, hidden in %d'
      % (name, len(rows), len(cells), multiline, len(expected), guarded,
         shown, hidden))
for v in sorted({v for k, v, _ in cells.values()
                 if k == 'text' and v.startswith("'")}):
    print('%s:   Calc shows %r' % (name, v))
PY

check() { python3 "$tmp/check.py" "$@" || fail "$2 in Calc: see above"; }
check guard "$tmp/export/recommendations.csv" "$out/recommendations.xlsx" \
    "$t_lf" "$t_crlf" "$t_sum" "$t_link" "$t_tel" "$t_neg" "$t_at" \
    "$t_utf" "$t_tab" "$t_title" "$lead1" "$lead8"
check guard "$tmp/export/flat.csv" "$out/flat.xlsx" \
    "$t_lf" "$t_crlf" "$t_sum" "$t_link" "$t_tel" "$t_neg" "$t_at" \
    "$t_utf" "$t_tab" "$t_resp1" "$t_resp2" "$t_upd1" "$t_upd2" "$t_upd3" \
    "$item" "$lead1" "$lead8"

# 4. The control: the same filter on the unguarded file evaluates formulas.
mv "$tmp/unguarded/recommendations.csv" "$tmp/unguarded/unguarded.csv"
lo "$tmp/unguarded" 'xlsx:Calc MS Excel 2007 XML' --infilter="$filter" \
    "$tmp/unguarded/unguarded.csv"
[ -s "$tmp/unguarded/unguarded.xlsx" ] || fail "LibreOffice made no unguarded.xlsx"
check control "$tmp/unguarded/unguarded.csv" "$tmp/unguarded/unguarded.xlsx"

# 5. PDF and PNG, to look at.
lo "$out" pdf "$out/recommendations.xlsx" "$out/flat.xlsx"
for f in recommendations flat; do
	[ "$(head -c 5 "$out/$f.pdf" 2>/dev/null)" = %PDF- ] ||
		fail "no PDF: $out/$f.pdf; see $out/libreoffice.log"
	echo "$me: made $out/$f.pdf"
	if command -v pdftoppm >/dev/null 2>&1; then
		pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$out/$f.pdf" \
		    "$out/$f-page1" || fail "pdftoppm failed on $out/$f.pdf"
		echo "$me: made $out/$f-page1.png"
	fi
done
command -v pdftoppm >/dev/null 2>&1 ||
	echo "$me: pdftoppm not installed: no PNG of the PDFs"

echo "$me: OK ($(($(date +%s) - start)) s, $("$soffice" --version 2>/dev/null | head -n 1))"
