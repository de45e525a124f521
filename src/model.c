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
	if ((rc = rt_db_prepare_sql(db, RT_SQL_CMD_COMMITTEE_NAMES, &st, e))
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

	if ((rc = rt_db_prepare_sql(db, RT_SQL_CMD_COMMITTEE_FIND, &st, e))
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

	if ((rc = rt_db_prepare_sql(db, RT_SQL_CMD_MODEL_COMMITTEE_OF_REC, &st,
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

	if ((rc = rt_db_prepare_sql(db, RT_SQL_CMD_MODEL_MEETING_FIND, &st,
	    e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, committee);
	sqlite3_bind_text(st, 2, date, -1, SQLITE_STATIC);
	if ((rc = lookup_id(db, st, id, &found, e)) != RT_OK || found)
		return rc;
	if (!create)
		return rt_error(e, RT_INVALID, "no meeting on %s (see 'rectrack "
		    "meeting list')", date);
	if ((rc = rt_db_prepare_sql(db, RT_SQL_CMD_MODEL_MEETING_ADD, &st,
	    e)) != RT_OK)
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

	if ((rc = rt_db_prepare_sql(db, RT_SQL_CMD_MODEL_ITEM_FIND, &st,
	    e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_text(st, 2, title, -1, SQLITE_STATIC);
	if ((rc = lookup_id(db, st, id, &found, e)) != RT_OK || found)
		return rc;
	if ((rc = rt_db_prepare_sql(db, RT_SQL_CMD_MODEL_ITEM_ADD, &st,
	    e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, meeting);
	sqlite3_bind_text(st, 2, title, -1, SQLITE_STATIC);
	rc = rt_db_step(db, st, NULL, "item", e);
	sqlite3_finalize(st);
	*id = sqlite3_last_insert_rowid(db->h);
	return rc;
}

static int
find(struct rt_db *db, enum rt_sql_id sql, const char *what, sqlite3_int64 id,
    char meeting_date[11], struct rt_err *e)
{
	sqlite3_stmt *st;
	int rc, row;

	if ((rc = rt_db_prepare_sql(db, sql, &st, e)) != RT_OK)
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
	return find(db, RT_SQL_CMD_MODEL_REC_MEETING_DATE, "recommendation", id,
	    meeting_date, e);
}

int
rt_action_find(struct rt_db *db, sqlite3_int64 id, char meeting_date[11],
    struct rt_err *e)
{
	return find(db, RT_SQL_CMD_MODEL_ACTION_MEETING_DATE, "action", id,
	    meeting_date, e);
}

int
rt_leads_set(struct rt_db *db, int on_action, sqlite3_int64 owner,
    char **names, int n, struct rt_err *e)
{
	sqlite3_stmt *st;
	int rc, i;

	if ((rc = rt_db_prepare_sql(db, on_action ?
	    RT_SQL_CMD_MODEL_ACTION_LEADS_CLEAR :
	    RT_SQL_CMD_MODEL_REC_LEADS_CLEAR, &st, e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, owner);
	rc = rt_db_step(db, st, NULL, "leads", e);
	sqlite3_finalize(st);
	if (rc != RT_OK)
		return rc;
	if ((rc = rt_db_prepare_sql(db, on_action ?
	    RT_SQL_CMD_MODEL_ACTION_LEAD_ADD : RT_SQL_CMD_MODEL_REC_LEAD_ADD,
	        &st,
	    e)) != RT_OK)
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

/* A run of digits: its length without leading zeros (two digits), then it. */
static int
key_run(const char *run, size_t n, char *key, size_t size, size_t *k)
{
	int w;

	while (n > 0 && *run == '0')
		run++, n--;
	w = snprintf(key + *k, size - *k, "%02zu%.*s", n, (int)n, run);
	if (w < 0 || (size_t)w >= size - *k)
		return -1;
	*k += (size_t)w;
	return 0;
}

int
rt_number_key(const char *number, char *key, size_t size)
{
	const char *run = NULL;
	size_t k = 0;

	if (size == 0)
		return -1;
	key[0] = '\0';
	for (; *number != '\0'; number++) {
		if (*number >= '0' && *number <= '9') {
			if (run == NULL)
				run = number;
			continue;
		}
		if (run != NULL && key_run(run, (size_t)(number - run), key, size,
		    &k) != 0)
			return -1;
		run = NULL;
		if (k + 1 >= size)
			return -1;
		/* lower() of SQLite folds ASCII only, as here. */
		key[k++] = *number >= 'A' && *number <= 'Z' ?
		    (char)(*number - 'A' + 'a') : *number;
		key[k] = '\0';
	}
	if (run != NULL && key_run(run, strlen(run), key, size, &k) != 0)
		return -1;
	return 0;
}
