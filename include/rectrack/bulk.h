#ifndef RECTRACK_BULK_H
#define RECTRACK_BULK_H

#include "rectrack/db.h"
#include "rectrack/err.h"

/*
 * A bulk load's row-by-row insert triggers, set aside for the length of
 * its transaction (sql/import/bulk.sql says why):
 *
 *	struct rt_bulk b = RT_BULK_INIT;
 *	rt_bulk_defer(db, &b, e);	before preparing the load's inserts
 *	... insert the rows ...
 *	rt_bulk_finish(db, &b, e);	history, keys, index; triggers back
 *	rt_bulk_release(&b);		always
 *
 * Both steps run inside the caller's transaction; on any failure the
 * caller rolls it back, which restores the triggers.
 */
#define RT_BULK_TABLES   11
#define RT_BULK_TRIGGERS 24

struct rt_bulk {
	sqlite3_int64 last[RT_BULK_TABLES]; /* largest ids before the load */
	char *trigger[RT_BULK_TRIGGERS];    /* their saved CREATE statements */
	int ntrigger;
};
#define RT_BULK_INIT {{0}, {NULL}, 0}

int rt_bulk_defer(struct rt_db *db, struct rt_bulk *b, struct rt_err *e);
int rt_bulk_finish(struct rt_db *db, struct rt_bulk *b, struct rt_err *e);
void rt_bulk_release(struct rt_bulk *b);

#endif
