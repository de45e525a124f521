/*
 * check_structure.c - the structure of a tracker: sub-recommendations and
 * their roll-up, numbered actions, targets and due dates with their
 * revisions, deleting a parent, and the lossless restore (export --dir,
 * import --dir, export --dir gives the same bytes) over generated
 * databases.
 *
 * Every command that reads a state passes --as-of and every revision
 * --date (or RECTRACK_TODAY), so that no test depends on today's date.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <sqlite3.h>

#include "harness.h"

#define ITEM "Budget monitoring"
#define REVISED_HDR "kind,id,committee,item,number,text,original,current," \
	"revisions,last_reason,last_revised\r\n"

/* rec add of a recommendation in setup_db()'s meeting, in item it. */
#define REC_ADD(r, db, it, num, text, ...)				\
	RUN_OK((r), (db), NULL, "rec", "add", "--committee", "pcs-osc",	\
	    "--meeting", "2024-11-15", "--item", (it), "--number", (num),	\
	    "--text", (text), __VA_ARGS__)

/* What rec show prints before its history (whose times vary). */
static const char *
story(const char *out)
{
	const char *h = strstr(out, "\nHistory\n");

	return h != NULL ? xprintf("%.*s", (int)(h - out), out) : out;
}

START_TEST(test_target_revisions)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	REC_ADD(&r, db, ITEM, "3", "Close the gap.", "--target", "December 2024");
	ck_assert_str_eq(r.out, "3\n");
	RUN_OK(&r, db, NULL, "respond", "3", "--decision", "accepted", "--date",
	    "2025-01-10");
	/* No revision yet: the first target is set by rec add. */
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM revisions"), "0\n");
	RUN_OK(&r, db, NULL, "rec", "target", "3", "January 2025", "--reason",
	    "Supplier delay", "--date", "10/12/2024");
	ck_assert_str_eq(r.out, "1\n");
	/* --date defaults to today, which RECTRACK_TODAY sets. */
	setenv("RECTRACK_TODAY", "2025-02-10", 1);
	RUN_OK(&r, db, NULL, "rec", "target", "3", "March 2025", "--reason",
	    "Budget moved");
	unsetenv("RECTRACK_TODAY");
	ck_assert_str_eq(r.out, "2\n");
	ck_assert_str_eq(db_query(db, "SELECT * FROM revisions ORDER BY id"),
	    "1|3|NULL|2024-12-10|December 2024|2024-12-31|January 2025|"
	    "2025-01-31|Supplier delay\n"
	    "2|3|NULL|2025-02-10|January 2025|2025-01-31|March 2025|2025-03-31|"
	    "Budget moved\n");
	ck_assert_str_eq(db_query(db, "SELECT target_text, target_date FROM "
	    "recommendations WHERE id = 3"), "March 2025|2025-03-31\n");

	RUN_OK(&r, db, NULL, "rec", "show", "3", "--as-of", "2025-06-01");
	ck_assert_str_eq(story(r.out),
	    "Recommendation 3: pcs-osc, meeting 2024-11-15, item 'Budget "
	    "monitoring', number 3\n"
	    "Leads: -\n"
	    "State: update-pending, overdue (as of 2025-06-01)\n"
	    "Target: March 2025 (revised twice; first set as December 2024)\n"
	    "Response due: 2025-01-15\n"
	    "Update due: -\n"
	    "\n"
	    "  Close the gap.\n"
	    "\n"
	    "Response\n"
	    "  2025-01-10  accepted\n"
	    "\n"
	    "Updates\n"
	    "  none yet\n"
	    "\n"
	    "Actions\n"
	    "  none\n"
	    "\n"
	    "Revisions\n"
	    "  2024-12-10  target December 2024 -> January 2025\n"
	    "      Supplier delay\n"
	    "  2025-02-10  target January 2025 -> March 2025\n"
	    "      Budget moved\n");
	/* As of an earlier date, the later revision has not happened. */
	RUN_OK(&r, db, NULL, "rec", "show", "3", "--as-of", "2025-01-20");
	ck_assert(has(r.out, "\nState: update-pending (as of 2025-01-20)\n"
	    "Target: January 2025 (revised once; first set as December 2024)\n"));
	ck_assert(!has(r.out, "Budget moved"));
	RUN_OK(&r, db, NULL, "rec", "show", "3", "--as-of", "2024-12-01");
	ck_assert(has(r.out, "\nTarget: December 2024\nResponse due:"));
	ck_assert(!has(r.out, "Revisions"));
}
END_TEST

/* An open recommendation past its current target is overdue. */
START_TEST(test_overdue_past_target)
{
	static const struct {
		const char *as_of, *row;
	} cases[] = {
		/* Awaiting its response (due 2025-01-15), but past its target. */
		{"2024-12-15", "awaiting-response,0,December 2024\r\n"},
		{"2025-01-05", "awaiting-response,1,December 2024\r\n"},
		/* Revised on 2025-01-10 to March: no longer overdue... */
		{"2025-01-10", "update-pending,0,March 2025\r\n"},
		{"2025-03-31", "update-pending,0,March 2025\r\n"},
		/* ...until March has passed. */
		{"2025-04-01", "update-pending,1,March 2025\r\n"},
		/* paused is never overdue; complete is closed. */
		{"2025-05-01", "paused,0,March 2025\r\n"},
		{"2025-06-01", "complete,0,March 2025\r\n"},
	};
	struct run r = RUN_INIT;
	char *db = setup_db();
	size_t i;

	RUN_OK(&r, db, NULL, "rec", "target", "1", "December 2024", "--reason",
	    "Set at the meeting", "--date", "2024-11-15");
	RUN_OK(&r, db, NULL, "rec", "target", "1", "March 2025", "--reason",
	    "Staff shortage", "--date", "2025-01-10");
	RUN_OK(&r, db, NULL, "update", "1", "--status", "paused", "--date",
	    "2025-05-01");
	RUN_OK(&r, db, NULL, "update", "1", "--status", "complete", "--date",
	    "2025-06-01");
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		RUN_OK(&r, db, NULL, "sql", "SELECT state, overdue, target_text FROM "
		    "recommendation_state WHERE id = 1", "--format", "csv",
		    "--as-of", cases[i].as_of);
		ck_assert_msg(has(r.out, cases[i].row), "as of %s: %s",
		    cases[i].as_of, r.out);
	}
	/* Setting a target where there was none is not a revision. */
	RUN_OK(&r, db, NULL, "query", "revised", "--format", "csv", "--as-of",
	    "2025-01-09");
	ck_assert_str_eq(r.out, REVISED_HDR);
	RUN_OK(&r, db, NULL, "query", "revised", "--format", "csv", "--as-of",
	    "2025-01-10");
	ck_assert_str_eq(r.out, REVISED_HDR
	    "recommendation,1,pcs-osc,Budget monitoring,1,Publish the quarterly "
	    "budget monitoring report.,December 2024,March 2025,1,"
	    "Staff shortage,2025-01-10\r\n");
	RUN_OK(&r, db, NULL, "rec", "show", "1", "--as-of", "2025-02-01");
	ck_assert(has(r.out, "\nTarget: March 2025 (revised once; first set as "
	    "December 2024)\n"));
	ck_assert(has(r.out, "\nRevisions\n"
	    "  2024-11-15  target set as December 2024\n"
	    "      Set at the meeting\n"
	    "  2025-01-10  target December 2024 -> March 2025\n"
	    "      Staff shortage\n"));
}
END_TEST

START_TEST(test_actions_numbered)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	RUN_OK(&r, db, NULL, "action", "add", "--rec", "1", "--text", "Draft",
	    "--number", "10", "--due", "Q4 24/25", "--lead", "Vic Kurzeja");
	ck_assert_str_eq(r.out, "1\n");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "1", "--text", "Consult",
	    "--number", "2", "--due", "Ongoing");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "1", "--text",
	    "Unnumbered");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "1", "--text", "Also",
	    "--number", "2a");
	ck_assert_str_eq(r.out, "4\n");
	ck_assert_str_eq(db_query(db, "SELECT id, number, number_key FROM actions "
	    "ORDER BY id"), "1|10|0210\n2|2|012\n3|NULL|NULL\n4|2a|012a\n");
	/* By number as people read them, then the unnumbered as entered. */
	RUN_OK(&r, db, NULL, "action", "list", "--rec", "1", "--format", "csv",
	    "--as-of", "2025-03-01");
	ck_assert_str_eq(r.out, "id,committee,meeting_date,item,"
	    "recommendation_id,action,leads,due_text,due_date,status,"
	    "last_update_date,last_update\r\n"
	    "2,pcs-osc,2024-11-15,Budget monitoring,1,Consult,,Ongoing,,"
	    "pending,,\r\n"
	    "4,pcs-osc,2024-11-15,Budget monitoring,1,Also,,,,pending,,\r\n"
	    "1,pcs-osc,2024-11-15,Budget monitoring,1,Draft,Vic Kurzeja,"
	    "Q4 24/25,2025-03-31,pending,,\r\n"
	    "3,pcs-osc,2024-11-15,Budget monitoring,1,Unnumbered,,,,pending,,\r\n");

	RUN_OK(&r, db, NULL, "action", "due", "1", "June 2025", "--reason",
	    "Consultation overran", "--date", "2025-03-01");
	ck_assert_str_eq(r.out, "1\n");
	ck_assert_str_eq(db_query(db, "SELECT * FROM revisions"),
	    "1|NULL|1|2025-03-01|Q4 24/25|2025-03-31|June 2025|2025-06-30|"
	    "Consultation overran\n");
	RUN_OK(&r, db, NULL, "rec", "show", "1", "--as-of", "2025-03-01");
	ck_assert(has(story(r.out), "\nActions\n"
	    "  action 2 (number 2)  pending  due Ongoing  lead -\n"
	    "      Consult\n"
	    "  action 4 (number 2a)  pending  due -  lead -\n"
	    "      Also\n"
	    "  action 1 (number 10)  pending  due June 2025 (2025-06-30)  lead "
	    "Vic Kurzeja\n"
	    "      Draft\n"
	    "  action 3  pending  due -  lead -\n"
	    "      Unnumbered\n"
	    "\n"
	    "Revisions\n"
	    "  2025-03-01  action 1 due Q4 24/25 -> June 2025\n"
	    "      Consultation overran\n"));
	RUN_OK(&r, db, NULL, "query", "revised", "--format", "csv", "--as-of",
	    "2025-03-01");
	ck_assert_str_eq(r.out, REVISED_HDR
	    "action,1,pcs-osc,Budget monitoring,10,Draft,Q4 24/25,June 2025,1,"
	    "Consultation overran,2025-03-01\r\n");
	/* Before the revision, the action fell due at the end of March. */
	RUN_OK(&r, db, NULL, "query", "overdue-actions", "--format", "csv",
	    "--as-of", "2025-02-28");
	ck_assert_int_eq(nlines(r.out), 1);
	RUN_OK(&r, db, NULL, "sql", "SELECT id, due_text, overdue FROM "
	    "action_state WHERE id = 1", "--format", "csv", "--as-of",
	    "2025-02-28");
	ck_assert(has(r.out, "1,Q4 24/25,0\r\n"));
	RUN_OK(&r, db, NULL, "sql", "SELECT id, due_text, overdue FROM "
	    "action_state WHERE id = 1", "--format", "csv", "--as-of",
	    "2025-07-01");
	ck_assert(has(r.out, "1,June 2025,1\r\n"));
}
END_TEST

/* A due text with no date is kept, with a warning. */
START_TEST(test_undatable_target)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	rt_run(&r, db, NULL, ARGV("rec", "target", "2", "when funded",
	    "--reason", "Awaiting the budget", "--date", "2025-03-01"));
	ck_assert_int_eq(r.code, 0);
	ck_assert_str_eq(r.out, "1\n");
	ck_assert_str_eq(r.err, "rectrack: warning: due 'when funded' is kept "
	    "as written; it has no date\n");
	ck_assert_str_eq(db_query(db, "SELECT target_text, target_date FROM "
	    "recommendations WHERE id = 2"), "when funded|NULL\n");
}
END_TEST

/* Bad revisions change nothing and say why. */
START_TEST(test_revision_refused)
{
	const struct {
		const char *name;
		int code;
		const char *sub;
		const char *const *argv;
	} cases[] = {
		{"same target", 3, "the target of recommendation 1 is already "
		    "'March 2025'", ARGV("rec", "target", "1", "March 2025",
		    "--reason", "x", "--date", "2025-02-01")},
		{"before the meeting", 3, "revision date 2024-11-01 is before the "
		    "meeting of 2024-11-15 that made recommendation 1",
		    ARGV("rec", "target", "1", "April 2025", "--reason", "x",
		    "--date", "2024-11-01")},
		{"before the last revision", 3, "revision date 2025-01-01 is before "
		    "the last revision of the target of recommendation 1, on "
		    "2025-01-10", ARGV("rec", "target", "1", "April 2025",
		    "--reason", "x", "--date", "2025-01-01")},
		{"unknown recommendation", 3, "99", ARGV("rec", "target", "99",
		    "April 2025", "--reason", "x", "--date", "2025-02-01")},
		{"unknown action", 3, "99", ARGV("action", "due", "99",
		    "April 2025", "--reason", "x", "--date", "2025-02-01")},
		{"no reason", 2, "--reason", ARGV("rec", "target", "1",
		    "April 2025", "--date", "2025-02-01")},
		{"blank reason", 3, "--reason", ARGV("rec", "target", "1",
		    "April 2025", "--reason", "  ", "--date", "2025-02-01")},
		{"escape in reason", 3, "--reason", ARGV("rec", "target", "1",
		    "April 2025", "--reason", "\x1b[2J", "--date", "2025-02-01")},
		{"blank target", 3, "target", ARGV("rec", "target", "1", " ",
		    "--reason", "x", "--date", "2025-02-01")},
		{"target on two lines", 3, "target", ARGV("rec", "target", "1",
		    "April\n2025", "--reason", "x", "--date", "2025-02-01")},
		{"impossible date", 3, "2025", ARGV("rec", "target", "1",
		    "April 2025", "--reason", "x", "--date", "29/02/2025")},
		{"a month is not a day", 3, "March 2025", ARGV("rec", "target", "1",
		    "April 2025", "--reason", "x", "--date", "March 2025")},
		{"bad id", 2, "'1x'", ARGV("rec", "target", "1x", "April 2025",
		    "--reason", "x")},
		{"missing text", 2, "missing argument", ARGV("rec", "target", "1",
		    "--reason", "x")},
		{"action same due", 3, "the due date of action 1 is already "
		    "'Q4 24/25'", ARGV("action", "due", "1", "Q4 24/25", "--reason",
		    "x", "--date", "2025-02-01")},
		{"action number blank", 3, "", ARGV("action", "add", "--rec", "1",
		    "--text", "T", "--number", " ")},
	};
	struct run r = RUN_INIT;
	char *db = setup_db(), *before;
	size_t i;

	RUN_OK(&r, db, NULL, "rec", "target", "1", "March 2025", "--reason",
	    "Set", "--date", "2025-01-10");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "1", "--text", "Draft",
	    "--due", "Q4 24/25");
	before = db_fingerprint(db);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		rt_run(&r, db, NULL, cases[i].argv);
		ck_assert_msg(r.code == cases[i].code, "%s: exit %d, stderr %s",
		    cases[i].name, r.code, r.err);
		ck_assert_msg(r.out[0] == '\0' && nlines(r.err) == 1 &&
		    starts(r.err, "rectrack: ") && has(r.err, cases[i].sub),
		    "%s: stdout '%s' stderr '%s'", cases[i].name, r.out, r.err);
	}
	ck_assert_str_eq(db_fingerprint(db), before);
}
END_TEST

START_TEST(test_delete_parent)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *before;

	RUN_OK(&r, db, NULL, "rec", "add", "--parent", "1", "--number", "i",
	    "--text", "Child i.", "--lead", "Ann Lee");
	ck_assert_str_eq(r.out, "3\n");
	RUN_OK(&r, db, NULL, "rec", "add", "--parent", "1", "--number", "ii",
	    "--text", "Child ii.");
	ck_assert_str_eq(r.out, "4\n");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "3", "--text", "Act.",
	    "--lead", "Bo Yan", "--due", "April 2025");
	RUN_OK(&r, db, NULL, "action", "update", "1", "--status", "in-progress",
	    "--date", "2025-02-01");
	RUN_OK(&r, db, NULL, "update", "3", "--status", "in-progress", "--date",
	    "2025-02-01");
	RUN_OK(&r, db, NULL, "respond", "4", "--decision", "rejected", "--date",
	    "2025-02-01");
	RUN_OK(&r, db, NULL, "rec", "target", "4", "March 2025", "--reason",
	    "Set", "--date", "2025-02-01");
	RUN_OK(&r, db, NULL, "action", "due", "1", "May 2025", "--reason",
	    "Later", "--date", "2025-02-01");
	RUN_OK(&r, db, NULL, "tracker", "pcs-osc", "--meeting", "2025-03-01",
	    "--mark-reported");

	/* The rest of the story of a parent shows its children. */
	RUN_OK(&r, db, NULL, "rec", "show", "1", "--as-of", "2025-03-01");
	ck_assert(has(r.out, "\nProgress: 50%\n"));
	ck_assert(has(r.out, "\nSub-recommendations\n"
	    "  3  i  in-progress\n"
	    "      Child i.\n"
	    "  4  ii  rejected\n"
	    "      Child ii.\n"));
	RUN_OK(&r, db, NULL, "rec", "show", "3", "--as-of", "2025-03-01");
	ck_assert(has(r.out, "number i\nSub-recommendation of: 1 (number 1)\n"));
	ck_assert(has(r.out, "\nResponse\n  none of its own: its parent's "
	    "applies\n"));
	/* Numbers are unique among a parent's children, ignoring case. */
	RUN_FAIL(&r, db, NULL, 3, "taken", "rec", "edit", "4", "--number", "I");
	RUN_OK(&r, db, NULL, "rec", "edit", "4", "--number", "2");

	before = db_fingerprint(db);
	RUN_FAIL(&r, db, NULL, 2, "--force", "rec", "delete", "1");
	ck_assert_str_eq(r.err, "rectrack: rec delete: deleting recommendation 1 "
	    "with its 2 sub-recommendations and their responses, updates and "
	    "actions needs --force\n");
	RUN_FAIL(&r, db, NULL, 2, "--force", "rec", "delete", "3");
	ck_assert_str_eq(r.err, "rectrack: rec delete: deleting recommendation 3 "
	    "with its responses, updates and actions needs --force\n");
	ck_assert_str_eq(db_fingerprint(db), before);

	RUN_OK(&r, db, NULL, "rec", "delete", "1", "--force");
	ck_assert_str_eq(r.out, "deleted recommendation 1 and its 2 "
	    "sub-recommendations\n");
	ck_assert_str_eq(db_query(db, "SELECT "
	    "(SELECT group_concat(id) FROM recommendations), "
	    "(SELECT count(*) FROM responses), (SELECT count(*) FROM updates), "
	    "(SELECT count(*) FROM actions), (SELECT count(*) FROM revisions), "
	    "(SELECT count(*) FROM reports), "
	    "(SELECT group_concat(name) FROM leads), "
	    "(SELECT count(*) FROM search_index)"),
	    "2|0|0|0|0|0|Lorna Baxter|1\n");
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM history WHERE "
	    "op = 'delete' AND tbl = 'recommendations'"), "3\n");
	/* A child alone goes without a word. */
	RUN_OK(&r, db, NULL, "rec", "add", "--parent", "2", "--number", "a",
	    "--text", "Child a.");
	RUN_OK(&r, db, NULL, "rec", "delete", "5", "--force");
	ck_assert_str_eq(r.out, "");
	ck_assert_str_eq(db_query(db, "SELECT group_concat(id) FROM "
	    "recommendations"), "2\n");
}
END_TEST

/*
 * The roll-up (contract, derived state rule 4), case by case: each
 * scenario is a parent in an item of its own, and each row says what the
 * parent is as of a date.
 */
START_TEST(test_rollup)
{
	static const struct {
		const char *name, *item, *as_of, *want;
	} cases[] = {
		/* state, closed, overdue, progress, children */
		{"an overdue child leads", "A", "2025-04-01",
		    "in-progress,0,1,0,2\r\n"},
		{"before it is overdue, delayed leads", "A", "2025-02-15",
		    "delayed,0,0,0,2\r\n"},
		{"all closed, one complete", "B", "2025-04-01",
		    "complete,1,0,100,2\r\n"},
		{"half closed", "B", "2025-02-15", "update-pending,0,0,50,2\r\n"},
		{"all closed, none complete: the first child's word", "C",
		    "2025-04-01", "not-implemented,1,0,100,2\r\n"},
		{"no response: the children await the parent's", "D",
		    "2025-01-10", "awaiting-response,0,0,0,2\r\n"},
		{"awaiting past response_due", "D", "2025-02-01",
		    "awaiting-response,0,1,0,2\r\n"},
		{"the parent's response answers the children", "D", "2025-03-01",
		    "update-pending,0,0,0,2\r\n"},
		{"a child's own rejection closes it", "E", "2025-03-01",
		    "update-pending,0,0,50,2\r\n"},
		{"actions, none updated", "F", "2025-01-20",
		    "update-pending,0,0,0,0\r\n"},
		{"actions, one updated", "F", "2025-02-15",
		    "in-progress,0,0,50,0\r\n"},
		{"actions, all complete", "F", "2025-04-01", "complete,1,0,100,0\r\n"},
		{"paused is less urgent than update-pending", "G", "2025-03-01",
		    "update-pending,0,0,0,2\r\n"},
		{"paused child alone", "G", "2025-04-01", "paused,0,0,50,2\r\n"},
		{"a parent past its own target is overdue", "H", "2025-04-01",
		    "in-progress,0,1,0,1\r\n"},
		/* The same parents as of other dates, boundaries included. */
		{"before the parent's response, the children await it", "A",
		    "2025-01-05", "awaiting-response,0,0,0,2\r\n"},
		{"answered, no update yet", "A", "2025-01-20",
		    "update-pending,0,0,0,2\r\n"},
		{"the day after a child's update due", "A", "2025-03-02",
		    "in-progress,0,1,0,2\r\n"},
		{"both children pending", "B", "2025-01-20",
		    "update-pending,0,0,0,2\r\n"},
		{"closed the day the last child closes", "B", "2025-03-01",
		    "complete,1,0,100,2\r\n"},
		{"before either closes", "C", "2025-01-20",
		    "update-pending,0,0,0,2\r\n"},
		{"closed the day both close", "C", "2025-02-01",
		    "not-implemented,1,0,100,2\r\n"},
		{"awaiting, well before the due date", "D", "2024-12-01",
		    "awaiting-response,0,0,0,2\r\n"},
		{"awaiting on the due date itself is not overdue", "D",
		    "2025-01-15", "awaiting-response,0,0,0,2\r\n"},
		{"answered on the as-of date itself", "D", "2025-02-10",
		    "update-pending,0,0,0,2\r\n"},
		{"the children take the parent's acceptance", "E", "2025-01-11",
		    "update-pending,0,0,0,2\r\n"},
		{"the rejection counts from its own date", "E", "2025-01-12",
		    "update-pending,0,0,50,2\r\n"},
		{"months later, nothing changed", "E", "2025-06-01",
		    "update-pending,0,0,50,2\r\n"},
		{"actions wait for the response first", "F", "2025-01-09",
		    "awaiting-response,0,0,0,0\r\n"},
		{"one action of two complete", "F", "2025-02-28",
		    "in-progress,0,0,50,0\r\n"},
		{"paused and pending children", "G", "2025-01-20",
		    "update-pending,0,0,0,2\r\n"},
		{"pending outranks paused from the day it pauses", "G",
		    "2025-02-01", "update-pending,0,0,0,2\r\n"},
		{"on its target date it is not yet overdue", "H", "2025-03-31",
		    "in-progress,0,0,0,1\r\n"},
		{"before its meeting it does not exist", "H", "2024-11-14", ""},
	};
	struct run r = RUN_INIT;
	char *db = setup_db();
	size_t i;

	/* A: children in-progress (update due 2025-03-01) and delayed. */
	REC_ADD(&r, db, "A", "1", "Parent A.", "--lead", "X");
	ck_assert_str_eq(r.out, "3\n");
	RUN_OK(&r, db, NULL, "respond", "3", "--decision", "accepted", "--date",
	    "2025-01-10");
	RUN_OK(&r, db, NULL, "rec", "add", "--parent", "3", "--number", "a",
	    "--text", "A a.");
	RUN_OK(&r, db, NULL, "rec", "add", "--parent", "3", "--number", "b",
	    "--text", "A b.");
	RUN_OK(&r, db, NULL, "update", "4", "--status", "in-progress", "--date",
	    "2025-02-01", "--due", "2025-03-01");
	RUN_OK(&r, db, NULL, "update", "5", "--status", "delayed", "--date",
	    "2025-02-01");
	/* B: complete and not-implemented. */
	REC_ADD(&r, db, "B", "1", "Parent B.", "--lead", "X");
	ck_assert_str_eq(r.out, "6\n");
	RUN_OK(&r, db, NULL, "respond", "6", "--decision", "accepted", "--date",
	    "2025-01-10");
	RUN_OK(&r, db, NULL, "rec", "add", "--parent", "6", "--number", "a",
	    "--text", "B a.");
	RUN_OK(&r, db, NULL, "rec", "add", "--parent", "6", "--number", "b",
	    "--text", "B b.");
	RUN_OK(&r, db, NULL, "update", "7", "--status", "complete", "--date",
	    "2025-02-01");
	RUN_OK(&r, db, NULL, "update", "8", "--status", "not-implemented",
	    "--date", "2025-03-01");
	/* C: not-implemented (a) and superseded (b). */
	REC_ADD(&r, db, "C", "1", "Parent C.", "--lead", "X");
	ck_assert_str_eq(r.out, "9\n");
	RUN_OK(&r, db, NULL, "respond", "9", "--decision", "accepted", "--date",
	    "2025-01-10");
	RUN_OK(&r, db, NULL, "rec", "add", "--parent", "9", "--number", "b",
	    "--text", "C b.");
	RUN_OK(&r, db, NULL, "rec", "add", "--parent", "9", "--number", "a",
	    "--text", "C a.");
	RUN_OK(&r, db, NULL, "update", "10", "--status", "superseded", "--date",
	    "2025-02-01");
	RUN_OK(&r, db, NULL, "update", "11", "--status", "not-implemented",
	    "--date", "2025-02-01");
	/* D: the parent answers late, on 2025-02-10. */
	REC_ADD(&r, db, "D", "1", "Parent D.", "--lead", "X");
	ck_assert_str_eq(r.out, "12\n");
	RUN_OK(&r, db, NULL, "rec", "add", "--parent", "12", "--number", "a",
	    "--text", "D a.");
	RUN_OK(&r, db, NULL, "rec", "add", "--parent", "12", "--number", "b",
	    "--text", "D b.");
	RUN_OK(&r, db, NULL, "respond", "12", "--decision", "accepted", "--date",
	    "2025-02-10");
	/* E: a child rejected on its own. */
	REC_ADD(&r, db, "E", "1", "Parent E.", "--lead", "X");
	ck_assert_str_eq(r.out, "15\n");
	RUN_OK(&r, db, NULL, "respond", "15", "--decision", "accepted", "--date",
	    "2025-01-10");
	RUN_OK(&r, db, NULL, "rec", "add", "--parent", "15", "--number", "a",
	    "--text", "E a.");
	RUN_OK(&r, db, NULL, "rec", "add", "--parent", "15", "--number", "b",
	    "--text", "E b.");
	RUN_OK(&r, db, NULL, "respond", "16", "--decision", "rejected", "--date",
	    "2025-01-12");
	/* F: two actions, no update of its own. */
	REC_ADD(&r, db, "F", "1", "Parent F.", "--lead", "X");
	ck_assert_str_eq(r.out, "18\n");
	RUN_OK(&r, db, NULL, "respond", "18", "--decision", "accepted", "--date",
	    "2025-01-10");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "18", "--text", "F 1.");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "18", "--text", "F 2.");
	RUN_OK(&r, db, NULL, "action", "update", "1", "--status", "complete",
	    "--date", "2025-02-01");
	RUN_OK(&r, db, NULL, "action", "update", "2", "--status", "complete",
	    "--date", "2025-03-01");
	/* G: paused (a) and pending (b) until b completes on 2025-04-01. */
	REC_ADD(&r, db, "G", "1", "Parent G.", "--lead", "X");
	ck_assert_str_eq(r.out, "19\n");
	RUN_OK(&r, db, NULL, "respond", "19", "--decision", "accepted", "--date",
	    "2025-01-10");
	RUN_OK(&r, db, NULL, "rec", "add", "--parent", "19", "--number", "a",
	    "--text", "G a.");
	RUN_OK(&r, db, NULL, "rec", "add", "--parent", "19", "--number", "b",
	    "--text", "G b.");
	RUN_OK(&r, db, NULL, "update", "20", "--status", "paused", "--date",
	    "2025-02-01");
	RUN_OK(&r, db, NULL, "update", "21", "--status", "complete", "--date",
	    "2025-04-01");
	/* H: its own target passed, its child in progress and not overdue. */
	REC_ADD(&r, db, "H", "1", "Parent H.", "--target", "March 2025");
	ck_assert_str_eq(r.out, "22\n");
	RUN_OK(&r, db, NULL, "respond", "22", "--decision", "accepted", "--date",
	    "2025-01-10");
	RUN_OK(&r, db, NULL, "rec", "add", "--parent", "22", "--number", "a",
	    "--text", "H a.");
	RUN_OK(&r, db, NULL, "update", "23", "--status", "in-progress", "--date",
	    "2025-02-01");

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		RUN_OK(&r, db, NULL, "sql", xprintf("SELECT state, closed, overdue, "
		    "coalesce(progress, ''), children FROM recommendation_state "
		    "WHERE item = '%s' AND parent_id IS NULL", cases[i].item),
		    "--format", "csv", "--as-of", cases[i].as_of);
		ck_assert_msg(strcmp(strchr(r.out, '\n') + 1, cases[i].want) == 0,
		    "%s (as of %s): got %s", cases[i].name, cases[i].as_of, r.out);
	}
}
END_TEST

/* A small deterministic generator (a 64-bit LCG), so a seed replays. */
static unsigned long long rng;

static unsigned
pick(unsigned n)
{
	rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)((rng >> 33) % n);
}

/* A text with every hazard a CSV round trip meets. */
static const char *
text(void)
{
	static const char *const parts[] = {
		"Publish the report", "comma, inside", "a \"quoted\" word",
		"two\nlines", "=SUM(A1:A9)", "'=already guarded", "-minus",
		"+plus", "@at", "\ttab first", "''two quotes", "caf\xc3\xa9 \xe2\x82\xac\x35",
		"  padded  ", "007", "3.10", "1E5", "trailing,", "\"", "x",
	};
	unsigned n = 1 + pick(3), i;
	char *s = xprintf("%s", parts[pick(sizeof parts / sizeof parts[0])]);

	for (i = 1; i < n; i++)
		s = xprintf("%s %s", s, parts[pick(sizeof parts / sizeof parts[0])]);
	return s;
}

/* text() or NULL, quoted for SQL. */
static char *
q(int may_be_null)
{
	char *p, *s;

	if (may_be_null && pick(3) == 0)
		return xprintf("NULL");
	p = sqlite3_mprintf("%Q", text());
	s = xprintf("%s", p);
	sqlite3_free(p);
	return s;
}

static const char *
day(void)
{
	return xprintf("2024-%02u-%02u", 1 + pick(12), 1 + pick(28));
}

/*
 * A database with every kind of row, written with plain SQL (as a user of
 * the sqlite3 shell could) on a schema made by rectrack init.
 */
static void
generate(const char *db, unsigned seed)
{
	static const char *const kinds[] = {"scrutiny", "executive",
	    "peer-review", "audit", "other"};
	static const char *const periods[] = {"2 months", "28 days", "8 weeks",
	    "open", "none"};
	static const char *const decisions[] = {"accepted",
	    "accepted-in-principle", "partially-accepted", "rejected", "noted"};
	static const char *const statuses[] = {"pending", "in-item",
	    "in-progress", "delayed", "paused", "complete", "not-implemented",
	    "superseded"};
	static const char *const rags[] = {"NULL", "'red'", "'amber'", "'green'",
	    "'blue'"};
	static const char *const dues[][2] = {{"'March 2025'", "'2025-03-31'"},
	    {"'Q4 24/25'", "'2025-03-31'"}, {"'Ongoing'", "NULL"},
	    {"'when funded'", "NULL"}, {"NULL", "NULL"}};
	unsigned ncom = 1 + pick(3), nmeet = 0, nitem = 0, nrec = 0, nact = 0;
	unsigned nresp = 0, nupd = 0, i, j, k;
	char *sql = xprintf("BEGIN;");

	rng = seed;
	for (i = 1; i <= ncom; i++)
		sql = xprintf("%s INSERT INTO committees(slug, name, kind, chair, "
		    "officer, addressee, response_period) VALUES ('c%u', %s, '%s', "
		    "%s, %s, %s, '%s');", sql, i, q(0), kinds[pick(5)], q(1), q(1),
		    q(0), periods[pick(5)]);
	for (i = 1; i <= ncom; i++)
		for (j = 0, k = 1 + pick(3); j < k; j++)
			sql = xprintf("%s INSERT INTO meetings(committee_id, date, title) "
			    "VALUES (%u, '2023-%02u-%02u', %s);", sql, i, 1 + j * 4,
			    1 + pick(28), q(1)), nmeet++;
	for (i = 1; i <= nmeet; i++)
		for (j = 0, k = 1 + pick(2); j < k; j++)
			sql = xprintf("%s INSERT INTO items(meeting_id, title, "
			    "agenda_number) VALUES (%u, 'Item %u ' || %s, %s);", sql, i, j,
			    q(0), pick(2) ? "NULL" : "'7.1'"), nitem++;
	for (i = 1; i <= nitem; i++) {
		unsigned parent = 0;

		for (j = 0, k = 1 + pick(4); j < k; j++) {
			unsigned d = pick(5), child = parent != 0 && pick(2);

			sql = xprintf("%s INSERT INTO recommendations(item_id, parent_id, "
			    "number, title, text, received, response_due, "
			    "response_expected, update_due, update_due_text, target_text, "
			    "target_date, theme) VALUES (%u, %s, '%s%u', %s, %s, %s, %s, "
			    "%s, %s, %s, %s, %s, %s);", sql, i,
			    child ? xprintf("%u", parent) : "NULL", child ? "x" : "R",
			    j + 1, q(1), q(0), pick(2) ? "NULL" : "'2025-01-02'",
			    pick(2) ? "NULL" : "'2025-02-15'",
			    pick(3) == 0 ? "NULL" : pick(2) ? "0" : "1",
			    pick(2) ? "NULL" : "'2025-04-30'", pick(2) ? "NULL" :
			    "'April 2025'", dues[d][0], dues[d][1],
			    pick(2) ? "NULL" : "'VISION'");
			nrec++;
			if (!child)
				parent = nrec;
			sql = xprintf("%s INSERT INTO leads(recommendation_id, position, "
			    "name) VALUES (%u, 1, %s);", sql, nrec, q(0));
		}
	}
	for (i = 1; i <= nrec; i++) {
		for (j = 0, k = pick(3); j < k; j++) {
			unsigned d = pick(5);

			sql = xprintf("%s INSERT INTO actions(item_id, recommendation_id, "
			    "number, text, due_text, due_date) VALUES (NULL, %u, %s, %s, "
			    "%s, %s);", sql, i, pick(3) == 0 ? "NULL" :
			    xprintf("'%u.%u'", i, 10 - j), q(0), dues[d][0], dues[d][1]);
			nact++;
			if (pick(2))
				sql = xprintf("%s INSERT INTO leads(action_id, position, name) "
				    "VALUES (%u, 1, %s), (%u, 2, %s);", sql, nact, q(0), nact,
				    q(0));
		}
		if (pick(3) != 0)
			sql = xprintf("%s INSERT INTO responses(recommendation_id, date, "
			    "decision, text) VALUES (%u, '%s', '%s', %s);", sql, i, day(),
			    decisions[pick(5)], q(1)), nresp++;
		for (j = 0, k = pick(3); j < k; j++)
			sql = xprintf("%s INSERT INTO updates(recommendation_id, date, "
			    "status, text, due, due_text, rag, percent) VALUES (%u, '%s', "
			    "'%s', %s, %s, %s, %s, %s);", sql, i, day(), statuses[pick(8)],
			    q(1), pick(2) ? "NULL" : "'2025-05-31'", pick(2) ? "NULL" :
			    "'May 2025'", rags[pick(5)], pick(2) ? "NULL" :
			    xprintf("%u", pick(101))), nupd++;
		if (pick(2))
			sql = xprintf("%s INSERT INTO revisions(recommendation_id, date, "
			    "old_text, old_date, new_text, new_date, reason) VALUES (%u, "
			    "'%s', 'March 2025', '2025-03-31', 'Ongoing', NULL, %s);", sql,
			    i, day(), q(0));
	}
	for (i = 1; i <= nact; i++) {
		if (pick(2))
			sql = xprintf("%s INSERT INTO updates(action_id, date, status, "
			    "text, rag, percent) VALUES (%u, '%s', '%s', %s, %s, %s);", sql,
			    i, day(), statuses[pick(8)], q(1), rags[pick(5)],
			    pick(2) ? "NULL" : "100"), nupd++;
		if (pick(3) == 0)
			sql = xprintf("%s INSERT INTO revisions(action_id, date, old_text, "
			    "old_date, new_text, new_date, reason) VALUES (%u, '%s', NULL, "
			    "NULL, 'Q4 24/25', '2025-03-31', %s);", sql, i, day(), q(0));
	}
	/* Reports: some responses and updates reported at a meeting. */
	for (i = 1; i <= nresp; i++)
		if (pick(2))
			sql = xprintf("%s INSERT INTO reports(meeting_id, response_id) "
			    "VALUES (%u, %u);", sql, 1 + pick(nmeet), i);
	for (i = 1; i <= nupd; i++)
		if (pick(3) == 0)
			sql = xprintf("%s INSERT INTO reports(meeting_id, update_id) "
			    "VALUES (%u, %u);", sql, 1 + pick(nmeet), i);
	sql = xprintf("%s INSERT INTO vocabulary(kind, word, means, label) VALUES "
	    "('status', 'Progress Made %u', 'in-progress', 1), "
	    "('decision', 'Agreed in part %u', 'partially-accepted', 0);", sql,
	    seed, seed);
	/* A deleted row: ids are not dense. */
	sql = xprintf("%s DELETE FROM leads WHERE id = 1; COMMIT;", sql);
	file_write(xprintf("%s.sql", db), sql, strlen(sql));
	db_exec(db, sql);
}

/* The export's files that must come back byte for byte. */
static const char *const restored_files[] = {
	"committees.csv", "meetings.csv", "items.csv", "recommendations.csv",
	"responses.csv", "updates.csv", "actions.csv", "leads.csv",
	"revisions.csv", "vocabulary.csv", "reports.csv", "flat.csv",
	"recommendation_state.csv", "action_state.csv", "SHA256SUMS", NULL
};

/* manifest.json without its snapshot time. */
static const char *
manifest_sans_time(const char *dir)
{
	size_t n;
	char *m = file_read(xprintf("%s/manifest.json", dir), &n), *p, *nl;

	ck_assert_ptr_nonnull(m);
	p = strstr(m, "\"snapshot\": ");
	ck_assert_ptr_nonnull(p);
	nl = strchr(p, '\n');
	return xprintf("%.*s%s", (int)(p - m), m, nl);
}

/* export --dir, import --dir into an empty database, export --dir. */
START_TEST(test_restore_roundtrip)
{
	static const char *const tables[] = {"committees", "meetings", "items",
	    "recommendations", "actions", "leads", "responses", "updates",
	    "reports", "revisions", "vocabulary", NULL};
	static const unsigned seeds[] = {1, 2, 3, 42, 2024, 77777};
	struct run r = RUN_INIT;
	size_t s, i;

	for (s = 0; s < sizeof seeds / sizeof seeds[0]; s++) {
		char *db = rt_path(xprintf("gen%u.db", seeds[s]));
		char *copy = rt_path(xprintf("copy%u.db", seeds[s]));
		char *e1 = rt_path(xprintf("e1-%u", seeds[s]));
		char *e2 = rt_path(xprintf("e2-%u", seeds[s]));

		RUN_OK(&r, db, NULL, "init");
		generate(db, seeds[s]);
		RUN_OK(&r, db, NULL, "check");
		RUN_OK(&r, db, NULL, "export", "--dir", e1, "--as-of", "2025-03-01");
		RUN_OK(&r, copy, NULL, "init");
		RUN_OK(&r, copy, NULL, "import", "--dir", e1);
		ck_assert_msg(starts(r.out, "restored "), "seed %u: %s", seeds[s],
		    r.out);
		RUN_OK(&r, copy, NULL, "check");
		RUN_OK(&r, copy, NULL, "export", "--dir", e2, "--as-of",
		    "2025-03-01");
		for (i = 0; restored_files[i] != NULL; i++) {
			size_t n1, n2;
			char *a = file_read(xprintf("%s/%s", e1, restored_files[i]), &n1);
			char *b = file_read(xprintf("%s/%s", e2, restored_files[i]), &n2);

			ck_assert_msg(a != NULL && b != NULL && n1 == n2 &&
			    memcmp(a, b, n1) == 0, "seed %u: %s differs", seeds[s],
			    restored_files[i]);
		}
		ck_assert_str_eq(manifest_sans_time(e1), manifest_sans_time(e2));
		/* The stored rows themselves, ids and keys included. */
		for (i = 0; tables[i] != NULL; i++) {
			const char *sql = xprintf("SELECT * FROM %s ORDER BY id",
			    tables[i]);

			ck_assert_msg(strcmp(db_query(db, sql), db_query(copy, sql)) == 0,
			    "seed %u: table %s differs", seeds[s], tables[i]);
		}
		ck_assert_str_eq(db_query(db, "SELECT count(*) > 0 FROM revisions"),
		    "1\n");
	}
}
END_TEST

/*
 * A bulk load sets the insert triggers aside and does their work once per
 * table at the end (sql/import/bulk.sql).  What it writes must be exactly
 * what the triggers write: restore an export, then insert the same rows
 * into a third database with the sqlite3 library, through the triggers,
 * and compare the history (all but its times), the search index, the
 * sort keys and the kept state.  And every insert trigger the schema has must be one the
 * bulk load knows, or a new one would be silently skipped.
 */
START_TEST(test_restore_same_as_triggers)
{
	static const char *const tables[] = {"committees", "meetings", "items",
	    "recommendations", "actions", "leads", "responses", "updates",
	    "reports", "revisions", "vocabulary", NULL};
	const char *hist = "SELECT tbl, row_id, op, old, new, user FROM history "
	    "ORDER BY tbl, row_id, id";
	const char *index = "SELECT rowid, kind, recommendation_id, body "
	    "FROM search_index ORDER BY rowid";
	static const char *const kept[] = {
	    "SELECT * FROM kept_recommendations ORDER BY id",
	    "SELECT * FROM kept_rollups ORDER BY id",
	    "SELECT * FROM kept_actions ORDER BY id", NULL};
	const char *keys = "SELECT 'r', id, number_key FROM recommendations "
	    "UNION ALL SELECT 'a', id, number_key FROM actions ORDER BY 1, 2";
	struct run r = RUN_INIT;
	char *db = rt_path("same.db"), *copy = rt_path("same-copy.db");
	char *trig = rt_path("same-trig.db"), *e = rt_path("same-export");
	char *names, *name, *save = NULL, *bulk;
	size_t n;
	int i;

	RUN_OK(&r, db, NULL, "init");
	generate(db, 7);
	RUN_OK(&r, db, NULL, "export", "--dir", e);
	RUN_OK(&r, copy, NULL, "init");
	RUN_OK(&r, copy, NULL, "import", "--dir", e);
	RUN_OK(&r, trig, NULL, "init");
	/* The same user in both histories: the restore's. */
	db_exec(trig, xprintf("ATTACH '%s' AS c; INSERT INTO actor(id, user) "
	    "SELECT 1, user FROM c.history LIMIT 1", copy));
	for (i = 0; tables[i] != NULL; i++)
		db_exec(trig, xprintf("ATTACH '%s' AS c; INSERT INTO main.%s "
		    "SELECT * FROM c.%s ORDER BY id", copy, tables[i], tables[i]));
	db_exec(trig, "DELETE FROM actor");
	ck_assert_str_eq(db_query(copy, "SELECT count(*) > 100 FROM history"),
	    "1\n");
	ck_assert_msg(strcmp(db_query(copy, hist), db_query(trig, hist)) == 0,
	    "the restore's history differs from the triggers'");
	ck_assert_msg(strcmp(db_query(copy, index), db_query(trig, index)) == 0,
	    "the restore's search index differs from the triggers'");
	ck_assert_str_eq(db_query(copy, keys), db_query(trig, keys));
	for (i = 0; kept[i] != NULL; i++)
		ck_assert_msg(strcmp(db_query(copy, kept[i]), db_query(trig,
		    kept[i])) == 0, "the restore's %s differs from the triggers'",
		    kept[i]);
	/* Every AFTER INSERT trigger is one that bulk.sql sets aside. */
	bulk = file_read(RT_SOURCE_DIR "/sql/import/bulk.sql", &n);
	ck_assert_ptr_nonnull(bulk);
	names = db_query(copy, "SELECT name FROM sqlite_schema WHERE type = "
	    "'trigger' AND sql LIKE '%AFTER INSERT ON%' ORDER BY name");
	for (i = 0, name = strtok_r(names, "\n", &save); name != NULL;
	    name = strtok_r(NULL, "\n", &save), i++)
		ck_assert_msg(strstr(bulk, xprintf("DROP TRIGGER IF EXISTS main.%s;",
		    name)) != NULL, "sql/import/bulk.sql does not set aside %s",
		    name);
	ck_assert_int_ge(i, 24);
}
END_TEST

/* import --dir refuses what it cannot restore whole, and changes nothing. */
START_TEST(test_restore_refused)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *copy = rt_path("copy.db"), *e = rt_path("e");
	char *x = rt_path("x"), *before, *p;
	size_t n;

	RUN_OK(&r, db, NULL, "export", "--dir", e, "--as-of", "2025-03-01");
	RUN_OK(&r, db, NULL, "export", "--dir", x, "--excel", "--as-of",
	    "2025-03-01");
	RUN_OK(&r, copy, NULL, "init");
	before = db_fingerprint(copy);

	/* Not empty. */
	RUN_FAIL(&r, db, NULL, 3, "the database already holds 9 rows: restore "
	    "into an empty one", "import", "--dir", e);
	/* Not an export. */
	RUN_FAIL(&r, copy, NULL, 3, "manifest.json", "import", "--dir",
	    rt_path("nowhere"));
	RUN_FAIL(&r, copy, NULL, 3, "--excel", "import", "--dir", x);
	RUN_FAIL(&r, copy, NULL, 2, "--dir", "import", "--dir", e, "flat.csv");
	RUN_FAIL(&r, copy, NULL, 2, "FILE.csv", "import");
	/* A file changed since the export. */
	p = file_read(xprintf("%s/responses.csv", e), &n);
	file_write(xprintf("%s/responses.csv", e), p, n - 3);
	RUN_FAIL(&r, copy, NULL, 3, "responses.csv does not match its SHA-256",
	    "import", "--dir", e);
	file_write(xprintf("%s/responses.csv", e), p, n);
	/* SHA256SUMS that disagrees. */
	p = file_read(xprintf("%s/SHA256SUMS", e), &n);
	file_write(xprintf("%s/SHA256SUMS", e), "0", 1);
	RUN_FAIL(&r, copy, NULL, 3, "SHA256SUMS does not give committees.csv",
	    "import", "--dir", e);
	file_write(xprintf("%s/SHA256SUMS", e), p, n);
	ck_assert_str_eq(db_fingerprint(copy), before);
	/* And whole again, it restores. */
	RUN_OK(&r, copy, NULL, "import", "--dir", e);
	ck_assert_str_eq(r.out, "restored 9 rows: committees 1, meetings 1, "
	    "items 1, recommendations 2, actions 0, leads 3, responses 1, "
	    "updates 0, reports 0, revisions 0, vocabulary 0\n");
}
END_TEST

Suite *
cli_structure_suite(void)
{
	Suite *s = suite_create("cli_structure");
	TCase *tc = rt_tcase("structure");

	tcase_add_test(tc, test_target_revisions);
	tcase_add_test(tc, test_overdue_past_target);
	tcase_add_test(tc, test_actions_numbered);
	tcase_add_test(tc, test_undatable_target);
	tcase_add_test(tc, test_revision_refused);
	tcase_add_test(tc, test_delete_parent);
	tcase_add_test(tc, test_rollup);
	tcase_add_test(tc, test_restore_roundtrip);
	tcase_add_test(tc, test_restore_same_as_triggers);
	tcase_add_test(tc, test_restore_refused);
	suite_add_tcase(s, tc);
	return s;
}
