/*
 * sqlfiles.h - the SQL text of sql/, embedded at build time.
 *
 * cmake/sql-embed.c turns sql/ into two tables and an enum (sqlnames.h,
 * generated): every file, and every section of a file of sections (the
 * text after a line "-- name: NAME"), has a constant, RT_SQL_CMD_LOG for
 * sql/cmd/log.sql and RT_SQL_CMD_VOCAB_LABELS for its section "labels" of
 * sql/cmd/vocab.sql.  C names a statement only by its constant, so a
 * misspelt or missing statement is a compile error, not a run-time one.
 */
#ifndef RECTRACK_SQLFILES_H
#define RECTRACK_SQLFILES_H

#include <stddef.h>
#include "rectrack/sqlnames.h"

struct rt_sqlfile {
	const char *name; /* path below sql/, e.g. "queries/open.sql" */
	const char *text; /* the file's bytes, NUL-terminated */
	size_t len;       /* strlen(text) */
};

struct rt_sqltext {
	const char *text; /* a file's or a section's bytes, NUL-terminated */
	size_t len;       /* strlen(text) */
	const char *what; /* "cmd/vocab.sql: labels", for messages */
};

/* Every file, sorted by name, ended by an entry whose name is NULL. */
extern const struct rt_sqlfile rt_sqlfiles[];

/* Every file and section, by its constant. */
extern const struct rt_sqltext rt_sqltexts[RT_SQL_N];

/* The text of a file or section: rt_sql(RT_SQL_CMD_LOG). */
#define rt_sql(id) (rt_sqltexts[(id)].text)

#endif
