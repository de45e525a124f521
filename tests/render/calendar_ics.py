#!/usr/bin/python3
"""tests/render/calendar_ics.py - the calendar, read by another parser.

Run by calendar-ics.sh (ctest: calendar-ics).  It loads examples/demo.sh
into a fresh database and adds texts that iCalendar must escape or fold (a
comma, a semicolon, a backslash, line ends, a long text of multi-byte
characters), a recommendation awaiting its response, one with a target
and an action due, then writes `calendar --as-of 2025-03-14` to
OUTDIR/calendar.ics.  Then:

1. the bytes: every line ends with CRLF, none is longer than 75 octets, a
   folded line starts with one space and never inside a UTF-8 sequence;
   a second run gives the same bytes (DTSTAMP comes from the date);
2. the parse: Debian's icalendar reads it (VERSION 2.0, a PRODID); every
   VEVENT has a unique UID, a DTSTAMP, an all-day DTSTART (a date, not a
   date-time) and a DTEND the next day;
3. the database, read with Python's sqlite3 as of the same date (the state
   views, shadowed by a temporary as_of as rectrack does): the events are
   exactly every meeting (meeting-ID, its date, the committee's name in
   the summary) and every deadline still owed: a response due of a
   recommendation awaiting a response, an update due of one whose state is
   update-pending, in-progress or delayed, a target of one open and not
   paused, a due date of an open action, each on its date, with its text,
   unescaped, in the description.
"""
import datetime
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

import icalendar

BIN = os.path.abspath(sys.argv[1])
OUT = os.path.abspath(sys.argv[2])
TOP = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
AS_OF = "2025-03-14"
TRICKY = ("Commas, semicolons; a back\\slash, and\nline ends \u2013 "
          + "\u00e9\u20ac\U0001F600" * 30)
failures = []


def fail(msg):
    failures.append(msg)


def rt(db, *args):
    r = subprocess.run([BIN, "--db", db] + list(args), capture_output=True)
    if r.returncode != 0:
        print("calendar-ics: FAIL: rectrack %s: %s" % (
            " ".join(args), r.stderr.decode()), file=sys.stderr)
        sys.exit(1)
    return r.stdout


def check_bytes(data):
    lines = data.split(b"\r\n")
    if lines[-1] != b"":
        fail("the file does not end with CRLF")
    for n, line in enumerate(lines[:-1], 1):
        if b"\n" in line or b"\r" in line:
            fail("line %d: a bare CR or LF" % n)
        if len(line) > 75:
            fail("line %d: %d octets" % (n, len(line)))
        if line.startswith(b" ") and line[1:2] and (line[1] & 0xC0) == 0x80:
            fail("line %d: a fold inside a UTF-8 sequence" % n)
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            fail("line %d: not UTF-8 on its own (a fold split a character)" % n)


def expected_events(db):
    """uid -> (date, words the summary holds, text the description holds)."""
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    con.execute("CREATE TEMP TABLE as_of(date TEXT NOT NULL)")
    con.execute("INSERT INTO temp.as_of VALUES (?)", (AS_OF,))
    for name, sql in con.execute(
            "SELECT name, sql FROM main.sqlite_schema WHERE type = 'view' "
            "AND name <> 'as_of' ORDER BY rowid").fetchall():
        con.execute("CREATE TEMP VIEW " + sql[len("CREATE VIEW "):])
    ev = {}
    for mid, date, name in con.execute(
            "SELECT m.id, m.date, c.name FROM meetings m "
            "JOIN committees c ON c.id = m.committee_id"):
        ev["meeting-%d@rectrack" % mid] = (date, name, name)
    for (rid, state, closed, rdue, udue, tdate, slug, number,
         text) in con.execute(
            "SELECT id, state, closed, response_due, update_due, target_date, "
            "committee, number, recommendation FROM recommendation_state"):
        if state == "awaiting-response" and rdue:
            ev["response-due-%d@rectrack" % rid] = (rdue, slug, text)
        if state in ("update-pending", "in-progress", "delayed") and udue:
            ev["update-due-%d@rectrack" % rid] = (udue, slug, text)
        if not closed and state != "paused" and tdate:
            ev["target-%d@rectrack" % rid] = (tdate, slug, text)
    for aid, closed, due, slug, text in con.execute(
            "SELECT id, closed, due_date, committee, action FROM action_state"):
        if not closed and due:
            ev["action-due-%d@rectrack" % aid] = (due, slug, text)
    con.close()
    return ev


def main():
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="calendar-ics.")
    try:
        db = os.path.join(tmp, "demo.db")
        env = dict(os.environ, RECTRACK=BIN, RECTRACK_DB=db,
                   TRACKER_HTML=os.path.join(tmp, "t.html"))
        r = subprocess.run(["sh", os.path.join(TOP, "examples", "demo.sh")],
                           env=env, capture_output=True, text=True)
        if r.returncode != 0:
            print("calendar-ics: FAIL: examples/demo.sh: " + r.stderr[-2000:],
                  file=sys.stderr)
            sys.exit(1)
        rt(db, "committee", "add", "odd", "Odd, Committee; with \\ words")
        rid = rt(db, "rec", "add", "--committee", "odd", "--meeting",
                 "2025-02-01", "--item", "Item; one", "--number", "1",
                 "--text", TRICKY, "--lead", "A, Lead").decode().strip()
        rid2 = rt(db, "rec", "add", "--committee", "odd", "--meeting",
                  "2025-02-01", "--item", "Item; one", "--number", "2",
                  "--text", "Second", "--update-due", "2025-04-01").decode().strip()
        rt(db, "respond", rid2, "--decision", "accepted", "--date", "2025-02-20")
        rt(db, "action", "add", "--rec", rid, "--text", "Act, now;\nplease",
           "--due", "June 2025")
        con = sqlite3.connect(db)
        con.execute("UPDATE recommendations SET target_text = 'Summer 2025', "
                    "target_date = '2025-08-31' WHERE id = ?", (rid2,))
        con.commit()
        con.close()
        data = rt(db, "calendar", "--as-of", AS_OF)
        again = rt(db, "calendar", "--as-of", AS_OF)
        path = os.path.join(OUT, "calendar.ics")
        with open(path, "wb") as f:
            f.write(data)
        if data != again:
            fail("two runs differ")
        check_bytes(data)
        cal = icalendar.Calendar.from_ical(data)
        if str(cal.get("VERSION")) != "2.0" or not cal.get("PRODID"):
            fail("VERSION or PRODID missing")
        want = expected_events(db)
        got = {}
        for e in cal.walk("VEVENT"):
            uid = str(e.get("UID"))
            if uid in got:
                fail("UID %s twice" % uid)
            start = e.decoded("DTSTART")
            end = e.decoded("DTEND")
            if isinstance(start, datetime.datetime) or \
                    not isinstance(start, datetime.date):
                fail("%s: DTSTART is not a date" % uid)
                continue
            if end != start + datetime.timedelta(days=1):
                fail("%s: DTEND %s is not the day after %s" % (uid, end, start))
            if not e.get("DTSTAMP"):
                fail("%s: no DTSTAMP" % uid)
            got[uid] = (start.isoformat(), str(e.get("SUMMARY")),
                        str(e.get("DESCRIPTION")))
        for uid in sorted(set(want) - set(got)):
            fail("missing event %s %s" % (uid, want[uid][0]))
        for uid in sorted(set(got) - set(want)):
            fail("unexpected event %s %s" % (uid, got[uid][0]))
        for uid in sorted(set(want) & set(got)):
            date, words, text = want[uid]
            gdate, summary, desc = got[uid]
            if gdate != date:
                fail("%s: on %s, the database says %s" % (uid, gdate, date))
            if words not in summary:
                fail("%s: summary %r lacks %r" % (uid, summary, words))
            if text.replace("\r\n", "\n") not in desc:
                fail("%s: description %r lacks %r" % (uid, desc, text))
        if "response-due-%s@rectrack" % rid not in got or \
                got["response-due-%s@rectrack" % rid][2].find(TRICKY) < 0:
            fail("the tricky text did not come back whole")
        kinds = {u.split("-")[0] for u in got}
        if kinds != {"meeting", "response", "update", "target", "action"}:
            fail("kinds of event: %s" % sorted(kinds))
        print("calendar-ics: %d events, every one as in the database: %s" % (
            len(got), path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        for f in failures:
            print("calendar-ics: FAIL: " + f, file=sys.stderr)
        sys.exit(1)
    print("calendar-ics: OK")


main()
