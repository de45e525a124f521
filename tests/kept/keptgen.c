/*
 * keptgen.c - rt_keptgen: a generated tracker for the differential test of
 * the kept state (differential.sh).
 *
 *   rt_keptgen SEED RECS DB DERIVED
 *
 * DB is a database rectrack has just made.  It gets, from SEED (xorshift64*,
 * the same rows on every machine): committees with every kind of response
 * period, meetings from 2023 to 2027 (some after today), items,
 * recommendations about RECS of them with sub-recommendations, actions on
 * recommendations and on items, responses (amended ones, some dated after
 * today), updates with every status, revisions of targets and due dates,
 * reports and leads; then edits and deletes of every kind, as the sqlite3
 * shell would make them.  Every write goes through the schema's triggers.
 * DERIVED is a copy of DB with the kept tables emptied, so that the state
 * views derive every row.
 */
#include <sqlite3.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng;

static uint64_t
next(void)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 2685821657736338717ULL;
}

static int
pick(int n)
{
	return (int)((next() >> 33) % (uint64_t)n);
}

static sqlite3 *h;

static void
run(const char *fmt, ...)
{
	char *sql, *err = NULL;
	va_list ap;

	va_start(ap, fmt);
	sql = sqlite3_vmprintf(fmt, ap);
	va_end(ap);
	if (sql == NULL || sqlite3_exec(h, sql, NULL, NULL, &err) != SQLITE_OK) {
		fprintf(stderr, "rt_keptgen: %s\n  in: %s\n", err ? err : "out of memory",
		    sql ? sql : "");
		exit(1);
	}
	sqlite3_free(sql);
}

/*
 * A value formatted for run()'s arguments (a date, a number, NULL or not
 * at random), kept until the end and freed there with the others.
 */
static char **held;
static size_t nheld, capheld;

static char *
val(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = sqlite3_vmprintf(fmt, ap);
	va_end(ap);
	if (s != NULL && nheld == capheld) {
		char **p = realloc(held, (capheld ? 2 * capheld : 256) * sizeof *held);

		if (p == NULL) {
			sqlite3_free(s);
			s = NULL;
		} else {
			held = p;
			capheld = capheld ? 2 * capheld : 256;
		}
	}
	if (s == NULL) {
		fprintf(stderr, "rt_keptgen: out of memory\n");
		exit(1);
	}
	held[nheld++] = s;
	return s;
}

static void
val_free(void)
{
	while (nheld > 0)
		sqlite3_free(held[--nheld]);
	free(held);
	held = NULL;
	capheld = 0;
}

static const char *periods[] = {"2 months", "30 days", "6 weeks", "open", "none", "1 month"};
static const char *decisions[] = {"accepted", "accepted-in-principle",
	"partially-accepted", "rejected", "noted"};
static const char *statuses[] = {"pending", "in-item", "in-progress", "delayed", "paused",
	"complete", "not-implemented", "superseded"};
static const char *subs[] = {"i", "ii", "iii", "iv", "a", "b"};

/* A date N days after the meeting's, as SQL. */
#define DAYS(m, n) "date((SELECT date FROM meetings WHERE id = %d), '+%d days')"

int
main(int argc, char **argv)
{
	int recs, c, ncomm, meeting = 0, item = 0, rec = 0, action = 0, resp = 0, upd = 0;
	int i, j, k;

	if (argc != 5) {
		fprintf(stderr, "usage: rt_keptgen SEED RECS DB DERIVED\n");
		return 2;
	}
	rng = strtoull(argv[1], NULL, 10) * 0x9E3779B97F4A7C15ULL + 1;
	recs = atoi(argv[2]);
	if (sqlite3_open(argv[3], &h) != SQLITE_OK)
		return 1;
	run("PRAGMA foreign_keys = ON; BEGIN");
	ncomm = 3 + recs / 200;
	for (c = 1; c <= ncomm; c++) {
		run("INSERT INTO committees(id, slug, name, response_period) "
		    "VALUES (%d, 'c%d', 'Committee %d', '%s')", c, c, c, periods[(c - 1) % 6]);
		for (i = 0; i < 8; i++) {
			meeting++;
			run("INSERT INTO meetings(id, committee_id, date) VALUES (%d, %d, "
			    "date('2023-01-01', '+%d days'))", meeting, c, i * 230 + pick(200));
			for (j = 0; j < 1 + pick(2); j++) {
				item++;
				run("INSERT INTO items(id, meeting_id, title) VALUES (%d, %d, "
				    "'Item %d')", item, meeting, item);
				if (pick(4) == 0) {
					action++;
					run("INSERT INTO actions(id, item_id, number, text, due_date) "
					    "VALUES (%d, %d, '%d', 'Item action', " DAYS(m, n) ")",
					    action, item, 1 + pick(3) * 10 + j, meeting, 30 + pick(500));
				}
			}
		}
	}
	/* Recommendations in random items, a third with children. */
	for (i = 0; rec < recs; i++) {
		int it = 1 + pick(item), m, parent, nkids, kid;

		m = 0;
		{
			sqlite3_stmt *st;

			sqlite3_prepare_v2(h, "SELECT meeting_id FROM items WHERE id = ?1", -1,
			    &st, NULL);
			sqlite3_bind_int(st, 1, it);
			if (sqlite3_step(st) == SQLITE_ROW)
				m = sqlite3_column_int(st, 0);
			sqlite3_finalize(st);
		}
		parent = ++rec;
		run("INSERT INTO recommendations(id, item_id, number, text, response_expected, "
		    "response_due, update_due, target_date) VALUES (%d, %d, 'R%d', 'Rec %d', %s, "
		    "%s, %s, %s)", rec, it, i + 1, rec,
		    pick(5) == 0 ? (pick(2) ? "0" : "1") : "NULL",
		    pick(3) ? val(DAYS(m, n), m, 20 + pick(90)) : "NULL",
		    pick(2) ? val(DAYS(m, n), m, 100 + pick(500)) : "NULL",
		    pick(3) == 0 ? val(DAYS(m, n), m, 200 + pick(900)) : "NULL");
		nkids = pick(3) == 0 ? 1 + pick(4) : 0;
		for (kid = 0; kid < nkids; kid++) {
			rec++;
			run("INSERT INTO recommendations(id, item_id, parent_id, number, text, "
			    "response_due, update_due, target_date) VALUES (%d, %d, %d, '%s', "
			    "'Sub %d', %s, %s, %s)", rec, it, parent, subs[kid], rec,
			    pick(2) ? val(DAYS(m, n), m, 20 + pick(90)) : "NULL",
			    pick(2) ? val(DAYS(m, n), m, 100 + pick(500)) : "NULL",
			    pick(4) == 0 ? val(DAYS(m, n), m, 200 + pick(900)) : "NULL");
		}
		for (k = parent; k <= rec; k++) {
			int nr = k == parent ? pick(3) : (pick(3) == 0), nu = pick(4), na = pick(5) == 0 ?
			    1 + pick(3) : 0;

			if (pick(4) == 0)
				run("INSERT INTO leads(recommendation_id, position, name) VALUES "
				    "(%d, 1, 'Lead %d'), (%d, 2, 'Other %d')", k, pick(5), k, pick(5));
			for (j = 0; j < nr; j++) {
				resp++;
				run("INSERT INTO responses(id, recommendation_id, date, decision) "
				    "VALUES (%d, %d, " DAYS(m, n) ", '%s')", resp, k, m,
				    10 + pick(j ? 900 : 400), decisions[pick(5)]);
				if (pick(3) == 0)
					run("INSERT INTO reports(meeting_id, response_id) SELECT id, %d "
					    "FROM meetings WHERE committee_id = (SELECT committee_id FROM "
					    "meetings WHERE id = %d) ORDER BY id LIMIT 1 OFFSET %d",
					    resp, m, pick(8));
			}
			for (j = 0; j < na; j++) {
				action++;
				run("INSERT INTO actions(id, recommendation_id, number, text, due_text, "
				    "due_date) VALUES (%d, %d, %s, 'Action', 'soon', %s)", action, k,
				    pick(2) ? val("'%d'", j + 1) : "NULL",
				    pick(3) ? val(DAYS(m, n), m, 50 + pick(700)) : "NULL");
				if (pick(3) == 0)
					run("INSERT INTO leads(action_id, position, name) VALUES "
					    "(%d, 1, 'Lead %d')", action, pick(5));
				if (pick(3) == 0)
					run("INSERT INTO revisions(action_id, date, old_text, old_date, "
					    "new_text, new_date, reason) VALUES (%d, " DAYS(m, n) ", 'first', "
					    DAYS(m, n) ", 'soon', (SELECT due_date FROM actions WHERE id = %d), "
					    "'moved')", action, m, 30 + pick(900), m, 40 + pick(300), action);
			}
			for (j = 0; j < nu; j++) {
				int onact = na > 0 && pick(2);

				upd++;
				run("INSERT INTO updates(id, recommendation_id, action_id, date, status, "
				    "due, rag, percent) VALUES (%d, %s, %s, " DAYS(m, n) ", '%s', %s, %s, %s)",
				    upd, onact ? "NULL" : val("%d", k),
				    onact ? val("%d", action - pick(na)) : "NULL",
				    m, 20 + pick(1100), statuses[pick(8)],
				    pick(3) == 0 ? val(DAYS(m, n), m, 100 + pick(900)) : "NULL",
				    pick(2) ? "'amber'" : "NULL", pick(2) ? val("%d", pick(101))
				    : "NULL");
				if (pick(4) == 0)
					run("INSERT INTO reports(meeting_id, update_id) SELECT id, %d "
					    "FROM meetings WHERE committee_id = (SELECT committee_id FROM "
					    "meetings WHERE id = %d) ORDER BY id LIMIT 1 OFFSET %d",
					    upd, m, pick(8));
			}
			if (pick(5) == 0)
				run("INSERT INTO revisions(recommendation_id, date, old_text, old_date, "
				    "new_text, new_date, reason) VALUES (%d, " DAYS(m, n) ", 'was', "
				    DAYS(m, n) ", NULL, NULL, 'revised'); UPDATE recommendations SET "
				    "target_text = 'now', target_date = " DAYS(m, n) " WHERE id = %d",
				    k, m, 30 + pick(900), m, 60 + pick(400), m, 300 + pick(900), k);
		}
	}
	run("COMMIT");
	/* Edits and deletes of every kind, as another program would make them. */
	for (i = 0; i < 3 + recs / 20; i++) {
		int r = 1 + pick(rec);

		switch (pick(14)) {
		case 0: run("UPDATE responses SET decision = '%s' WHERE id = %d",
		    decisions[pick(5)], 1 + pick(resp)); break;
		case 1: k = 1 + pick(resp); run("DELETE FROM reports WHERE response_id = %d; "
		    "DELETE FROM responses WHERE id = %d", k, k); break;
		case 2: run("UPDATE updates SET status = '%s', date = date(date, '+%d days') "
		    "WHERE id = %d", statuses[pick(8)], pick(300), 1 + pick(upd)); break;
		case 3: k = 1 + pick(upd); run("DELETE FROM reports WHERE update_id = %d; "
		    "DELETE FROM updates WHERE id = %d", k, k); break;
		case 4: run("UPDATE committees SET response_period = '%s' WHERE id = %d",
		    periods[pick(6)], 1 + pick(ncomm)); break;
		case 5: run("UPDATE recommendations SET parent_id = NULL, number = number || 'x' "
		    "WHERE id = %d AND parent_id IS NOT NULL", r); break;
		case 6: run("UPDATE recommendations SET target_date = date('2024-06-01', '+%d days'), "
		    "response_expected = %d WHERE id = %d", pick(900), pick(2), r); break;
		case 7: run("UPDATE OR IGNORE meetings SET date = date(date, '+%d days') WHERE id IN "
		    "(SELECT meeting_id FROM reports WHERE id = %d)", pick(60), 1 + pick(resp)); break;
		case 8: run("UPDATE actions SET due_date = date('2024-01-01', '+%d days') WHERE id = %d",
		    pick(1000), 1 + pick(action)); break;
		case 9: run("DELETE FROM leads WHERE id = (SELECT min(id) FROM leads WHERE id >= %d)",
		    pick(rec)); break;
		case 10: run("UPDATE recommendations SET number = 'N%d' WHERE id = %d", i, r); break;
		case 11: run("DELETE FROM reports WHERE response_id IN (SELECT id FROM responses "
		    "WHERE recommendation_id = %d) OR update_id IN (SELECT id FROM updates "
		    "WHERE recommendation_id = %d); DELETE FROM responses WHERE recommendation_id "
		    "= %d; DELETE FROM updates WHERE recommendation_id = %d; DELETE FROM leads "
		    "WHERE recommendation_id = %d; DELETE FROM revisions WHERE recommendation_id "
		    "= %d; DELETE FROM recommendations WHERE id = %d AND NOT EXISTS (SELECT 1 "
		    "FROM actions WHERE recommendation_id = %d) AND NOT EXISTS (SELECT 1 FROM "
		    "recommendations WHERE parent_id = %d)", r, r, r, r, r, r, r, r, r); break;
		case 12: run("UPDATE recommendations SET number = number || 'm', parent_id = "
		    "(SELECT p.id FROM recommendations p WHERE p.item_id = recommendations.item_id "
		    "AND p.parent_id IS NULL AND p.id <> recommendations.id "
		    "AND p.id IS NOT recommendations.parent_id ORDER BY p.id DESC LIMIT 1) "
		    "WHERE id = %d AND NOT EXISTS (SELECT 1 FROM recommendations c "
		    "WHERE c.parent_id = %d)", r, r); break;
		default: run("DELETE FROM revisions WHERE id = (SELECT min(id) FROM revisions "
		    "WHERE id >= %d)", pick(rec / 4 + 1)); break;
		}
	}
	run("VACUUM INTO %Q", argv[4]);
	sqlite3_close(h);
	if (sqlite3_open(argv[4], &h) != SQLITE_OK)
		return 1;
	run("DELETE FROM kept_recommendations; DELETE FROM kept_rollups; DELETE FROM kept_actions");
	sqlite3_close(h);
	val_free();
	return 0;
}
