/*
 * listing.c - the shared body of every listing command (see cmd.h).
 */
#include <sys/ioctl.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
rt_cmd_doc_format(const struct rt_args *a, const char *cmd,
    enum rt_docfmt *fmt, struct rt_err *e)
{
	const char *v = rt_arg(a, "format");

	*fmt = RT_DOCFMT_MARKDOWN;
	if (v == NULL || strcmp(v, "markdown") == 0)
		return RT_OK;
	if (strcmp(v, "html") == 0)
		*fmt = RT_DOCFMT_HTML;
	else if (strcmp(v, "csv") == 0)
		*fmt = RT_DOCFMT_CSV;
	else
		return rt_error(e, RT_USAGE, "%s: unknown format '%s': expected "
		    "markdown, html or csv", cmd, v);
	return RT_OK;
}

int
rt_cmd_out(const struct rt_args *a, struct rt_out *o, struct rt_err *e)
{
	memset(o, 0, sizeof *o);
	o->no_guard = rt_arg_set(a, "no-formula-guard");
	return rt_cmd_format(a, &o->fmt, e);
}

/* The pager a terminal's listing goes through, while it runs. */
static struct {
	FILE *fp;		/* popen()'s stream, or NULL */
	FILE *out;		/* ctx->out before */
	struct sigaction pipe;	/* SIGPIPE's handling before */
} pager;

/* Columns of the terminal on fd: $COLUMNS, else its own; 0 unknown. */
static size_t
term_width(int fd)
{
	const char *v = getenv("COLUMNS");
	struct winsize ws;
	char *end;
	long n;

	if (v != NULL && *v != '\0') {
		n = strtol(v, &end, 10);
		if (*end == '\0' && n > 0 && n < 100000)
			return (size_t)n;
	}
	if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 0;
}

void
rt_cmd_page(struct rt_ctx *ctx, struct rt_out *o)
{
	const char *cmd = getenv("PAGER");
	struct sigaction sa;
	FILE *fp;

	if (pager.fp != NULL || !isatty(fileno(ctx->out)))
		return;
	if (o->fmt == RT_FMT_TABLE)
		o->width = term_width(fileno(ctx->out));
	if (cmd == NULL)
		cmd = "less -FRSX";
	if (*cmd == '\0' || strcmp(cmd, "cat") == 0)
		return;
	fflush(ctx->out);
	if ((fp = popen(cmd, "w")) == NULL)
		return;		/* no pager: the terminal itself will do */
	/* Quitting the pager early closes the pipe: EPIPE, not a signal. */
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_IGN;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGPIPE, &sa, &pager.pipe);
	pager.fp = fp;
	pager.out = ctx->out;
	ctx->out = fp;
}

int
rt_cmd_page_end(struct rt_ctx *ctx, int rc)
{
	int status, quit;

	if (pager.fp == NULL)
		return rc;
	quit = rc != RT_OK && strstr(ctx->e->msg, strerror(EPIPE)) != NULL;
	status = pclose(pager.fp);
	sigaction(SIGPIPE, &pager.pipe, NULL);
	ctx->out = pager.out;
	pager.fp = NULL;
	if (quit) {
		/* The reader quit the pager: what failed was only the rest. */
		rt_err_clear(ctx->e);
		return RT_OK;
	}
	if (rc == RT_OK && status == -1)
		return rt_error(ctx->e, RT_FAIL, "pager: %s", strerror(errno));
	return rc;
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
rt_cmd_listing_stmt(struct rt_ctx *ctx, const struct rt_args *a,
    const char *sql, sqlite3_stmt **stp, char as_of[RT_DATE_LEN])
{
	char iso[RT_DATE_LEN], param[64], slug[RT_SLUG_LEN];
	sqlite3_stmt *st;
	const char *v;
	int rc, i, k;

	*stp = NULL;
	if ((rc = rt_cmd_as_of(a, as_of, ctx->e)) != RT_OK)
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
		    strcmp(name, "format") == 0 ||
		    strcmp(name, "no-formula-guard") == 0)
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
	*stp = st;
	return RT_OK;
}

int
rt_cmd_listing(struct rt_ctx *ctx, const struct rt_args *a, const char *sql)
{
	char as_of[RT_DATE_LEN];
	struct rt_out o;
	sqlite3_stmt *st;
	int rc;

	if ((rc = rt_cmd_out(a, &o, ctx->e)) != RT_OK ||
	    (rc = rt_cmd_listing_stmt(ctx, a, sql, &st, as_of)) != RT_OK)
		return rc;
	rt_cmd_page(ctx, &o);
	rc = rt_cmd_page_end(ctx, rt_out_file(st, &o, ctx->out, ctx->e));
	sqlite3_finalize(st);
	return rc;
}
