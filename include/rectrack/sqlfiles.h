/*
 * sqlfiles.h - the SQL text of sql/, embedded at build time.
 */
#ifndef RECTRACK_SQLFILES_H
#define RECTRACK_SQLFILES_H

#include <stddef.h>

struct rt_sqlfile {
	const char *name; /* path below sql/, e.g. "queries/open.sql" */
	const char *text; /* the file's bytes, NUL-terminated */
	size_t len;       /* strlen(text) */
};

/* Sorted by name, ended by an entry whose name is NULL. */
extern const struct rt_sqlfile rt_sqlfiles[];

/* The text of sql/<name>, or NULL. */
const char *rt_sql(const char *name);

/*
 * The section called name of an embedded file of sections (each after a
 * line "-- name: NAME"): its text, *len its length up to the next section;
 * NULL when there is none.
 */
const char *rt_sql_named(const char *file, const char *name, size_t *len);

/*
 * The text after the line "-- name: NAME", to the end of the file: for the
 * last section, where a NUL-terminated statement is needed.
 */
const char *rt_sql_section(const char *file, const char *name);

#endif
