/*
 * listing.c - the shared body of every listing command (see cmd.h).
 */
#include <string.h>

#include "rectrack/cmd.h"
#include "rectrack/date.h"
#include "rectrack/model.h"

/* Options whose values are dates, read in every accepted form. */
static const char *const date_opts[] = {"as-of", "since", "until", NULL};

static int
is_date_opt(const char *name)
{
	int i;

	for (i = 0; date_opts[i] != NULL; i++)
		if (strcmp(date_opts[i], name) == 0)
			return 1;
	return 0;
}

int
rt_cmd_format(const struct rt_args *a, enum rt_fmt *fmt, struct rt_err *e)
{
	const char *v = rt_arg(a, "format");

	*fmt = RT_FMT_TABLE;
	return v != NULL ? rt_fmt_parse(v, fmt, e) : RT_OK;
}

int
rt_cmd_as_of(const struct rt_args *a, char as_of[RT_DATE_LEN], struct rt_err *e)
{
	const char *v = rt_arg(a, "as-of");

	if (v != NULL)
		return rt_date_parse(v, as_of, e);
	rt_date_today(as_of);
	return RT_OK;
}

int
rt_cmd_listing(struct rt_ctx *ctx, const struct rt_args *a, const char *sql)
{
	char as_of[RT_DATE_LEN], iso[RT_DATE_LEN], param[64], slug[RT_SLUG_LEN];
	enum rt_fmt fmt;
	sqlite3_stmt *st;
	const char *v;
	int rc, i, k;

	if ((rc = rt_cmd_format(a, &fmt, ctx->e)) != RT_OK ||
	    (rc = rt_cmd_as_of(a, as_of, ctx->e)) != RT_OK)
		return rc;
	if ((v = rt_arg(a, "committee")) != NULL &&
	    (rc = rt_committee_find(&ctx->db, v, NULL, slug, ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_db_as_of(&ctx->db, as_of, ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_db_prepare(&ctx->db, sql, &st, ctx->e)) != RT_OK)
		return rc;
	rt_bind_text(st, ":as_of", as_of);
	/* For a listing that shows everything unless a date is asked for. */
	rt_bind_text(st, ":as_of_given", rt_arg(a, "as-of") ? as_of : NULL);
	for (i = 0; a->spec != NULL && a->spec[i].name != NULL; i++) {
		const char *name = a->spec[i].name;

		if ((v = a->val[i]) == NULL || strcmp(name, "as-of") == 0 ||
		    strcmp(name, "format") == 0)
			continue;
		if (strcmp(name, "committee") == 0)
			v = slug;	/* "PCS-OSC" or its name means the slug */
		if (is_date_opt(name)) {
			if ((rc = rt_date_parse(v, iso, ctx->e)) != RT_OK) {
				sqlite3_finalize(st);
				return rc;
			}
			v = iso;
		}
		/* --as-of -> :as_of */
		snprintf(param, sizeof param, ":%s", name);
		for (k = 1; param[k] != '\0'; k++)
			if (param[k] == '-')
				param[k] = '_';
		rt_bind_text(st, param, v);
	}
	rc = rt_out_stmt(st, fmt, ctx->out, ctx->e);
	sqlite3_finalize(st);
	return rc;
}
