/*
 * check_query.c - the officer's questions: every canned query on a fixture
 * built with the recording commands, whose expected ids are written down
 * by hand below; the query plans; the tracker and --mark-reported; search.
 *
 * The fixture, committee "scr" unless said, all as of 2025-03-01 unless
 * said (response_due defaults to the meeting date plus two months):
 *
 *   meeting 2024-10-01, item "A"
 *   1  no response (due 2024-12-01)             awaiting-response, overdue
 *   2  accepted 2024-11-01, --update-due 2025-02-01, no update
 *                                               update-pending, overdue
 *   3  partially accepted; in-progress 2025-01-10 --due 2025-03-01
 *                                               in-progress (due ON the date)
 *   4  accepted; complete 2025-02-01            complete
 *   5  rejected                                 rejected
 *   6  rejected 2024-11-01, amended to accepted 2025-01-15
 *                                               update-pending (rejected
 *                                               as of 2024-12-01)
 *   7  accepted; in-item 2025-02-10             update-in-item
 *   8  accepted; two updates on 2025-02-15, complete then in-progress
 *                                               in-progress (last entered)
 *   9  accepted; delayed 2025-01-20 --due 2025-02-20
 *                                               delayed, overdue
 *  10  accepted; complete dated 2025-04-01 (after the as-of date)
 *                                               update-pending
 *  11  noted                                    noted
 *   meeting 2025-04-01, item "B"
 *  12  (after the as-of date: does not exist yet)
 *   committee "aud", meeting 2025-02-01, item "C"
 *  13  no response (due 2025-04-01), lead Zed   awaiting-response
 *
 * Leads: 2 Vic Kurzeja; 3 Vic Kurzeja; Ann.  Actions: 1 on rec 2 due
 * "Q3 24/25" (2024-12-31), no update: pending, overdue; 2 on item A due
 * "Ongoing", in-progress; 3 on rec 4, complete; 4 on rec 3 due "March 2025",
 * delayed (not yet overdue).
 */
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>
#include <sqlite3.h>

#include "harness.h"

#define ASOF "--as-of", "2025-03-01"

static void
rec(const char *db, const char *slug, const char *date, const char *item,
    const char *num, const char *lead, const char *extra, const char *val)
{
	struct run r = RUN_INIT;

	const char *argv[20];
	int n = 0;

	argv[n++] = "rec";
	argv[n++] = "add";
	argv[n++] = "--committee";
	argv[n++] = slug;
	argv[n++] = "--meeting";
	argv[n++] = date;
	argv[n++] = "--item";
	argv[n++] = item;
	argv[n++] = "--number";
	argv[n++] = num;
	argv[n++] = "--text";
	argv[n++] = xprintf("Recommendation %s of %s", num, item);
	if (lead != NULL) {
		argv[n++] = "--lead";
		argv[n++] = lead;
	}
	if (extra != NULL) {
		argv[n++] = extra;
		argv[n++] = val;
	}
	argv[n] = NULL;
	rt_run(&r, db, NULL, argv);
	ck_assert_msg(r.code == 0 && r.err[0] == '\0', "rec add: %d %s", r.code,
	    r.err);
}

static void
respond(const char *db, const char *id, const char *decision, const char *date)
{
	struct run r = RUN_INIT;

	RUN_OK(&r, db, NULL, "respond", id, "--decision", decision, "--date", date);
}

static void
update(const char *db, const char *id, const char *status, const char *date,
    const char *due)
{
	struct run r = RUN_INIT;

	if (due != NULL)
		RUN_OK(&r, db, NULL, "update", id, "--status", status, "--date", date,
		    "--text", xprintf("%s on %s", status, date), "--due", due);
	else
		RUN_OK(&r, db, NULL, "update", id, "--status", status, "--date", date,
		    "--text", xprintf("%s on %s", status, date));
}

static void build_fixture(const char *db);

/*
 * The fixture is built once per run, in the run's directory (the parent of
 * every test's), and copied for each test: check runs each test in a fork,
 * so nothing else survives from one test to the next.
 */
static char *
fixture(void)
{
	char *master = xprintf("%s/../query-fixture.db", rt_dir);
	char *db = rt_path("q.db"), *bytes;
	size_t n;

	if ((bytes = file_read(master, &n)) == NULL) {
		build_fixture(rt_path("build.db"));
		ck_assert_ptr_nonnull(bytes = file_read(rt_path("build.db"), &n));
		file_write(xprintf("%s.tmp", master), bytes, n);
		ck_assert_int_eq(rename(xprintf("%s.tmp", master), master), 0);
	}
	file_write(db, bytes, n);
	return db;
}

static void
build_fixture(const char *db)
{
	struct run r = RUN_INIT;

	RUN_OK(&r, db, NULL, "init");
	RUN_OK(&r, db, NULL, "committee", "add", "scr", "Scrutiny");
	RUN_OK(&r, db, NULL, "committee", "add", "aud", "Audit", "--kind", "audit");
	rec(db, "scr", "2024-10-01", "A", "1", NULL, NULL, NULL);
	rec(db, "scr", "2024-10-01", "A", "2", "Vic Kurzeja", "--update-due",
	    "2025-02-01");
	rec(db, "scr", "2024-10-01", "A", "3", "Vic Kurzeja; Ann", NULL, NULL);
	rec(db, "scr", "2024-10-01", "A", "4", NULL, NULL, NULL);
	rec(db, "scr", "2024-10-01", "A", "5", NULL, NULL, NULL);
	rec(db, "scr", "2024-10-01", "A", "6", NULL, NULL, NULL);
	rec(db, "scr", "2024-10-01", "A", "7", NULL, NULL, NULL);
	rec(db, "scr", "2024-10-01", "A", "8", NULL, NULL, NULL);
	rec(db, "scr", "2024-10-01", "A", "9", NULL, NULL, NULL);
	rec(db, "scr", "2024-10-01", "A", "10", NULL, NULL, NULL);
	rec(db, "scr", "2024-10-01", "A", "11", NULL, NULL, NULL);
	rec(db, "scr", "2025-04-01", "B", "1", NULL, NULL, NULL);
	rec(db, "aud", "2025-02-01", "C", "1", "Zed", NULL, NULL);

	respond(db, "2", "accepted", "2024-11-01");
	respond(db, "3", "partially-accepted", "2024-11-01");
	update(db, "3", "in-progress", "2025-01-10", "2025-03-01");
	respond(db, "4", "accepted", "2024-11-01");
	update(db, "4", "complete", "2025-02-01", NULL);
	respond(db, "5", "rejected", "2024-11-01");
	respond(db, "6", "rejected", "2024-11-01");
	RUN_OK(&r, db, NULL, "respond", "6", "--decision", "accepted", "--date",
	    "2025-01-15", "--amend");
	respond(db, "7", "accepted", "2024-11-01");
	update(db, "7", "in-item", "2025-02-10", NULL);
	respond(db, "8", "accepted", "2024-11-01");
	update(db, "8", "complete", "2025-02-15", NULL);
	update(db, "8", "in-progress", "2025-02-15", NULL);
	respond(db, "9", "accepted", "2024-11-01");
	update(db, "9", "delayed", "2025-01-20", "2025-02-20");
	respond(db, "10", "accepted", "2024-11-01");
	update(db, "10", "complete", "2025-04-01", NULL);
	respond(db, "11", "noted", "2024-11-01");

	RUN_OK(&r, db, NULL, "action", "add", "--rec", "2", "--text", "Draft",
	    "--due", "Q3 24/25");
	RUN_OK(&r, db, NULL, "action", "add", "--committee", "scr", "--meeting",
	    "2024-10-01", "--item", "A", "--text", "Keep going", "--due", "Ongoing");
	RUN_OK(&r, db, NULL, "action", "update", "2", "--status", "in-progress",
	    "--date", "2024-12-01");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "4", "--text", "Done thing");
	RUN_OK(&r, db, NULL, "action", "update", "3", "--status", "complete",
	    "--date", "2025-01-01");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "3", "--text", "Late thing",
	    "--due", "March 2025");
	RUN_OK(&r, db, NULL, "action", "update", "4", "--status", "delayed",
	    "--date", "2025-02-01");
}

/* The first column of a CSV listing (ids), joined by ',', header dropped. */
static char *
ids(const char *csv)
{
	char *out = xprintf("%s", ""), *line;
	const char *p = strstr(csv, "\r\n");

	while (p != NULL && p[2] != '\0') {
		p += 2;
		line = xprintf("%.*s", (int)strcspn(p, ","), p);
		out = xprintf("%s%s%s", out, out[0] ? "," : "", line);
		p = strstr(p, "\r\n");
	}
	return out;
}

static const struct qcase {
	const char *query;  /* the canned query */
	const char *extra;  /* one filter option, or NULL */
	const char *value;  /* its value */
	const char *as_of;  /* the date */
	const char *want;   /* ids, in the query's order */
} qcases[] = {
	{"awaiting-response", NULL, NULL, "2025-03-01", "1,13"},
	{"response-overdue", NULL, NULL, "2025-03-01", "1"},
	{"accepted-pending", NULL, NULL, "2025-03-01", "2,6,10"},
	{"update-in-item", NULL, NULL, "2025-03-01", "7"},
	{"update-overdue", NULL, NULL, "2025-03-01", "2,9"},
	{"rejected", NULL, NULL, "2025-03-01", "5"},
	{"open", NULL, NULL, "2025-03-01", "1,2,3,6,7,8,9,10,13"},
	{"unreported", NULL, NULL, "2025-03-01", "4,5,11"},
	{"open-actions", NULL, NULL, "2025-03-01", "2,1,4"},	/* item first */
	{"overdue-actions", NULL, NULL, "2025-03-01", "1"},
	/* Filters. */
	{"awaiting-response", "--committee", "scr", "2025-03-01", "1"},
	{"awaiting-response", "--committee", "aud", "2025-03-01", "13"},
	{"open", "--lead", "Vic Kurzeja", "2025-03-01", "2,3"},
	{"open", "--lead", "Ann", "2025-03-01", "3"},
	{"open", "--since", "2025-01-01", "2025-03-01", "13"},
	{"awaiting-response", "--until", "31/12/2024", "2025-03-01", "1"},
	{"open-actions", "--committee", "aud", "2025-03-01", ""},
	/* As of other dates: the past as it stood, the future. */
	{"rejected", NULL, NULL, "2024-12-01", "5,6"},
	{"accepted-pending", NULL, NULL, "2024-12-01", "2,3,4,7,8,9,10"},
	{"response-overdue", NULL, NULL, "2024-12-02", "1"},
	{"response-overdue", NULL, NULL, "2024-12-01", ""},
	{"update-overdue", NULL, NULL, "2025-03-02", "2,3,9"},
	{"overdue-actions", NULL, NULL, "2025-04-01", "1,4"},
	{"open", NULL, NULL, "2025-04-01", "1,2,3,6,7,8,9,13,12"},
	{"awaiting-response", NULL, NULL, "2024-09-30", ""},
};

START_TEST(test_canned)
{
	const struct qcase *c = &qcases[_i];
	struct run r = RUN_INIT;
	char *db = fixture();

	if (c->extra != NULL)
		RUN_OK(&r, db, NULL, "query", c->query, c->extra, c->value, "--as-of",
		    c->as_of, "--format", "csv");
	else
		RUN_OK(&r, db, NULL, "query", c->query, "--as-of", c->as_of,
		    "--format", "csv");
	ck_assert_msg(strcmp(ids(r.out), c->want) == 0, "query %s %s %s as of %s: "
	    "got [%s], want [%s]", c->query, c->extra ? c->extra : "",
	    c->value ? c->value : "", c->as_of, ids(r.out), c->want);
}
END_TEST

/* One fixture, every case: cheaper than building it per case. */
START_TEST(test_canned_all_formats)
{
	static const char *const fmts[] = {"table", "csv", "tsv", "json", "markdown"};
	struct run r = RUN_INIT;
	char *db = fixture();
	size_t i;

	RUN_OK(&r, db, NULL, "query", "accepted-pending", ASOF, "--format", "csv");
	ck_assert(starts(r.out, "id,committee,meeting_date,item,number,"
	    "recommendation,leads,decision,response_date,state,last_update_date,"
	    "last_update,update_due\r\n"));
	ck_assert(has(r.out, "\r\n2,scr,2024-10-01,A,2,Recommendation 2 of A,"
	    "Vic Kurzeja,accepted,2024-11-01,update-pending,,,2025-02-01\r\n"));
	RUN_OK(&r, db, NULL, "query", "open-actions", ASOF, "--format", "csv");
	ck_assert(starts(r.out, "id,committee,meeting_date,item,recommendation_id,"
	    "action,leads,due_text,due_date,status,last_update_date,last_update\r\n"
	    "2,scr,2024-10-01,A,,Keep going,,Ongoing,,in-progress,2024-12-01,\r\n"
	    "1,scr,2024-10-01,A,2,Draft,,Q3 24/25,2024-12-31,pending,,\r\n"));
	for (i = 0; i < sizeof fmts / sizeof fmts[0]; i++) {
		RUN_OK(&r, db, NULL, "query", "open", ASOF, "--format", fmts[i]);
		ck_assert_msg(has(r.out, "Recommendation 1 of C"), "%s", fmts[i]);
	}
	RUN_OK(&r, db, NULL, "query", "open", ASOF, "--format", "json");
	ck_assert_str_eq(db_query(db, xprintf("SELECT json_valid('%s')",
	    r.out)), "1\n");
}
END_TEST

START_TEST(test_query_list_and_unknown)
{
	struct run r = RUN_INIT;
	char *db = fixture();

	RUN_OK(&r, db, NULL, "query", "--list");
	ck_assert_int_eq(nlines(r.out), 11);
	ck_assert(has(r.out, "accepted-pending "));
	ck_assert(has(r.out, "overdue-actions "));
	RUN_FAIL(&r, db, NULL, 2, "did you mean 'accepted-pending'", "query",
	    "acepted-pending");
	RUN_FAIL(&r, db, NULL, 2, "did you mean 'rejected'", "query", "rejectd");
	RUN_FAIL(&r, db, NULL, 2, "unknown query 'zzzzzz'", "query", "zzzzzz");
	RUN_FAIL(&r, db, NULL, 3, "unknown committee 'nope'", "query", "open",
	    "--committee", "nope");
	RUN_FAIL(&r, db, NULL, 3, "2025-13-01", "query", "open", "--as-of",
	    "2025-13-01");
}
END_TEST

/*
 * With --committee, no canned query scans updates or recommendations: the
 * plan reaches them through indexes from the committee.
 */
START_TEST(test_query_plans)
{
	static const char *const names[] = {"awaiting-response", "response-overdue",
	    "accepted-pending", "update-in-item", "update-overdue", "rejected",
	    "open", "unreported", "open-actions", "overdue-actions"};
	char *db = fixture(), *sql, *plan, *path;
	size_t i, n;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		path = xprintf("%s/sql/queries/%s.sql", RT_SOURCE_DIR, names[i]);
		ck_assert_ptr_nonnull(sql = file_read(path, &n));
		plan = db_query(db, xprintf("EXPLAIN QUERY PLAN %s", sql));
		/* Tables and their aliases in the views (see 0001_schema.sql). */
		ck_assert_msg(!has(plan, "SCAN r ") && !has(plan, "SCAN r\n") &&
		    !has(plan, "SCAN recommendations") && !has(plan, "SCAN u ") &&
		    !has(plan, "SCAN u\n") && !has(plan, "SCAN upd") &&
		    !has(plan, "SCAN updates") && !has(plan, "SCAN ac") &&
		    !has(plan, "SCAN actions"),
		    "%s scans a big table:\n%s", names[i], plan);
		ck_assert_msg(has(plan, "SEARCH m USING"), "%s:\n%s", names[i], plan);
	}
}
END_TEST

/*
 * Rows of sql in db, every parameter bound to blank ("") or left NULL,
 * one line per row, columns joined by '|'.
 */
static char *
rows_bound(const char *db, const char *sql, int blank)
{
	sqlite3 *h;
	sqlite3_stmt *st;
	size_t cap = 0;
	char *out = NULL;
	FILE *fp = open_memstream(&out, &cap);
	int i;

	ck_assert_ptr_nonnull(fp);
	ck_assert_int_eq(sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL),
	    SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
	for (i = 1; blank && i <= sqlite3_bind_parameter_count(st); i++)
		sqlite3_bind_text(st, i, "", 0, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW)
		for (i = 0; i < sqlite3_column_count(st); i++)
			fprintf(fp, "%s%s", sqlite3_column_text(st, i) ?
			    (const char *)sqlite3_column_text(st, i) : "",
			    i + 1 < sqlite3_column_count(st) ? "|" : "\n");
	sqlite3_finalize(st);
	sqlite3_close(h);
	fclose(fp);
	return out;
}

/*
 * A Datasette canned query sends a blank field as '': every canned query
 * treats a blank parameter as not given (nullif(:param, '')), so the file
 * gives the same rows with every parameter blank as with none set.
 */
START_TEST(test_queries_blank_is_unset)
{
	char *db = fixture(), *path, *sql, *none, *blank, **names;
	size_t n;
	int i, nonempty = 0;
	struct run r = RUN_INIT;

	RUN_OK(&r, db, NULL, "query", "--list");
	names = NULL;
	for (i = 0; (path = strtok(i == 0 ? r.out : NULL, "\n")) != NULL; i++) {
		char name[64];

		ck_assert_int_eq(sscanf(path, "%63s", name), 1);
		names = realloc(names, sizeof *names * (size_t)(i + 2));
		names[i] = strdup(name);
		names[i + 1] = NULL;
	}
	ck_assert_int_ge(i, 11);
	for (i = 0; names[i] != NULL; i++) {
		path = xprintf("%s/sql/queries/%s.sql", RT_SOURCE_DIR, names[i]);
		ck_assert_ptr_nonnull(sql = file_read(path, &n));
		none = rows_bound(db, sql, 0);
		blank = rows_bound(db, sql, 1);
		ck_assert_msg(strcmp(none, blank) == 0, "%s: blank parameters "
		    "give other rows:\n%s\n---\n%s", names[i], blank, none);
		nonempty += *none != '\0';
		free(none);
		free(blank);
		free(names[i]);
	}
	free(names);
	ck_assert_int_ge(nonempty, 3);	/* the fixture has rows to compare */
}
END_TEST

START_TEST(test_tracker)
{
	struct run r = RUN_INIT;
	char *db = fixture(), *before;

	/* Part 1 holds every rec with an unreported response; 2 is empty. */
	RUN_OK(&r, db, NULL, "tracker", "scr", "--meeting", "2025-03-01",
	    "--format", "csv");
	ck_assert(starts(r.out, "part,id,meeting_date,item,number,title,text,"
	    "leads,decision,response_date,response_text,update_date,update_text,"
	    "state,due,overdue,band,parent_id,rec_number\r\n"));
	/* The header, recommendations 1 to 11, actions 1 to 4. */
	ck_assert_int_eq(nlines(r.out), 1 + 11 + 4);
	ck_assert(!has(r.out, "update-tracker"));
	ck_assert(has(r.out, "\r\nrecommendation-tracker,1,2024-10-01,A,1,,"
	    "Recommendation 1 of A,,,,,,,awaiting-response,2024-12-01,1,red,,"
	    "\r\n"));
	ck_assert(has(r.out, "\r\naction-tracker,1,"));
	/* Printing records nothing: not its meeting, nothing reported. */
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM meetings m JOIN "
	    "committees c ON c.id = m.committee_id WHERE slug = 'scr' AND "
	    "date = '2025-03-01'"), "0\n");
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM reports"), "0\n");

	/* Markdown and HTML carry the three parts. */
	RUN_OK(&r, db, NULL, "tracker", "scr", "--meeting", "2025-03-01");
	ck_assert(has(r.out, "## Recommendation Tracker"));
	ck_assert(has(r.out, "## Recommendation Update Tracker"));
	ck_assert(has(r.out, "## Action Tracker"));
	ck_assert(has(r.out, "There are no recommendations awaiting an update."));
	RUN_OK(&r, db, NULL, "tracker", "scr", "--meeting", "2025-03-01",
	    "--format", "html");
	ck_assert(starts(r.out, "<!DOCTYPE html>"));
	ck_assert(has(r.out, "size: A4 landscape"));
	ck_assert(has(r.out, "<tr class=\"red\">"));

	/* Mark: every response and the closed action are reported at D. */
	RUN_OK(&r, db, NULL, "tracker", "scr", "--meeting", "2025-03-01",
	    "--mark-reported", "--format", "csv");
	ck_assert_str_eq(db_query(db, "SELECT count(response_id), count(update_id) "
	    "FROM reports"), "10|2\n");
	/* Marking records the meeting it was reported at. */
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM meetings m JOIN "
	    "committees c ON c.id = m.committee_id WHERE slug = 'scr' AND "
	    "date = '2025-03-01'"), "1\n");
	/* Printing D's tracker again gives the same document. */
	before = r.out;
	RUN_OK(&r, db, NULL, "tracker", "scr", "--meeting", "2025-03-01",
	    "--format", "csv");
	ck_assert_str_eq(r.out, before);
	/* Reported: nothing closed is unreported any more. */
	RUN_OK(&r, db, NULL, "query", "unreported", ASOF, "--format", "csv");
	ck_assert_str_eq(ids(r.out), "");
	/*
	 * The next meeting: part 1 keeps only rec 1 (no response); accepted
	 * ones move to part 2 (closed ones, 4, were reported: gone; rejected
	 * and noted: gone); the complete action is gone.
	 */
	RUN_OK(&r, db, NULL, "tracker", "scr", "--meeting", "2025-06-01",
	    "--format", "csv");
	ck_assert(has(r.out, "\r\nrecommendation-tracker,1,"));
	ck_assert(!has(r.out, "\r\nrecommendation-tracker,2,"));
	ck_assert(has(r.out, "\r\nupdate-tracker,2,"));
	ck_assert(has(r.out, "\r\nupdate-tracker,10,"));   /* complete, unreported */
	ck_assert(!has(r.out, "\r\nupdate-tracker,4,"));
	ck_assert(!has(r.out, ",5,2024-10-01"));
	ck_assert(!has(r.out, "\r\naction-tracker,3,"));
	ck_assert(has(r.out, "\r\nrecommendation-tracker,12,2025-04-01"));
}
END_TEST

/*
 * Issue 11, finding 14: without --mark-reported the tracker only reads.
 * It works on a 0444 file, and a mistyped date leaves no phantom meeting;
 * --mark-reported alone writes.
 */
START_TEST(test_tracker_read_only)
{
	static const char *const formats[] = {"markdown", "html", "csv"};
	struct run r = RUN_INIT;
	char *db = fixture(), *before;
	size_t i;

	before = db_fingerprint(db);
	ck_assert_int_eq(chmod(db, 0444), 0);
	for (i = 0; i < sizeof formats / sizeof formats[0]; i++) {
		RUN_OK(&r, db, NULL, "tracker", "scr", "--meeting", "2025-03-01",
		    "--format", formats[i]);
		ck_assert_uint_gt(r.nout, 100);
	}
	RUN_FAIL(&r, db, NULL, 2, "read-only", "tracker", "scr", "--meeting",
	    "2025-03-01", "--mark-reported");
	ck_assert_int_eq(chmod(db, 0644), 0);
	/* 2052 for 2025: a mistyped date prints, and records nothing. */
	RUN_OK(&r, db, NULL, "tracker", "scr", "--meeting", "2052-03-01");
	ck_assert_str_eq(db_fingerprint(db), before);
	RUN_OK(&r, db, NULL, "tracker", "scr", "--meeting", "2025-03-01",
	    "--mark-reported", "--format", "csv");
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM meetings WHERE "
	    "date = '2025-03-01'"), "1\n");
	ck_assert_str_ne(db_fingerprint(db), before);
}
END_TEST

START_TEST(test_tracker_escapes_html)
{
	struct run r = RUN_INIT;
	char *db = fixture();

	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "scr", "--meeting",
	    "2024-10-01", "--item", "<b>Item</b>", "--number", "1", "--text",
	    "<script>alert(1)</script> & \"q\" 'x'", "--lead", "A <i>Lead</i>");
	RUN_OK(&r, db, NULL, "tracker", "scr", "--meeting", "2025-03-01",
	    "--format", "html");
	ck_assert(!has(r.out, "<script>"));
	ck_assert(!has(r.out, "<b>Item"));
	ck_assert(!has(r.out, "<i>Lead"));
	ck_assert(has(r.out, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; "
	    "&quot;q&quot; &#39;x&#39;"));
	RUN_OK(&r, db, NULL, "tracker", "scr", "--meeting", "2025-03-01");
	ck_assert(!has(r.out, "<script>"));
	RUN_FAIL(&r, db, NULL, 2, "'pdf'", "tracker", "scr", "--meeting",
	    "2025-03-01", "--format", "pdf");
	RUN_FAIL(&r, db, NULL, 3, "unknown committee 'nope'", "tracker", "nope",
	    "--meeting", "2025-03-01");
	RUN_FAIL(&r, db, NULL, 2, "--meeting", "tracker", "scr");
}
END_TEST

START_TEST(test_search)
{
	struct run r = RUN_INIT;
	char *db = fixture();

	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "scr", "--meeting",
	    "2024-10-01", "--item", "Social value", "--number", "1", "--text",
	    "That the Council clarifies its social value policy.");
	RUN_OK(&r, db, NULL, "update", "14", "--status", "in-progress", "--date",
	    "2025-01-01", "--text", "A review of the Social Value Policy is planned.");
	RUN_OK(&r, db, NULL, "search", "social", "value", "--format", "csv");
	ck_assert_int_eq(nlines(r.out), 3);
	ck_assert(starts(r.out, "rec_id,kind,committee,meeting_date,snippet\r\n"));
	ck_assert(has(r.out, "[Social] [Value]"));
	ck_assert(has(r.out, ",recommendation,scr,2024-10-01,"));
	ck_assert(has(r.out, "14,update,scr,"));
	/* Accents and case do not matter; a phrase; the index follows edits. */
	RUN_OK(&r, db, NULL, "search", "\"SÓCIAL VALUE POLICY\"", "--format", "csv");
	ck_assert_int_eq(nlines(r.out), 3);
	RUN_OK(&r, db, NULL, "rec", "edit", "14", "--text", "Something else.");
	RUN_OK(&r, db, NULL, "search", "clarifies", "--format", "csv");
	ck_assert_int_eq(nlines(r.out), 1);
	RUN_OK(&r, db, NULL, "rec", "delete", "14", "--force");
	RUN_OK(&r, db, NULL, "search", "social", "--format", "csv");
	ck_assert_int_eq(nlines(r.out), 1);
	/* A query FTS5 cannot read is a usage error, not a crash. */
	RUN_FAIL(&r, db, NULL, 2, "'\"social value'", "search", "\"social value");
	RUN_FAIL(&r, db, NULL, 2, "'AND'", "search", "AND");
	RUN_FAIL(&r, db, NULL, 2, "search", "search");
}
END_TEST

/* A formula a spreadsheet would run, stored in every kind of text. */
#define FORMULA "=HYPERLINK(\"http://x\",\"c\")"

/* The fixture with FORMULA in a committee, meeting, rec, action and log. */
static char *
formula_fixture(void)
{
	struct run r = RUN_INIT;
	char *db = fixture();
	sqlite3 *h;

	RUN_OK(&r, db, NULL, "committee", "add", "evil", FORMULA);
	RUN_OK(&r, db, NULL, "meeting", "add", "evil", "2024-10-01", "--title",
	    FORMULA);
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "scr", "--meeting",
	    "2024-10-01", "--item", "A", "--number", "99", "--text", FORMULA);
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "1", "--text", FORMULA);
	/* A history row written by another tool, as user "=HYPERLINK...". */
	ck_assert_int_eq(sqlite3_open(db, &h), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(h, "UPDATE history SET user = "
	    "'" "=HYPERLINK(\"http://x\",\"c\")" "' WHERE id = 1", NULL, NULL,
	    NULL), SQLITE_OK);
	sqlite3_close(h);
	return db;
}

/* Every command that writes CSV, each given --format csv where it takes it. */
static const struct {
	const char *name;		/* for the failure message */
	const char *argv[10];		/* the command, NULL-terminated */
} csv_cmds[] = {
	{ "rec list", { "rec", "list", "--format", "csv", ASOF } },
	{ "action list", { "action", "list", "--format", "csv", ASOF } },
	{ "committee list", { "committee", "list", "--format", "csv" } },
	{ "meeting list", { "meeting", "list", "--format", "csv" } },
	{ "log", { "log", "--format", "csv" } },
	{ "query open", { "query", "open", "--format", "csv", ASOF } },
	{ "query open-actions", { "query", "open-actions", "--format", "csv",
	    ASOF } },
	{ "sql", { "sql", "SELECT text FROM recommendations", "--format",
	    "csv" } },
	{ "search", { "search", "HYPERLINK", "--format", "csv" } },
	{ "tracker", { "tracker", "scr", "--meeting", "2025-03-01", "--format",
	    "csv" } },
	{ "export", { "export", "recommendations" } },
	{ "export actions", { "export", "actions" } },
};

/*
 * Does any field of the CSV text start with '=' once read as a
 * spreadsheet reads it (quotes removed)?  RFC 4180, for the check below.
 */
static int
field_starts_with_formula(const char *s)
{
	int start = 1;

	while (*s != '\0') {
		if (start && *s == '"') {	/* a quoted field */
			if (s[1] == '=')
				return 1;
			for (s++; *s != '\0'; s++)
				if (*s == '"' && *++s != '"')
					break;
			start = 0;
			continue;
		}
		if (start && *s == '=')
			return 1;
		start = *s == ',' || *s == '\n';
		s++;
	}
	return 0;
}

/*
 * The formula guard on every CSV rectrack writes (issue 11, finding 10):
 * the formula comes out with a leading ' and nowhere at the start of a
 * field; --no-formula-guard writes it as stored.
 */
START_TEST(test_csv_guard_everywhere)
{
	struct run r = RUN_INIT;
	const char *argv[16];
	char *db = formula_fixture();
	int n;

	for (n = 0; csv_cmds[_i].argv[n] != NULL; n++)
		argv[n] = csv_cmds[_i].argv[n];
	argv[n] = NULL;
	rt_run(&r, db, NULL, argv);
	ck_assert_msg(r.code == 0, "%s: %d %s", csv_cmds[_i].name, r.code, r.err);
	ck_assert_msg(has(r.out, "'=HYPERLINK(") || has(r.out, "'=[HYPERLINK]"),
	    "%s: not guarded:\n%.300s", csv_cmds[_i].name, r.out);
	ck_assert_msg(!field_starts_with_formula(r.out), "%s: a raw formula:\n"
	    "%.300s", csv_cmds[_i].name, r.out);

	argv[n++] = "--no-formula-guard";
	argv[n] = NULL;
	rt_run(&r, db, NULL, argv);
	ck_assert_msg(r.code == 0, "%s: %d %s", csv_cmds[_i].name, r.code, r.err);
	ck_assert_msg(!has(r.out, "'="), "%s --no-formula-guard: guarded:\n"
	    "%.300s", csv_cmds[_i].name, r.out);
	ck_assert_msg(field_starts_with_formula(r.out),
	    "%s --no-formula-guard:\n%.300s", csv_cmds[_i].name, r.out);
}
END_TEST

#define RLO	"\xe2\x80\xae"	/* U+202E right-to-left override */

/*
 * Issue 11, finding 11, on output: Markdown (listings and the tracker)
 * plants no link or image; the tracker's HTML isolates a bidi control;
 * the table shows it by name.
 */
START_TEST(test_hostile_text_out)
{
	struct run r = RUN_INIT;
	char *db = fixture();

	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "scr", "--meeting",
	    "2024-10-01", "--item", "![i](http://evil/t.png)", "--number", "99",
	    "--text", "[click](http://evil) <http://evil> cod" RLO "fdp.exe");
	RUN_OK(&r, db, NULL, "rec", "list", "--format", "markdown", ASOF);
	ck_assert(has(r.out, "| \\!\\[i\\]\\(http://evil/t.png\\) | 99 | "
	    "\\[click\\]\\(http://evil\\) &lt;http://evil&gt; cod" RLO
	    "fdp.exe |"));
	RUN_OK(&r, db, NULL, "tracker", "scr", "--meeting", "2025-03-01");
	ck_assert(has(r.out, "\\!\\[i\\]\\(http://evil/t.png\\)"));
	ck_assert(has(r.out, "\\[click\\]\\(http://evil\\) &lt;http://evil&gt;"));
	ck_assert(!has(r.out, "](http"));
	RUN_OK(&r, db, NULL, "tracker", "scr", "--meeting", "2025-03-01",
	    "--format", "html");
	ck_assert(has(r.out, "<bdi>[click](http://evil) &lt;http://evil&gt; cod"
	    RLO "fdp.exe</bdi>"));
	RUN_OK(&r, db, NULL, "rec", "list", ASOF);
	ck_assert(has(r.out, "cod<U+202E>fdp.exe"));
	ck_assert(!has(r.out, RLO));
	RUN_OK(&r, db, NULL, "rec", "show", "14", ASOF);
	ck_assert(has(r.out, "cod<U+202E>fdp.exe"));
	ck_assert(!has(r.out, RLO));
}
END_TEST

/*
 * Run the program on db with argv, its output read and counted (not kept:
 * it may be hundreds of megabytes), and return its peak resident set in
 * KiB: getrusage(RUSAGE_CHILDREN) after the wait is the largest of this
 * test's children, and this one is by far the largest.
 */
static long
run_counted(const char *db, const char *const argv[], int *code,
    size_t *lines, char tail[64])
{
	const char *bin = getenv("RT_CLI_BIN");
	const char *args[32];
	struct rusage ru;
	char buf[65536];
	size_t n = 0;
	ssize_t k;
	int fd[2], status, i;
	pid_t pid;

	args[n++] = bin != NULL && bin[0] != '\0' ? bin : RT_BIN;
	args[n++] = "--db";
	args[n++] = db;
	for (i = 0; argv[i] != NULL; i++)
		args[n++] = argv[i];
	args[n] = NULL;
	ck_assert_int_eq(pipe(fd), 0);
	ck_assert_int_ge(pid = fork(), 0);
	if (pid == 0) {
#ifdef __SANITIZE_ADDRESS__
		/*
		 * ASan keeps freed memory in a quarantine (256 MB by default),
		 * which would be measured instead of the program's own.
		 */
		const char *o = getenv("ASAN_OPTIONS");

		setenv("ASAN_OPTIONS", xprintf("%s%squarantine_size_mb=8",
		    o != NULL ? o : "", o != NULL && *o != '\0' ? ":" : ""), 1);
#endif
		dup2(fd[1], 1);
		close(fd[0]);
		close(fd[1]);
		execv(args[0], (char *const *)args);
		_exit(127);
	}
	close(fd[1]);
	*lines = 0;
	memset(tail, 0, 64);
	while ((k = read(fd[0], buf, sizeof buf)) > 0) {
		for (i = 0; i < k; i++)
			*lines += buf[i] == '\n';
		if (k >= 63)
			memcpy(tail, buf + k - 63, 63);
		else {
			memmove(tail, tail + k, (size_t)(63 - k));
			memcpy(tail + 63 - k, buf, (size_t)k);
		}
	}
	close(fd[0]);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	*code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	ck_assert_int_eq(getrusage(RUSAGE_CHILDREN, &ru), 0);
	return ru.ru_maxrss;
}

#define MILLION_ROWS "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL " \
	"SELECT x + 1 FROM c WHERE x < 1000000) SELECT x, 'row number ' || x " \
	"|| ' of a million' AS t FROM c"

/* Peak memory allowed to sql over a million rows, in KiB. */
#ifdef __SANITIZE_ADDRESS__
#define SQL_RSS_KIB	(96 * 1024)	/* ASan's shadow and quarantine */
#else
#define SQL_RSS_KIB	(24 * 1024)
#endif

static const char *const million_formats[] = {
	"table", "csv", "tsv", "json", "ndjson", "markdown"
};

/*
 * Issue 11, finding 13: the table kept every row outside SQLite's heap
 * limit (184 MB for two million rows, and growing).  Now a million rows
 * go out in every format in a few megabytes.
 */
START_TEST(test_sql_memory_bounded)
{
	const char *argv[] = {"sql", MILLION_ROWS, "--format",
	    million_formats[_i], NULL};
	char *db = fixture(), tail[64];
	size_t lines;
	long rss;
	int code;

	rss = run_counted(db, argv, &code, &lines, tail);
	ck_assert_int_eq(code, 0);
	/* Every row is there: a header (and a rule) around a million rows. */
	ck_assert_msg(lines >= 1000000 && lines <= 1000003, "%s: %zu lines",
	    million_formats[_i], lines);
	ck_assert_msg(strstr(tail, "1000000") != NULL, "%s: ends %s",
	    million_formats[_i], tail);
	if (getenv("RT_CLI_BIN") == NULL)	/* not under valgrind */
		ck_assert_msg(rss < SQL_RSS_KIB, "%s: peak RSS %ld KiB",
		    million_formats[_i], rss);
}
END_TEST

/*
 * Finding 13, output: a statement that fails while running leaves nothing
 * on standard output, neither its own first rows nor the rows of the
 * statements before it.
 */
static const struct {
	const char *sql;
	const char *format;
	int code;
} failing[] = {
	{ "SELECT 1 AS a; SELECT abs(-9223372036854775807 - 1)", "table", 2 },
	{ "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
	  "WHERE x < 10) SELECT x, CASE WHEN x = 9 THEN "
	  "abs(-9223372036854775807 - 1) END FROM c", "csv", 2 },
	{ "SELECT 1 AS a; SELECT zeroblob(1000000000)", "json", 1 },
	{ "SELECT 'x' AS a; SELECT * FROM pragma_journal_mode('DELETE')",
	  "ndjson", 2 },
};

START_TEST(test_sql_failure_prints_nothing)
{
	struct run r = RUN_INIT;
	char *db = fixture();

	rt_run(&r, db, NULL, ARGV("sql", failing[_i].sql, "--format",
	    failing[_i].format));
	ck_assert_msg(r.code == failing[_i].code, "%s: %d %s", failing[_i].sql,
	    r.code, r.err);
	ck_assert_msg(r.nout == 0, "%s: printed:\n%s", failing[_i].sql, r.out);
	ck_assert(starts(r.err, "rectrack: sql: "));
}
END_TEST

/*
 * Finding 16: a statement that is wrong but fails only when it runs is
 * the user's mistake, exit 2, like a syntax error; a statement stopped or
 * too big while running stays 1.
 */
static const struct {
	const char *sql;
	int code;
	const char *msg;
} run_errors[] = {
	{ "SELECT * FROM pragma_journal_mode('DELETE')", 2,
	  "unknown database 'DELETE'" },
	{ "SELECT * FROM search_index WHERE search_index MATCH '\"unclosed'", 2,
	  "unterminated string" },
	{ "SELECT * FROM search_index WHERE search_index MATCH 'AND'", 2,
	  "syntax error" },
	{ "SELECT abs(-9223372036854775807 - 1)", 2, "integer overflow" },
	{ "SELECT json('{')", 2, "malformed JSON" },
	{ "SELECT zeroblob(1000000000)", 1, "too big" },
	{ "SELECT printf('%.*c', 2000000000, 'x')", 1, "too big" },
};

START_TEST(test_sql_run_error_codes)
{
	struct run r = RUN_INIT;
	char *db = fixture();

	rt_run(&r, db, NULL, ARGV("sql", run_errors[_i].sql));
	ck_assert_msg(r.code == run_errors[_i].code, "%s: %d %s",
	    run_errors[_i].sql, r.code, r.err);
	ck_assert_msg(has(r.err, run_errors[_i].msg), "%s: %s",
	    run_errors[_i].sql, r.err);
	ck_assert_uint_eq(r.nout, 0);
}
END_TEST

/*
 * Run shell command cmd with its standard output a terminal (script(1)
 * allocates one), and return what it printed, CRs removed; NULL when
 * script(1) is not there.
 */
static char *
run_on_tty(const char *cmd)
{
	char buf[4096], *out = xprintf("%s", ""), *p, *q;
	size_t n;
	FILE *fp;

	if (system("command -v script >/dev/null 2>&1") != 0)
		return NULL;
	fp = popen(xprintf("script -qec '%s' /dev/null </dev/null", cmd), "r");
	ck_assert_ptr_nonnull(fp);
	while ((n = fread(buf, 1, sizeof buf - 1, fp)) > 0) {
		buf[n] = '\0';
		out = xprintf("%s%s", out, buf);
	}
	pclose(fp);
	for (p = q = out; *p != '\0'; p++)
		if (*p != '\r')
			*q++ = *p;
	*q = '\0';
	return out;
}

/* The widest line of s, in display columns (UTF-8 lead bytes). */
static int
widest(const char *s)
{
	int w = 0, max = 0;

	for (; *s != '\0'; s++) {
		if (*s == '\n') {
			w = 0;
			continue;
		}
		if (((unsigned char)*s & 0xc0) != 0x80 && ++w > max)
			max = w;
	}
	return max;
}

/*
 * Issue 15: on a terminal the table fits its width ($COLUMNS) and goes
 * through $PAGER; into a pipe it does neither.
 */
START_TEST(test_table_on_terminal)
{
	struct run r = RUN_INIT;
	char *db = fixture(), *out;
	const char *bin = getenv("RT_CLI_BIN");

	if (bin == NULL || bin[0] == '\0')
		bin = RT_BIN;
	out = run_on_tty(xprintf("COLUMNS=100 PAGER=cat %s --db %s rec list "
	    "--as-of 2025-03-01", bin, db));
	if (out == NULL)
		return;		/* no script(1): nothing to run it on */
	ck_assert_msg(widest(out) <= 100 && widest(out) > 90, "%d:\n%s",
	    widest(out), out);
	ck_assert(has(out, "\xe2\x80\xa6"));	/* cells were cut */
	/* Through the pager: every line marked by it. */
	out = run_on_tty(xprintf("COLUMNS=100 PAGER=\"sed s/^/P:/\" %s --db %s "
	    "rec list --as-of 2025-03-01", bin, db));
	ck_assert_msg(starts(out, "P:id  commi"), "%s", out);
	ck_assert(!has(out, "\n ") && !has(out, "\nid"));
	/* Not a terminal: the whole table, no pager; the same rows. */
	RUN_OK(&r, db, NULL, "rec", "list", ASOF);
	ck_assert_int_eq(nlines(out), nlines(r.out));
	ck_assert_int_gt(widest(r.out), 100);
	ck_assert(!has(r.out, "P:"));
}
END_TEST

Suite *
cli_query_suite(void)
{
	Suite *s = suite_create("cli-query");
	TCase *tc = rt_tcase("canned");

	tcase_add_loop_test(tc, test_canned, 0,
	    (int)(sizeof qcases / sizeof qcases[0]));
	tcase_add_test(tc, test_canned_all_formats);
	tcase_add_test(tc, test_query_list_and_unknown);
	tcase_add_test(tc, test_query_plans);
	tcase_add_test(tc, test_queries_blank_is_unset);
	suite_add_tcase(s, tc);
	tc = rt_tcase("tracker");
	tcase_add_test(tc, test_tracker);
	tcase_add_test(tc, test_tracker_escapes_html);
	tcase_add_test(tc, test_tracker_read_only);
	tcase_add_test(tc, test_table_on_terminal);
	tcase_add_test(tc, test_search);
	suite_add_tcase(s, tc);
	tc = rt_tcase("hostile output");
	tcase_add_loop_test(tc, test_csv_guard_everywhere, 0,
	    (int)(sizeof csv_cmds / sizeof csv_cmds[0]));
	tcase_add_test(tc, test_hostile_text_out);
	suite_add_tcase(s, tc);
	tc = rt_tcase("sql limits");
	tcase_add_loop_test(tc, test_sql_memory_bounded, 0,
	    (int)(sizeof million_formats / sizeof million_formats[0]));
	tcase_add_loop_test(tc, test_sql_failure_prints_nothing, 0,
	    (int)(sizeof failing / sizeof failing[0]));
	tcase_add_loop_test(tc, test_sql_run_error_codes, 0,
	    (int)(sizeof run_errors / sizeof run_errors[0]));
	suite_add_tcase(s, tc);
	return s;
}
