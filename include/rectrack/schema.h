/*
 * schema.h - what the migrations make, and whether a database still has it.
 *
 * Anyone can change a rectrack database with the plain sqlite3 shell: drop
 * a history trigger, plant one that erases history, replace a state view
 * with one that hides a row.  The schema a database should have at each
 * version is computed at build time (cmake/schema-gen.c runs the
 * migrations in memory and stores the result with the program), so a
 * writing command can compare the two cheaply on every open and refuse a
 * changed schema, and `check` can name every difference.
 */
#ifndef RECTRACK_SCHEMA_H
#define RECTRACK_SCHEMA_H

#include <sqlite3.h>
#include "rectrack/err.h"
#include "rectrack/util.h"

/*
 * The objects of the database's schema (sql/schema/objects.sql) as text,
 * one line each, "type\tname\ttable\tsql" with the SQL's line ends, tabs
 * and backslashes escaped, sorted: equal texts mean equal schemas.
 */
int rt_schema_text(sqlite3 *h, struct rt_buf *out, struct rt_err *e);

/*
 * The text rt_schema_text() gives for a database of the program made at
 * version v by the migrations, or NULL for a version the program has no
 * record of.
 */
const char *rt_schema_expected(int version);

/*
 * Compare two schema texts: calls report(arg, line) for every difference,
 * a line such as "trigger history_ad is missing"; returns their count.
 */
int rt_schema_diff(const char *want, const char *have,
    void (*report)(void *, const char *), void *arg);

#endif
