/*
 * check_record.c - the happy path: what a scrutiny officer does after each
 * meeting, command by command, with the exit status, the exact output
 * where it is small and stable, an empty standard error, and the rows the
 * database holds afterwards (read back with SQLite, not with rectrack).
 *
 * Listings always pass --as-of, so that no test depends on today's date.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>

#include "harness.h"

#define REC_HDR "id,committee,meeting_date,item,number,recommendation,leads," \
	"decision,response_date,state,last_update_date,last_update,update_due\r\n"
#define ACT_HDR "id,committee,meeting_date,item,recommendation_id,action," \
	"leads,due_text,due_date,status,last_update_date,last_update\r\n"

/* The rows of setup_db() as rec list --format csv --as-of 2025-03-01. */
#define REC1_PENDING "1,pcs-osc,2024-11-15,Budget monitoring,1," \
	"Publish the quarterly budget monitoring report.," \
	"Vic Kurzeja; Michael Smedley,accepted,2025-01-10,update-pending,,,\r\n"
#define REC2_AWAITING "2,pcs-osc,2024-11-15,Budget monitoring,2," \
	"Review the capital programme.,Lorna Baxter,,,awaiting-response,,,\r\n"

#define AS_OF "--as-of", "2025-03-01"

/* A fresh database with the one committee and nothing else. */
static char *
bare_db(void)
{
	struct run r = RUN_INIT;
	char *db = rt_path("bare.db");

	RUN_OK(&r, db, NULL, "init");
	RUN_OK(&r, db, NULL, "committee", "add", "pcs-osc",
	    "Performance & Corporate Services OSC");
	return db;
}

START_TEST(test_init_new_and_again)
{
	struct run r = RUN_INIT;
	char *db = rt_path("new.db"), *before;

	RUN_OK(&r, db, NULL, "init");
	ck_assert_str_eq(r.out, xprintf("init: created '%s' to schema version 3 "
	    "(3 migrations applied)\n", db));
	ck_assert_str_eq(db_query(db, "PRAGMA application_id"), "1381257803\n");
	ck_assert_str_eq(db_query(db, "PRAGMA user_version"), "3\n");
	ck_assert_str_eq(db_query(db, "PRAGMA journal_mode"), "wal\n");
	ck_assert_str_eq(db_query(db, "SELECT version, name FROM "
	    "schema_migrations"), "1|0001_schema.sql\n2|0002_any_tracker.sql\n"
	    "3|0003_kept_state.sql\n");
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM sqlite_schema "
	    "WHERE type = 'table' AND name IN ('actions', 'actor', 'committees', "
	    "'history', 'items', 'leads', 'meetings', 'recommendations', "
	    "'responses', 'schema_migrations', 'updates')"), "11\n");

	/* Again: harmless, and it says so. */
	before = db_fingerprint(db);
	ck_assert_ptr_nonnull(before);
	RUN_OK(&r, db, NULL, "init");
	ck_assert_str_eq(r.out, xprintf("init: '%s' is at schema version 3, "
	    "nothing to do\n", db));
	ck_assert_str_eq(db_fingerprint(db), before);

	/* --quiet silences the report. */
	RUN_OK(&r, rt_path("quiet.db"), NULL, "--quiet", "init");
	ck_assert_str_eq(r.out, "");
	ck_assert_str_eq(db_query(rt_path("quiet.db"), "PRAGMA user_version"),
	    "3\n");
}
END_TEST

START_TEST(test_committee_add_list)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	RUN_OK(&r, db, NULL, "committee", "add", "audit",
	    "Audit & Governance Committee", "--kind", "Audit", "--chair",
	    "Cllr Jane Doe", "--officer", "John Smith, Scrutiny Officer");
	ck_assert_str_eq(r.out, "");
	ck_assert_str_eq(db_query(db, "SELECT id, slug, name, kind, chair, "
	    "officer FROM committees ORDER BY id"),
	    "1|pcs-osc|Performance & Corporate Services OSC|scrutiny|NULL|NULL\n"
	    "2|audit|Audit & Governance Committee|audit|Cllr Jane Doe|"
	    "John Smith, Scrutiny Officer\n");

	RUN_OK(&r, db, NULL, "committee", "list", "--format", "csv", AS_OF);
	ck_assert_str_eq(r.out,
	    "slug,name,kind,chair,officer,addressee,response_period,meetings,"
	    "recommendations\r\n"
	    "audit,Audit & Governance Committee,audit,Cllr Jane Doe,"
	    "\"John Smith, Scrutiny Officer\",Cabinet,open,0,0\r\n"
	    "pcs-osc,Performance & Corporate Services OSC,scrutiny,,,Cabinet,"
	    "2 months,1,2\r\n");

	RUN_OK(&r, db, NULL, "committee", "list", "--format", "json", AS_OF);
	ck_assert_str_eq(r.out,
	    "[\n"
	    "{\"slug\":\"audit\",\"name\":\"Audit & Governance Committee\","
	    "\"kind\":\"audit\",\"chair\":\"Cllr Jane Doe\","
	    "\"officer\":\"John Smith, Scrutiny Officer\","
	    "\"addressee\":\"Cabinet\",\"response_period\":\"open\","
	    "\"meetings\":0,\"recommendations\":0},\n"
	    "{\"slug\":\"pcs-osc\",\"name\":\"Performance & Corporate Services "
	    "OSC\",\"kind\":\"scrutiny\",\"chair\":null,\"officer\":null,"
	    "\"addressee\":\"Cabinet\",\"response_period\":\"2 months\","
	    "\"meetings\":1,\"recommendations\":2}\n"
	    "]\n");

	/* Before the first meeting there is nothing to count. */
	RUN_OK(&r, db, NULL, "committee", "list", "--format", "csv", "--as-of",
	    "2024-11-14");
	ck_assert(has(r.out, "pcs-osc,Performance & Corporate Services OSC,"
	    "scrutiny,,,Cabinet,2 months,0,0\r\n"));

	/*
	 * The count is of the rows recommendation_state has for the committee
	 * (sql/cmd/committee_list.sql counts them through the indexes): the
	 * database's own view answers as of today, as does the list without
	 * --as-of.
	 */
	RUN_OK(&r, db, NULL, "committee", "list", "--format", "csv");
	ck_assert(has(r.out, xprintf("pcs-osc,Performance & Corporate Services "
	    "OSC,scrutiny,,,Cabinet,2 months,1,%s\r\n", strtok(db_query(db, "SELECT count(*) FROM "
	    "recommendation_state WHERE committee = 'pcs-osc'"), "\n"))));
}
END_TEST

START_TEST(test_meeting_add_list)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	/* Every accepted date form lands as ISO. */
	RUN_OK(&r, db, NULL, "meeting", "add", "pcs-osc", "17 December 2024",
	    "--title", "Budget scrutiny");
	ck_assert_str_eq(r.out, "");
	RUN_OK(&r, db, NULL, "meeting", "add", "pcs-osc", "21/01/2025");
	RUN_OK(&r, db, NULL, "meeting", "add", "pcs-osc", "15-Apr-25");
	ck_assert_str_eq(db_query(db, "SELECT id, committee_id, date, title "
	    "FROM meetings ORDER BY id"),
	    "1|1|2024-11-15|NULL\n"
	    "2|1|2024-12-17|Budget scrutiny\n"
	    "3|1|2025-01-21|NULL\n"
	    "4|1|2025-04-15|NULL\n");

	/* Future meetings are listed too when no --as-of is given. */
	RUN_OK(&r, db, NULL, "meeting", "list", "--format", "csv");
	ck_assert_str_eq(r.out,
	    "committee,date,title,items,recommendations\r\n"
	    "pcs-osc,2024-11-15,,1,2\r\n"
	    "pcs-osc,2024-12-17,Budget scrutiny,0,0\r\n"
	    "pcs-osc,2025-01-21,,0,0\r\n"
	    "pcs-osc,2025-04-15,,0,0\r\n");
	RUN_OK(&r, db, NULL, "meeting", "list", "--committee", "pcs-osc",
	    "--format", "json");
	ck_assert(has(r.out, "{\"committee\":\"pcs-osc\",\"date\":\"2024-12-17\","
	    "\"title\":\"Budget scrutiny\",\"items\":0,\"recommendations\":0}"));

	/* A recommendation recorded for an existing meeting reuses it. */
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc", "--meeting",
	    "2024-12-17", "--item", "Capital programme", "--number", "1",
	    "--text", "Publish the capital programme.");
	ck_assert_str_eq(r.out, "3\n");
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM meetings"), "4\n");
	ck_assert_str_eq(db_query(db, "SELECT title FROM meetings WHERE id = 2"),
	    "Budget scrutiny\n");
}
END_TEST

/* meeting list --help: "--as-of DATE lists those up to DATE". */
START_TEST(test_meeting_list_as_of)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	RUN_OK(&r, db, NULL, "meeting", "add", "pcs-osc", "2025-04-15");
	RUN_OK(&r, db, NULL, "meeting", "list", "--format", "csv", AS_OF);
	ck_assert_str_eq(r.out,
	    "committee,date,title,items,recommendations\r\n"
	    "pcs-osc,2024-11-15,,1,2\r\n");
}
END_TEST

START_TEST(test_rec_add_id_meeting_item)
{
	struct run r = RUN_INIT;
	char *db = bare_db();

	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM meetings"), "0\n");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc", "--meeting",
	    "15/11/2024", "--item", "Budget monitoring", "--number", "1",
	    "--text", "Publish the report.", "--title", "Reporting");
	ck_assert_str_eq(r.out, "1\n");
	ck_assert_str_eq(db_query(db, "SELECT m.id, m.date, m.title, i.id, "
	    "i.title, i.agenda_number FROM meetings m JOIN items i "
	    "ON i.meeting_id = m.id"),
	    "1|2024-11-15|NULL|1|Budget monitoring|NULL\n");
	ck_assert_str_eq(db_query(db, "SELECT id, item_id, number, title, text, "
	    "response_due, update_due FROM recommendations"),
	    "1|1|1|Reporting|Publish the report.|2025-01-15|NULL\n");

	/* Same meeting, same item: reused; a new item: created. */
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc", "--meeting",
	    "2024-11-15", "--item", "Budget monitoring", "--number", "2",
	    "--text", "Second.");
	ck_assert_str_eq(r.out, "2\n");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc", "--meeting",
	    "2024-11-15", "--item", "Workforce", "--number", "1",
	    "--text", "Third.", "--update-due", "June 2025");
	ck_assert_str_eq(r.out, "3\n");
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM meetings"), "1\n");
	ck_assert_str_eq(db_query(db, "SELECT id, title FROM items ORDER BY id"),
	    "1|Budget monitoring\n2|Workforce\n");
	ck_assert_str_eq(db_query(db, "SELECT id, item_id, number, update_due "
	    "FROM recommendations ORDER BY id"),
	    "1|1|1|NULL\n2|1|2|NULL\n3|2|1|2025-06-30\n");
	/* No leads at all is allowed. */
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM leads"), "0\n");
}
END_TEST

START_TEST(test_rec_add_leads)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc", "--meeting",
	    "2024-11-15", "--item", "Workforce", "--number", "3a", "--text",
	    "Report sickness absence by directorate.", "--lead",
	    "Vic Kurzeja; Michael Smedley", "--lead", "Lorna Baxter", "--lead",
	    " Zed Ames ;");
	ck_assert_str_eq(r.out, "3\n");
	ck_assert_str_eq(db_query(db, "SELECT position, name FROM leads "
	    "WHERE recommendation_id = 3 ORDER BY position"),
	    "1|Vic Kurzeja\n2|Michael Smedley\n3|Lorna Baxter\n4|Zed Ames\n");
	/* setup_db()'s split as well. */
	ck_assert_str_eq(db_query(db, "SELECT position, name FROM leads "
	    "WHERE recommendation_id = 1 ORDER BY position"),
	    "1|Vic Kurzeja\n2|Michael Smedley\n");
	RUN_OK(&r, db, NULL, "rec", "list", "--format", "csv", AS_OF, "--lead",
	    "Zed Ames");
	ck_assert_str_eq(r.out, REC_HDR
	    "3,pcs-osc,2024-11-15,Workforce,3a,"
	    "Report sickness absence by directorate.,"
	    "Vic Kurzeja; Michael Smedley; Lorna Baxter; Zed Ames,,,"
	    "awaiting-response,,,\r\n");
}
END_TEST

START_TEST(test_response_due_default)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	/* setup_db(): 2024-11-15 + 2 months. */
	ck_assert_str_eq(db_query(db, "SELECT response_due FROM recommendations "
	    "WHERE id = 1"), "2025-01-15\n");
	/* Clamped to the month's last day, leap years included. */
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc", "--meeting",
	    "2024-12-31", "--item", "Year end", "--number", "1", "--text", "A.");
	ck_assert_str_eq(r.out, "3\n");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc", "--meeting",
	    "31 December 2023", "--item", "Year end", "--number", "1", "--text",
	    "B.");
	ck_assert_str_eq(r.out, "4\n");
	ck_assert_str_eq(db_query(db, "SELECT id, response_due FROM "
	    "recommendations WHERE id > 2 ORDER BY id"),
	    "3|2025-02-28\n4|2024-02-29\n");
}
END_TEST

START_TEST(test_text_stdin_and_file)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *file = rt_path("text.txt");
	const char *text = "First line, with \"quotes\" and 'apostrophes'.\n"
	    "Second line\twith a tab; caf\xc3\xa9.";

	RUN_OK(&r, db, text, "rec", "add", "--committee", "pcs-osc",
	    "--meeting", "2024-11-15", "--item", "Budget monitoring", "--number",
	    "3", "--text", "-");
	ck_assert_str_eq(r.out, "3\n");
	ck_assert_str_eq(db_query(db, "SELECT text FROM recommendations "
	    "WHERE id = 3"), xprintf("%s\n", text));

	file_write(file, "From a file.\nTwo lines.", strlen("From a file.\n"
	    "Two lines."));
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc",
	    "--meeting", "2024-11-15", "--item", "Budget monitoring", "--number",
	    "4", "--text-file", file);
	ck_assert_str_eq(r.out, "4\n");
	ck_assert_str_eq(db_query(db, "SELECT text FROM recommendations "
	    "WHERE id = 4"), "From a file.\nTwo lines.\n");

	/* The response and the update texts read standard input too. */
	RUN_OK(&r, db, "Agreed, from stdin.", "respond", "2", "--decision",
	    "Agreed", "--date", "2025-01-12", "--text", "-");
	RUN_OK(&r, db, "Under way, from stdin.", "update", "2", "--status",
	    "Ongoing", "--date", "2025-02-12", "--text", "-");
	ck_assert_str_eq(db_query(db, "SELECT decision, text FROM responses "
	    "WHERE recommendation_id = 2"), "accepted|Agreed, from stdin.\n");
	ck_assert_str_eq(db_query(db, "SELECT status, text FROM updates "
	    "WHERE recommendation_id = 2"), "in-progress|Under way, from stdin.\n");
}
END_TEST

START_TEST(test_respond_amend)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	RUN_OK(&r, db, NULL, "respond", "1", "--amend", "--decision",
	    "Agreed in part", "--date", "3 February 2025", "--text",
	    "Quarterly, but not monthly.");
	ck_assert_str_eq(r.out, "2\n");
	ck_assert_str_eq(db_query(db, "SELECT id, recommendation_id, date, "
	    "decision, text FROM responses ORDER BY id"),
	    "1|1|2025-01-10|accepted|Agreed; first report in March.\n"
	    "2|1|2025-02-03|partially-accepted|Quarterly, but not monthly.\n");
	ck_assert_str_eq(db_query(db, "SELECT op, row_id, "
	    "json_extract(new, '$.decision') FROM history "
	    "WHERE tbl = 'responses' ORDER BY id"),
	    "insert|1|accepted\ninsert|2|partially-accepted\n");

	/* Before the amendment the old decision stands. */
	RUN_OK(&r, db, NULL, "rec", "list", "--format", "csv", "--as-of",
	    "2025-01-20");
	ck_assert_str_eq(r.out, REC_HDR REC1_PENDING REC2_AWAITING);
	RUN_OK(&r, db, NULL, "rec", "list", "--format", "csv", AS_OF);
	ck_assert_str_eq(r.out, REC_HDR
	    "1,pcs-osc,2024-11-15,Budget monitoring,1,"
	    "Publish the quarterly budget monitoring report.,"
	    "Vic Kurzeja; Michael Smedley,partially-accepted,2025-02-03,"
	    "update-pending,,,\r\n" REC2_AWAITING);
	/* And before the first response there was none. */
	RUN_OK(&r, db, NULL, "rec", "list", "--format", "csv", "--as-of",
	    "2025-01-09");
	ck_assert(has(r.out, "Vic Kurzeja; Michael Smedley,,,awaiting-response"));

	RUN_OK(&r, db, NULL, "rec", "show", "1", AS_OF);
	ck_assert(has(r.out, "  2025-01-10  accepted  (superseded)\n"));
	ck_assert(has(r.out, "  2025-02-03  partially-accepted\n"));
}
END_TEST

START_TEST(test_update_due)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	RUN_OK(&r, db, NULL, "update", "1", "--status", "in-progress", "--date",
	    "2025-02-01", "--text", "Draft report written.", "--due",
	    "March 2025");
	ck_assert_str_eq(r.out, "1\n");
	ck_assert_str_eq(db_query(db, "SELECT id, recommendation_id, action_id, "
	    "date, status, text, due FROM updates"),
	    "1|1|NULL|2025-02-01|in-progress|Draft report written.|2025-03-31\n");
	RUN_OK(&r, db, NULL, "rec", "list", "--format", "csv", AS_OF);
	ck_assert_str_eq(r.out, REC_HDR
	    "1,pcs-osc,2024-11-15,Budget monitoring,1,"
	    "Publish the quarterly budget monitoring report.,"
	    "Vic Kurzeja; Michael Smedley,accepted,2025-01-10,in-progress,"
	    "2025-02-01,Draft report written.,2025-03-31\r\n" REC2_AWAITING);
	/* Before the update, no update is due. */
	RUN_OK(&r, db, NULL, "rec", "list", "--format", "csv", "--as-of",
	    "2025-01-31");
	ck_assert_str_eq(r.out, REC_HDR REC1_PENDING REC2_AWAITING);
	/* A later update without --due keeps the date that was set. */
	RUN_OK(&r, db, NULL, "update", "1", "--status", "delayed", "--date",
	    "2025-02-20");
	RUN_OK(&r, db, NULL, "rec", "list", "--format", "csv", AS_OF);
	ck_assert(has(r.out, "Vic Kurzeja; Michael Smedley,accepted,2025-01-10,"
	    "delayed,2025-02-20,,2025-03-31\r\n"));
}
END_TEST

START_TEST(test_states)
{
	struct run r = RUN_INIT;
	char *db = setup_db();
	static const char *const recs[][2] = {
		{"1", "Accept with no update."},
		{"2", "Accept and complete."},
		{"3", "Reject."},
		{"4", "Note."},
		{"5", "Partially accept, update in item."},
		{"6", "Accept, delayed."},
	};
	size_t i;

	for (i = 0; i < sizeof recs / sizeof recs[0]; i++) {
		RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc",
		    "--meeting", "2024-12-10", "--item", "Capital programme",
		    "--number", recs[i][0], "--text", recs[i][1]);
		ck_assert_str_eq(r.out, xprintf("%zu\n", i + 3));
	}
	/* rec 1: accepted, in progress; rec 2 stays awaiting a response. */
	RUN_OK(&r, db, NULL, "update", "1", "--status", "in-progress", "--date",
	    "2025-02-01");
	RUN_OK(&r, db, NULL, "respond", "3", "--decision", "accepted", "--date",
	    "2025-01-10");
	RUN_OK(&r, db, NULL, "respond", "4", "--decision", "accepted", "--date",
	    "2025-01-10");
	RUN_OK(&r, db, NULL, "update", "4", "--status", "Completed", "--date",
	    "2025-02-10", "--text", "Done.");
	RUN_OK(&r, db, NULL, "respond", "5", "--decision", "Not accepted",
	    "--date", "2025-01-10");
	RUN_OK(&r, db, NULL, "respond", "6", "--decision", "noted", "--date",
	    "2025-01-10");
	RUN_OK(&r, db, NULL, "respond", "7", "--decision", "partially-accepted",
	    "--date", "2025-01-10");
	RUN_OK(&r, db, NULL, "update", "7", "--status", "Update in Item",
	    "--date", "2025-02-10");
	RUN_OK(&r, db, NULL, "respond", "8", "--decision", "accepted", "--date",
	    "2025-01-10");
	RUN_OK(&r, db, NULL, "update", "8", "--status", "in-progress", "--date",
	    "2025-01-20");
	RUN_OK(&r, db, NULL, "update", "8", "--status", "delayed", "--date",
	    "2025-02-10", "--text", "Supplier late.");

	RUN_OK(&r, db, NULL, "rec", "list", "--format", "csv", AS_OF);
	ck_assert_str_eq(r.out, REC_HDR
	    "1,pcs-osc,2024-11-15,Budget monitoring,1,"
	    "Publish the quarterly budget monitoring report.,"
	    "Vic Kurzeja; Michael Smedley,accepted,2025-01-10,in-progress,"
	    "2025-02-01,,\r\n"
	    REC2_AWAITING
	    "3,pcs-osc,2024-12-10,Capital programme,1,Accept with no update.,,"
	    "accepted,2025-01-10,update-pending,,,\r\n"
	    "4,pcs-osc,2024-12-10,Capital programme,2,Accept and complete.,,"
	    "accepted,2025-01-10,complete,2025-02-10,Done.,\r\n"
	    "5,pcs-osc,2024-12-10,Capital programme,3,Reject.,,"
	    "rejected,2025-01-10,rejected,,,\r\n"
	    "6,pcs-osc,2024-12-10,Capital programme,4,Note.,,"
	    "noted,2025-01-10,noted,,,\r\n"
	    "7,pcs-osc,2024-12-10,Capital programme,5,"
	    "\"Partially accept, update in item.\",,partially-accepted,"
	    "2025-01-10,update-in-item,2025-02-10,,\r\n"
	    "8,pcs-osc,2024-12-10,Capital programme,6,\"Accept, delayed.\",,"
	    "accepted,2025-01-10,delayed,2025-02-10,Supplier late.,\r\n");
}
END_TEST

START_TEST(test_as_of_before_meeting)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	RUN_OK(&r, db, NULL, "rec", "list", "--format", "csv", "--as-of",
	    "2024-11-14");
	ck_assert_str_eq(r.out, REC_HDR);
	RUN_OK(&r, db, NULL, "rec", "list", "--format", "json", "--as-of",
	    "14/11/2024");
	ck_assert_str_eq(r.out, "[]\n");
	RUN_OK(&r, db, NULL, "rec", "list", "--format", "csv", "--as-of",
	    "2024-11-15");
	ck_assert_str_eq(r.out, REC_HDR
	    "1,pcs-osc,2024-11-15,Budget monitoring,1,"
	    "Publish the quarterly budget monitoring report.,"
	    "Vic Kurzeja; Michael Smedley,,,awaiting-response,,,\r\n"
	    REC2_AWAITING);
	RUN_OK(&r, db, NULL, "rec", "show", "1", "--as-of", "2024-11-14");
	ck_assert_str_eq(r.out, "Recommendation 1: not yet made on 2024-11-14\n");
}
END_TEST

START_TEST(test_rec_list_formats_filters)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	RUN_OK(&r, db, NULL, "rec", "list", "--format", "json", AS_OF);
	ck_assert_str_eq(r.out,
	    "[\n"
	    "{\"id\":1,\"committee\":\"pcs-osc\",\"meeting_date\":\"2024-11-15\","
	    "\"item\":\"Budget monitoring\",\"number\":\"1\","
	    "\"recommendation\":\"Publish the quarterly budget monitoring "
	    "report.\",\"leads\":\"Vic Kurzeja; Michael Smedley\","
	    "\"decision\":\"accepted\",\"response_date\":\"2025-01-10\","
	    "\"state\":\"update-pending\",\"last_update_date\":null,"
	    "\"last_update\":null,\"update_due\":null},\n"
	    "{\"id\":2,\"committee\":\"pcs-osc\",\"meeting_date\":\"2024-11-15\","
	    "\"item\":\"Budget monitoring\",\"number\":\"2\","
	    "\"recommendation\":\"Review the capital programme.\","
	    "\"leads\":\"Lorna Baxter\",\"decision\":null,"
	    "\"response_date\":null,\"state\":\"awaiting-response\","
	    "\"last_update_date\":null,\"last_update\":null,"
	    "\"update_due\":null}\n"
	    "]\n");
	RUN_OK(&r, db, NULL, "rec", "list", "--format", "csv", AS_OF,
	    "--committee", "pcs-osc", "--lead", "Lorna Baxter");
	ck_assert_str_eq(r.out, REC_HDR REC2_AWAITING);
	RUN_OK(&r, db, NULL, "rec", "list", "--format", "csv", AS_OF,
	    "--since", "2024-11-16");
	ck_assert_str_eq(r.out, REC_HDR);
	RUN_OK(&r, db, NULL, "rec", "list", "--format", "csv", AS_OF,
	    "--until", "15-Nov-24");
	ck_assert_str_eq(r.out, REC_HDR REC1_PENDING REC2_AWAITING);
	RUN_OK(&r, db, NULL, "rec", "list", "--format", "tsv", AS_OF);
	ck_assert_str_eq(r.out,
	    "id\tcommittee\tmeeting_date\titem\tnumber\trecommendation\tleads\t"
	    "decision\tresponse_date\tstate\tlast_update_date\tlast_update\t"
	    "update_due\n"
	    "1\tpcs-osc\t2024-11-15\tBudget monitoring\t1\t"
	    "Publish the quarterly budget monitoring report.\t"
	    "Vic Kurzeja; Michael Smedley\taccepted\t2025-01-10\tupdate-pending"
	    "\t\t\t\n"
	    "2\tpcs-osc\t2024-11-15\tBudget monitoring\t2\t"
	    "Review the capital programme.\tLorna Baxter\t\t\tawaiting-response"
	    "\t\t\t\n");
	/* The default format is a table with a header and a rule. */
	RUN_OK(&r, db, NULL, "rec", "list", AS_OF);
	ck_assert_int_eq(nlines(r.out), 4);
	ck_assert(starts(r.out, "id  committee  meeting_date  "));
	ck_assert(has(r.out, "\n--  ---------  ------------  "));
}
END_TEST

START_TEST(test_actions)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	RUN_OK(&r, db, NULL, "action", "add", "--rec", "1", "--text",
	    "Set up the quarterly report template.", "--lead", "Vic Kurzeja",
	    "--due", "Q4 22/23");
	ck_assert_str_eq(r.out, "1\n");
	RUN_OK(&r, db, NULL, "action", "add", "--committee", "pcs-osc",
	    "--meeting", "2024-12-10", "--item", "Action tracker", "--text",
	    "Circulate the risk register to members.", "--lead",
	    "Lorna Baxter; Ian Dyson", "--due", "Ongoing");
	ck_assert_str_eq(r.out, "2\n");
	RUN_OK(&r, db, NULL, "action", "add", "--committee", "pcs-osc",
	    "--meeting", "2024-12-10", "--item", "Action tracker", "--text",
	    "Brief members on the budget.", "--due", "March 2025");
	ck_assert_str_eq(r.out, "3\n");
	/* A due text of no known form is kept as written, with a warning. */
	rt_run(&r, db, NULL, ARGV("action", "add", "--rec", "1", "--text",
	    "Procure the system.", "--due", "when procured"));
	ck_assert_int_eq(r.code, 0);
	ck_assert_str_eq(r.out, "4\n");
	ck_assert_str_eq(r.err, "rectrack: warning: due 'when procured' is kept "
	    "as written; it has no date\n");
	ck_assert_str_eq(db_query(db, "SELECT due_text, coalesce(due_date, '-') "
	    "FROM actions WHERE id = 4"), "when procured|-\n");
	RUN_FAIL(&r, db, NULL, 3, "June has 30 days", "action", "add", "--rec",
	    "1", "--text", "Never.", "--due", "31 June 2025");
	db_exec(db, "DELETE FROM leads WHERE action_id = 4; "
	    "DELETE FROM actions WHERE id = 4");
	/* The meeting and item of an item's action are created. */
	ck_assert_str_eq(db_query(db, "SELECT m.date, i.title FROM items i "
	    "JOIN meetings m ON m.id = i.meeting_id ORDER BY i.id"),
	    "2024-11-15|Budget monitoring\n2024-12-10|Action tracker\n");
	ck_assert_str_eq(db_query(db, "SELECT id, item_id, recommendation_id, "
	    "text, due_text, due_date FROM actions ORDER BY id"),
	    "1|NULL|1|Set up the quarterly report template.|Q4 22/23|2023-03-31\n"
	    "2|2|NULL|Circulate the risk register to members.|Ongoing|NULL\n"
	    "3|2|NULL|Brief members on the budget.|March 2025|2025-03-31\n");
	ck_assert_str_eq(db_query(db, "SELECT action_id, position, name FROM leads "
	    "WHERE action_id IS NOT NULL ORDER BY action_id, position"),
	    "1|1|Vic Kurzeja\n2|1|Lorna Baxter\n2|2|Ian Dyson\n");

	RUN_OK(&r, db, NULL, "action", "update", "1", "--status", "complete",
	    "--date", "2025-02-01", "--text", "Template in use.");
	ck_assert_str_eq(r.out, "1\n");
	RUN_OK(&r, db, NULL, "action", "update", "3", "--status", "in-progress",
	    "--date", "2025-01-15");
	ck_assert_str_eq(db_query(db, "SELECT action_id, recommendation_id, date, "
	    "status, text FROM updates ORDER BY id"),
	    "1|NULL|2025-02-01|complete|Template in use.\n"
	    "3|NULL|2025-01-15|in-progress|NULL\n");

	RUN_OK(&r, db, NULL, "action", "list", "--format", "csv", AS_OF);
	ck_assert_str_eq(r.out, ACT_HDR
	    "1,pcs-osc,2024-11-15,Budget monitoring,1,"
	    "Set up the quarterly report template.,Vic Kurzeja,Q4 22/23,"
	    "2023-03-31,complete,2025-02-01,Template in use.\r\n"
	    "2,pcs-osc,2024-12-10,Action tracker,,"
	    "Circulate the risk register to members.,Lorna Baxter; Ian Dyson,"
	    "Ongoing,,pending,,\r\n"
	    "3,pcs-osc,2024-12-10,Action tracker,,Brief members on the budget.,,"
	    "March 2025,2025-03-31,in-progress,2025-01-15,\r\n");
	RUN_OK(&r, db, NULL, "action", "list", "--format", "csv", AS_OF,
	    "--rec", "1");
	ck_assert_str_eq(r.out, ACT_HDR
	    "1,pcs-osc,2024-11-15,Budget monitoring,1,"
	    "Set up the quarterly report template.,Vic Kurzeja,Q4 22/23,"
	    "2023-03-31,complete,2025-02-01,Template in use.\r\n");
	/* Before the update it was pending; before its meeting it was not. */
	RUN_OK(&r, db, NULL, "action", "list", "--format", "csv", "--as-of",
	    "2024-12-09");
	ck_assert_str_eq(r.out, ACT_HDR
	    "1,pcs-osc,2024-11-15,Budget monitoring,1,"
	    "Set up the quarterly report template.,Vic Kurzeja,Q4 22/23,"
	    "2023-03-31,pending,,\r\n");
}
END_TEST

START_TEST(test_rec_edit)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	RUN_OK(&r, db, NULL, "rec", "edit", "2", "--text",
	    "Review the capital programme by June.", "--number", "2a",
	    "--lead", "Ian Dyson", "--lead", "Lorna Baxter");
	ck_assert_str_eq(r.out, "");
	ck_assert_str_eq(db_query(db, "SELECT number, text FROM recommendations "
	    "WHERE id = 2"), "2a|Review the capital programme by June.\n");
	ck_assert_str_eq(db_query(db, "SELECT position, name FROM leads "
	    "WHERE recommendation_id = 2 ORDER BY position"),
	    "1|Ian Dyson\n2|Lorna Baxter\n");
	/* The other recommendation is untouched. */
	ck_assert_str_eq(db_query(db, "SELECT number, text FROM recommendations "
	    "WHERE id = 1"), "1|Publish the quarterly budget monitoring report.\n");

	/* The history keeps the old values. */
	ck_assert_str_eq(db_query(db, "SELECT row_id, "
	    "json_extract(old, '$.number'), json_extract(old, '$.text'), "
	    "json_extract(new, '$.number'), json_extract(new, '$.text') "
	    "FROM history WHERE tbl = 'recommendations' AND op = 'update'"),
	    "2|2|Review the capital programme.|2a|"
	    "Review the capital programme by June.\n");
	ck_assert_str_eq(db_query(db, "SELECT op, "
	    "json_extract(coalesce(new, old), '$.name') FROM history "
	    "WHERE tbl = 'leads' AND json_extract(coalesce(new, old), "
	    "'$.recommendation_id') = 2 ORDER BY id"),
	    "insert|Lorna Baxter\ndelete|Lorna Baxter\ninsert|Ian Dyson\n"
	    "insert|Lorna Baxter\n");

	/* --title and --update-due, which takes any due form. */
	RUN_OK(&r, db, NULL, "rec", "edit", "2", "--text", "Same again.",
	    "--title", "Capital", "--update-due", "Q1 25/26");
	ck_assert_str_eq(db_query(db, "SELECT title, update_due FROM "
	    "recommendations WHERE id = 2"), "Capital|2025-06-30\n");
}
END_TEST

/*
 * rec edit --help: "Changes only what is given" -- so each option alone
 * must do, without --text.
 */
START_TEST(test_rec_edit_without_text)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	RUN_OK(&r, db, NULL, "rec", "edit", "2", "--number", "2a");
	ck_assert_str_eq(db_query(db, "SELECT number, text FROM recommendations "
	    "WHERE id = 2"), "2a|Review the capital programme.\n");
	RUN_OK(&r, db, NULL, "rec", "edit", "2", "--lead", "Ian Dyson");
	ck_assert_str_eq(db_query(db, "SELECT name FROM leads "
	    "WHERE recommendation_id = 2"), "Ian Dyson\n");
	RUN_OK(&r, db, NULL, "rec", "edit", "2", "--title", "Capital");
	ck_assert_str_eq(db_query(db, "SELECT title FROM recommendations "
	    "WHERE id = 2"), "Capital\n");
}
END_TEST

START_TEST(test_rec_delete)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	RUN_OK(&r, db, NULL, "update", "1", "--status", "in-progress", "--date",
	    "2025-02-01", "--text", "Started.");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "1", "--text",
	    "Template.", "--lead", "Vic Kurzeja");
	ck_assert_str_eq(r.out, "1\n");
	RUN_OK(&r, db, NULL, "action", "update", "1", "--status", "complete",
	    "--date", "2025-02-02");
	/* Something that must survive: rec 2 with a response and an update. */
	RUN_OK(&r, db, NULL, "respond", "2", "--decision", "accepted", "--date",
	    "2025-01-11");
	RUN_OK(&r, db, NULL, "update", "2", "--status", "pending", "--date",
	    "2025-02-03");

	RUN_OK(&r, db, NULL, "rec", "delete", "1", "--force");
	ck_assert_str_eq(r.out, "");
	ck_assert_str_eq(db_query(db, "SELECT "
	    "(SELECT group_concat(id) FROM recommendations), "
	    "(SELECT group_concat(recommendation_id) FROM responses), "
	    "(SELECT group_concat(coalesce(recommendation_id, 'a')) FROM updates), "
	    "(SELECT count(*) FROM actions), "
	    "(SELECT group_concat(name, '; ') FROM leads)"),
	    "2|2|2|0|Lorna Baxter\n");
	ck_assert_str_eq(db_query(db, "SELECT tbl, count(*) FROM history "
	    "WHERE op = 'delete' GROUP BY tbl ORDER BY tbl"),
	    "actions|1\nleads|3\nrecommendations|1\nresponses|1\nupdates|2\n");
	ck_assert_str_eq(db_query(db, "SELECT json_extract(old, '$.text') "
	    "FROM history WHERE tbl = 'recommendations' AND op = 'delete'"),
	    "Publish the quarterly budget monitoring report.\n");
	/* Meeting and item stay; the database still passes its check. */
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM items"), "1\n");
	RUN_OK(&r, db, NULL, "check");
	RUN_FAIL(&r, db, NULL, 3, "unknown recommendation 1", "rec", "show", "1");
}
END_TEST

START_TEST(test_rec_show)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	RUN_OK(&r, db, NULL, "update", "1", "--status", "pending", "--date",
	    "2025-01-20", "--text", "Template being drafted.");
	RUN_OK(&r, db, NULL, "update", "1", "--status", "in-progress", "--date",
	    "2025-02-01", "--text", "Draft report written.\nSecond line.",
	    "--due", "March 2025");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "1", "--text",
	    "Set up the template.", "--lead", "Vic Kurzeja", "--due", "Q4 22/23");

	RUN_OK(&r, db, NULL, "rec", "show", "1", AS_OF);
	ck_assert(starts(r.out, "Recommendation 1: pcs-osc, meeting "
	    "2024-11-15, item 'Budget monitoring', number 1\n"));
	ck_assert(has(r.out, "\nLeads: Vic Kurzeja; Michael Smedley\n"));
	ck_assert(has(r.out, "\nState: in-progress (as of 2025-03-01)\n"));
	ck_assert(has(r.out, "\nResponse due: 2025-01-15\n"));
	ck_assert(has(r.out, "\nUpdate due: 2025-03-31\n"));
	ck_assert(has(r.out, "\n  Publish the quarterly budget monitoring "
	    "report.\n"));
	ck_assert(has(r.out, "\nResponse\n  2025-01-10  accepted\n"
	    "      Agreed; first report in March.\n"));
	ck_assert(has(r.out, "\nUpdates\n  2025-01-20  pending\n"
	    "      Template being drafted.\n"
	    "  2025-02-01  in-progress  next update due 2025-03-31\n"
	    "      Draft report written.\n      Second line.\n"));
	ck_assert(has(r.out, "\nActions\n  action 1  pending  due Q4 22/23 "
	    "(2023-03-31)  lead Vic Kurzeja\n      Set up the template.\n"));
	ck_assert(has(r.out, "\nHistory\n"));
	ck_assert(has(r.out, "insert recommendations 1\n"));
	ck_assert(has(r.out, "insert responses 1\n"));
	ck_assert(has(r.out, "insert updates 2\n"));
	ck_assert(has(r.out, "insert actions 1\n"));
	ck_assert(has(r.out, xprintf("  %-8s insert", os_user())));
	/* Nothing of the other recommendation. */
	ck_assert(!has(r.out, "Lorna Baxter"));
	ck_assert(!has(r.out, "recommendations 2\n"));
}
END_TEST

START_TEST(test_log)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	RUN_OK(&r, db, NULL, "log", "--format", "csv");
	ck_assert(starts(r.out, "id,at,user,table,row_id,op,old,new\r\n"));
	/* committee, meeting, item, rec 1, 2 leads, rec 2, 1 lead, response */
	ck_assert_int_eq(nlines(r.out), 10);
	ck_assert(has(r.out, xprintf(",%s,committees,1,insert,,", os_user())));
	ck_assert(has(r.out, "\"{\"\"slug\"\":\"\"pcs-osc\"\""));

	RUN_OK(&r, db, NULL, "log", "2", "--format", "csv");
	ck_assert_int_eq(nlines(r.out), 3);
	ck_assert(has(r.out, ",recommendations,2,insert,,"));
	ck_assert(has(r.out, ",leads,3,insert,,"));
	ck_assert(has(r.out, "Lorna Baxter"));
	ck_assert(!has(r.out, "Vic Kurzeja"));

	RUN_OK(&r, db, NULL, "log", "1", "--format", "csv");
	ck_assert_int_eq(nlines(r.out), 5);
	ck_assert(has(r.out, ",responses,1,insert,,"));

	RUN_OK(&r, db, NULL, "log", "--limit", "1", "--format", "csv");
	ck_assert_int_eq(nlines(r.out), 2);
	ck_assert(has(r.out, ",responses,1,insert,,"));

	/* The table format too. */
	RUN_OK(&r, db, NULL, "log");
	ck_assert_int_eq(nlines(r.out), 11);
}
END_TEST

START_TEST(test_history_user)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	/* Everything setup_db() did came through rectrack. */
	ck_assert_str_eq(db_query(db, "SELECT count(*), count(DISTINCT user), "
	    "min(user) FROM history"), xprintf("9|1|%s\n", os_user()));
	/* The actor row lives only as long as a rectrack transaction. */
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM actor"), "0\n");

	/* An edit with the plain sqlite3 library: recorded, with no user. */
	db_exec(db, "UPDATE recommendations SET text = 'Edited outside.' "
	    "WHERE id = 2");
	ck_assert_str_eq(db_query(db, "SELECT id, user IS NULL, tbl, row_id, op, "
	    "json_extract(old, '$.text'), json_extract(new, '$.text') "
	    "FROM history WHERE id = (SELECT max(id) FROM history)"),
	    "10|1|recommendations|2|update|Review the capital programme.|"
	    "Edited outside.\n");

	/*
	 * A change through rectrack right after it: the OS user again.  (Not
	 * rec edit, whose own test shows that it changes nothing.)
	 */
	RUN_OK(&r, db, NULL, "respond", "2", "--decision", "noted", "--date",
	    "2025-01-11");
	ck_assert_str_eq(db_query(db, "SELECT id, user, tbl, op, "
	    "json_extract(new, '$.decision') FROM history "
	    "WHERE id = (SELECT max(id) FROM history)"),
	    xprintf("11|%s|responses|insert|noted\n", os_user()));
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM actor"), "0\n");

	/* log shows the outside edit with an empty user. */
	RUN_OK(&r, db, NULL, "log", "2", "--format", "csv");
	ck_assert(has(r.out, ",,recommendations,2,update,"));
	ck_assert(has(r.out, xprintf(",%s,responses,2,insert,", os_user())));
}
END_TEST

/*
 * check recomputes the kept state (migration 0003) and names each kept row
 * that differs from what the rows derive, is missing or is left over; a
 * write through the tables themselves, as any program makes it, keeps it.
 */
START_TEST(test_check_kept_drift)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	db_exec(db, "INSERT INTO updates(recommendation_id, date, status, text) "
	    "VALUES (1, '2025-02-01', 'complete', 'Done.'); "
	    "UPDATE recommendations SET number = '2a' WHERE id = 2");
	RUN_OK(&r, db, NULL, "check");
	ck_assert_str_eq(db_query(db, "SELECT state FROM kept_recommendations "
	    "WHERE id = 1"), "complete\n");
	db_exec(db, "UPDATE kept_recommendations SET state = 'in-progress' "
	    "WHERE id = 1; DELETE FROM kept_recommendations WHERE id = 2; "
	    "INSERT INTO kept_actions(id) VALUES (99)");
	rt_run(&r, db, NULL, ARGV("check"));
	ck_assert_int_eq(r.code, 3);
	ck_assert_str_eq(r.out,
	    "kept state drift: kept_actions row 99: kept row differs from what "
	    "the rows derive\n"
	    "kept state drift: kept_recommendations row 1: kept row differs from "
	    "what the rows derive\n"
	    "kept state drift: kept_recommendations row 2: kept row differs from "
	    "what the rows derive\n");
	ck_assert_str_eq(r.err, xprintf("rectrack: check: 3 problems found in "
	    "'%s'\n", db));
}
END_TEST

START_TEST(test_check)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	RUN_OK(&r, db, NULL, "check");
	ck_assert_str_eq(r.out, xprintf("ok: '%s', schema version 3\n", db));

	/* A response dated before its meeting, made behind rectrack's back. */
	db_exec(db, "UPDATE responses SET date = '2024-11-01' WHERE id = 1");
	rt_run(&r, db, NULL, ARGV("check"));
	ck_assert_int_eq(r.code, 3);
	ck_assert_str_eq(r.out, "response before meeting: responses row 1: "
	    "2024-11-01 < meeting 2024-11-15\n");
	ck_assert_str_eq(r.err, xprintf("rectrack: check: 1 problem found in "
	    "'%s'\n", db));

	/* A second broken rule is listed too. */
	db_exec(db, "PRAGMA foreign_keys = OFF; "
	    "INSERT INTO leads(recommendation_id, position, name) "
	    "VALUES (1, 1, 'Duplicate position')");
	rt_run(&r, db, NULL, ARGV("check"));
	ck_assert_int_eq(r.code, 3);
	ck_assert_int_eq(nlines(r.out), 2);
	ck_assert(has(r.out, "duplicate lead position: leads row 4: position 1 "
	    "given twice\n"));
	ck_assert(has(r.err, "2 problems found"));
}
END_TEST

START_TEST(test_backup)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *copy = rt_path("copy.db"), *orig;
	struct dirent *de;
	DIR *d;
	int n = 0;

	orig = db_fingerprint(db);
	ck_assert_ptr_nonnull(orig);
	RUN_OK(&r, db, NULL, "backup", "copy.db");
	ck_assert_str_eq(r.out, "");
	ck_assert_str_eq(db_fingerprint(copy), orig);
	ck_assert_str_eq(db_fingerprint(db), orig);
	/* One self-contained file that rectrack itself accepts. */
	ck_assert_str_eq(db_query(copy, "PRAGMA journal_mode"), "delete\n");
	RUN_OK(&r, copy, NULL, "check");

	/* A second backup replaces the first whole. */
	RUN_OK(&r, db, NULL, "update", "1", "--status", "complete", "--date",
	    "2025-02-01");
	ck_assert_str_ne(db_fingerprint(db), orig);
	orig = db_fingerprint(db);
	RUN_OK(&r, db, NULL, "backup", copy);
	ck_assert_str_eq(db_fingerprint(copy), orig);

	/* No temporary file is left beside it. */
	ck_assert_ptr_nonnull(d = opendir(rt_dir));
	while ((de = readdir(d)) != NULL)
		if (strstr(de->d_name, ".tmp") != NULL)
			n++;
	closedir(d);
	ck_assert_int_eq(n, 0);
}
END_TEST

START_TEST(test_help)
{
	struct run r = RUN_INIT;
	char *list;

	RUN_OK(&r, NULL, NULL, "help");
	ck_assert(starts(r.out, "usage: rectrack [--db PATH] COMMAND [ARGS]\n"));
	ck_assert(has(r.out, "\n  rec add "));
	ck_assert(has(r.out, "\n  action update "));
	ck_assert(has(r.out, "\n  backup "));
	list = r.out;

	rt_run(&r, NULL, NULL, ARGV("--quiet"));
	ck_assert_int_eq(r.code, 0);
	ck_assert_str_eq(r.err, "");
	ck_assert_str_eq(r.out, list);
	RUN_OK(&r, NULL, NULL, "--help");
	ck_assert_str_eq(r.out, list);

	RUN_OK(&r, NULL, NULL, "rec", "--help");
	ck_assert(starts(r.out, "usage: rectrack rec add --committee SLUG "));
	ck_assert(has(r.out, "\n       rectrack rec delete ID --force\n"));

	RUN_OK(&r, NULL, NULL, "rec", "add", "--help");
	ck_assert(starts(r.out, "usage: rectrack rec add --committee SLUG "
	    "--meeting DATE --item TITLE --number N --text T"));
	ck_assert(has(r.out, "record a recommendation; prints its id\n"));
	list = r.out;
	RUN_OK(&r, NULL, NULL, "help", "rec", "add");
	ck_assert_str_eq(r.out, list);
	/* -h as well, and help needs no database. */
	RUN_OK(&r, rt_path("missing.db"), NULL, "respond", "-h");
	ck_assert(starts(r.out, "usage: rectrack respond ID --decision D "
	    "--date DATE"));
	ck_assert_int_eq(access(rt_path("missing.db"), F_OK), -1);
}
END_TEST

START_TEST(test_unique_prefix)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *full;

	RUN_OK(&r, db, NULL, "committee", "list", "--format", "csv", AS_OF);
	full = r.out;
	RUN_OK(&r, db, NULL, "comm", "list", "--format", "csv", AS_OF);
	ck_assert_str_eq(r.out, full);
	RUN_OK(&r, db, NULL, "comm", "l", "--format", "csv", AS_OF);
	ck_assert_str_eq(r.out, full);
	RUN_OK(&r, db, NULL, "rec", "li", "--format", "csv", AS_OF);
	ck_assert_str_eq(r.out, REC_HDR REC1_PENDING REC2_AWAITING);
}
END_TEST

/* Values are bound, never spliced: SQL in a name is just a name. */
START_TEST(test_sql_in_names)
{
	struct run r = RUN_INIT;
	char *db = setup_db();
	const char *evil = "Evil'); DROP TABLE recommendations;--";

	RUN_OK(&r, db, NULL, "committee", "add", "evil", evil);
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "evil", "--meeting",
	    "2024-11-20", "--item", evil, "--number", "1", "--text", evil,
	    "--lead", "Robert' OR '1'='1");
	ck_assert_str_eq(r.out, "3\n");
	ck_assert_str_eq(db_query(db, "SELECT c.name, i.title, r.text "
	    "FROM recommendations r JOIN items i ON i.id = r.item_id "
	    "JOIN meetings m ON m.id = i.meeting_id "
	    "JOIN committees c ON c.id = m.committee_id WHERE r.id = 3"),
	    xprintf("%s|%s|%s\n", evil, evil, evil));
	ck_assert_str_eq(db_query(db, "SELECT name FROM leads "
	    "WHERE recommendation_id = 3"), "Robert' OR '1'='1\n");
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM sqlite_schema "
	    "WHERE type = 'table' AND name IN ('recommendations', 'leads')"),
	    "2\n");
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM recommendations"),
	    "3\n");
	RUN_OK(&r, db, NULL, "rec", "list", "--format", "csv", AS_OF,
	    "--committee", "evil");
	ck_assert(has(r.out, "Evil'); DROP TABLE recommendations;--"));
}
END_TEST

START_TEST(test_database_location)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *out;

	RUN_OK(&r, db, NULL, "rec", "list", "--format", "csv", AS_OF);
	out = r.out;
	/* $RECTRACK_DB when there is no --db. */
	rt_run_env(&r, NULL, NULL, db, ARGV("rec", "list", "--format", "csv",
	    AS_OF));
	ck_assert_int_eq(r.code, 0);
	ck_assert_str_eq(r.out, out);
	/* --db wins over $RECTRACK_DB, even after the command. */
	rt_run_env(&r, NULL, NULL, rt_path("other.db"), ARGV("rec", "list",
	    "--format", "csv", AS_OF, "--db", db));
	ck_assert_int_eq(r.code, 0);
	ck_assert_str_eq(r.out, out);
	/* Else ./rectrack.db. */
	RUN_OK(&r, NULL, NULL, "init");
	ck_assert_str_eq(r.out, "init: created 'rectrack.db' to schema version 3 "
	    "(3 migrations applied)\n");
	ck_assert_str_eq(db_query(rt_path("rectrack.db"), "PRAGMA user_version"),
	    "3\n");
}
END_TEST

Suite *
cli_record_suite(void)
{
	Suite *s = suite_create("cli_record");
	TCase *tc = rt_tcase("record");

	tcase_add_test(tc, test_init_new_and_again);
	tcase_add_test(tc, test_committee_add_list);
	tcase_add_test(tc, test_meeting_add_list);
	tcase_add_test(tc, test_meeting_list_as_of);
	tcase_add_test(tc, test_rec_add_id_meeting_item);
	tcase_add_test(tc, test_rec_add_leads);
	tcase_add_test(tc, test_response_due_default);
	tcase_add_test(tc, test_text_stdin_and_file);
	tcase_add_test(tc, test_respond_amend);
	tcase_add_test(tc, test_update_due);
	tcase_add_test(tc, test_states);
	tcase_add_test(tc, test_as_of_before_meeting);
	tcase_add_test(tc, test_rec_list_formats_filters);
	tcase_add_test(tc, test_actions);
	tcase_add_test(tc, test_rec_edit);
	tcase_add_test(tc, test_rec_edit_without_text);
	tcase_add_test(tc, test_rec_delete);
	tcase_add_test(tc, test_rec_show);
	tcase_add_test(tc, test_log);
	tcase_add_test(tc, test_history_user);
	tcase_add_test(tc, test_check);
	tcase_add_test(tc, test_check_kept_drift);
	tcase_add_test(tc, test_backup);
	tcase_add_test(tc, test_help);
	tcase_add_test(tc, test_unique_prefix);
	tcase_add_test(tc, test_sql_in_names);
	tcase_add_test(tc, test_database_location);
	suite_add_tcase(s, tc);
	return s;
}
