/*
 * check_impact.c - impact and chasing: stats, chase and calendar.
 *
 * Small databases whose every figure is written down by hand, asserted
 * as exact output; and a reference test: a database generated at random
 * (seeded, so every run is the same) straight into the tables with
 * SQLite, whose figures the test computes itself in C from the rows it
 * generated, by the contract's rules and not with rectrack's SQL, and
 * compares cell by cell with `stats --format csv` for several periods,
 * groupings and as-of dates.
 *
 * The hand fixture (setup_db, then below), as of 2025-03-01 unless said:
 *   pcs-osc, meeting 2024-11-15, item "Budget monitoring"
 *   1  leads Vic Kurzeja; Michael Smedley; accepted 2025-01-10 (due
 *      2025-01-15: on time, 56 days); update in-progress 2025-02-01 due
 *      2025-03-10                                 in-progress
 *   2  lead Lorna Baxter; no response, due 2025-01-15
 *                                                 awaiting-response, overdue
 *   aud ("none": no response expected), meeting 2025-02-01, item "Audit"
 *   3  lead vic kurzeja; target 2025-03-05        update-pending
 *   4  lead Lorna Baxter; rejected 2025-02-10     rejected (closed)
 *   action 1 on item "Audit", lead Zed, due 2025-02-20, no update: overdue
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <check.h>

#include "harness.h"

#define ASOF "--as-of", "2025-03-01"

static const char stats_head[] =
    "group,made,responded,accepted,accepted_in_principle,partially_accepted,"
    "rejected,noted,pct_accepted,on_time,pct_on_time,median_days_to_respond,"
    "complete,not_implemented,superseded,pct_implemented,open,overdue\r\n";

static const char chase_head[] = "lead,kind,id,committee,item,number,text,due,days\r\n";

static char *
fixture(void)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	RUN_OK(&r, db, NULL, "update", "1", "--status", "in-progress", "--date",
	    "2025-02-01", "--due", "2025-03-10");
	RUN_OK(&r, db, NULL, "committee", "add", "aud", "Audit Committee",
	    "--kind", "audit");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "aud", "--meeting",
	    "2025-02-01", "--item", "Audit", "--number", "1", "--text",
	    "Review the risk register; report back.", "--lead", "vic kurzeja");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "aud", "--meeting",
	    "2025-02-01", "--item", "Audit", "--number", "2", "--text",
	    "Close the old fund.", "--lead", "Lorna Baxter");
	RUN_OK(&r, db, NULL, "respond", "4", "--decision", "rejected", "--date",
	    "2025-02-10");
	RUN_OK(&r, db, NULL, "action", "add", "--committee", "aud", "--meeting",
	    "2025-02-01", "--item", "Audit", "--text", "Write the plan, then",
	    "--lead", "Zed", "--due", "20/02/2025");
	/* What the v2 options of committee and rec add will set. */
	db_exec(db, "UPDATE committees SET response_period = 'none', "
	    "addressee = 'Audit Board' WHERE slug = 'aud';"
	    "UPDATE recommendations SET response_due = NULL, "
	    "target_text = 'Early March 2025', target_date = '2025-03-05' "
	    "WHERE id = 3;"
	    "UPDATE recommendations SET response_due = NULL WHERE id = 4;");
	run_free(&r);
	return db;
}

START_TEST(test_stats_exact)
{
	struct run r = RUN_INIT;
	char *db = fixture();

	RUN_OK(&r, db, NULL, "stats", ASOF, "--format", "csv");
	ck_assert_str_eq(r.out, xprintf("%s"
	    "aud,2,1,0,0,0,1,0,0.0,0,,9,0,0,0,,1,0\r\n"
	    "pcs-osc,2,1,1,0,0,0,0,100.0,1,100.0,56,0,0,0,0.0,2,1\r\n"
	    "all,4,2,1,0,0,1,0,50.0,1,100.0,32.5,0,0,0,0.0,3,1\r\n",
	    stats_head));
	RUN_OK(&r, db, NULL, "stats", ASOF, "--format", "csv", "--by", "lead");
	ck_assert_str_eq(r.out, xprintf("%s"
	    "Lorna Baxter,2,1,0,0,0,1,0,0.0,0,,9,0,0,0,,1,1\r\n"
	    "Michael Smedley,1,1,1,0,0,0,0,100.0,1,100.0,56,0,0,0,0.0,1,0\r\n"
	    "Vic Kurzeja,2,1,1,0,0,0,0,100.0,1,100.0,56,0,0,0,0.0,2,0\r\n"
	    "all,4,2,1,0,0,1,0,50.0,1,100.0,32.5,0,0,0,0.0,3,1\r\n",
	    stats_head));
	RUN_OK(&r, db, NULL, "stats", ASOF, "--format", "csv", "--by",
	    "addressee");
	ck_assert_str_eq(r.out, xprintf("%s"
	    "Audit Board,2,1,0,0,0,1,0,0.0,0,,9,0,0,0,,1,0\r\n"
	    "Cabinet,2,1,1,0,0,0,0,100.0,1,100.0,56,0,0,0,0.0,2,1\r\n"
	    "all,4,2,1,0,0,1,0,50.0,1,100.0,32.5,0,0,0,0.0,3,1\r\n",
	    stats_head));
	/* 2024/25 holds them all; 2023/24 none: "all" of zeros. */
	RUN_OK(&r, db, NULL, "stats", ASOF, "--format", "csv", "--by", "year");
	ck_assert_str_eq(r.out, xprintf("%s"
	    "2024/25,4,2,1,0,0,1,0,50.0,1,100.0,32.5,0,0,0,0.0,3,1\r\n"
	    "all,4,2,1,0,0,1,0,50.0,1,100.0,32.5,0,0,0,0.0,3,1\r\n",
	    stats_head));
	RUN_OK(&r, db, NULL, "stats", ASOF, "--format", "csv", "--year", "2023");
	ck_assert_str_eq(r.out, xprintf("%s"
	    "all,0,0,0,0,0,0,0,,0,,,0,0,0,,0,0\r\n", stats_head));
	/* As of before the response: nothing responded, aud not yet made. */
	RUN_OK(&r, db, NULL, "stats", "--as-of", "2025-01-01", "--format", "csv",
	    "--committee", "PCS-OSC");
	ck_assert_str_eq(r.out, xprintf("%s"
	    "pcs-osc,2,0,0,0,0,0,0,,0,,,0,0,0,,2,0\r\n"
	    "all,2,0,0,0,0,0,0,,0,,,0,0,0,,2,0\r\n", stats_head));
	/* --since/--until bound the meeting date. */
	RUN_OK(&r, db, NULL, "stats", ASOF, "--format", "csv", "--since",
	    "1 January 2025", "--until", "2025-12-31");
	ck_assert(starts(r.out + strlen(stats_head), "aud,2,"));
	ck_assert(has(r.out, "\r\nall,2,"));
	/* The other listing formats, through the one engine. */
	RUN_OK(&r, db, NULL, "stats", ASOF, "--format", "json");
	ck_assert(starts(r.out, "[\n{\"group\":\"aud\",\"made\":2,"));
	ck_assert(has(r.out, "\"pct_on_time\":null"));
	RUN_OK(&r, db, NULL, "stats", ASOF, "--format", "ndjson");
	ck_assert_int_eq(nlines(r.out), 3);
	run_free(&r);
}
END_TEST

/*
 * Parts: rec 3 has parts a (4, no response: takes its parent's, accepted
 * 2025-01-05) and b (5, rejected 2025-01-20, late).  The parent is counted
 * through its parts: made 4 (1, 2, 4, 5).
 */
START_TEST(test_stats_parts)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	db_exec(db, "INSERT INTO recommendations(id, item_id, number, text, "
	    "response_due) VALUES (3, 1, '3', 'Parent', '2025-01-15');"
	    "INSERT INTO recommendations(id, item_id, parent_id, number, text, "
	    "response_due) VALUES (4, 1, 3, 'a', 'Part a', '2025-01-15'), "
	    "(5, 1, 3, 'b', 'Part b', '2025-01-15');"
	    "INSERT INTO responses(recommendation_id, date, decision) VALUES "
	    "(3, '2025-01-05', 'accepted'), (5, '2025-01-20', 'rejected');");
	RUN_OK(&r, db, NULL, "stats", ASOF, "--format", "csv");
	ck_assert_str_eq(r.out, xprintf("%s"
	    "pcs-osc,4,3,2,0,0,1,0,66.7,2,66.7,56,0,0,0,0.0,3,1\r\n"
	    "all,4,3,2,0,0,1,0,66.7,2,66.7,56,0,0,0,0.0,3,1\r\n", stats_head));
	/* A part with no lead of its own is chased as its parent's. */
	db_exec(db, "INSERT INTO leads(recommendation_id, position, name) "
	    "VALUES (3, 1, 'Pat Parent');"
	    "UPDATE recommendations SET target_date = '2025-02-01' WHERE id = 4");
	RUN_OK(&r, db, NULL, "chase", ASOF, "--format", "csv", "--lead", "pat parent");
	ck_assert_str_eq(r.out, xprintf("%s"
	    "Pat Parent,target,4,pcs-osc,Budget monitoring,a,Part a,2025-02-01,-28\r\n",
	    chase_head));
	run_free(&r);
}
END_TEST

START_TEST(test_stats_usage)
{
	struct run r = RUN_INIT;
	char *db = fixture();

	RUN_FAIL(&r, db, NULL, 2, "give one period", "stats", "--year", "2024",
	    "--since", "2024-01-01");
	RUN_FAIL(&r, db, NULL, 2, "--year '24'", "stats", "--year", "24");
	RUN_FAIL(&r, db, NULL, 2, "--by 'theme'", "stats", "--by", "theme");
	RUN_FAIL(&r, db, NULL, 2, "'pdf'", "stats", "--format", "pdf");
	RUN_FAIL(&r, db, NULL, 3, "nope", "stats", "--committee", "nope");
	RUN_FAIL(&r, db, NULL, 3, "2025-02-30", "stats", "--since", "2025-02-30");
	RUN_FAIL(&r, db, NULL, 2, "--within 'x'", "chase", "--within", "x");
	RUN_FAIL(&r, db, NULL, 2, "--within '-1'", "chase", "--within", "-1");
	RUN_FAIL(&r, db, NULL, 3, "nope", "calendar", "--committee", "nope");
	/* A full disk is an error, in every writer of its own. */
	rt_run_stdout = "/dev/full";
	RUN_FAIL(&r, db, NULL, 1, "No space left", "stats", "--format", "html");
	RUN_FAIL(&r, db, NULL, 1, "No space left", "chase", "--format",
	    "markdown");
	RUN_FAIL(&r, db, NULL, 1, "No space left", "calendar");
	RUN_FAIL(&r, db, NULL, 1, "No space left", "stats", "--format", "csv");
	rt_run_stdout = NULL;
	run_free(&r);
}
END_TEST


START_TEST(test_chase_exact)
{
	struct run r = RUN_INIT;
	char *db = fixture();

	/* Default 14 days: rec 1's update (2025-03-10) and 3's target are due
	 * within it; rec 2's response is overdue; the action is overdue;
	 * rejected rec 4 is closed; rec 3 has no update_due. */
	RUN_OK(&r, db, NULL, "chase", ASOF, "--format", "csv");
	ck_assert_str_eq(r.out, xprintf("%s"
	    "Lorna Baxter,response,2,pcs-osc,Budget monitoring,2,"
	    "Review the capital programme.,2025-01-15,-45\r\n"
	    "Michael Smedley,update,1,pcs-osc,Budget monitoring,1,"
	    "Publish the quarterly budget monitoring report.,2025-03-10,9\r\n"
	    "Vic Kurzeja,update,1,pcs-osc,Budget monitoring,1,"
	    "Publish the quarterly budget monitoring report.,2025-03-10,9\r\n"
	    "vic kurzeja,target,3,aud,Audit,1,"
	    "Review the risk register; report back.,2025-03-05,4\r\n"
	    "Zed,action,1,aud,Audit,,\"Write the plan, then\",2025-02-20,-9\r\n",
	    chase_head));
	/* A window of 5 days leaves the update out; --lead ignores case. */
	RUN_OK(&r, db, NULL, "chase", ASOF, "--format", "csv", "--within", "5",
	    "--lead", "VIC KURZEJA");
	ck_assert_str_eq(r.out, xprintf("%s"
	    "vic kurzeja,target,3,aud,Audit,1,"
	    "Review the risk register; report back.,2025-03-05,4\r\n",
	    chase_head));
	RUN_OK(&r, db, NULL, "chase", ASOF, "--format", "csv", "--committee",
	    "aud", "--within", "0");
	ck_assert_str_eq(r.out, xprintf("%s"
	    "Zed,action,1,aud,Audit,,\"Write the plan, then\",2025-02-20,-9\r\n",
	    chase_head));
	/* Paused is not chased; complete closes the update and the target. */
	/* (paused through SQL until update takes the v2 words) */
	db_exec(db, "INSERT INTO updates(recommendation_id, date, status) "
	    "VALUES (1, '2025-02-20', 'paused')");
	RUN_OK(&r, db, NULL, "update", "3", "--status", "complete", "--date",
	    "2025-02-20");
	RUN_OK(&r, db, NULL, "action", "update", "1", "--status", "complete",
	    "--date", "2025-02-21");
	RUN_OK(&r, db, NULL, "chase", ASOF, "--format", "csv");
	ck_assert_str_eq(r.out, xprintf("%s"
	    "Lorna Baxter,response,2,pcs-osc,Budget monitoring,2,"
	    "Review the capital programme.,2025-01-15,-45\r\n", chase_head));
	/* As of before those updates, all is owed again. */
	RUN_OK(&r, db, NULL, "chase", "--as-of", "2025-02-19", "--format", "csv",
	    "--lead", "zed");
	ck_assert_str_eq(r.out, xprintf("%s"
	    "Zed,action,1,aud,Audit,,\"Write the plan, then\",2025-02-20,1\r\n",
	    chase_head));
	run_free(&r);
}
END_TEST

START_TEST(test_chase_markdown)
{
	struct run r = RUN_INIT;
	char *db = fixture();

	db_exec(db, "UPDATE leads SET name = 'Lorna [Baxter](x) | <b>' "
	    "WHERE recommendation_id = 2");
	RUN_OK(&r, db, NULL, "chase", ASOF, "--format", "markdown", "--within",
	    "5");
	ck_assert_str_eq(r.out,
	    "# Owed as of 2025-03-01\n\nOverdue, or due by 2025-03-06.\n"
	    "\n## Lorna \\[Baxter\\]\\(x\\) \\| &lt;b&gt;\n\n"
	    "- **Response overdue by 45 days** (2025-01-15): pcs-osc, Budget "
	    "monitoring, recommendation 2 (id 2): Review the capital programme.\n"
	    "\n## vic kurzeja\n\n"
	    "- **Target due in 4 days** (2025-03-05): aud, Audit, recommendation "
	    "1 (id 3): Review the risk register; report back.\n"
	    "\n## Zed\n\n"
	    "- **Action overdue by 9 days** (2025-02-20): aud, Audit, action 1: "
	    "Write the plan, then\n");
	RUN_OK(&r, db, NULL, "chase", "--as-of", "2024-01-01", "--format",
	    "markdown");
	ck_assert_str_eq(r.out, "# Owed as of 2024-01-01\n\nOverdue, or due by "
	    "2024-01-15.\n\nNothing is owed.\n");
	run_free(&r);
}
END_TEST

START_TEST(test_calendar_exact)
{
	struct run r = RUN_INIT;
	char *db = fixture();
	char *first;

	db_exec(db, "UPDATE committees SET name = 'Audit, Risk; and \\ "
	    "Governance Committee with a very long name indeed' WHERE slug = 'aud'");
	RUN_OK(&r, db, NULL, "calendar", ASOF, "--committee", "aud");
	ck_assert_str_eq(r.out,
	    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
	    "PRODID:-//rectrack//rectrack 0.1.0//EN\r\nCALSCALE:GREGORIAN\r\n"
	    "METHOD:PUBLISH\r\nX-WR-CALNAME:rectrack: aud\r\n"
	    "BEGIN:VEVENT\r\nUID:meeting-2@rectrack\r\n"
	    "DTSTAMP:20250301T000000Z\r\nDTSTART;VALUE=DATE:20250201\r\n"
	    "DTEND;VALUE=DATE:20250202\r\n"
	    "SUMMARY:Audit\\, Risk\\; and \\\\ Governance Committee with a very "
	    "long name in\r\n deed meeting\r\n"
	    "DESCRIPTION:Committee: Audit\\, Risk\\; and \\\\ Governance Committee "
	    "with a ve\r\n ry long name indeed (aud)\r\n"
	    "TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n"
	    "BEGIN:VEVENT\r\nUID:action-due-1@rectrack\r\n"
	    "DTSTAMP:20250301T000000Z\r\nDTSTART;VALUE=DATE:20250220\r\n"
	    "DTEND;VALUE=DATE:20250221\r\nSUMMARY:Action due: aud Audit\r\n"
	    "DESCRIPTION:Write the plan\\, then\\nDue: 20/02/2025\\nLeads: Zed\r\n"
	    "TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n"
	    "BEGIN:VEVENT\r\nUID:target-3@rectrack\r\n"
	    "DTSTAMP:20250301T000000Z\r\nDTSTART;VALUE=DATE:20250305\r\n"
	    "DTEND;VALUE=DATE:20250306\r\n"
	    "SUMMARY:Target: aud Audit\\, recommendation 1\r\n"
	    "DESCRIPTION:Review the risk register\\; report back.\\nTarget: Early "
	    "March 20\r\n 25\\nLeads: vic kurzeja\r\n"
	    "TRANSP:TRANSPARENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
	/* Two runs: the same bytes. */
	first = r.out;
	RUN_OK(&r, db, NULL, "calendar", ASOF, "--committee", "aud");
	ck_assert_str_eq(r.out, first);
	run_free(&r);
}
END_TEST

/* Folding never cuts a UTF-8 sequence, and every line is <= 75 octets. */
START_TEST(test_calendar_fold_utf8)
{
	struct run r = RUN_INIT;
	char *db = fixture();
	const char *p, *nl;
	int i;

	for (i = 0; i < 4; i++) {
		/* Shift the multi-byte characters across the fold point. */
		db_exec(db, xprintf("UPDATE committees SET name = '%.*s%s' "
		    "WHERE slug = 'aud'", i, "xxx",
		    "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xc3\xa9\xe2\x82\xac"
		    "\xf0\x9f\x98\x80\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xc3\xa9"
		    "\xe2\x82\xac\xf0\x9f\x98\x80\xc3\xa9\xe2\x82\xac\xf0\x9f\x98"
		    "\x80\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xc3\xa9\xe2\x82\xac"
		    "\xf0\x9f\x98\x80\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"));
		RUN_OK(&r, db, NULL, "calendar", ASOF, "--committee", "aud");
		for (p = r.out; *p != '\0'; p = nl + 2) {
			nl = strstr(p, "\r\n");
			ck_assert_ptr_nonnull(nl);
			ck_assert_int_le(nl - p, 75);
			/* The next line does not start inside a character. */
			if (nl[2] == ' ')
				ck_assert_int_ne((unsigned char)nl[3] & 0xC0, 0x80);
		}
	}
	run_free(&r);
}
END_TEST

/* ---- the reference test ----------------------------------------------- */

static unsigned long long rng_state;

static unsigned
rnd(unsigned n)
{
	rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)((rng_state >> 33) % n);
}

/* Days since 1970-01-01 of a civil date, and back (H. Hinnant). */
static long
days_from(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
iso(long z, char out[32])
{
	long era, doe, yoe, y, doy, mp, d, m;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = doy - (153 * mp + 2) / 5 + 1;
	m = mp + (mp < 10 ? 3 : -9);
	snprintf(out, 32, "%04d-%02d-%02d", (int)(y + (m <= 2)), (int)m, (int)d);
}

#define NCOMM	3
#define MAXREC	200
#define MAXSUB	3

static const char *const slugs[NCOMM] = {"alpha", "beta", "gamma"};
static const char *const addressees[NCOMM] = {"Cabinet", "Executive", "cabinet"};
static const char *const periods[NCOMM] = {"2 months", "6 weeks", "none"};
static const char *const decisions[] = {"accepted", "accepted-in-principle",
	"partially-accepted", "rejected", "noted"};
static const char *const statuses[] = {"pending", "in-item", "in-progress",
	"delayed", "paused", "complete", "not-implemented", "superseded"};
static const char *const names[] = {"Vic Kurzeja", "vic kurzeja", "Lorna Baxter",
	"Ann Other", "Zed Ahmed"};

struct gresp { long date; int decision; };
struct gupd { long date; int status; long due; /* -1 none */ };

struct grec {
	int committee;
	long meeting, received, response_due, update_due, target; /* -1: none */
	int nlead, lead[2];
	int nresp, nupd;
	struct gresp resp[MAXSUB];
	struct gupd upd[MAXSUB];
};

static struct grec recs[MAXREC];
static int nrecs;

/* Generate the database's rows, write them with SQLite, keep them. */
static void
generate(const char *db)
{
	struct run r = RUN_INIT;
	char d1[32], d2[32], d3[32];
	long base = days_from(2022, 9, 1), meeting;
	int c, m, k, j, id = 0, mid = 0;
	char *sql;
	size_t cap = 1 << 20, len = 0;

	RUN_OK(&r, db, NULL, "init");
	sql = malloc(cap);
	ck_assert_ptr_nonnull(sql);
	len += (size_t)snprintf(sql + len, cap - len, "BEGIN;");
#define ADD(...) do { \
	len += (size_t)snprintf(sql + len, cap - len, __VA_ARGS__); \
	ck_assert_uint_lt(len, cap); } while (0)
	for (c = 0; c < NCOMM; c++)
		ADD("INSERT INTO committees(id, slug, name, kind, addressee, "
		    "response_period) VALUES (%d, '%s', 'Committee %s', 'scrutiny', "
		    "'%s', '%s');", c + 1, slugs[c], slugs[c], addressees[c],
		    periods[c]);
	rng_state = 20241115;
	nrecs = 0;
	for (c = 0; c < NCOMM; c++) {
		meeting = base + rnd(20);
		for (m = 0; m < 8 && nrecs < MAXREC - 10; m++) {
			meeting += 40 + rnd(80);
			mid++;
			iso(meeting, d1);
			ADD("INSERT INTO meetings(id, committee_id, date) VALUES "
			    "(%d, %d, '%s');", mid, c + 1, d1);
			ADD("INSERT INTO items(id, meeting_id, title) VALUES "
			    "(%d, %d, 'Item %d');", mid, mid, mid);
			for (k = 1 + rnd(7); k > 0; k--) {
				struct grec *g = &recs[nrecs++];

				memset(g, 0, sizeof *g);
				id++;
				g->committee = c;
				g->meeting = meeting;
				g->received = rnd(3) == 0 ? meeting + 1 + rnd(10) : meeting;
				g->response_due = rnd(8) == 0 ? -1 :
				    g->received + 30 + rnd(40);
				g->update_due = rnd(3) == 0 ? -1 : meeting + 60 + rnd(400);
				g->target = rnd(4) == 0 ? meeting + 100 + rnd(600) : -1;
				iso(g->received, d1);
				ADD("INSERT INTO recommendations(id, item_id, number, text, "
				    "received, response_due, update_due, target_date) "
				    "VALUES (%d, %d, '%d', 'Recommendation %d', %s%s%s, ",
				    id, mid, k, id, g->received == meeting ? "NULL" : "'",
				    g->received == meeting ? "" : d1,
				    g->received == meeting ? "" : "'");
				iso(g->response_due, d1);
				iso(g->update_due, d2);
				iso(g->target, d3);
				ADD("%s%s%s, %s%s%s, %s%s%s);",
				    g->response_due < 0 ? "NULL" : "'",
				    g->response_due < 0 ? "" : d1,
				    g->response_due < 0 ? "" : "'",
				    g->update_due < 0 ? "NULL" : "'",
				    g->update_due < 0 ? "" : d2,
				    g->update_due < 0 ? "" : "'",
				    g->target < 0 ? "NULL" : "'",
				    g->target < 0 ? "" : d3,
				    g->target < 0 ? "" : "'");
				g->nlead = (int)rnd(3);
				for (j = 0; j < g->nlead; j++) {
					g->lead[j] = (int)rnd(5);
					if (j == 1 && g->lead[1] == g->lead[0])
						g->lead[1] = (g->lead[0] + 2) % 5;
					ADD("INSERT INTO leads(recommendation_id, position, "
					    "name) VALUES (%d, %d, '%s');", id, j + 1,
					    names[g->lead[j]]);
				}
				/* Responses: dates around the due date; the same
				 * day twice now and then (then the id decides). */
				g->nresp = rnd(5) == 0 ? 0 : 1 + (int)rnd(MAXSUB);
				for (j = 0; j < g->nresp; j++) {
					g->resp[j].date = j > 0 && rnd(3) == 0 ?
					    g->resp[j - 1].date : g->received + rnd(90);
					g->resp[j].decision = (int)rnd(5);
					iso(g->resp[j].date, d1);
					ADD("INSERT INTO responses(recommendation_id, date, "
					    "decision) VALUES (%d, '%s', '%s');", id, d1,
					    decisions[g->resp[j].decision]);
				}
				g->nupd = (int)rnd(MAXSUB + 1);
				for (j = 0; j < g->nupd; j++) {
					g->upd[j].date = j > 0 && rnd(3) == 0 ?
					    g->upd[j - 1].date : meeting + 20 + rnd(500);
					g->upd[j].status = (int)rnd(8);
					g->upd[j].due = rnd(2) ? g->upd[j].date + rnd(120) : -1;
					iso(g->upd[j].date, d1);
					iso(g->upd[j].due, d2);
					ADD("INSERT INTO updates(recommendation_id, date, status, "
					    "due) VALUES (%d, '%s', '%s', %s%s%s);", id, d1,
					    statuses[g->upd[j].status],
					    g->upd[j].due < 0 ? "NULL" : "'",
					    g->upd[j].due < 0 ? "" : d2,
					    g->upd[j].due < 0 ? "" : "'");
				}
			}
		}
	}
	ADD("COMMIT;");
#undef ADD
	db_exec(db, sql);
	free(sql);
	run_free(&r);
}

/* One recommendation's figures as of a date (the contract's rules). */
struct gstate {
	int exists, responded, decision, on_time, has_due, days;
	int closed, overdue;
	const char *state;
};

static void
derive(const struct grec *g, long asof, struct gstate *s)
{
	int j, cur = -1, first = -1, up = -1, expected;
	long update_due = g->update_due;
	long upd_due_date = -1;
	int upd_due_j = -1;

	memset(s, 0, sizeof *s);
	s->decision = -1;
	if (g->meeting > asof)
		return;
	s->exists = 1;
	/* Rows were entered in j order: a later j is a later id. */
	for (j = 0; j < g->nresp; j++) {
		if (g->resp[j].date > asof)
			continue;
		if (cur < 0 || g->resp[j].date >= g->resp[cur].date)
			cur = j;
		if (first < 0 || g->resp[j].date < g->resp[first].date)
			first = j;
	}
	for (j = 0; j < g->nupd; j++) {
		if (g->upd[j].date > asof)
			continue;
		if (up < 0 || g->upd[j].date >= g->upd[up].date)
			up = j;
		if (g->upd[j].due >= 0 && (upd_due_j < 0 ||
		    g->upd[j].date >= g->upd[upd_due_j].date)) {
			upd_due_j = j;
			upd_due_date = g->upd[j].due;
		}
	}
	if (upd_due_j >= 0)
		update_due = upd_due_date;
	expected = strcmp(periods[g->committee], "none") != 0;
	if (cur >= 0) {
		s->responded = 1;
		s->decision = g->resp[cur].decision;
		s->days = (int)(g->resp[first].date - g->received);
		if (g->response_due >= 0) {
			s->has_due = 1;
			s->on_time = g->resp[first].date <= g->response_due;
		}
	}
	if (cur < 0 && expected)
		s->state = "awaiting-response";
	else if (cur >= 0 && (s->decision == 3 || s->decision == 4))
		s->state = decisions[s->decision];
	else if (up < 0 || g->upd[up].status == 0)
		s->state = "update-pending";
	else if (g->upd[up].status == 1)
		s->state = "update-in-item";
	else
		s->state = statuses[g->upd[up].status];
	s->closed = strcmp(s->state, "complete") == 0 ||
	    strcmp(s->state, "not-implemented") == 0 ||
	    strcmp(s->state, "superseded") == 0 ||
	    strcmp(s->state, "rejected") == 0 || strcmp(s->state, "noted") == 0;
	if (!s->closed && strcmp(s->state, "paused") != 0)
		s->overdue =
		    (strcmp(s->state, "awaiting-response") == 0 &&
		     g->response_due >= 0 && g->response_due < asof) ||
		    ((strcmp(s->state, "update-pending") == 0 ||
		      strcmp(s->state, "in-progress") == 0 ||
		      strcmp(s->state, "delayed") == 0) &&
		     update_due >= 0 && update_due < asof) ||
		    (g->target >= 0 && g->target < asof);
}

#define MAXGROUPS 16

struct gacc {
	char key[64], name[64];
	int isall;
	long made, responded, dec[5], on_time, due_responded, complete,
	    not_impl, superseded, open, overdue;
	int ndays, days[MAXREC];
};

static struct gacc *
acc_get(struct gacc *a, int *n, const char *key, const char *name, int isall)
{
	int i;

	for (i = 0; i < *n; i++)
		if (a[i].isall == isall && strcmp(a[i].key, key) == 0) {
			if (strcmp(name, a[i].name) < 0)
				snprintf(a[i].name, sizeof a[i].name, "%s", name);
			return &a[i];
		}
	ck_assert_int_lt(*n, MAXGROUPS);
	memset(&a[*n], 0, sizeof a[*n]);
	snprintf(a[*n].key, sizeof a[*n].key, "%s", key);
	snprintf(a[*n].name, sizeof a[*n].name, "%s", name);
	a[*n].isall = isall;
	return &a[(*n)++];
}

static void
acc_add(struct gacc *a, const struct gstate *s)
{
	a->made++;
	if (s->responded) {
		a->responded++;
		a->dec[s->decision]++;
		a->days[a->ndays++] = s->days;
		if (s->has_due) {
			a->due_responded++;
			a->on_time += s->on_time;
		}
	}
	a->complete += strcmp(s->state, "complete") == 0;
	a->not_impl += strcmp(s->state, "not-implemented") == 0;
	a->superseded += strcmp(s->state, "superseded") == 0;
	a->open += !s->closed;
	a->overdue += s->overdue;
}

static void
lower(char *out, size_t size, const char *s)
{
	size_t i;

	for (i = 0; s[i] != '\0' && i + 1 < size; i++)
		out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	out[i] = '\0';
}

static int
int_cmp(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

/* The group sort: named groups by key, the unnamed one, then "all". */
static int
acc_cmp(const void *pa, const void *pb)
{
	const struct gacc *a = pa, *b = pb;

	if (a->isall != b->isall)
		return a->isall - b->isall;
	if ((a->key[0] == '\0') != (b->key[0] == '\0'))
		return a->key[0] == '\0' ? 1 : -1;
	return strcmp(a->key, b->key);
}

/* A percentage rounded half up to one decimal; "" when den is 0. */
static char *
pct(long num, long den)
{
	long tenths;

	if (den == 0)
		return "";
	tenths = (num * 2000 + den) / (2 * den);
	return xprintf("%ld.%ld", tenths / 10, tenths % 10);
}

static char *
median(struct gacc *a)
{
	int s;

	if (a->ndays == 0)
		return "";
	qsort(a->days, (size_t)a->ndays, sizeof a->days[0], int_cmp);
	if (a->ndays % 2)
		return xprintf("%d", a->days[a->ndays / 2]);
	s = a->days[a->ndays / 2 - 1] + a->days[a->ndays / 2];
	return s % 2 == 0 ? xprintf("%d", s / 2) : xprintf("%d.5", s / 2);
}

/*
 * The expected CSV of stats: by is "committee", "lead", "addressee" or
 * "year"; committee -1 for all; since/until ISO or NULL.
 */
static char *
expected(const char *by, int committee, const char *since, const char *until,
    long asof)
{
	struct gacc acc[MAXGROUPS];
	struct gstate s;
	char md[32], key[64];
	int n = 0, i, j, y, seen;
	char *out = xprintf("%s", stats_head);

	for (i = 0; i < nrecs; i++) {
		const struct grec *g = &recs[i];

		iso(g->meeting, md);
		if ((committee >= 0 && g->committee != committee) ||
		    (since && strcmp(md, since) < 0) || (until && strcmp(md, until) > 0))
			continue;
		derive(g, asof, &s);
		if (!s.exists)
			continue;
		acc_add(acc_get(acc, &n, "all", "all", 1), &s);
		if (strcmp(by, "committee") == 0)
			acc_add(acc_get(acc, &n, slugs[g->committee],
			    slugs[g->committee], 0), &s);
		else if (strcmp(by, "addressee") == 0) {
			lower(key, sizeof key, addressees[g->committee]);
			acc_add(acc_get(acc, &n, key, addressees[g->committee], 0), &s);
		} else if (strcmp(by, "year") == 0) {
			y = atoi(md) - (strncmp(md + 5, "05", 2) < 0);
			snprintf(key, sizeof key, "%d/%02d", y, (y + 1) % 100);
			acc_add(acc_get(acc, &n, key, key, 0), &s);
		} else if (g->nlead == 0)
			acc_add(acc_get(acc, &n, "", "", 0), &s);
		else
			for (j = 0; j < g->nlead; j++) {
				lower(key, sizeof key, names[g->lead[j]]);
				/* Two leads the same ignoring case count once. */
				seen = j == 1 && strcasecmp(names[g->lead[0]],
				    names[g->lead[1]]) == 0;
				if (!seen)
					acc_add(acc_get(acc, &n, key, names[g->lead[j]], 0),
					    &s);
				else
					acc_get(acc, &n, key, names[g->lead[j]], 0);
			}
	}
	if (n == 0 || !acc[0].isall) {
		/* Nothing made: the "all" row alone, of zeros. */
		int has_all = 0;

		for (i = 0; i < n; i++)
			has_all |= acc[i].isall;
		if (!has_all)
			acc_get(acc, &n, "all", "all", 1);
	}
	qsort(acc, (size_t)n, sizeof acc[0], acc_cmp);
	for (i = 0; i < n; i++) {
		struct gacc *a = &acc[i];
		long accd = a->dec[0] + a->dec[1] + a->dec[2];

		out = xprintf("%s%s,%ld,%ld,%ld,%ld,%ld,%ld,%ld,%s,%ld,%s,%s,%ld,%ld,"
		    "%ld,%s,%ld,%ld\r\n", out, a->name, a->made, a->responded,
		    a->dec[0], a->dec[1], a->dec[2], a->dec[3], a->dec[4],
		    pct(accd, a->responded), a->on_time,
		    pct(a->on_time, a->due_responded), median(a), a->complete,
		    a->not_impl, a->superseded, pct(a->complete, accd), a->open,
		    a->overdue);
	}
	return out;
}

/* The first line where two CSV texts differ, and the cell, for a message. */
static void
assert_same_csv(const char *want, const char *got, const char *what)
{
	const char *w = want, *g = got;
	int line = 1;

	while (*w != '\0' && *g != '\0') {
		const char *we = strstr(w, "\r\n"), *ge = strstr(g, "\r\n");

		ck_assert_msg(we && ge, "%s: line %d unterminated", what, line);
		ck_assert_msg(we - w == ge - g && memcmp(w, g, (size_t)(we - w)) == 0,
		    "%s: line %d differs:\n want %.*s\n got  %.*s", what, line,
		    (int)(we - w), w, (int)(ge - g), g);
		w = we + 2;
		g = ge + 2;
		line++;
	}
	ck_assert_msg(*w == '\0' && *g == '\0', "%s: %s rows at line %d", what,
	    *w ? "missing" : "extra", line);
}

START_TEST(test_stats_reference)
{
	static const char *const bys[] = {"committee", "lead", "addressee", "year"};
	static const struct { const char *year, *since, *until; } per[] = {
		{NULL, NULL, NULL},
		{"2023", "2023-05-01", "2024-04-30"},
		{"2024", "2024-05-01", "2025-04-30"},
		{NULL, "2023-01-01", "2024-06-30"},
	};
	static const char *const asofs[] = {"2024-03-01", "2025-09-30"};
	struct run r = RUN_INIT;
	char *db = rt_path("ref.db");
	const char *argv[20];
	size_t b, p, a, c;
	int n, y;
	long asof;
	int checked = 0;

	generate(db);
	ck_assert_int_gt(nrecs, 60);
	for (a = 0; a < 2; a++)
		for (b = 0; b < 4; b++)
			for (p = 0; p < 4; p++)
				for (c = 0; c < 2; c++) {
					n = 0;
					argv[n++] = "stats";
					argv[n++] = "--format";
					argv[n++] = "csv";
					argv[n++] = "--as-of";
					argv[n++] = asofs[a];
					argv[n++] = "--by";
					argv[n++] = bys[b];
					if (per[p].year) {
						argv[n++] = "--year";
						argv[n++] = per[p].year;
					} else if (per[p].since) {
						argv[n++] = "--since";
						argv[n++] = per[p].since;
						argv[n++] = "--until";
						argv[n++] = per[p].until;
					}
					if (c) {
						argv[n++] = "--committee";
						argv[n++] = "beta";
					}
					argv[n] = NULL;
					rt_run(&r, db, NULL, argv);
					ck_assert_msg(r.code == 0 && r.err[0] == '\0',
					    "stats failed: %s", r.err);
					sscanf(asofs[a], "%d", &y);
					asof = days_from(y, atoi(asofs[a] + 5),
					    atoi(asofs[a] + 8));
					assert_same_csv(expected(bys[b], c ? 1 : -1,
					    per[p].since, per[p].until, asof), r.out,
					    xprintf("stats as of %s by %s period %zu%s",
					    asofs[a], bys[b], p, c ? " beta" : ""));
					checked++;
				}
	ck_assert_int_eq(checked, 64);
	run_free(&r);
}
END_TEST

Suite *
cli_impact_suite(void)
{
	Suite *s = suite_create("impact");
	TCase *tc = rt_tcase("impact");

	tcase_add_test(tc, test_stats_exact);
	tcase_add_test(tc, test_stats_parts);
	tcase_add_test(tc, test_stats_usage);
	tcase_add_test(tc, test_chase_exact);
	tcase_add_test(tc, test_chase_markdown);
	tcase_add_test(tc, test_calendar_exact);
	tcase_add_test(tc, test_calendar_fold_utf8);
	tcase_add_test(tc, test_stats_reference);
	suite_add_tcase(s, tc);
	return s;
}
