/*
 * sqlguard.h - running the user's own SQL on a rectrack database, safely.
 *
 * The sql command hands whatever the user typed to SQLite.  A read-only
 * open alone does not make that safe (see sqlguard.c for what this build
 * of SQLite lets through), so the connection is fenced in first: an
 * authorizer that admits only reading, named read-only pragmas and
 * harmless functions; limits on string length, SQL length, memory and
 * program size; and an interrupt on Ctrl-C or when --timeout passes.
 */
#ifndef RECTRACK_SQLGUARD_H
#define RECTRACK_SQLGUARD_H

#include <stdio.h>
#include <sqlite3.h>
#include "rectrack/db.h"
#include "rectrack/err.h"
#include "rectrack/out.h"

/* Longest string or blob a guarded query may build (SQLITE_LIMIT_LENGTH). */
#define RT_SQLGUARD_MAX_LENGTH	(16 * 1024 * 1024)

/* Longest single statement (SQLITE_LIMIT_SQL_LENGTH). */
#define RT_SQLGUARD_MAX_SQL	(1024 * 1024)

/*
 * Prepare db (opened RT_DB_READ) for user SQL the way the sql command
 * does: temporary storage in memory (so that a runaway sort meets the heap
 * limit instead of filling the disk), the state views as of date (ISO, see
 * rt_db_as_of()), then rt_sqlguard_install().
 */
int rt_sqlguard_setup(struct rt_db *db, const char *as_of, struct rt_err *e);

/*
 * Fence in db for user SQL.  Call it after rt_db_as_of(), whose TEMP table
 * and views it would otherwise refuse to create.  From then on the
 * connection only reads; there is no way back, so close it afterwards.
 * The heap limit it sets (512 MB) is process-wide.
 */
int rt_sqlguard_install(sqlite3 *db, struct rt_err *e);

/*
 * Run every statement of sql on db (guarded by rt_sqlguard_install) and
 * print each one's rows to out in fmt.  Every statement is checked before
 * the first one runs, so a refused or malformed statement anywhere means
 * nothing is printed.  timeout_seconds > 0 bounds the whole run; 0 means
 * no bound.  Ctrl-C (SIGINT) interrupts it; a second Ctrl-C ends the
 * process at once, as it would without the guard.
 *
 * Returns RT_OK; RT_USAGE when what was typed is wrong (no statement, a
 * syntax error, an unknown name, or a statement the guard refuses);
 * RT_FAIL when a statement failed while running (interrupted, too big,
 * out of memory, I/O).  When a statement is still stuck inside one SQL
 * function a second after the timeout, which no interrupt can reach, the
 * process writes "rectrack: sql: interrupted (timeout of N s)" to
 * standard error and exits with RT_FAIL.
 */
int rt_sqlguard_run(struct rt_db *db, const char *sql, enum rt_fmt fmt,
    FILE *out, double timeout_seconds, struct rt_err *e);
/* The same with every output option of o (format, formula guard). */
int rt_sqlguard_exec(struct rt_db *db, const char *sql, const struct rt_out *o,
    FILE *out, double timeout_seconds, struct rt_err *e);

#endif
