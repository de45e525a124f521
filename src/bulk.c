/*
 * bulk.c: a bulk load's insert triggers set aside, and their work done
 * once per table at the end (sql/import/bulk.sql).
 */
#include <stdlib.h>
#include <string.h>

#include "rectrack/bulk.h"
#include "rectrack/sqlfiles.h"
#include "rectrack/util.h"

/*
 * What the triggers did, per table: each statement's ?1 is the largest id
 * the table (its index in last_ids) had before the load.  In the order
 * the history gets its rows: a recommendation's before its responses'.
 */
static const struct {
	int table;
	enum rt_sql_id sql;
} catchup[] = {
	{0, RT_SQL_IMPORT_BULK_HISTORY_COMMITTEES},
	{1, RT_SQL_IMPORT_BULK_HISTORY_MEETINGS},
	{2, RT_SQL_IMPORT_BULK_HISTORY_ITEMS},
	{3, RT_SQL_IMPORT_BULK_HISTORY_RECOMMENDATIONS},
	{4, RT_SQL_IMPORT_BULK_HISTORY_ACTIONS},
	{5, RT_SQL_IMPORT_BULK_HISTORY_LEADS},
	{6, RT_SQL_IMPORT_BULK_HISTORY_RESPONSES},
	{7, RT_SQL_IMPORT_BULK_HISTORY_UPDATES},
	{8, RT_SQL_IMPORT_BULK_HISTORY_REPORTS},
	{9, RT_SQL_IMPORT_BULK_HISTORY_REVISIONS},
	{10, RT_SQL_IMPORT_BULK_HISTORY_VOCABULARY},
	{3, RT_SQL_IMPORT_BULK_KEY_RECOMMENDATIONS},
	{4, RT_SQL_IMPORT_BULK_KEY_ACTIONS},
	{3, RT_SQL_IMPORT_BULK_INDEX_RECOMMENDATIONS},
	{6, RT_SQL_IMPORT_BULK_INDEX_RESPONSES},
	{7, RT_SQL_IMPORT_BULK_INDEX_UPDATES},
	{4, RT_SQL_IMPORT_BULK_INDEX_ACTIONS},
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
	int rc;

	/* Nothing added (a file imported twice): nothing to do, or write. */
	if ((rc = last_ids(db, now, e)) != RT_OK)
		return rc;
	if (memcmp(now, b->last, sizeof now) == 0)
		goto triggers;
	if ((rc = rt_db_exec(db, rt_sql(RT_SQL_IMPORT_BULK_HASH_BIG), e)) != RT_OK)
		return rc;
	for (i = 0; i < sizeof catchup / sizeof catchup[0]; i++) {
		if ((rc = rt_db_prepare_sql(db, catchup[i].sql, &st, e)) != RT_OK)
			return rc;
		sqlite3_bind_int64(st, 1, b->last[catchup[i].table]);
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
