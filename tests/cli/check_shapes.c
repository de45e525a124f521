/*
 * check_shapes.c - four trackers nobody here wrote the rules for, in the
 * shapes real bodies publish them (the texts are our own): loaded through
 * the command line and import as written, once their words are taught
 * and their committees' rules set, and asked every canned query as of the
 * dates in their documents.
 *
 * 1. A commission's tracker: no response expected, its own status words,
 *    meetings dated by a range ("6-9 December 2022").
 * 2. A council's peer-challenge action plan: fuzzy timescales, a plan
 *    whose recommendations wait for no deadline.
 * 3. A commissioner's yearly progress ratings: RAG ratings and percent.
 * 4. A government response to a select committee: the report received a
 *    week after it was agreed, an addressee other than Cabinet, responses
 *    "accepted in principle" and "welcomes", sub-recommendations.
 *
 * The README's "Your council's words and rules" walks through the same.
 */
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "harness.h"

/* "id:state" of each row of a recommendation listing in CSV, space-separated. */
static char *
states(const char *csv)
{
	char *out = xprintf("%s", ""), *copy = xprintf("%s", csv), *line, *save;
	int first = 1;

	for (line = strtok_r(copy, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		char *f[16], *p = line;
		int n = 0;

		if (first) {
			first = 0;
			continue;
		}
		/* Simple fields only: the texts below have no commas. */
		f[n++] = p;
		for (; *p != '\0' && n < 16; p++)
			if (*p == ',') {
				*p = '\0';
				f[n++] = p + 1;
			}
		while (n < 16)
			f[n++] = (char *)"";
		out = xprintf("%s%s%s:%s", out, *out ? " " : "", f[0],
		    strtok(f[9], "\r"));
	}
	return out;
}

static char *
query(const char *db, const char *name, const char *as_of)
{
	struct run r = RUN_INIT;

	RUN_OK(&r, db, NULL, "query", name, "--as-of", as_of, "--format", "csv");
	return states(r.out);
}

static char *
csv_file(const char *name, const char *text)
{
	char *p = rt_path(name);

	file_write(p, text, strlen(text));
	return p;
}

START_TEST(test_commission)
{
	struct run r = RUN_INIT;
	char *db = rt_path("commission.db"), *csv;

	RUN_OK(&r, db, NULL, "init");
	RUN_OK(&r, db, NULL, "committee", "add", "lsc", "Local Services "
	    "Commission", "--kind", "other", "--response-period", "none");
	/* A year is not a day, and the message says what to write. */
	RUN_FAIL(&r, db, NULL, 3, "bad date '2012': a year is not a day: write "
	    "the day (its first day, 01/01/2012, if nothing better is known)",
	    "meeting", "add", "lsc", "2012");
	/* The words are refused until taught, with the command that would. */
	csv = csv_file("lsc.csv",
	    "committee,meeting_date,item,rec_number,recommendation,update_date,"
	    "update_status,update_text\n"
	    "lsc,6-9 December 2022,Final report,R1,Publish one plan.,"
	    "15 June 2023,Progress Made,Draft plan out.\n"
	    "lsc,6-9 December 2022,Final report,R2,Pool the budgets.,"
	    "15 June 2023,No Evidence Yet,\n"
	    "lsc,6-9 December 2022,Final report,R10,Close the helpline.,"
	    "15 June 2023,Not Achieved,It stayed open.\n"
	    "lsc,6-9 December 2022,Final report,R3,Create a joint board.,"
	    "15 June 2023,Superseded,A new authority does it.\n"
	    "lsc,6-9 December 2022,Final report,R4,Train the staff.,"
	    "15 June 2023,Partially implemented,Half trained.\n");
	rt_run(&r, db, NULL, ARGV("import", csv));
	ck_assert_int_eq(r.code, 3);
	ck_assert(has(r.err, xprintf("%s:2: update_status: unknown status "
	    "'Progress Made': expected pending, in-item, in-progress, delayed, "
	    "paused, complete, not-implemented or superseded; teach it with: "
	    "rectrack vocab add status 'Progress Made' MEANS\n", csv)));
	ck_assert(has(r.err, xprintf("%s:4: update_status: unknown status "
	    "'Not Achieved'", csv)) == 0);
	ck_assert(has(r.err, "rectrack: import: 3 problems in 3 rows"));
	RUN_OK(&r, db, NULL, "vocab", "add", "status", "Progress Made",
	    "in-progress");
	RUN_OK(&r, db, NULL, "vocab", "add", "status", "No Evidence Yet",
	    "pending", "--label");
	RUN_OK(&r, db, NULL, "vocab", "add", "status", "Partially implemented",
	    "in-progress");
	RUN_OK(&r, db, NULL, "import", csv);

	/* Before the first review: nothing waits for a response. */
	ck_assert_str_eq(query(db, "awaiting-response", "2023-01-31"), "");
	ck_assert_str_eq(query(db, "response-overdue", "2023-03-31"), "");
	ck_assert_str_eq(query(db, "open", "2023-01-31"),
	    "1:update-pending 2:update-pending 4:update-pending "
	    "5:update-pending 3:update-pending");
	/* After it: closed without being done, or overtaken, is closed. */
	ck_assert_str_eq(query(db, "open", "2023-07-01"),
	    "1:in-progress 2:update-pending 5:in-progress");
	ck_assert_str_eq(query(db, "accepted-pending", "2023-07-01"), "");
	RUN_OK(&r, db, NULL, "sql", "SELECT number, status FROM "
	    "updates u JOIN recommendations r ON r.id = u.recommendation_id "
	    "ORDER BY r.number_key", "--format", "csv");
	ck_assert_str_eq(r.out, "number,status\r\n"
	    "R1,in-progress\r\nR2,pending\r\nR3,superseded\r\nR4,in-progress\r\n"
	    "R10,not-implemented\r\n");
	/* The stored words are canonical: an empty database reads the export. */
	RUN_OK(&r, db, NULL, "export", "flat");
	ck_assert(has(r.out, "Not Achieved") == 0);
	ck_assert(has(r.out, ",not-implemented,"));
}
END_TEST

START_TEST(test_peer_challenge)
{
	struct run r = RUN_INIT;
	char *db = rt_path("peer.db");

	RUN_OK(&r, db, NULL, "init");
	/* A peer review's plan: a response is expected, with no deadline. */
	RUN_OK(&r, db, NULL, "committee", "add", "cpc", "Corporate Peer "
	    "Challenge", "--kind", "peer-review");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "cpc", "--meeting",
	    "13/12/2023", "--item", "Action plan", "--number", "1", "--title",
	    "Anchor institutions", "--text", "Convene the anchor institutions.");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "cpc", "--meeting",
	    "13/12/2023", "--item", "Action plan", "--number", "2", "--text",
	    "Refresh the corporate plan.", "--target", "Spring 2024");
	RUN_OK(&r, db, NULL, "respond", "1", "--decision", "Agreed", "--date",
	    "2024-01-10");
	RUN_OK(&r, db, NULL, "respond", "2", "--decision", "Agreed", "--date",
	    "2024-01-10");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "1", "--text",
	    "Set up the anchor network.", "--due", "Q4 23/24");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "1", "--text",
	    "Agree shared outcomes.", "--due", "Ongoing");
	rt_run(&r, db, NULL, ARGV("action", "add", "--rec", "1", "--text",
	    "Report to Cabinet.", "--due", "when the network has met"));
	ck_assert_int_eq(r.code, 0);
	ck_assert_str_eq(r.err, "rectrack: warning: due 'when the network has "
	    "met' is kept as written; it has no date\n");
	/* Two months after the meeting nothing is overdue: no deadline. */
	ck_assert_str_eq(query(db, "response-overdue", "2024-02-14"), "");
	ck_assert_str_eq(query(db, "awaiting-response", "2023-12-20"),
	    "1:awaiting-response 2:awaiting-response");
	ck_assert_str_eq(query(db, "accepted-pending", "2024-02-14"),
	    "1:update-pending 2:update-pending");
	ck_assert_str_eq(query(db, "overdue-actions", "2024-02-14"), "");
	RUN_OK(&r, db, NULL, "query", "overdue-actions", "--as-of",
	    "2024-04-01", "--format", "csv");
	ck_assert_int_eq(nlines(r.out), 2);
	ck_assert(has(r.out, "Set up the anchor network.,,Q4 23/24,2024-03-31,"
	    "pending"));
	/* The recommendation with a target is overdue once it has passed. */
	RUN_OK(&r, db, NULL, "sql", "SELECT id, overdue FROM recommendation_state",
	    "--as-of", "2024-06-01", "--format", "csv");
	ck_assert_str_eq(r.out, "id,overdue\r\n1,0\r\n2,1\r\n");
	/* An action with an update carries its recommendation to in progress. */
	RUN_OK(&r, db, NULL, "action", "update", "1", "--status", "complete",
	    "--date", "2024-03-20");
	ck_assert_str_eq(query(db, "open", "2024-04-01"),
	    "1:in-progress 2:update-pending");
}
END_TEST

START_TEST(test_ratings)
{
	struct run r = RUN_INIT;
	char *db = rt_path("ratings.db"), *csv;

	RUN_OK(&r, db, NULL, "init");
	RUN_OK(&r, db, NULL, "committee", "add", "vc", "Victims' Commissioner",
	    "--kind", "other", "--addressee", "the Ministry", "--response-period",
	    "8 weeks");
	RUN_OK(&r, db, NULL, "committee", "list", "--format", "csv");
	ck_assert(has(r.out, "vc,Victims' Commissioner,other,,,the Ministry,"
	    "8 weeks,"));
	csv = csv_file("vc.csv",
	    "committee,meeting_date,item,rec_number,recommendation,response_date,"
	    "response,update_date,update_status,update_text,update_rag,"
	    "update_percent,rec_title\n"
	    "vc,1 March 2022,Annual report,1,Fund advocates.,20 April 2022,"
	    "Accepted,31 March 2023,in progress,Year one.,Amber,40,Advocates\n"
	    "vc,1 March 2022,Annual report,1,Fund advocates.,20 April 2022,"
	    "Accepted,31 March 2024,complete,Year two.,green,100%,Advocates\n"
	    "vc,1 March 2022,Annual report,2,Publish the data.,,,,,,,,\n");
	RUN_OK(&r, db, NULL, "import", csv);
	/* Eight weeks from 1 March 2022 is 26 April 2022. */
	RUN_OK(&r, db, NULL, "sql", "SELECT id, title, response_due FROM "
	    "recommendations", "--format", "csv");
	ck_assert_str_eq(r.out, "id,title,response_due\r\n1,Advocates,"
	    "2022-04-26\r\n2,,2022-04-26\r\n");
	ck_assert_str_eq(query(db, "response-overdue", "2022-04-27"),
	    "2:awaiting-response");
	ck_assert_str_eq(query(db, "open", "2023-06-30"),
	    "1:in-progress 2:awaiting-response");
	ck_assert_str_eq(query(db, "unreported", "2024-06-30"), "1:complete");
	RUN_OK(&r, db, NULL, "sql", "SELECT date, rag, percent FROM updates "
	    "ORDER BY id", "--format", "csv");
	ck_assert_str_eq(r.out, "date,rag,percent\r\n2023-03-31,amber,40\r\n"
	    "2024-03-31,green,100\r\n");
	/* A rating corrected: the history keeps the old one. */
	RUN_OK(&r, db, NULL, "update", "edit", "1", "--rag", "red");
	RUN_OK(&r, db, NULL, "sql", "SELECT count(*) FROM history WHERE "
	    "tbl = 'updates' AND op = 'update' AND old ->> 'rag' = 'amber' AND "
	    "new ->> 'rag' = 'red'", "--format", "csv");
	ck_assert_str_eq(r.out, "count(*)\r\n1\r\n");
}
END_TEST

START_TEST(test_government_response)
{
	struct run r = RUN_INIT;
	char *db = rt_path("gov.db");

	RUN_OK(&r, db, NULL, "init");
	RUN_OK(&r, db, NULL, "committee", "add", "hsc", "Health Committee",
	    "--addressee", "the Government", "--response-period", "2 months");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "hsc", "--meeting",
	    "14 March 2024", "--item", "Workforce", "--number", "1", "--text",
	    "Publish a workforce plan.", "--received", "21 March 2024");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "hsc", "--meeting",
	    "14 March 2024", "--item", "Workforce", "--number", "2", "--text",
	    "Fund training places.", "--received", "21 March 2024");
	ck_assert_str_eq(r.out, "2\n");
	RUN_OK(&r, db, NULL, "rec", "add", "--parent", "2", "--number", "i)",
	    "--text", "Fund nursing places.");
	RUN_OK(&r, db, NULL, "rec", "add", "--parent", "2", "--number", "ii)",
	    "--text", "Fund GP places.");
	RUN_OK(&r, db, NULL, "rec", "add", "--parent", "2", "--number", "iii)",
	    "--text", "Fund dental places.");
	RUN_FAIL(&r, db, NULL, 2, "--parent and --committee do not go together",
	    "rec", "add", "--parent", "2", "--committee", "hsc", "--number", "iv)",
	    "--text", "T.");
	/* Received a week later: due two months after that, not the meeting. */
	ck_assert_str_eq(query(db, "response-overdue", "2024-05-20"), "");
	ck_assert_str_eq(query(db, "response-overdue", "2024-05-22"),
	    "1:awaiting-response 2:awaiting-response 3:awaiting-response "
	    "4:awaiting-response 5:awaiting-response");
	RUN_FAIL(&r, db, NULL, 3, "unknown decision 'welcomes'", "respond", "4",
	    "--decision", "welcomes", "--date", "2024-05-10");
	RUN_OK(&r, db, NULL, "vocab", "add", "decision", "Welcomes",
	    "accepted-in-principle");
	RUN_OK(&r, db, NULL, "respond", "1", "--decision", "Accepted in principle",
	    "--date", "2024-05-10");
	RUN_OK(&r, db, NULL, "respond", "3", "--decision", "accepted", "--date",
	    "2024-05-10");
	RUN_OK(&r, db, NULL, "respond", "4", "--decision", "welcomes", "--date",
	    "2024-05-10");
	RUN_OK(&r, db, NULL, "respond", "5", "--decision", "Not accepted",
	    "--date", "2024-05-10");
	/*
	 * The parent answers through its parts: while any is open it shows
	 * the most urgent; it is closed when every part is.
	 */
	/* The parent has no answer of its own: its parts are listed. */
	ck_assert_str_eq(query(db, "accepted-pending", "2024-06-01"),
	    "1:update-pending 3:update-pending 4:update-pending");
	ck_assert_str_eq(query(db, "rejected", "2024-06-01"), "5:rejected");
	RUN_OK(&r, db, NULL, "update", "3", "--status", "complete", "--date",
	    "2024-09-01");
	RUN_OK(&r, db, NULL, "update", "4", "--status", "complete", "--date",
	    "2024-09-01");
	ck_assert_str_eq(query(db, "open", "2024-10-01"), "1:update-pending");
	RUN_OK(&r, db, NULL, "sql", "SELECT id, state, progress FROM "
	    "recommendation_state WHERE id = 2", "--as-of", "2024-10-01",
	    "--format", "csv");
	ck_assert_str_eq(r.out, "id,state,progress\r\n2,complete,100\r\n");
}
END_TEST

/* Ids are never reused, even after the newest row is deleted. */
START_TEST(test_ids_never_reused)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc", "--meeting",
	    "2024-11-15", "--item", "Budget monitoring", "--number", "3",
	    "--text", "T.");
	ck_assert_str_eq(r.out, "3\n");
	RUN_OK(&r, db, NULL, "rec", "delete", "3", "--force");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc", "--meeting",
	    "2024-11-15", "--item", "Budget monitoring", "--number", "3",
	    "--text", "T.");
	ck_assert_str_eq(r.out, "4\n");
	RUN_OK(&r, db, NULL, "respond", "2", "--decision", "noted", "--date",
	    "2025-01-10");
	ck_assert_str_eq(r.out, "2\n");
	RUN_OK(&r, db, NULL, "respond", "delete", "2", "--force");
	ck_assert_str_eq(r.out, "");
	RUN_OK(&r, db, NULL, "respond", "2", "--decision", "accepted", "--date",
	    "2025-01-11");
	ck_assert_str_eq(r.out, "3\n");
	RUN_OK(&r, db, NULL, "update", "2", "--status", "in-progress", "--date",
	    "2025-02-01");
	ck_assert_str_eq(r.out, "1\n");
	RUN_OK(&r, db, NULL, "update", "delete", "1", "--force");
	RUN_FAIL(&r, db, NULL, 3, "update delete: no update with id 1", "update",
	    "delete", "1", "--force");
	RUN_FAIL(&r, db, NULL, 2, "give --force", "update", "delete", "1");
	RUN_OK(&r, db, NULL, "update", "2", "--status", "complete", "--date",
	    "2025-02-02");
	ck_assert_str_eq(r.out, "2\n");
	/* The history has every row, deleted ones too. */
	RUN_OK(&r, db, NULL, "sql", "SELECT tbl, row_id, op FROM history WHERE "
	    "op = 'delete' ORDER BY id", "--format", "csv");
	ck_assert_str_eq(r.out, "tbl,row_id,op\r\nrecommendations,3,delete\r\n"
	    "responses,2,delete\r\nupdates,1,delete\r\n");
}
END_TEST

/*
 * Numbers sort naturally in every listing, through a key the database
 * keeps itself; check finds a key an outside edit left stale.
 */
START_TEST(test_natural_order)
{
	struct run r = RUN_INIT;
	char *db = setup_db();
	static const char *const numbers[] = {"R10", "3.10", "R2", "3a", "3.2",
	    "3", "R1", "4"};
	size_t i;

	for (i = 0; i < sizeof numbers / sizeof numbers[0]; i++)
		RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc",
		    "--meeting", "2024-12-01", "--item", "Numbers", "--number",
		    numbers[i], "--text", "T.");
	RUN_FAIL(&r, db, NULL, 3, "recommendation r10 of item 'Numbers' on "
	    "2024-12-01 already exists (id 3)", "rec", "add", "--committee",
	    "pcs-osc", "--meeting", "2024-12-01", "--item", "Numbers", "--number",
	    "r10", "--text", "T.");
	RUN_OK(&r, db, NULL, "query", "open", "--committee", "pcs-osc",
	    "--since", "2024-12-01", "--as-of", "2025-01-01", "--format", "csv");
	ck_assert_str_eq(db_query(db, "SELECT group_concat(number, ' ') FROM "
	    "(SELECT number FROM recommendations WHERE id > 2 ORDER BY number_key)"),
	    "3 3.2 3.10 3a 4 R1 R2 R10\n");
	/* 3 3.2 3.10 3a 4 R1 R2 R10, as ids. */
	ck_assert_str_eq(states(r.out), "8:awaiting-response 7:awaiting-response "
	    "4:awaiting-response 6:awaiting-response 10:awaiting-response "
	    "9:awaiting-response 5:awaiting-response 3:awaiting-response");
	RUN_OK(&r, db, NULL, "check");
	db_exec(db, "UPDATE recommendations SET number_key = 'zz' WHERE id = 1");
	rt_run(&r, db, NULL, ARGV("check"));
	ck_assert_int_eq(r.code, 3);
	ck_assert_str_eq(r.out, "stale number key: recommendations row 1: "
	    "zz <> 011\n");
}
END_TEST

/* The tracker tells a target, and an action's due date, with how it moved. */
START_TEST(test_tracker_revisions)
{
	struct run r = RUN_INIT;
	char *db = rt_path("rev.db");

	RUN_OK(&r, db, NULL, "init");
	RUN_OK(&r, db, NULL, "committee", "add", "pcs-osc", "P");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc", "--meeting",
	    "2024-11-15", "--item", "Item", "--number", "1", "--text", "Do it.",
	    "--target", "December 2024");
	RUN_OK(&r, db, NULL, "respond", "1", "--decision", "accepted", "--date",
	    "2024-12-01");
	RUN_OK(&r, db, NULL, "rec", "target", "1", "February 2025", "--reason",
	    "Staff", "--date", "2024-12-20");
	RUN_OK(&r, db, NULL, "rec", "target", "1", "March 2025", "--reason",
	    "Budget", "--date", "2025-01-20");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "1", "--text", "Act.",
	    "--due", "Q4 24/25");
	RUN_OK(&r, db, NULL, "action", "due", "1", "Q1 25/26", "--reason", "Late",
	    "--date", "2025-02-01");
	RUN_OK(&r, db, NULL, "tracker", "pcs-osc", "--meeting", "2025-03-14");
	ck_assert(has(r.out, "| 1. Do it.<br>Target: March 2025 (revised twice; "
	    "first set as December 2024) |"));
	ck_assert(has(r.out, "<br>Due Q1 25/26 (revised once; first set as "
	    "Q4 24/25) |"));
	/* As of a meeting before the second revision, once. */
	RUN_OK(&r, db, NULL, "tracker", "pcs-osc", "--meeting", "2025-01-10");
	ck_assert(has(r.out, "Target: February 2025 (revised once; first set as "
	    "December 2024) |"));
}
END_TEST

Suite *
cli_shapes_suite(void)
{
	Suite *s = suite_create("cli_shapes");
	TCase *tc = rt_tcase("shapes");

	tcase_add_test(tc, test_commission);
	tcase_add_test(tc, test_peer_challenge);
	tcase_add_test(tc, test_ratings);
	tcase_add_test(tc, test_government_response);
	tcase_add_test(tc, test_ids_never_reused);
	tcase_add_test(tc, test_natural_order);
	tcase_add_test(tc, test_tracker_revisions);
	suite_add_tcase(s, tc);
	return s;
}
