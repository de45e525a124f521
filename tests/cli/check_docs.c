/*
 * check_docs.c - the documents a committee prints: the tracker's v2 words
 * and structure (issues 12 and 14) and the action plan (issue 13).
 *
 * Each test builds a small committee through the command line, as an
 * officer would, and compares what the document prints, exactly.  Where
 * the command line cannot yet say something (a committee's addressee, a
 * sub-recommendation with its own number, an action's number, a revised
 * due date), the test writes it with plain SQL, as a user of the sqlite3
 * shell would; the documents must show it all the same.
 */
#include <string.h>
#include <sys/stat.h>

#include "harness.h"

/*
 * An NHS trust's scrutiny committee, tracker for 1 March 2025:
 *   1  awaiting a response from the NHS Trust, due 10 March;
 *   2  i), a part of 1 (no response of its own: it waits with 1);
 *   3  accepted, then paused ("On hold", the label taught for paused);
 *   4  accepted, then superseded (closed);
 *   5  no response expected (--no-response), in progress: update tracker;
 *   action A1 serves recommendation 3 (number 2), due March 2025.
 */
static char *
nhs_db(void)
{
	struct run r = RUN_INIT;
	char *db = rt_path("nhs.db");

	RUN_OK(&r, db, NULL, "init");
	RUN_OK(&r, db, NULL, "committee", "add", "nhs", "Health Scrutiny",
	    "--chair", "Cllr A");
	db_exec(db, "UPDATE committees SET addressee = 'NHS Trust'");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "nhs", "--meeting",
	    "2025-01-10", "--item", "Waiting lists", "--number", "1", "--text",
	    "Publish waiting times", "--lead", "Chief Executive");
	db_exec(db, "INSERT INTO recommendations(item_id, parent_id, number, "
	    "text) SELECT item_id, id, 'i)', 'For each hospital' "
	    "FROM recommendations WHERE id = 1");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "nhs", "--meeting",
	    "2025-01-10", "--item", "Waiting lists", "--number", "2", "--text",
	    "Review the triage");
	RUN_OK(&r, db, NULL, "respond", "3", "--decision", "accepted", "--date",
	    "2025-02-01");
	RUN_OK(&r, db, NULL, "update", "3", "--status", "paused", "--date",
	    "2025-02-15", "--text", "On hold until the merger");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "nhs", "--meeting",
	    "2025-01-10", "--item", "Waiting lists", "--number", "3", "--text",
	    "Merge the boards");
	RUN_OK(&r, db, NULL, "respond", "4", "--decision", "accepted", "--date",
	    "2025-02-01");
	RUN_OK(&r, db, NULL, "update", "4", "--status", "superseded", "--date",
	    "2025-02-20", "--text", "Overtaken by the merger");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "nhs", "--meeting",
	    "2025-01-10", "--item", "Own audit", "--number", "1", "--text",
	    "Audit our own follow-up", "--no-response");
	RUN_OK(&r, db, NULL, "update", "5", "--status", "in-progress", "--date",
	    "2025-02-10");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "3", "--text",
	    "Pilot the new triage", "--due", "March 2025");
	db_exec(db, "UPDATE actions SET number = 'A1' WHERE id = 1");
	RUN_OK(&r, db, NULL, "vocab", "add", "status", "On hold", "paused",
	    "--label");
	return db;
}

/*
 * The whole Markdown tracker: the addressee in every word ("Due to NHS
 * Trust", "NHS Trust response date"), the taught label in rows and keys,
 * each part's key exactly its possible states, the child under its parent
 * saying whose part it is, the no-response recommendation in the update
 * tracker, the action with its recommendation's number.
 */
START_TEST(test_tracker_words)
{
	struct run r = RUN_INIT;
	char *db = nhs_db();

	RUN_OK(&r, db, NULL, "tracker", "nhs", "--meeting", "2025-03-01");
	ck_assert_str_eq(r.out,
	    "# Health Scrutiny\n"
	    "\n"
	    "Cllr A, Chair\n"
	    "\n"
	    "Recommendation and action tracker for the meeting of **1 March "
	    "2025**.\n"
	    "\n"
	    "## Recommendation Tracker\n"
	    "\n"
	    "The tracker enables the Committee to monitor NHS Trust's "
	    "response to its recommendations. Once a response has been "
	    "reported to the Committee, an accepted recommendation moves to "
	    "the update tracker.\n"
	    "\n"
	    "Key: Due to NHS Trust (blue); Overdue / Delayed (red); Update "
	    "pending / In progress / On hold (amber); Update in item "
	    "(yellow); Complete / Not implemented / Superseded / Rejected / "
	    "Noted (green)\n"
	    "\n"
	    "| Meeting date | Item | Recommendation | Lead | Response | "
	    "State |\n"
	    "| --- | --- | --- | --- | --- | --- |\n"
	    "| 10-Jan-25 | Waiting lists | 1. Publish waiting times | Chief "
	    "Executive | **Due to NHS Trust** by 10-Mar-25 | Due to NHS "
	    "Trust (blue) |\n"
	    "| 10-Jan-25 | Waiting lists | \xe2\x86\xb3 Part of "
	    "recommendation 1<br>i\\) For each hospital |  | **Due to NHS "
	    "Trust** | Due to NHS Trust (blue) |\n"
	    "| 10-Jan-25 | Waiting lists | 2. Review the triage |  | "
	    "**Accepted** (01-Feb-25) | On hold (amber) |\n"
	    "| 10-Jan-25 | Waiting lists | 3. Merge the boards |  | "
	    "**Accepted** (01-Feb-25) | Superseded (green) |\n"
	    "\n"
	    "## Recommendation Update Tracker\n"
	    "\n"
	    "The update tracker enables the Committee to monitor progress "
	    "on accepted recommendations. Once a recommendation has been "
	    "completed it is shaded green and reported into the next "
	    "meeting of the Committee, after which it is removed from the "
	    "tracker. If the update will come as a separate item, it is "
	    "shaded yellow.\n"
	    "\n"
	    "Key: Overdue / Delayed (red); Update pending / In progress / "
	    "On hold (amber); Update in item (yellow); Complete / Not "
	    "implemented / Superseded (green)\n"
	    "\n"
	    "| NHS Trust response date | Item | Recommendation | Lead | "
	    "Update | State |\n"
	    "| --- | --- | --- | --- | --- | --- |\n"
	    "| None expected | Own audit | 1. Audit our own follow-up |  | "
	    "**In progress** (10-Feb-25) | In progress (amber) |\n"
	    "\n"
	    "## Action Tracker\n"
	    "\n"
	    "The action tracker enables the Committee to monitor progress "
	    "against agreed actions. Once an action has been completed it "
	    "is shaded green and reported into the next meeting, after "
	    "which it is removed.\n"
	    "\n"
	    "Key: Overdue / Delayed (red); Pending / In progress / On hold "
	    "(amber); In item (yellow); Complete / Not implemented / "
	    "Superseded (green)\n"
	    "\n"
	    "| Meeting date | Item | Action | Lead | Update/response | "
	    "State |\n"
	    "| --- | --- | --- | --- | --- | --- |\n"
	    "| 10-Jan-25 | Waiting lists | For recommendation 2<br>A1. "
	    "Pilot the new triage |  | **No update yet**<br>Due March 2025 "
	    "| Pending (amber) |\n"
	    "\n"
	    "State as of 1 March 2025.\n");
	ck_assert(!has(r.out, "Cabinet"));
}
END_TEST

START_TEST(test_tracker_csv)
{
	struct run r = RUN_INIT;
	char *db = nhs_db();

	RUN_OK(&r, db, NULL, "tracker", "nhs", "--meeting", "2025-03-01",
	    "--format", "csv");
	ck_assert_str_eq(r.out,
	    "part,id,meeting_date,item,number,title,text,leads,decision,response_date,response_text,update_date,update_text,state,due,overdue,band,parent_id,rec_number\r\n"
	    "recommendation-tracker,1,2025-01-10,Waiting lists,1,,Publish "
	    "waiting times,Chief "
	    "Executive,,,,,,awaiting-response,2025-03-10,0,blue,,\r\n"
	    "recommendation-tracker,2,2025-01-10,Waiting lists,i),,For each "
	    "hospital,,,,,,,awaiting-response,,0,blue,1,\r\n"
	    "recommendation-tracker,3,2025-01-10,Waiting lists,2,,Review "
	    "the triage,,accepted,2025-02-01,,,,paused,,0,amber,,\r\n"
	    "recommendation-tracker,4,2025-01-10,Waiting lists,3,,Merge the "
	    "boards,,accepted,2025-02-01,,,,superseded,,0,green,,\r\n"
	    "update-tracker,5,2025-01-10,Own audit,1,,Audit our own "
	    "follow-up,,,,,2025-02-10,,in-progress,,0,amber,,\r\n"
	    "action-tracker,1,2025-01-10,Waiting lists,A1,,Pilot the new "
	    "triage,,,,,,,pending,March 2025,0,amber,,2\r\n");
}
END_TEST

/*
 * The HTML: the same words, the child row marked and indented, each key
 * as a row of cells by colour, and the summary box: the figures and an
 * SVG bar whose segments are the same numbers, with a text equivalent.
 */
START_TEST(test_tracker_html)
{
	struct run r = RUN_INIT;
	char *db = nhs_db();

	RUN_OK(&r, db, NULL, "tracker", "nhs", "--meeting", "2025-03-01",
	    "--format", "html");
	ck_assert(!has(r.out, "Cabinet"));
	ck_assert(has(r.out, "<th scope=\"col\">NHS Trust response date</th>"));
	ck_assert(has(r.out, "<tr class=\"blue child\">"));
	ck_assert(has(r.out, "<span class=\"sub\">\xe2\x86\xb3 Part of "
	    "recommendation 1</span>i) For each hospital"));
	ck_assert(has(r.out, "<span class=\"sub\">For recommendation 2</span>"
	    "A1. Pilot the new triage"));
	ck_assert(has(r.out, "<table class=\"key\"><tr><th scope=\"row\">Key</th>"
	    "<td class=\"red\">Overdue / Delayed</td><td class=\"amber\">"
	    "Pending / In progress / On hold</td><td class=\"yellow\">In item"
	    "</td><td class=\"green\">Complete / Not implemented / Superseded"
	    "</td></tr></table>"));
	ck_assert(has(r.out, "<tr class=\"total\"><th scope=\"row\">"
	    "Recommendations</th><td>4</td></tr>\n"
	    "<tr><th scope=\"row\"><span class=\"sw blue\"></span>Due to NHS "
	    "Trust</th><td>1</td></tr>\n"
	    "<tr><th scope=\"row\"><span class=\"sw red\"></span>Overdue or "
	    "Delayed</th><td>0</td></tr>\n"
	    "<tr><th scope=\"row\"><span class=\"sw amber\"></span>Update "
	    "pending, In progress or On hold</th><td>2</td></tr>\n"
	    "<tr><th scope=\"row\"><span class=\"sw yellow\"></span>Update in "
	    "item</th><td>0</td></tr>\n"
	    "<tr><th scope=\"row\"><span class=\"sw green\"></span>Closed</th>"
	    "<td>1</td></tr>\n"
	    "<tr class=\"total\"><th scope=\"row\">Overdue</th><td>0</td></tr>"));
	ck_assert(has(r.out, "<desc id=\"sum-d\">Due to NHS Trust: 1; Overdue "
	    "or Delayed: 0; Update pending, In progress or On hold: 2; Update "
	    "in item: 0; Closed: 1; of 4 recommendations.</desc>"));
	/* Segments in proportion: 1, 2 and 1 of 4 on a bar of 360. */
	ck_assert(has(r.out, "<rect x=\"10\" y=\"18\" width=\"90\" height=\"24\" "
	    "fill=\"#cfe1f5\" stroke=\"#1f5f99\"><title>Due to NHS Trust: 1"
	    "</title></rect>"));
	ck_assert(has(r.out, "<rect x=\"100\" y=\"18\" width=\"180\""));
	ck_assert(has(r.out, "<rect x=\"280\" y=\"18\" width=\"90\""));
}
END_TEST

/* The summary of a committee with nothing yet: zeros and an empty bar. */
START_TEST(test_tracker_html_empty)
{
	struct run r = RUN_INIT;
	char *db = rt_path("empty.db");

	RUN_OK(&r, db, NULL, "init");
	RUN_OK(&r, db, NULL, "committee", "add", "e", "Empty");
	RUN_OK(&r, db, NULL, "tracker", "e", "--meeting", "2025-03-01",
	    "--format", "html");
	ck_assert(has(r.out, "Recommendations</th><td>0</td>"));
	ck_assert(has(r.out, ">none yet</text>"));
	ck_assert(!has(r.out, "<rect x=\"10\" y=\"18\" width=\"0\""));
}
END_TEST

/*
 * A peer challenge's plan, as of 31 October 2024: two themes; an action
 * whose due date was revised twice; a recommendation without actions whose
 * part a) has a paused action past its due date; one with a pending action
 * past its due date; an action text a spreadsheet would take for a
 * formula.
 */
static char *
plan_db(void)
{
	struct run r = RUN_INIT;
	char *db = rt_path("plan.db");

	RUN_OK(&r, db, NULL, "init");
	RUN_OK(&r, db, NULL, "committee", "add", "cpc", "Peer Challenge",
	    "--kind", "peer-review");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "cpc", "--meeting",
	    "2023-12-13", "--item", "Action plan", "--number", "1", "--title",
	    "Shared outcomes", "--text", "- Convene partners\n- Agree outcomes",
	    "--theme", "VISION");
	RUN_OK(&r, db, NULL, "respond", "1", "--decision", "accepted", "--date",
	    "2023-12-13");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "1", "--text",
	    "Launch website", "--lead", "Head of Comms");
	RUN_OK(&r, db, NULL, "action", "update", "1", "--status", "complete",
	    "--date", "2024-10-31", "--text", "Launched in January 2024.");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "1", "--text",
	    "=Set up board", "--due", "December 2024");
	RUN_OK(&r, db, NULL, "action", "update", "2", "--status", "in-progress",
	    "--date", "2024-10-31", "--text", "Being set up.");
	db_exec(db, "UPDATE actions SET due_text = 'March 2025', "
	    "due_date = '2025-03-31' WHERE id = 2; "
	    "INSERT INTO revisions(action_id, date, old_text, old_date, new_text, "
	    "new_date, reason) VALUES "
	    "(2, '2024-06-01', 'December 2024', '2024-12-31', 'January 2025', "
	    "'2025-01-31', 'Elections'), "
	    "(2, '2024-09-01', 'January 2025', '2025-01-31', 'March 2025', "
	    "'2025-03-31', 'Board chair left')");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "cpc", "--meeting",
	    "2023-12-13", "--item", "Action plan", "--number", "2", "--title",
	    "Savings", "--text", "Balance the budget", "--theme", "SAVINGS");
	RUN_OK(&r, db, NULL, "respond", "2", "--decision", "accepted", "--date",
	    "2023-12-13");
	db_exec(db, "INSERT INTO recommendations(item_id, parent_id, number, "
	    "text, theme) SELECT item_id, id, 'a)', 'Review fees', theme "
	    "FROM recommendations WHERE id = 2");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "3", "--text",
	    "Fees review", "--due", "June 2024");
	RUN_OK(&r, db, NULL, "action", "update", "3", "--status", "paused",
	    "--date", "2024-07-01", "--text", "Paused for the election.");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "cpc", "--meeting",
	    "2023-12-13", "--item", "Action plan", "--number", "10", "--title",
	    "Oxford Model", "--text", "Benchmark", "--theme", "SAVINGS");
	RUN_OK(&r, db, NULL, "respond", "4", "--decision", "accepted", "--date",
	    "2023-12-13");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "4", "--text",
	    "Recruit a client manager", "--due", "September 2024");
	return db;
}

START_TEST(test_plan_markdown)
{
	struct run r = RUN_INIT;
	char *db = plan_db();

	RUN_OK(&r, db, NULL, "plan", "cpc", "--as-of", "2024-10-31");
	ck_assert_str_eq(r.out,
	    "# Peer Challenge\n"
	    "\n"
	    "Action plan: progress as of **31 October 2024**.\n"
	    "\n"
	    "## VISION\n"
	    "\n"
	    "### Recommendation 1: Shared outcomes\n"
	    "\n"
	    "- Convene partners<br>- Agree outcomes\n"
	    "\n"
	    "State: **In progress**. Progress: 50%.\n"
	    "\n"
	    "| Action | Lead | Due | Status | Latest update |\n"
	    "| --- | --- | --- | --- | --- |\n"
	    "| Launch website | Head of Comms |  | Complete | "
	    "**31-Oct-24**<br>Launched in January 2024. |\n"
	    "| =Set up board |  | March 2025 (revised twice; first set as "
	    "December 2024) | In progress | **31-Oct-24**<br>Being set up. "
	    "|\n"
	    "\n"
	    "## SAVINGS\n"
	    "\n"
	    "### Recommendation 2: Savings\n"
	    "\n"
	    "Balance the budget\n"
	    "\n"
	    "State: **In progress**. Progress: 0%.\n"
	    "\n"
	    "No actions recorded.\n"
	    "\n"
	    "#### Recommendation a\\) of 2\n"
	    "\n"
	    "Review fees\n"
	    "\n"
	    "State: **In progress**. Progress: 0%.\n"
	    "\n"
	    "| Action | Lead | Due | Status | Latest update |\n"
	    "| --- | --- | --- | --- | --- |\n"
	    "| Fees review |  | June 2024 | Paused, overdue | "
	    "**01-Jul-24**<br>Paused for the election. |\n"
	    "\n"
	    "### Recommendation 10: Oxford Model\n"
	    "\n"
	    "Benchmark\n"
	    "\n"
	    "State: **Update pending**. Progress: 0%.\n"
	    "\n"
	    "| Action | Lead | Due | Status | Latest update |\n"
	    "| --- | --- | --- | --- | --- |\n"
	    "| Recruit a client manager |  | September 2024 | Pending, "
	    "overdue |  |\n"
	    "\n"
	    "## Summary\n"
	    "\n"
	    "- Recommendations: 3\n"
	    "- Actions: 4\n"
	    "- Actions complete: 1 (25%)\n"
	    "- Overdue actions: 2\n"
	    "\n"
	    "State as of 31 October 2024.\n");
	/* Before the revisions, the due date as first set, and no note. */
	RUN_OK(&r, db, NULL, "plan", "cpc", "--as-of", "2024-05-01");
	ck_assert(has(r.out, "| =Set up board |  | December 2024 | Pending |"));
	ck_assert(!has(r.out, "revised"));
	RUN_OK(&r, db, NULL, "plan", "cpc", "--as-of", "2024-07-01");
	ck_assert(has(r.out, "| January 2025 (revised once; first set as "
	    "December 2024) |"));
	/* Before the meeting, there is no plan yet. */
	RUN_OK(&r, db, NULL, "plan", "cpc", "--as-of", "2023-12-01");
	ck_assert(has(r.out, "- Recommendations: 0\n- Actions: 0\n"
	    "- Actions complete: 0\n- Overdue actions: 0\n"));
}
END_TEST

/* CSV: one row per action, the formula guard on, --no-formula-guard off. */
START_TEST(test_plan_csv)
{
	struct run r = RUN_INIT;
	char *db = plan_db();

	RUN_OK(&r, db, NULL, "plan", "cpc", "--as-of", "2024-10-31", "--format",
	    "csv");
	ck_assert_str_eq(r.out,
	    "recommendation_id,rec_number,rec_title,rec_state,rec_progress,action_id,action_number,action,leads,due_text,due_date,due_revisions,due_first_set,status,overdue,last_update_date,last_update\r\n"
	    "1,1,Shared outcomes,in-progress,50,1,,Launch website,Head of "
	    "Comms,,,0,,complete,0,2024-10-31,Launched in January 2024.\r\n"
	    "1,1,Shared outcomes,in-progress,50,2,,'=Set up board,,March "
	    "2025,2025-03-31,2,December 2024,in-progress,0,2024-10-31,Being "
	    "set up.\r\n"
	    "2,2,Savings,in-progress,0,,,,,,,,,,,,\r\n"
	    "3,a),,in-progress,0,3,,Fees review,,June "
	    "2024,2024-06-30,0,,paused,1,2024-07-01,Paused for the "
	    "election.\r\n"
	    "4,10,Oxford Model,update-pending,0,4,,Recruit a client "
	    "manager,,September 2024,2024-09-30,0,,pending,1,,\r\n");
	RUN_OK(&r, db, NULL, "plan", "cpc", "--as-of", "2024-10-31", "--format",
	    "csv", "--no-formula-guard");
	ck_assert(has(r.out, ",=Set up board,"));
}
END_TEST

/* HTML: self-contained, A4 portrait, escaped, coloured by status. */
START_TEST(test_plan_html)
{
	struct run r = RUN_INIT;
	char *db = plan_db();

	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "cpc", "--meeting",
	    "2023-12-13", "--item", "Action plan", "--number", "11", "--title",
	    "<b>Bold</b>", "--text", "<script>alert(1)</script> & \"q\" 'x'");
	RUN_OK(&r, db, NULL, "plan", "cpc", "--as-of", "2024-10-31", "--format",
	    "html");
	ck_assert(starts(r.out, "<!DOCTYPE html>"));
	ck_assert(has(r.out, "size: A4 portrait"));
	ck_assert(!has(r.out, "<script"));
	ck_assert(!has(r.out, "<b>"));
	ck_assert(has(r.out, "Recommendation 11: &lt;b&gt;Bold&lt;/b&gt;"));
	ck_assert(has(r.out, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; "
	    "&quot;q&quot; &#39;x&#39;"));
	ck_assert(!has(r.out, " src="));
	ck_assert(!has(r.out, " href="));
	ck_assert(has(r.out, "<tr class=\"green\"><td><p>Launch website"));
	ck_assert(has(r.out, "<tr class=\"amber\"><td><p>=Set up board</p></td>"
	    "<td></td><td>March 2025 (revised twice; first set as December "
	    "2024)</td>"));
	ck_assert(has(r.out, "<tr class=\"red\"><td><p>Recruit a client "
	    "manager"));
	ck_assert(has(r.out, "<section class=\"rec child\">\n<h4 class="));
	ck_assert(has(r.out, "<h2 class=\"theme\">SAVINGS</h2>"));
	ck_assert(has(r.out, "<tr><th scope=\"row\">Actions complete</th>"
	    "<td>1 (25%)</td></tr>"));
}
END_TEST

/*
 * The plan reads only (a 0444 file will do) and refuses what it cannot
 * do; labels taught for statuses show in it.
 */
START_TEST(test_plan_errors)
{
	struct run r = RUN_INIT;
	char *db = plan_db(), *before;

	RUN_OK(&r, db, NULL, "vocab", "add", "status", "On hold", "paused",
	    "--label");
	before = db_fingerprint(db);
	ck_assert_int_eq(chmod(db, 0444), 0);
	RUN_OK(&r, db, NULL, "plan", "cpc", "--as-of", "2024-10-31");
	ck_assert(has(r.out, "| Fees review |  | June 2024 | On hold, overdue |"));
	RUN_FAIL(&r, db, NULL, 2, "plan: unknown format 'pdf': expected "
	    "markdown, html or csv", "plan", "cpc", "--format", "pdf");
	RUN_FAIL(&r, db, NULL, 3, "unknown committee 'nope'", "plan", "nope");
	RUN_FAIL(&r, db, NULL, 3, "2025-02-30", "plan", "cpc", "--as-of",
	    "2025-02-30");
	RUN_FAIL(&r, db, NULL, 2, "plan", "plan");
	ck_assert_int_eq(chmod(db, 0644), 0);
	ck_assert_str_eq(db_fingerprint(db), before);
}
END_TEST

Suite *
cli_docs_suite(void)
{
	Suite *s = suite_create("cli-docs");
	TCase *tc = rt_tcase("tracker");

	tcase_add_test(tc, test_tracker_words);
	tcase_add_test(tc, test_tracker_csv);
	tcase_add_test(tc, test_tracker_html);
	tcase_add_test(tc, test_tracker_html_empty);
	suite_add_tcase(s, tc);
	tc = rt_tcase("plan");
	tcase_add_test(tc, test_plan_markdown);
	tcase_add_test(tc, test_plan_csv);
	tcase_add_test(tc, test_plan_html);
	tcase_add_test(tc, test_plan_errors);
	suite_add_tcase(s, tc);
	return s;
}
