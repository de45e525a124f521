/*
 * sql.c - finding the embedded text of sql/ by name (see sqlfiles.h).
 */
#include <string.h>

#include "rectrack/sqlfiles.h"

const char *
rt_sql(const char *name)
{
	const struct rt_sqlfile *f;

	for (f = rt_sqlfiles; f->name != NULL; f++)
		if (strcmp(f->name, name) == 0)
			return f->text;
	/* A name is a constant of the program's: a miss is a build error. */
	return "SELECT RAISE(ABORT, 'internal error: missing embedded SQL')";
}

const char *
rt_sql_named(const char *file, const char *name, size_t *len)
{
	const char *p = rt_sql(file), *end;
	size_t n = strlen(name);

	while ((p = strstr(p, "-- name: ")) != NULL) {
		p += 9;
		if (strncmp(p, name, n) == 0 && p[n] == '\n') {
			p += n + 1;
			end = strstr(p, "\n-- name: ");
			*len = end != NULL ? (size_t)(end - p) : strlen(p);
			return p;
		}
	}
	return NULL;
}

const char *
rt_sql_section(const char *file, const char *name)
{
	size_t len;
	const char *p = rt_sql_named(file, name, &len);

	return p != NULL ? p :
	    "SELECT RAISE(ABORT, 'internal error: missing embedded SQL')";
}
