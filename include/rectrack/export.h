/*
 * export.h - the export's files, for the commands that write them too
 * (publish puts the same CSVs, and a JSON of each, in its data/ folder).
 */
#ifndef RECTRACK_EXPORT_H
#define RECTRACK_EXPORT_H

#include <stdio.h>
#include "rectrack/cmd.h"

/*
 * The tables of "export --dir", in the order written ("committees", ...,
 * "action_state"), NULL-terminated.  Each is sql/export/TABLE.sql and
 * becomes TABLE.csv.
 */
extern const char *const rt_export_tables[];
/* The statement of a table of the export: 1, or 0 when there is none. */
int rt_export_sql(const char *table, enum rt_sql_id *id);

/*
 * Write one table's rows (sql/export/TABLE.sql, states as of as_of) in
 * fmt to fp, exactly as "export" does: RT_FMT_CSV is the export's CSV
 * (formula guard on, no BOM), RT_FMT_JSON an array of objects.  The
 * caller holds the read transaction and has computed the state views
 * (rt_db_as_of) for as_of.  rows, bytes and sha (each may be NULL; sha
 * the SHA-256 in hex) receive what was written; label names the file in
 * messages, and e receives the error.
 */
int rt_export_write(struct rt_ctx *ctx, const char *table, const char *as_of,
    enum rt_fmt fmt, FILE *fp, const char *label, long long *rows,
    unsigned long long *bytes, char sha[65], struct rt_err *e);

/*
 * import --dir DIR: restore what "export --dir" wrote into the empty
 * database of ctx (in its one transaction), after checking the manifest
 * and every file's SHA-256 (import-dir.c).
 */
int rt_import_dir(struct rt_ctx *ctx, const char *dir);

#endif
