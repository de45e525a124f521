#!/usr/bin/env python3
"""tests/render/stats_html.py - the impact page, checked from outside.

Run by stats-html.sh (ctest: stats-html).  It loads examples/demo.sh into a
fresh database, adds a recommendation whose lead is an HTML-hostile text,
and writes `stats --format html` by lead and by committee as of
2025-03-14 into OUTDIR (stats-lead.html, stats-committee.html).  Then:

1. the page is self-contained and safe: no <script, no src= or href=, no
   url( or @import; the hostile lead appears escaped, never as markup;
   every chart is an <svg> with a <title>, a <desc>, axis labels and a
   legend, inside a <figure> with a <figcaption>;
2. with Chromium: the DOM as the browser built it (--dump-dom) is read,
   and the SVG's numbers are compared with the table's: each group's
   decision segments with its accepted ... noted columns (and "no
   response" with made - responded), each implementation bar with
   pct_implemented, the days chart's columns with its table and their sum
   with responded of the row "all"; a screenshot of each page is kept in
   OUTDIR (stats-lead.png, stats-committee.png) and Chromium must log no
   console message.
"""
import html.parser
import os
import shutil
import subprocess
import sys
import tempfile

BIN = os.path.abspath(sys.argv[1])
OUT = os.path.abspath(sys.argv[2])
TOP = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
AS_OF = "2025-03-14"
HOSTILE = "<b>Lead</b> & \"Co\" 'x' <script>alert(1)</script>"
failures = []


def fail(msg):
    failures.append(msg)


def rt(db, *args):
    r = subprocess.run([BIN, "--db", db] + list(args), capture_output=True,
                       text=True)
    if r.returncode != 0:
        print("stats-html: FAIL: rectrack %s: %s" % (" ".join(args), r.stderr),
              file=sys.stderr)
        sys.exit(1)
    return r.stdout


class Page(html.parser.HTMLParser):
    """The table's cells by group and column; the charts' data rects."""

    def __init__(self):
        super().__init__()
        self.rows = []          # [{col: text}]
        self.cell = None        # the data-col being read
        self.text = ""
        self.rects = []         # attrs of every rect with data-value
        self.days_cells = {}    # (bin, key) -> text of the days table
        self.days_cell = None
        self.tags = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if tag == "tr":
            self.rows.append({})
        if tag in ("td", "th") and "data-col" in a:
            self.cell, self.text = a["data-col"], ""
        if tag == "td" and "data-bin" in a:
            self.days_cell, self.text = (a["data-bin"], a["data-key"]), ""
        if tag == "rect" and "data-value" in a:
            self.rects.append(a)

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.rows[-1][self.cell] = self.text
            self.cell = None
        if tag == "td" and self.days_cell is not None:
            self.days_cells[self.days_cell] = self.text
            self.days_cell = None

    def handle_data(self, data):
        if self.cell is not None or self.days_cell is not None:
            self.text += data


def static_checks(name, text):
    low = text.lower()
    for bad in ("<script", " src=", " href=", "url(", "@import"):
        if bad in low:
            fail("%s: %r found" % (name, bad))
    if "<b>Lead</b>" in text:
        fail("%s: the hostile lead is markup" % name)
    if name.endswith("lead.html") and \
            "&lt;b&gt;Lead&lt;/b&gt; &amp; &quot;Co&quot; &#39;x&#39;" not in text:
        fail("%s: the hostile lead is not shown escaped" % name)
    for need in ("<figcaption>", "<desc id=\"decisions-desc\">",
                 "<title id=\"decisions-title\">", "<title id=\"implemented-title\">",
                 "<title id=\"days-title\">", "class=\"axis-label\"",
                 "class=\"swatch", "<table class=\"days\">"):
        if need not in text:
            fail("%s: %r missing" % (name, need))


def compare(name, page):
    table = {}
    for row in page.rows:
        if "group" in row:
            table[row["group"] or "(no lead)"] = row
    if "all" not in table:
        fail("%s: no row 'all' in the table" % name)
        return
    keys = {"accepted": "accepted",
            "accepted-in-principle": "accepted_in_principle",
            "partially-accepted": "partially_accepted",
            "rejected": "rejected", "noted": "noted"}
    seen = set()
    ndays = 0
    for a in page.rects:
        if "data-group" in a and "data-key" in a:
            g = a["data-group"]
            if g not in table:
                fail("%s: chart group %r not in the table" % (name, g))
                continue
            seen.add(g)
            k = a["data-key"]
            want = (int(table[g]["made"]) - int(table[g]["responded"])
                    if k == "no-response" else int(table[g][keys[k]]))
            if int(a["data-value"]) != want:
                fail("%s: %s %s: chart %s, table %s" % (name, g, k,
                                                        a["data-value"], want))
        elif "data-group" in a:
            g = a["data-group"]
            if a["data-value"] != table[g]["pct_implemented"]:
                fail("%s: %s implemented: chart %s, table %s" % (
                    name, g, a["data-value"], table[g]["pct_implemented"]))
        elif "data-bin" in a:
            ndays += int(a["data-value"])
            cell = page.days_cells.get((a["data-bin"], a["data-key"]))
            if cell != a["data-value"]:
                fail("%s: days %s %s: chart %s, table %s" % (
                    name, a["data-bin"], a["data-key"], a["data-value"], cell))
    groups = set(table) - {"all"}
    if seen != groups:
        fail("%s: the decisions chart shows %s, the table %s" % (
            name, sorted(seen), sorted(groups)))
    if ndays != int(table["all"]["responded"]):
        fail("%s: the days chart counts %d, responded is %s" % (
            name, ndays, table["all"]["responded"]))
    print("stats-html: %s: %d groups, %d chart values match the table" % (
        name, len(groups), len(page.rects)))


def chromium_path():
    c = os.environ.get("CHROMIUM")
    if c:
        return c
    for c in ("chromium", "chromium-browser", "google-chrome-stable",
              "google-chrome"):
        if shutil.which(c):
            return c
    return None


def chromium(exe, args, page):
    prof = tempfile.mkdtemp(prefix="stats-chromium.")
    try:
        return subprocess.run(
            ["timeout", "180", exe, "--headless", "--no-sandbox",
             "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--enable-logging=stderr", "--v=0",
             "--user-data-dir=" + prof] + args + ["file://" + page],
            capture_output=True, text=True)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="stats-html.")
    try:
        db = os.path.join(tmp, "demo.db")
        env = dict(os.environ, RECTRACK=BIN, RECTRACK_DB=db,
                   TRACKER_HTML=os.path.join(tmp, "t.html"))
        r = subprocess.run(["sh", os.path.join(TOP, "examples", "demo.sh")],
                           env=env, capture_output=True, text=True)
        if r.returncode != 0:
            print("stats-html: FAIL: examples/demo.sh: " + r.stderr[-2000:],
                  file=sys.stderr)
            sys.exit(1)
        rid = rt(db, "rec", "add", "--committee", "pcs-osc", "--meeting",
                 "2024-12-01", "--item", "Hostile", "--number", "1", "--text",
                 "A recommendation", "--lead", HOSTILE).strip()
        rt(db, "respond", rid, "--decision", "partially-accepted", "--date",
           "2025-01-20")
        pages = []
        for by in ("lead", "committee"):
            path = os.path.join(OUT, "stats-%s.html" % by)
            text = rt(db, "stats", "--format", "html", "--by", by, "--as-of",
                      AS_OF)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            static_checks(os.path.basename(path), text)
            pages.append(path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    exe = chromium_path()
    if exe is None:
        report()
        print("stats-html: all other checks passed; SKIP rendering: "
              "chromium is not installed")
        sys.exit(77)
    for path in pages:
        name = os.path.basename(path)
        r = chromium(exe, ["--dump-dom"], path)
        if r.returncode != 0 or "<svg" not in r.stdout:
            fail("%s: chromium --dump-dom failed" % name)
            continue
        dom = Page()
        dom.feed(r.stdout)
        compare(name, dom)
        png = path[:-5] + ".png"
        if os.path.exists(png):
            os.unlink(png)
        r = chromium(exe, ["--screenshot=" + png, "--window-size=1200,2400"],
                     path)
        with open(os.path.join(OUT, "stats-chromium.log"), "a") as f:
            f.write(r.stderr)
        if r.returncode != 0 or not os.path.isfile(png):
            fail("%s: no screenshot" % name)
            continue
        with open(png, "rb") as f:
            if f.read(8) != b"\x89PNG\r\n\x1a\n":
                fail(png + " is not a PNG")
        console = [l for l in r.stderr.splitlines() if ":CONSOLE" in l]
        if console:
            fail("%s: console: %s" % (name, console[0]))
        print("stats-html: made " + png)
    report()
    print("stats-html: OK")


def report():
    if failures:
        for f in failures:
            print("stats-html: FAIL: " + f, file=sys.stderr)
        sys.exit(1)


main()
