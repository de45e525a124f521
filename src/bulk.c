/*
 * bulk.c: a bulk load's insert triggers set aside, and their work done
 * once per table at the end (sql/import/bulk.sql).
 */
#include <stdlib.h>
#include <string.h>

#include "rectrack/bulk.h"
#include "rectrack/sqlfiles.h"
#include "rectrack/util.h"

/* The tables, in the order of last_ids; each is the parameter :NAME. */
static const char *const tables[RT_BULK_TABLES] = {":committees",
	":meetings", ":items", ":recommendations", ":actions", ":leads",
	":responses", ":updates", ":reports", ":revisions", ":vocabulary"};

/*
 * What the triggers did, in the order the history gets its rows (a
 * recommendation's before its responses'), the sort keys before the kept
 * state that reads them.
 */
static const enum rt_sql_id catchup[] = {
	RT_SQL_IMPORT_BULK_HISTORY_COMMITTEES,
	RT_SQL_IMPORT_BULK_HISTORY_MEETINGS,
	RT_SQL_IMPORT_BULK_HISTORY_ITEMS,
	RT_SQL_IMPORT_BULK_HISTORY_RECOMMENDATIONS,
	RT_SQL_IMPORT_BULK_HISTORY_ACTIONS,
	RT_SQL_IMPORT_BULK_HISTORY_LEADS,
	RT_SQL_IMPORT_BULK_HISTORY_RESPONSES,
	RT_SQL_IMPORT_BULK_HISTORY_UPDATES,
	RT_SQL_IMPORT_BULK_HISTORY_REPORTS,
	RT_SQL_IMPORT_BULK_HISTORY_REVISIONS,
	RT_SQL_IMPORT_BULK_HISTORY_VOCABULARY,
	RT_SQL_IMPORT_BULK_KEY_RECOMMENDATIONS,
	RT_SQL_IMPORT_BULK_KEY_ACTIONS,
	RT_SQL_IMPORT_BULK_INDEX_RECOMMENDATIONS,
	RT_SQL_IMPORT_BULK_INDEX_RESPONSES,
	RT_SQL_IMPORT_BULK_INDEX_UPDATES,
	RT_SQL_IMPORT_BULK_INDEX_ACTIONS,
	RT_SQL_IMPORT_BULK_KEPT_RECS_TABLE,
	RT_SQL_IMPORT_BULK_KEPT_RECS_NEW,
	RT_SQL_IMPORT_BULK_KEPT_RECS_PARENTS,
	RT_SQL_IMPORT_BULK_KEPT_RECS_CHILDREN,
	RT_SQL_IMPORT_BULK_KEPT_RECS_DELETE,
	RT_SQL_IMPORT_BULK_KEPT_RECS_INSERT,
	RT_SQL_IMPORT_BULK_KEPT_ROLLUPS_DELETE,
	RT_SQL_IMPORT_BULK_KEPT_ROLLUPS_INSERT,
	RT_SQL_IMPORT_BULK_KEPT_ACTIONS_TABLE,
	RT_SQL_IMPORT_BULK_KEPT_ACTIONS_NEW,
	RT_SQL_IMPORT_BULK_KEPT_ACTIONS_DELETE,
	RT_SQL_IMPORT_BULK_KEPT_ACTIONS_INSERT,
	RT_SQL_IMPORT_BULK_KEPT_DONE,
	RT_SQL_IMPORT_BULK_KEPT_DONE_ACTIONS,
};

/* The largest id of each table, into last[]. */
static int
last_ids(struct rt_db *db, sqlite3_int64 last[RT_BULK_TABLES],
    struct rt_err *e)
{
	sqlite3_stmt *st = NULL;
	int i, row, rc;

	if ((rc = rt_db_prepare_sql(db, RT_SQL_IMPORT_BULK_LAST_IDS, &st, e))
	    != RT_OK)
		return rc;
	if ((rc = rt_db_step(db, st, &row, "import", e)) == RT_OK)
		for (i = 0; i < RT_BULK_TABLES; i++)
			last[i] = sqlite3_column_int64(st, i);
	sqlite3_finalize(st);
	return rc;
}

int
rt_bulk_defer(struct rt_db *db, struct rt_bulk *b, struct rt_err *e)
{
	sqlite3_stmt *st = NULL;
	int row, rc;

	if ((rc = last_ids(db, b->last, e)) != RT_OK || (rc = rt_db_prepare_sql(db,
	    RT_SQL_IMPORT_BULK_TRIGGERS, &st, e)) != RT_OK)
		return rc;
	while (b->ntrigger < RT_BULK_TRIGGERS && (rc = rt_db_step(db, st, &row,
	    "import", e)) == RT_OK && row) {
		const char *sql = (const char *)sqlite3_column_text(st, 0);

		if (sql == NULL ||
		    (b->trigger[b->ntrigger] = rt_strdup(sql)) == NULL) {
			rc = rt_error(e, RT_FAIL, "out of memory");
			break;
		}
		b->ntrigger++;
	}
	sqlite3_finalize(st);
	if (rc != RT_OK)
		return rc;
	return rt_db_exec(db, rt_sql(RT_SQL_IMPORT_BULK_DROP), e);
}

int
rt_bulk_finish(struct rt_db *db, struct rt_bulk *b, struct rt_err *e)
{
	sqlite3_int64 now[RT_BULK_TABLES];
	sqlite3_stmt *st;
	size_t i;
	int rc, t, k;

	/* Nothing added (a file imported twice): nothing to do, or write. */
	if ((rc = last_ids(db, now, e)) != RT_OK)
		return rc;
	if (memcmp(now, b->last, sizeof now) == 0)
		goto triggers;
	if ((rc = rt_db_exec(db, rt_sql(RT_SQL_IMPORT_BULK_HASH_BIG), e)) != RT_OK)
		return rc;
	for (i = 0; i < sizeof catchup / sizeof catchup[0]; i++) {
		if ((rc = rt_db_prepare_sql(db, catchup[i], &st, e)) != RT_OK)
			return rc;
		for (t = 0; t < RT_BULK_TABLES; t++)
			if ((k = sqlite3_bind_parameter_index(st, tables[t])) > 0)
				sqlite3_bind_int64(st, k, b->last[t]);
		rc = rt_db_step(db, st, NULL, "import", e);
		sqlite3_finalize(st);
		if (rc != RT_OK)
			return rc;
	}
	if ((rc = rt_db_exec(db, rt_sql(RT_SQL_IMPORT_BULK_HASH_DEFAULT), e))
	    != RT_OK)
		return rc;
triggers:
	for (i = 0; i < (size_t)b->ntrigger; i++)
		if ((rc = rt_db_exec(db, b->trigger[i], e)) != RT_OK)
			return rc;
	return RT_OK;
}

void
rt_bulk_release(struct rt_bulk *b)
{
	int i;

	for (i = 0; i < b->ntrigger; i++)
		free(b->trigger[i]);
	b->ntrigger = 0;
}
