#!/usr/bin/env python3
"""tests/render/publish_site.py - the public site, checked from outside.

Run by publish-site.sh (ctest: publish-site).  It loads examples/demo.sh
into a fresh database, adds a committee and a recommendation made of the
attack suite's hostile texts (tests/cli/check_attack.c: script tags, a
bidi override, formula starters, quotes and ampersands) with a response,
an update and an action of the same, makes the database file 0444, and
publishes it.  Then:

1. every page: <html lang>, one <h1> first and no heading level skipped,
   every <th> with a scope, no <script>, no src=, no link to anything but
   a file of the site (every relative href resolves, fragments included),
   no url( or @import in the style; every hostile text shown escaped and
   a bidi override only inside <bdi>;
2. data/datapackage.json, field by field against the Frictionless
   table-schema rules: profile, unique names, each resource's path exists
   (and its bytes and sha256), the CSV header equals the schema's field
   names in order, each type a table-schema type name and each value of
   the CSV valid for it, primaryKey fields exist and are unique in the
   data, every foreignKey names existing fields of an existing resource
   and every value is found there; the JSON of each table has the CSV's
   rows;
3. the CSVs keep the formula guard (a hostile =... cell starts with ');
4. a second publish into another folder, and one over the first (the
   swap), give byte-identical trees;
5. a publish that fails half way (a file size limit) leaves the old site
   exactly as it was and no hidden sibling behind;
6. with Chromium: the index, a committee page and a recommendation page
   render with no console message, as screenshots kept in OUTDIR
   (publish-index.png, publish-committee.png, publish-rec.png and
   publish-rec-phone.png at 390 px wide).
"""
import csv
import hashlib
import html.parser
import io
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile

BIN = os.path.abspath(sys.argv[1])
OUT = os.path.abspath(sys.argv[2])
TOP = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
AS_OF = "2025-03-14"

HOSTILE_TEXT = "<script>alert(1)</script> & \"quotes\" 'single' \u202eevil"
HOSTILE = {
    "committee": "<b>Bold</b> & \"Co\"",
    "item": "<i>Item</i> \u202eRLO",
    "text": HOSTILE_TEXT,
    "lead": "=HYPERLINK(\"http://x\") <u>lead</u>",
    "response": "+cmd|' /C calc'!A0 <img src=x onerror=alert(1)>",
    "update": "@SUM(1+1) </td></tr></table><script>",
    "action": "-2+3 <a href=\"http://evil\">x</a>",
}
# What the escaped forms must be (rt_out_html_text).
ESCAPED = [
    "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;",
    "&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Co&quot;",
    "&lt;img src=x onerror=alert(1)&gt;",
    "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;",
    "&lt;a href=&quot;http://evil&quot;&gt;x&lt;/a&gt;",
]
TYPES = {"string", "number", "integer", "boolean", "object", "array", "date",
         "time", "datetime", "year", "yearmonth", "duration", "geopoint",
         "geojson", "any"}

failures = []


def fail(msg):
    print("publish-site: FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def run(args, db, check=True, **kw):
    r = subprocess.run([BIN, "--db", db] + args, capture_output=True,
                       text=True, **kw)
    if check and r.returncode != 0:
        fail("rectrack %s: exit %d: %s" % (" ".join(args), r.returncode,
                                            r.stderr))
    return r


def tree(d):
    """Every file under d, relative name -> bytes."""
    out = {}
    for root, dirs, files in os.walk(d):
        for f in files:
            p = os.path.join(root, f)
            with open(p, "rb") as fp:
                out[os.path.relpath(p, d)] = fp.read()
    return out


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.ids, self.headings, self.ths = [], set(), [], []
        self.lang, self.tags = None, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "html":
            self.lang = a.get("lang")
        if "id" in a:
            self.ids.add(a["id"])
        if tag in ("a", "link") and "href" in a:
            self.links.append(a["href"])
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "th":
            self.ths.append(a.get("scope"))
        for k in a:
            if k in ("src", "srcset", "style", "action", "formaction") or \
                    k.startswith("on"):
                failures.append("attribute %s= in a page" % k)


def check_pages(site):
    pages = {}
    for rel, data in tree(site).items():
        if rel.endswith(".html"):
            pages[rel] = data.decode("utf-8")
    parsed = {}
    for rel, text in pages.items():
        p = Page()
        p.feed(text)
        parsed[rel] = p
    for rel, text in sorted(pages.items()):
        p = parsed[rel]
        where = "%s: " % rel
        if p.lang != "en":
            failures.append(where + "no lang on <html>")
        if not p.headings or p.headings[0] != 1 or p.headings.count(1) != 1:
            failures.append(where + "not one <h1> first: %s" % p.headings)
        for a, b in zip(p.headings, p.headings[1:]):
            if b > a + 1:
                failures.append(where + "heading h%d after h%d" % (b, a))
        if any(s not in ("col", "row") for s in p.ths):
            failures.append(where + "a <th> without scope")
        if re.search(r"<script", text, re.I):
            failures.append(where + "a <script")
        if re.search(r"url\(|@import", text, re.I):
            failures.append(where + "url( or @import in the page")
        # A bidi override only inside <bdi>...</bdi>.
        for m in re.finditer("\u202e", text):
            before = text[:m.start()]
            if before.rfind("<bdi>") <= before.rfind("</bdi>"):
                failures.append(where + "U+202E outside <bdi>")
        for href in p.links:
            if href == "data:,":
                continue
            if re.match(r"[a-z][a-z0-9+.-]*:|//", href, re.I):
                failures.append(where + "external link " + href)
                continue
            path, _, frag = href.partition("#")
            target = rel if path == "" else os.path.normpath(
                os.path.join(os.path.dirname(rel), path))
            if target.startswith(".."):
                failures.append(where + "link out of the site: " + href)
            elif not os.path.isfile(os.path.join(site, target)):
                failures.append(where + "broken link " + href)
            elif frag and (target not in parsed or
                           frag not in parsed[target].ids):
                failures.append(where + "broken fragment " + href)
    joined = "\n".join(pages.values())
    for s in ESCAPED:
        if s not in joined:
            failures.append("escaped text missing: " + s)
    for v in HOSTILE.values():
        raw = v.replace("\u202e", "")
        if "<" in raw and raw in joined:
            failures.append("hostile text unescaped: " + raw)
    return pages


def valid_value(t, v):
    if v == "":
        return True      # missingValues
    if t == "integer":
        return re.fullmatch(r"-?[0-9]+", v) is not None
    if t == "number":
        return re.fullmatch(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?", v) \
            is not None
    if t == "date":
        return re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", v) is not None
    return True


def check_datapackage(site):
    data = os.path.join(site, "data")
    with open(os.path.join(data, "datapackage.json"), encoding="utf-8") as f:
        pkg = json.load(f)
    if pkg.get("profile") != "tabular-data-package":
        failures.append("datapackage: profile")
    if not re.fullmatch(r"[a-z0-9._-]+", pkg.get("name", "")):
        failures.append("datapackage: name")
    res = pkg.get("resources")
    if not isinstance(res, list) or not res:
        fail("datapackage: no resources")
    names = [r.get("name") for r in res]
    if len(set(names)) != len(names):
        failures.append("datapackage: resource names not unique")
    rows_of, fields_of = {}, {}
    for r in res:
        n = r.get("name", "?")
        where = "datapackage: %s: " % n
        if not re.fullmatch(r"[a-z0-9._-]+", n):
            failures.append(where + "bad name")
        path = r.get("path")
        if not isinstance(path, str) or path.startswith("/") or ".." in path:
            failures.append(where + "bad path %r" % path)
            continue
        full = os.path.join(data, path)
        if not os.path.isfile(full):
            failures.append(where + "path %s does not exist" % path)
            continue
        raw = open(full, "rb").read()
        if r.get("bytes") != len(raw):
            failures.append(where + "bytes %s, file has %d" % (r.get("bytes"),
                                                               len(raw)))
        if r.get("hash") != "sha256:" + hashlib.sha256(raw).hexdigest():
            failures.append(where + "hash differs")
        if r.get("profile") != "tabular-data-resource":
            failures.append(where + "profile")
        sch = r.get("schema", {})
        fields = sch.get("fields")
        if not isinstance(fields, list) or not fields:
            failures.append(where + "no fields")
            continue
        fnames = [f.get("name") for f in fields]
        if len(set(fnames)) != len(fnames):
            failures.append(where + "field names not unique")
        for f in fields:
            if f.get("type") not in TYPES:
                failures.append(where + "field %s: type %r" % (f.get("name"),
                                                              f.get("type")))
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
        if not rows or rows[0] != fnames:
            failures.append(where + "CSV header %s is not the fields %s" %
                            (rows[0] if rows else None, fnames))
            continue
        body = rows[1:]
        for i, row in enumerate(body):
            if len(row) != len(fnames):
                failures.append(where + "row %d has %d cells" % (i + 2,
                                                                len(row)))
                continue
            for f, v in zip(fields, row):
                if not valid_value(f["type"], v):
                    failures.append(where + "row %d: %s=%r is not a %s" %
                                    (i + 2, f["name"], v, f["type"]))
        rows_of[n] = [dict(zip(fnames, row)) for row in body]
        fields_of[n] = fnames
        # The JSON beside it holds the same rows.
        jpath = os.path.join(data, n + ".json")
        with open(jpath, encoding="utf-8") as jf:
            js = json.load(jf)
        if len(js) != len(body):
            failures.append(where + "%s.json has %d rows, the CSV %d" %
                            (n, len(js), len(body)))
    for r in res:
        n = r.get("name")
        if n not in fields_of:
            continue
        sch = r["schema"]
        where = "datapackage: %s: " % n
        pk = sch.get("primaryKey")
        if pk is not None:
            pk = [pk] if isinstance(pk, str) else pk
            if any(k not in fields_of[n] for k in pk):
                failures.append(where + "primaryKey %s not fields" % pk)
            else:
                keys = [tuple(row[k] for k in pk) for row in rows_of[n]]
                if len(set(keys)) != len(keys):
                    failures.append(where + "primaryKey values repeat")
        for fk in sch.get("foreignKeys", []):
            fl = fk.get("fields")
            ref = fk.get("reference", {})
            rres, rfl = ref.get("resource"), ref.get("fields")
            fl = [fl] if isinstance(fl, str) else fl
            rfl = [rfl] if isinstance(rfl, str) else rfl
            if any(k not in fields_of[n] for k in fl):
                failures.append(where + "foreignKey fields %s" % fl)
                continue
            if rres not in fields_of:
                failures.append(where + "foreignKey resource %r" % rres)
                continue
            if len(rfl) != len(fl) or any(k not in fields_of[rres]
                                          for k in rfl):
                failures.append(where + "foreignKey reference fields %s" % rfl)
                continue
            have = {tuple(row[k] for k in rfl) for row in rows_of[rres]}
            for row in rows_of[n]:
                v = tuple(row[k] for k in fl)
                if all(x == "" for x in v):
                    continue
                if v not in have:
                    failures.append(where + "%s=%s not in %s" % (fl, v, rres))
                    break
    return rows_of


def main():
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="publish-site.")
    try:
        body(tmp)
    finally:
        for root, dirs, files in os.walk(tmp):
            os.chmod(root, 0o755)
        shutil.rmtree(tmp, ignore_errors=True)


def body(tmp):
    db = os.path.join(tmp, "demo.db")
    env = dict(os.environ, RECTRACK=BIN, RECTRACK_DB=db,
               TRACKER_HTML=os.path.join(tmp, "t.html"),
               PLAN_HTML=os.path.join(tmp, "p.html"))
    r = subprocess.run(["sh", os.path.join(TOP, "examples", "demo.sh")],
                       env=env, capture_output=True, text=True)
    if r.returncode != 0:
        fail("examples/demo.sh: " + r.stdout[-2000:] + r.stderr[-2000:])
    h = HOSTILE
    run(["committee", "add", "hostile", h["committee"], "--chair",
         h["lead"], "--officer", h["text"]], db)
    rid = run(["rec", "add", "--committee", "hostile", "--meeting",
               "2024-12-02", "--item", h["item"], "--number", "R10",
               "--title", h["item"], "--text", h["text"], "--lead",
               h["lead"]], db).stdout.strip()
    run(["rec", "add", "--committee", "hostile", "--meeting", "2024-12-02",
         "--item", h["item"], "--number", "R2", "--text", h["update"]], db)
    run(["respond", rid, "--decision", "accepted", "--date", "2024-12-20",
         "--text", h["response"]], db)
    run(["update", rid, "--status", "in-progress", "--date", "2025-01-10",
         "--text", h["update"], "--due", "2025-02-01"], db)
    aid = run(["action", "add", "--rec", rid, "--text", h["action"],
               "--lead", h["lead"], "--due", "March 2025"], db).stdout.strip()
    run(["action", "update", aid, "--status", "delayed", "--date",
         "2025-02-02", "--text", h["response"]], db)

    # A read-only database in a read-only folder.
    rodir = os.path.join(tmp, "ro")
    os.mkdir(rodir)
    rodb = os.path.join(rodir, "demo.db")
    run(["backup", rodb], db)
    os.chmod(rodb, 0o444)
    os.chmod(rodir, 0o555)

    site = os.path.join(OUT, "site")
    if os.path.isdir(site):
        shutil.rmtree(site)
    run(["publish", site, "--as-of", AS_OF], rodb)
    pages = check_pages(site)
    for want in ("index.html", "c/hostile.html", "c/pcs-osc.html",
                 "r/%s.html" % rid, "data/datapackage.json",
                 "data/SHA256SUMS", "data/flat.csv", "data/flat.json"):
        if not os.path.isfile(os.path.join(site, want)):
            failures.append("missing " + want)
    # R2 before R10: natural order on the committee page.
    cp = pages.get("c/hostile.html", "")
    if cp.find(">R2<") < 0 or cp.find(">R2<") > cp.find(">R10<"):
        failures.append("c/hostile.html: R2 is not before R10")
    # The state in words on every row, not only its colour.
    states = re.findall(r'<td class="state (\w+)" data-label="State">'
                        r'<span class="tag">([^<]*)<', cp)
    if len(states) != 2 or not all(w.strip() for c, w in states):
        failures.append("c/hostile.html: states %s, not two in words" % states)
    if ("overdue", "Awaiting response (overdue)") not in states:
        failures.append("c/hostile.html: the overdue state %s" % states)
    rows = check_datapackage(site)
    lead_cells = [row["leads"] for row in rows.get("recommendations", [])
                  if "HYPERLINK" in row.get("leads", "")]
    if not lead_cells or not all(c.startswith("'=") for c in lead_cells):
        failures.append("formula guard missing in recommendations.csv: %s" %
                        lead_cells)
    sums = subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"],
                          cwd=os.path.join(site, "data"), capture_output=True,
                          text=True)
    if sums.returncode != 0:
        failures.append("sha256sum -c: " + sums.stdout + sums.stderr)

    # 4. Deterministic, and the swap over an existing site.
    first = tree(site)
    other = os.path.join(tmp, "site2")
    run(["publish", other, "--as-of", AS_OF], rodb)
    if tree(other) != first:
        failures.append("a second publish differs from the first")
    run(["publish", site, "--as-of", AS_OF], rodb)
    if tree(site) != first:
        failures.append("publishing over the site changed its bytes")

    # 5. A publish that fails half way: files may not grow past 16 KiB.
    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))
    r = run(["publish", site, "--as-of", "2025-06-30"], rodb, check=False,
            preexec_fn=limit)
    if r.returncode != 1 or not r.stderr.startswith("rectrack: publish: "):
        failures.append("the limited publish: exit %d, %r" % (r.returncode,
                                                             r.stderr))
    if tree(site) != first:
        failures.append("a failed publish changed the old site")
    left = [n for n in os.listdir(OUT) if n.startswith(".site.")]
    if left:
        failures.append("a failed publish left %s" % left)

    # 6. The browser.
    shots(site, rid)
    if failures:
        for f in failures:
            print("publish-site: FAIL: " + f, file=sys.stderr)
        sys.exit(1)
    print("publish-site: OK: %s (%d pages)" % (site, len(pages)))


def shots(site, rid):
    chromium = os.environ.get("CHROMIUM")
    if not chromium:
        for c in ("chromium", "chromium-browser", "google-chrome-stable",
                  "google-chrome"):
            if shutil.which(c):
                chromium = c
                break
    if not chromium:
        if failures:
            return
        print("publish-site: all other checks passed; SKIP rendering: "
              "chromium is not installed")
        sys.exit(77)
    log = os.path.join(OUT, "publish-chromium.log")
    with open(log, "w"):
        pass
    for name, page, width in (("index", "index.html", 1200),
                              ("committee", "c/hostile.html", 1200),
                              ("rec", "r/%s.html" % rid, 1200),
                              ("rec-phone", "r/%s.html" % rid, 390)):
        png = os.path.join(OUT, "publish-%s.png" % name)
        if os.path.exists(png):
            os.unlink(png)
        prof = tempfile.mkdtemp(prefix="publish-chromium.")
        try:
            r = subprocess.run(
                ["timeout", "180", chromium, "--headless", "--no-sandbox",
                 "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking",
                 "--disable-component-update", "--disable-sync",
                 "--enable-logging=stderr", "--v=0",
                 "--user-data-dir=" + prof, "--screenshot=" + png,
                 "--window-size=%d,1600" % width,
                 "file://" + os.path.join(site, page)],
                capture_output=True, text=True)
        finally:
            shutil.rmtree(prof, ignore_errors=True)
        with open(log, "a") as f:
            f.write(r.stderr)
        if r.returncode != 0 or not os.path.isfile(png):
            failures.append("chromium failed on %s; see %s" % (page, log))
            continue
        with open(png, "rb") as f:
            if f.read(8) != b"\x89PNG\r\n\x1a\n":
                failures.append(png + " is not a PNG")
        console = [l for l in r.stderr.splitlines() if ":CONSOLE" in l]
        if console:
            failures.append("%s: console: %s" % (page, console[0]))
        print("publish-site: made " + png)


main()
