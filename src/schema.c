/*
 * schema.c - the schema as text, and the differences between two (see
 * schema.h).  Used by the program and, at build time, by
 * cmake/schema-gen.c, so that both see a schema the same way.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rectrack/schema.h"
#include "rectrack/sqlfiles.h"

/* A field of a line: tab, line end and backslash would break the line. */
static void
put_field(struct rt_buf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '\t')
			rt_buf_puts(b, "\\t");
		else if (*s == '\n')
			rt_buf_puts(b, "\\n");
		else if (*s == '\r')
			rt_buf_puts(b, "\\r");
		else if (*s == '\\')
			rt_buf_puts(b, "\\\\");
		else
			rt_buf_putc(b, *s);
	}
}

int
rt_schema_text(sqlite3 *h, struct rt_buf *out, struct rt_err *e)
{
	sqlite3_stmt *st;
	int rc, i;

	if (sqlite3_prepare_v2(h, rt_sql(RT_SQL_SCHEMA_OBJECTS), -1, &st, NULL)
	    != SQLITE_OK)
		return rt_error(e, RT_FAIL, "schema: %s", sqlite3_errmsg(h));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		for (i = 0; i < 4; i++) {
			const char *v = (const char *)sqlite3_column_text(st, i);

			if (i > 0)
				rt_buf_putc(out, '\t');
			put_field(out, v != NULL ? v : "");
		}
		rt_buf_putc(out, '\n');
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return rt_error(e, RT_FAIL, "schema: %s", sqlite3_errmsg(h));
	if (out->oom)
		return rt_error(e, RT_FAIL, "out of memory");
	return RT_OK;
}

/* The key of a line: "type\tname", its first two fields. */
static size_t
key_len(const char *line)
{
	const char *t = strchr(line, '\t');

	return t == NULL ? strcspn(line, "\n") : (size_t)(t - line) +
	    strcspn(t + 1, "\t\n") + 1;
}

static int
key_cmp(const char *a, const char *b)
{
	size_t na = key_len(a), nb = key_len(b);
	int c = memcmp(a, b, na < nb ? na : nb);

	return c != 0 ? c : (na > nb) - (na < nb);
}

static void
say(void (*report)(void *, const char *), void *arg, const char *line,
    const char *what)
{
	char msg[320];
	size_t n = key_len(line);
	const char *tab = memchr(line, '\t', n);

	if (tab == NULL)
		return;
	snprintf(msg, sizeof msg, "%.*s %.*s %s", (int)(tab - line), line,
	    (int)(n - (size_t)(tab - line) - 1), tab + 1, what);
	report(arg, msg);
}

/* Both texts are sorted by key (objects.sql orders by type, name). */
int
rt_schema_diff(const char *want, const char *have,
    void (*report)(void *, const char *), void *arg)
{
	int n = 0, c;

	while (*want != '\0' || *have != '\0') {
		size_t lw = strcspn(want, "\n"), lh = strcspn(have, "\n");

		if (*want == '\0')
			c = 1;
		else if (*have == '\0')
			c = -1;
		else
			c = key_cmp(want, have);
		if (c < 0) {
			say(report, arg, want, "is missing");
			n++;
		} else if (c > 0) {
			say(report, arg, have, "is not one the migrations made");
			n++;
		} else if (lw != lh || memcmp(want, have, lw) != 0) {
			say(report, arg, have, "differs from what the migrations made");
			n++;
		}
		if (c <= 0)
			want += lw + (want[lw] == '\n');
		if (c >= 0)
			have += lh + (have[lh] == '\n');
	}
	return n;
}
