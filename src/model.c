/*
 * model.c - the rows the recording commands share (see model.h).
 *
 * Names and dates are always bound parameters; a lookup that finds nothing
 * is invalid data (exit 3), naming the value the user gave.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "rectrack/model.h"
#include "rectrack/sqlfiles.h"
#include "rectrack/util.h"

/* Step a prepared lookup once: *id gets column 0 when there is a row. */
static int
lookup_id(struct rt_db *db, sqlite3_stmt *st, sqlite3_int64 *id, int *found,
    struct rt_err *e)
{
	int rc, row;

	rc = rt_db_step(db, st, &row, "database", e);
	*found = rc == RT_OK && row;
	if (*found && id != NULL)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc;
}

/* s in lower case (ASCII), cut to fit out: for rt_closeness. */
static void
lower(char *out, size_t size, const char *s)
{
	size_t i;

	for (i = 0; s[i] != '\0' && i < size - 1; i++)
		out[i] = (char)tolower((unsigned char)s[i]);
	out[i] = '\0';
}

/* The unknown committee's message, with the closest slug or name if any. */
static int
unknown_committee(struct rt_db *db, const char *name, struct rt_err *e)
{
	sqlite3_stmt *st;
	char word[64], low[64], list[RT_SUGGEST_MAX * 70];
	struct rt_suggest sg;
	int rc, row, k;

	lower(word, sizeof word, name);
	rt_suggest_init(&sg, word);
	if ((rc = rt_db_prepare(db, rt_sql("cmd/committee_names.sql"), &st, e))
	    != RT_OK)
		return rc;
	while ((rc = rt_db_step(db, st, &row, "database", e)) == RT_OK && row) {
		/* The slug, then the name: either one suggests the slug. */
		for (k = 0; k < 2; k++) {
			lower(low, sizeof low, (const char *)sqlite3_column_text(st, k));
			rt_suggest_add(&sg, low,
			    (const char *)sqlite3_column_text(st, 0));
		}
	}
	sqlite3_finalize(st);
	if (rc != RT_OK)
		return rc;
	if (sg.n > 0)
		return rt_error(e, RT_INVALID, "unknown committee '%s': did you mean "
		    "%s? (see 'rectrack committee list')", name,
		    rt_suggest_text(&sg, list, sizeof list));
	return rt_error(e, RT_INVALID, "unknown committee '%s' (see 'rectrack "
	    "committee list')", name);
}

int
rt_committee_find(struct rt_db *db, const char *name, sqlite3_int64 *id,
    char slug[RT_SLUG_LEN], struct rt_err *e)
{
	sqlite3_stmt *st;
	char first[RT_SLUG_LEN] = "";
	int rc, row, n = 0;

	if ((rc = rt_db_prepare(db, rt_sql("cmd/committee_find.sql"), &st, e))
	    != RT_OK)
		return rc;
	rt_bind_text(st, ":name", name);
	while ((rc = rt_db_step(db, st, &row, "database", e)) == RT_OK && row) {
		const char *s = (const char *)sqlite3_column_text(st, 1);

		if (n++ == 0) {
			if (id != NULL)
				*id = sqlite3_column_int64(st, 0);
			snprintf(first, sizeof first, "%s", s);
			/* A slug is unique: no second row to look at. */
			if (sqlite3_stricmp(s, name) == 0)
				break;
		} else
			rc = rt_error(e, RT_INVALID, "committee name '%s' is shared by "
			    "'%s' and '%s': give the slug", name, first, s);
	}
	sqlite3_finalize(st);
	if (rc != RT_OK)
		return rc;
	if (n == 0)
		return unknown_committee(db, name, e);
	if (slug != NULL)
		memcpy(slug, first, sizeof first);
	return RT_OK;
}

int
rt_committee_id(struct rt_db *db, const char *slug, sqlite3_int64 *id,
    struct rt_err *e)
{
	return rt_committee_find(db, slug, id, NULL, e);
}

int
rt_committee_of_rec(struct rt_db *db, sqlite3_int64 rec, sqlite3_int64 *id,
    struct rt_err *e)
{
	sqlite3_stmt *st;
	int found, rc;

	if ((rc = rt_db_prepare_named(db, "cmd/model.sql", "committee_of_rec", &st,
	    e)) != RT_OK)
		return rc;
	rt_bind_int(st, ":rec", rec);
	if ((rc = lookup_id(db, st, id, &found, e)) == RT_OK && !found)
		rc = rt_error(e, RT_INVALID, "no recommendation with id %lld",
		    (long long)rec);
	return rc;
}

int
rt_meeting_get(struct rt_db *db, sqlite3_int64 committee, const char *date,
    const char *title, int create, sqlite3_int64 *id, struct rt_err *e)
{
	sqlite3_stmt *st;
	int rc, found;

	if ((rc = rt_db_prepare(db, "SELECT id FROM meetings "
	    "WHERE committee_id = ?1 AND date = ?2", &st, e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, committee);
	sqlite3_bind_text(st, 2, date, -1, SQLITE_STATIC);
	if ((rc = lookup_id(db, st, id, &found, e)) != RT_OK || found)
		return rc;
	if (!create)
		return rt_error(e, RT_INVALID, "no meeting on %s (see 'rectrack "
		    "meeting list')", date);
	if ((rc = rt_db_prepare(db, "INSERT INTO meetings(committee_id, date, title) "
	    "VALUES (?1, ?2, ?3)", &st, e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, committee);
	sqlite3_bind_text(st, 2, date, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, title, -1, SQLITE_STATIC);
	rc = rt_db_step(db, st, NULL, "meeting", e);
	sqlite3_finalize(st);
	*id = sqlite3_last_insert_rowid(db->h);
	return rc;
}

int
rt_item_get(struct rt_db *db, sqlite3_int64 meeting, const char *title,
    sqlite3_int64 *id, struct rt_err *e)
{
	sqlite3_stmt *st;
	int rc, found;

	if ((rc = rt_db_prepare(db, "SELECT id FROM items "
	    "WHERE meeting_id = ?1 AND title = ?2", &st, e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_text(st, 2, title, -1, SQLITE_STATIC);
	if ((rc = lookup_id(db, st, id, &found, e)) != RT_OK || found)
		return rc;
	if ((rc = rt_db_prepare(db, "INSERT INTO items(meeting_id, title) "
	    "VALUES (?1, ?2)", &st, e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_text(st, 2, title, -1, SQLITE_STATIC);
	rc = rt_db_step(db, st, NULL, "item", e);
	sqlite3_finalize(st);
	*id = sqlite3_last_insert_rowid(db->h);
	return rc;
}

static int
find(struct rt_db *db, const char *sql, const char *what, sqlite3_int64 id,
    char meeting_date[11], struct rt_err *e)
{
	sqlite3_stmt *st;
	int rc, row;

	if ((rc = rt_db_prepare(db, sql, &st, e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	rc = rt_db_step(db, st, &row, "database", e);
	if (rc == RT_OK && !row)
		rc = rt_error(e, RT_INVALID, "unknown %s %lld", what, (long long)id);
	if (rc == RT_OK && meeting_date != NULL)
		snprintf(meeting_date, 11, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return rc;
}

int
rt_rec_find(struct rt_db *db, sqlite3_int64 id, char meeting_date[11],
    struct rt_err *e)
{
	return find(db, "SELECT m.date FROM recommendations r "
	    "JOIN items i ON i.id = r.item_id JOIN meetings m ON m.id = i.meeting_id "
	    "WHERE r.id = ?1", "recommendation", id, meeting_date, e);
}

int
rt_action_find(struct rt_db *db, sqlite3_int64 id, char meeting_date[11],
    struct rt_err *e)
{
	return find(db, "SELECT m.date FROM actions a "
	    "LEFT JOIN recommendations r ON r.id = a.recommendation_id "
	    "JOIN items i ON i.id = coalesce(a.item_id, r.item_id) "
	    "JOIN meetings m ON m.id = i.meeting_id WHERE a.id = ?1",
	    "action", id, meeting_date, e);
}

int
rt_leads_set(struct rt_db *db, const char *owner_col, sqlite3_int64 owner,
    char **names, int n, struct rt_err *e)
{
	sqlite3_stmt *st;
	char sql[160];
	int rc, i;

	/* owner_col is one of two constants of ours, never user input. */
	if (strcmp(owner_col, "recommendation_id") != 0 &&
	    strcmp(owner_col, "action_id") != 0)
		return rt_error(e, RT_FAIL, "leads: bad owner '%s'", owner_col);
	snprintf(sql, sizeof sql, "DELETE FROM leads WHERE %s = ?1", owner_col);
	if ((rc = rt_db_prepare(db, sql, &st, e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, owner);
	rc = rt_db_step(db, st, NULL, "leads", e);
	sqlite3_finalize(st);
	if (rc != RT_OK)
		return rc;
	snprintf(sql, sizeof sql, "INSERT INTO leads(%s, position, name) "
	    "VALUES (?1, ?2, ?3)", owner_col);
	if ((rc = rt_db_prepare(db, sql, &st, e)) != RT_OK)
		return rc;
	for (i = 0; i < n && rc == RT_OK; i++) {
		sqlite3_bind_int64(st, 1, owner);
		sqlite3_bind_int(st, 2, i + 1);
		sqlite3_bind_text(st, 3, names[i], -1, SQLITE_STATIC);
		rc = rt_db_step(db, st, NULL, "leads", e);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return rc;
}
