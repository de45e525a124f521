/*
 * check_import.c - import from the flat layout: what a council's
 * spreadsheet looks like (Excel's BOM, CRLF, cells with line breaks,
 * "Partially Accepted", "15-Nov-24"), idempotence, --dry-run, and broken
 * files, each of which must name its bad lines and change nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include <check.h>

#include "harness.h"

#define HDR "committee,meeting_date,item,rec_number,recommendation,lead," \
	"response_date,response,response_text,update_date,update_status," \
	"update_text,update_due\r\n"

/* A tracker as Excel saves it. */
static const char excel[] =
    "\xef\xbb\xbf" "Committee,Meeting date,Item,Rec number,Recommendation,Lead,"
    "Response date,Response,Response text,Update date,Update status,"
    "Update text,Update due\r\n"
    "Performance & Corporate Services OSC,15-Nov-24,Commercial Strategy,1,"
    "\"That the Council shares a plan, with:\r\ni) timelines\r\nii) RAG ratings\","
    "Vic Kurzeja; Michael Smedley,11/02/2025,Agreed,See response in item 9,"
    "01/03/2025,In Progress,\"Plan drafted; \"\"phase 1\"\" done\",June 2025\r\n"
    "Performance & Corporate Services OSC,15-Nov-24,Commercial Strategy,1,"
    "\"That the Council shares a plan, with:\r\ni) timelines\r\nii) RAG ratings\","
    "Vic Kurzeja; Michael Smedley,11/02/2025,Agreed,See response in item 9,"
    "20 March 2025,Completed,Plan published,\r\n"
    "Performance & Corporate Services OSC,15-Nov-24,Commercial Strategy,2,"
    "Invest in contract management,,11/02/2025,Partially Accepted,,,,,\r\n"
    "Performance & Corporate Services OSC,15-Nov-24,Commercial Strategy,3,"
    "'=Include social care on the board,,11/02/2025,Not accepted,,,,,\r\n"
    ",,,,,,,,,,,,\r\n";

static char *
write_file(const char *name, const char *text, size_t n)
{
	char *path = rt_path(name);

	file_write(path, text, n ? n : strlen(text));
	return path;
}

START_TEST(test_excel_file)
{
	struct run r = RUN_INIT;
	char *db = rt_path("x.db"), *csv = write_file("t.csv", excel, 0);

	RUN_OK(&r, db, NULL, "init");
	RUN_OK(&r, db, NULL, "import", csv);
	ck_assert_str_eq(r.out, xprintf("import: %s: 4 rows: 3 recommendations, "
	    "3 responses, 2 updates added (1 committees, 1 meetings, 1 items); "
	    "0 updates already there\n", csv));
	ck_assert_str_eq(db_query(db, "SELECT slug, name, kind FROM committees"),
	    "performance-corporate-services-osc|Performance & Corporate Services "
	    "OSC|scrutiny\n");
	ck_assert_str_eq(db_query(db, "SELECT number, text, response_due, "
	    "coalesce(update_due, '-') FROM recommendations ORDER BY id"),
	    "1|That the Council shares a plan, with:\ni) timelines\nii) RAG "
	    "ratings|2025-01-15|-\n"
	    "2|Invest in contract management|2025-01-15|-\n"
	    "3|=Include social care on the board|2025-01-15|-\n");
	ck_assert_str_eq(db_query(db, "SELECT group_concat(name, ';') FROM "
	    "(SELECT name FROM leads ORDER BY position)"),
	    "Vic Kurzeja;Michael Smedley\n");
	ck_assert_str_eq(db_query(db, "SELECT recommendation_id, date, decision, "
	    "coalesce(text, '-') FROM responses ORDER BY id"),
	    "1|2025-02-11|accepted|See response in item 9\n"
	    "2|2025-02-11|partially-accepted|-\n"
	    "3|2025-02-11|rejected|-\n");
	ck_assert_str_eq(db_query(db, "SELECT date, status, text, "
	    "coalesce(due, '-') FROM updates ORDER BY id"),
	    "2025-03-01|in-progress|Plan drafted; \"phase 1\" done|2025-06-30\n"
	    "2025-03-20|complete|Plan published|-\n");
}
END_TEST

START_TEST(test_twice_and_dry_run)
{
	struct run r = RUN_INIT;
	char *db = rt_path("x.db"), *csv = write_file("t.csv", excel, 0), *before;

	RUN_OK(&r, db, NULL, "init");
	before = db_fingerprint(db);
	RUN_OK(&r, db, NULL, "import", csv, "--dry-run");
	ck_assert(has(r.out, "dry run, nothing written"));
	ck_assert(has(r.out, "3 recommendations"));
	ck_assert_str_eq(db_fingerprint(db), before);
	RUN_OK(&r, db, NULL, "import", csv);
	before = db_query(db, "SELECT count(*) FROM recommendations, responses, "
	    "updates, leads");
	RUN_OK(&r, db, NULL, "import", csv);
	ck_assert(has(r.out, "0 recommendations, 0 responses, 0 updates added"));
	ck_assert(has(r.out, "2 updates already there"));
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM recommendations, "
	    "responses, updates, leads"), before);
	/* Standard input, and --quiet. */
	RUN_OK(&r, db, excel, "--quiet", "import", "-");
	ck_assert_str_eq(r.out, "");
}
END_TEST

/* A bad file: exit 3, FILE:LINE lines, one closing line, nothing written. */
struct bad {
	const char *name;
	const char *text;
	size_t len;
	const char *lines;	/* what standard error must hold */
};

#define ROW "pcs,2024-11-15,Item,1,Text,,,,,,,,\r\n"

static const struct bad bads[] = {
	{"unterminated quote", HDR ROW "pcs,2024-11-15,Item,2,\"never closed\r\n", 0,
	    ":3: unterminated quoted field"},
	{"ragged row", HDR ROW "pcs,2024-11-15,Item,2,Text\r\n", 0,
	    ":3: 5 fields, but the header has 13"},
	{"invalid UTF-8", HDR "pcs,2024-11-15,Item,1,Bad \xff byte,,,,,,,,\r\n", 0,
	    ":2: field 5: invalid UTF-8"},
	{"NUL byte", HDR "pcs,2024-11-15,It\0em,1,Text,,,,,,,,\r\n",
	    sizeof HDR - 1 + 37, ":2: item: a NUL byte"},
	{"BOM in the middle", HDR "pcs,2024-11-15,\xef\xbb\xbfItem,1,T,,,,,,,,\r\n",
	    0, "byte-order mark in the middle"},
	{"unknown column", "committee,meeting_date,item,rec_number,recommendation,"
	    "colour\r\n", 0, ":1: unknown column 'colour'"},
	{"missing column", "committee,meeting_date,item,recommendation\r\n", 0,
	    ":1: the header lacks the column 'rec_number'"},
	{"column twice", "committee,Committee,meeting_date,item,rec_number,"
	    "recommendation\r\n", 0, ":1: column 'committee' appears twice"},
	{"empty file", "", 0, "empty file"},
	{"bad decision", HDR "pcs,2024-11-15,Item,1,Text,,2024-12-01,Maybe,,,,,\r\n",
	    0, ":2: response: unknown decision 'Maybe'"},
	{"bad status", HDR "pcs,2024-11-15,Item,1,Text,,,,,2024-12-01,Sort of,,\r\n",
	    0, ":2: update_status: unknown status 'Sort of'"},
	{"bad meeting date", HDR "pcs,31/02/2025,Item,1,Text,,,,,,,,\r\n", 0,
	    ":2: meeting_date: bad date '31/02/2025'"},
	{"bad due", HDR "pcs,2024-11-15,Item,1,Text,,,,,,,,Q5 22/23\r\n", 0,
	    ":2: update_due: bad due date 'Q5 22/23'"},
	{"response without decision", HDR "pcs,2024-11-15,Item,1,Text,,2024-12-01,"
	    ",,,,,\r\n", 0, ":2: response: missing: a response needs both"},
	{"update before meeting", HDR "pcs,2024-11-15,Item,1,Text,,,,,2024-11-01,"
	    "complete,,\r\n", 0, ":2: update_date: 2024-11-01 is before"},
	{"no name in the lead", HDR "pcs,2024-11-15,Item,1,Text,;,,,,,,,\r\n", 0,
	    ":2: lead: ';': no name in it"},
	{"item on two lines", HDR "pcs,2024-11-15,\"It\r\nem\",1,Text,,,,,,,,\r\n",
	    0, ":2: item: 'It\\nem': must be one line"},
	{"blank text", HDR "pcs,2024-11-15,Item,1,   ,,,,,,,,\r\n", 0,
	    ":2: recommendation: must not be empty"},
	{"different text", HDR ROW "pcs,2024-11-15,Item,1,Other text,,,,,,,,\r\n", 0,
	    ":3: recommendation: number 1 of 'Item' on 2024-11-15 is already "
	    "recorded"},
	{"two errors", HDR "pcs,2024-11-15,Item,1,Text,,,,,,,,\r\n"
	    "pcs,bad,Item,2,Text,,,,,,,,\r\n" ROW
	    "pcs,2024-11-15,Item,3,Text,,2024-12-01,Yes,,,,,\r\n", 0,
	    ":3: meeting_date: bad date 'bad'"},
};

START_TEST(test_bad_files)
{
	const struct bad *b = &bads[_i];
	struct run r = RUN_INIT;
	char *db = setup_db(), *csv, *before;

	csv = write_file("bad.csv", b->text, b->len ? b->len : strlen(b->text));
	before = db_fingerprint(db);
	rt_run(&r, db, NULL, ARGV("import", csv));
	ck_assert_msg(r.code == 3, "%s: exit %d, stderr %s", b->name, r.code, r.err);
	ck_assert_str_eq(r.out, "");
	ck_assert_msg(has(r.err, xprintf("%s%s", csv, b->lines)) ||
	    has(r.err, b->lines), "%s: stderr lacks [%s]: %s", b->name, b->lines,
	    r.err);
	ck_assert_msg(has(r.err, "rectrack: "), "%s: %s", b->name, r.err);
	ck_assert_str_eq(db_fingerprint(db), before);
}
END_TEST

/*
 * Files too big to write out in the table above: a record of 100,000
 * columns and a 50 MB field.  The reader keeps neither in memory; each is
 * one bad row, and nothing is written.
 */
START_TEST(test_huge_rows)
{
	static const struct {
		const char *name;
		size_t fields, bytes;	/* extra fields, or one field's size */
		const char *line;
	} cases[] = {
		{"100,000 columns", 100000, 0, ":3: field 1000: more than 1000 fields"},
		{"a 50 MB field", 0, 50u * 1024 * 1024, ":3: recommendation: a field over 1 MB"},
	};
	struct run r = RUN_INIT;
	char *db = setup_db(), *csv, *before, *text;
	size_t len, i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		len = strlen(HDR ROW) + 40 + cases[i].fields * 2 + cases[i].bytes;
		text = malloc(len);
		ck_assert_ptr_nonnull(text);
		len = (size_t)sprintf(text, "%s%s", HDR ROW,
		    "pcs,2024-11-15,Item,2,");
		if (cases[i].bytes > 0) {
			memset(text + len, 'x', cases[i].bytes);
			len += cases[i].bytes;
		}
		text[len++] = 'T';
		for (size_t k = 0; k < cases[i].fields; k++) {
			text[len++] = ',';
			text[len++] = 'y';
		}
		text[len++] = '\r';
		text[len++] = '\n';
		csv = write_file("huge.csv", text, len);
		free(text);
		before = db_fingerprint(db);
		rt_run(&r, db, NULL, ARGV("import", csv));
		ck_assert_msg(r.code == 3, "%s: exit %d, stderr %s", cases[i].name,
		    r.code, r.err);
		ck_assert_str_eq(r.out, "");
		ck_assert_msg(has(r.err, cases[i].line), "%s: stderr lacks [%s]: %s",
		    cases[i].name, cases[i].line, r.err);
		ck_assert_str_eq(db_fingerprint(db), before);
	}
}
END_TEST

/*
 * A constraint the importer's checks do not foresee, planted as a trigger
 * in the sqlite3 shell, no longer reaches the import: a planted trigger is
 * a schema changed outside rectrack, and a writing command refuses it.
 * (The import's INSERT OR ROLLBACK path, a row that fails half way, is
 * covered by the I/O fault points of tests/fault.)
 */
START_TEST(test_unforeseen_constraint)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *csv, *before;

	db_exec(db, "CREATE TRIGGER boom BEFORE INSERT ON recommendations "
	    "WHEN NEW.number = '2' BEGIN SELECT RAISE(ROLLBACK, 'no 2'); END");
	csv = write_file("c.csv", HDR ROW "pcs,2024-11-15,Item,2,Text,,,,,,,,\r\n"
	    "pcs,2024-11-15,Item,3,Text,,,,,,,,\r\n", 0);
	before = db_fingerprint(db);
	RUN_FAIL(&r, db, NULL, 3, "schema was changed outside rectrack (run "
	    "'rectrack check')", "import", csv);
	ck_assert_str_eq(db_fingerprint(db), before);
}
END_TEST

/*
 * Every problem of every row is named, each with its column, in one run:
 * the officer fixes the spreadsheet once.  The exact lines, exit 3,
 * nothing written, and --dry-run reports the same.
 */
START_TEST(test_every_problem_named)
{
	static const char text[] = HDR
	    ROW
	    /* 3: an impossible meeting date */
	    "pcs,29/02/2025,Item,2,Text,,,,,,,,\r\n"
	    /* 4: a decision nobody taught */
	    "pcs,2024-11-15,Item,3,Text,,2024-12-01,Welcomes,,,,,\r\n"
	    /* 5: two problems: a status with a quote, a due with no date */
	    "pcs,2024-11-15,Item,4,Text,,,,,2025-01-10,Progress Made - it's "
	    "late,,Q5 22/23\r\n"
	    /* 6: a required value missing, and an update without its status */
	    "pcs,2024-11-15,Item,,Text,,,,,2025-01-10,,Done,\r\n"
	    /* a row with a record spanning lines: 7-8 */
	    "pcs,2024-11-15,Item,6,\"Two\r\nlines\",,2024-10-01,accepted,,,,,\r\n"
	    /* 9: a good row after the bad ones */
	    "pcs,2024-11-15,Item,7,Text,,,,,,,,\r\n";
	/* Each line with the file's name for its %s. */
	static const char *const lines[] = {
	    "%s:3: meeting_date: bad date '29/02/2025': 2025 is not a leap year\n",
	    "%s:4: response: unknown decision 'Welcomes': expected accepted, "
	    "accepted-in-principle, partially-accepted, rejected or noted; teach "
	    "it with: rectrack vocab "
	    "add decision 'Welcomes' MEANS\n",
	    "%s:5: update_status: unknown status 'Progress Made - it's late': "
	    "expected pending, in-item, in-progress, delayed, paused, complete, "
	    "not-implemented or superseded; teach it "
	    "with: rectrack vocab add status 'Progress Made - it'\\''s late' "
	    "MEANS\n",
	    "%s:5: update_due: bad due date 'Q5 22/23': there is no quarter Q5: "
	    "quarters run Q1 to Q4\n",
	    "%s:6: rec_number: must not be empty\n",
	    "%s:6: update_status: missing: an update needs both update_date and "
	    "update_status\n",
	    "%s:7: response_date: 2024-10-01 is before the meeting of "
	    "2024-11-15\n",
	    "rectrack: import: 7 problems in 5 rows of '%s': nothing imported\n",
	};
	struct run r = RUN_INIT;
	char *db = setup_db(), *csv, *before, *want = "";
	size_t i;

	csv = write_file("bad.csv", text, 0);
	for (i = 0; i < sizeof lines / sizeof lines[0]; i++)
		want = xprintf("%s%s", want, xprintf(lines[i], csv));
	before = db_fingerprint(db);
	rt_run(&r, db, NULL, ARGV("import", csv));
	ck_assert_int_eq(r.code, 3);
	ck_assert_str_eq(r.out, "");
	ck_assert_str_eq(r.err, want);
	ck_assert_str_eq(db_fingerprint(db), before);
	rt_run(&r, db, NULL, ARGV("import", "--dry-run", csv));
	ck_assert_int_eq(r.code, 3);
	ck_assert_str_eq(r.out, "");
	ck_assert_str_eq(r.err, want);
	ck_assert_str_eq(db_fingerprint(db), before);
	/* Standard input is "stdin" in the lines. */
	rt_run(&r, db, text, ARGV("import", "-"));
	ck_assert_int_eq(r.code, 3);
	ck_assert(has(r.err, "stdin:3: meeting_date: bad date '29/02/2025'"));
	ck_assert(has(r.err, "rectrack: import: 7 problems in 5 rows of 'stdin'"));
	ck_assert_str_eq(db_fingerprint(db), before);
	RUN_FAIL(&r, db, NULL, 2, "cannot read", "import", rt_path("missing.csv"));
}
END_TEST

/*
 * The listing stops at 100 problems and counts the rest; the closing line
 * counts them all.  Here 60 rows have two problems each.
 */
START_TEST(test_problems_capped)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *text = xprintf("%s", HDR), *csv, *before;
	int i;

	for (i = 0; i < 60; i++)
		text = xprintf("%spcs,31/04/2025,Item,%d,Text,,,,,,,,31 June 2025\r\n",
		    text, i + 1);
	csv = write_file("many.csv", text, 0);
	before = db_fingerprint(db);
	rt_run(&r, db, NULL, ARGV("import", csv));
	ck_assert_int_eq(r.code, 3);
	ck_assert_int_eq(nlines(r.err), 102);
	ck_assert(starts(r.err, xprintf("%s:2: meeting_date: bad date "
	    "'31/04/2025': April has 30 days\n%s:2: update_due: bad due date "
	    "'31 June 2025': June has 30 days", csv, csv)));
	ck_assert(has(r.err, xprintf("\n%s:51: update_due: ", csv)));
	ck_assert(!has(r.err, xprintf("\n%s:52:", csv)));
	ck_assert(has(r.err, xprintf("\n... and 20 more problems\nrectrack: "
	    "import: 120 problems in 60 rows of '%s': nothing imported\n", csv)));
	ck_assert_str_eq(db_fingerprint(db), before);
}
END_TEST

/*
 * Round trip, as a property: for generated databases full of hostile
 * texts, export's flat.csv imported into an empty database exports to the
 * very same bytes.  The generator is a fixed-seed xorshift, so a failure
 * is reproducible; RT_ROUNDTRIP_SEEDS=N in the environment runs N seeds.
 */
static unsigned long long rng;

static unsigned
next(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

/* Pieces of text that have broken CSV round trips somewhere. */
static const char *const pieces[] = {
	"plain words", "a, comma", "\"quoted\"", "say \"\"twice\"\"",
	"line\nbreak", "crlf\r\nbreak", "=SUM(A1:A9)", "+44 1865", "-minus",
	"@mention", "\tTabbed", "'=already guarded", "caf\xc3\xa9",
	"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", "\xf0\x9f\x93\x8b emoji",
	"  spaced  ", "semi; colon", "back\\slash", "<b>html</b>", "\r",
	"=HYPERLINK(\"http://x\")", "trailing comma,", "\"", ",",
};

static char *
hostile(int allow_empty)
{
	char *t = xprintf("%s", "");
	unsigned i, n = 1 + next(3);

	if (allow_empty && next(6) == 0)
		return t;
	for (i = 0; i < n; i++)
		t = xprintf("%s%s%s", t, i ? " " : "", pieces[next(sizeof pieces /
		    sizeof pieces[0])]);
	/* A recommendation's text may not be blank. */
	return t[strspn(t, " \r\n\t")] == '\0' ? xprintf("%sx", t) : t;
}

/* One CSV field, quoted. */
static char *
q(const char *s)
{
	char *out = xprintf("%s", "\""), *p;

	for (; *s != '\0'; s++) {
		p = *s == '"' ? "\"\"" : xprintf("%c", *s);
		out = xprintf("%s%s", out, p);
	}
	return xprintf("%s\"", out);
}

static const char *const decisions[] = {"accepted", "Partially Accepted",
    "rejected", "Noted", ""};
static const char *const statuses[] = {"pending", "Update in Item",
    "in-progress", "Delayed", "Completed", ""};

/* A flat CSV of recs across two committees with random everything. */
static char *
generate(void)
{
	char *csv = xprintf("%s", HDR);
	unsigned r, u, nrec = 5 + next(20), nupd;

	for (r = 0; r < nrec; r++) {
		const char *committee = next(2) ? "scr" : "Audit & Governance";
		char *date = xprintf("2024-%02u-%02u", 1 + next(12), 1 + next(28));
		char *item = xprintf("Item %u %s", next(4), next(3) ? "" : "=x, \"y\"");
		char *text = hostile(0), *lead = next(3) ? "Ann Lee; Bo \"B\" Wu" : "";
		const char *decision = decisions[next(5)];
		char *rtext = decision[0] ? hostile(1) : "";
		char *rdate = decision[0] ? "2025-01-02" : "";

		nupd = next(4);
		for (u = 0; u < (nupd ? nupd : 1); u++) {
			const char *status = nupd ? statuses[next(5)] : "";
			char *udate = nupd ? xprintf("2025-02-%02u", 1 + u) : "";
			char *utext = nupd ? hostile(1) : "";
			char *due = next(3) == 0 ? "Q2 25/26" : "";

			csv = xprintf("%s%s,%s,%s,%u,%s,%s,%s,%s,%s,%s,%s,%s,%s\r\n", csv,
			    q(committee), date, q(item), r, q(text), q(lead), rdate,
			    decision, q(rtext), udate, status, q(utext), due);
		}
	}
	return csv;
}

START_TEST(test_round_trip)
{
	struct run r = RUN_INIT;
	char *db1, *db2, *flat1, *csv, *env = getenv("RT_ROUNDTRIP_SEEDS");
	int seeds = env ? atoi(env) : 12, seed;

	for (seed = 1; seed <= seeds; seed++) {
		rng = 0x9e3779b97f4a7c15ULL * (unsigned long long)seed;
		db1 = rt_path(xprintf("one-%d.db", seed));
		db2 = rt_path(xprintf("two-%d.db", seed));
		csv = write_file(xprintf("gen-%d.csv", seed), generate(), 0);
		RUN_OK(&r, db1, NULL, "--quiet", "init");
		RUN_OK(&r, db1, NULL, "--quiet", "import", csv);
		RUN_OK(&r, db1, NULL, "export", "flat");
		flat1 = r.out;
		write_file(xprintf("flat-%d.csv", seed), flat1, 0);
		RUN_OK(&r, db2, NULL, "--quiet", "init");
		RUN_OK(&r, db2, NULL, "--quiet", "import",
		    rt_path(xprintf("flat-%d.csv", seed)));
		RUN_OK(&r, db2, NULL, "export", "flat");
		ck_assert_msg(strcmp(r.out, flat1) == 0, "seed %d: flat.csv differs "
		    "after a round trip", seed);
		/* And importing the export into its own source changes nothing. */
		RUN_OK(&r, db1, NULL, "import", rt_path(xprintf("flat-%d.csv", seed)));
		ck_assert_msg(has(r.out, "0 recommendations, 0 responses, 0 updates "
		    "added"), "seed %d: %s", seed, r.out);
	}
}
END_TEST

/*
 * The importer indexes its new rows for search in one pass at the end
 * instead of through the insert triggers (sql/import/search.sql).  The
 * entries must be exactly the triggers' own: re-fire every text's update
 * trigger, which rebuilds its entry with the schema's SQL, and compare.
 * The file is large enough (2.4 MB, 600 rows) that statement journals spill
 * from memory to a temporary file (main.c), and it is imported into a
 * database that already has entries, so only the new rows are indexed.
 */
START_TEST(test_search_index_same)
{
	const char *entries = "SELECT rowid, kind, recommendation_id, body "
	    "FROM search_index ORDER BY rowid";
	const char *triggers = "SELECT name, sql FROM sqlite_schema "
	    "WHERE type = 'trigger' ORDER BY name";
	struct run r = RUN_INIT;
	char *db = setup_db(), *text = long_text(1900), *csv, *schema, *mine;
	struct sbuf { char *p; size_t n; } b = {NULL, 0};
	FILE *f = open_memstream(&b.p, &b.n);
	int i;

	ck_assert_ptr_nonnull(f);
	fputs(HDR, f);
	for (i = 1; i <= 300; i++) {
		/* Every other response has a text, every other update. */
		fprintf(f, "pcs,2024-11-15,Item %d,%d,\"Rec %d, \"\"quoted\"\"\r\n"
		    "%s\",,2024-12-01,accepted,%s,2025-01-10,in progress,"
		    "Progress %d,\r\n", i / 10, i, i, text,
		    i % 2 ? "Response text" : "", i);
		fprintf(f, "pcs,2024-11-15,Item %d,%d,\"Rec %d, \"\"quoted\"\"\r\n"
		    "%s\",,2024-12-01,accepted,%s,2025-02-10,complete,,\r\n",
		    i / 10, i, i, text, i % 2 ? "Response text" : "");
	}
	ck_assert_int_eq(fclose(f), 0);
	csv = write_file("many.csv", b.p, b.n);
	free(b.p);
	RUN_OK(&r, db, NULL, "--quiet", "import",
	    write_file("first.csv", HDR ROW, 0));
	schema = db_query(db, triggers);
	RUN_OK(&r, db, NULL, "import", csv);
	ck_assert_msg(has(r.out, "300 recommendations, 300 responses, 600 updates "
	    "added"), "%s", r.out);
	ck_assert_str_eq(db_query(db, triggers), schema);
	/* The kept state of old and new rows alike is what they derive. */
	RUN_OK(&r, db, NULL, "check");
	/* One entry per recommendation and per text of a response or update. */
	ck_assert_str_eq(db_query(db, "SELECT (SELECT count(*) FROM search_index) "
	    "- (SELECT count(*) FROM recommendations) - (SELECT count(*) FROM "
	    "responses WHERE text IS NOT NULL) - (SELECT count(*) FROM updates "
	    "WHERE text IS NOT NULL), (SELECT count(*) FROM updates WHERE "
	    "text IS NULL) > 0"), "0|1\n");
	mine = db_query(db, entries);
	db_exec(db, "UPDATE recommendations SET text = text; "
	    "UPDATE responses SET text = text; UPDATE updates SET text = text");
	ck_assert_msg(strcmp(db_query(db, entries), mine) == 0,
	    "the import's search entries differ from the triggers'");
	/* And search finds what was imported. */
	RUN_OK(&r, db, NULL, "search", "Progress 300");
	ck_assert_msg(has(r.out, "  update  pcs        2024-11-15    "
	    "[Progress] [300]\n") && nlines(r.out) == 3, "%.300s", r.out);
}
END_TEST

/*
 * An import into a database with no recommendation yet runs with a
 * rollback journal (rt_db_bulk, src/db.c) and leaves the file in WAL as it
 * found it; where another connection holds the file open it cannot leave
 * WAL, and imports in WAL instead.  (A kill in the middle, and the reader
 * that finds the journal it leaves: tests/stress/crash.sh.)
 */
START_TEST(test_bulk_journal)
{
	struct run r = RUN_INIT;
	char *db = rt_path("bulk.db"), *csv = write_file("bulk.csv", HDR ROW, 0);
	sqlite3 *h = NULL;
	sqlite3_stmt *st = NULL;

	RUN_OK(&r, db, NULL, "init");
	RUN_OK(&r, db, NULL, "--quiet", "import", csv);
	ck_assert_str_eq(db_query(db, "PRAGMA journal_mode"), "wal\n");
	ck_assert_int_ne(access(xprintf("%s-journal", db), F_OK), 0);
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM recommendations"),
	    "1\n");
	/* A reader in the middle of a read: the import waits for nobody. */
	db = rt_path("bulk2.db");
	RUN_OK(&r, db, NULL, "init");
	ck_assert_int_eq(sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL),
	    SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(h, "SELECT count(*) FROM "
	    "recommendations", -1, &st, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	RUN_OK(&r, db, NULL, "--quiet", "import", csv);
	ck_assert_int_eq(sqlite3_column_int(st, 0), 0);
	sqlite3_finalize(st);
	sqlite3_close(h);
	ck_assert_str_eq(db_query(db, "PRAGMA journal_mode"), "wal\n");
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM recommendations"),
	    "1\n");
}
END_TEST

Suite *
cli_import_suite(void)
{
	Suite *s = suite_create("cli-import");
	TCase *tc = rt_tcase("import");

	tcase_add_test(tc, test_excel_file);
	tcase_add_test(tc, test_twice_and_dry_run);
	tcase_add_loop_test(tc, test_bad_files, 0, (int)(sizeof bads / sizeof bads[0]));
	tcase_add_test(tc, test_huge_rows);
	tcase_add_test(tc, test_unforeseen_constraint);
	tcase_add_test(tc, test_every_problem_named);
	tcase_add_test(tc, test_problems_capped);
	tcase_add_test(tc, test_round_trip);
	tcase_add_test(tc, test_search_index_same);
	tcase_add_test(tc, test_bulk_journal);
	suite_add_tcase(s, tc);
	return s;
}
