/*
 * cmd-committee.c - committee add, edit and list.
 *
 * A committee's addressee is who must respond to its recommendations
 * (Cabinet, an NHS trust, a partner) and its response period how long
 * they have: "N days", "N weeks", "N months", "open" (a response is
 * expected, with no deadline) or "none" (no response is expected: a
 * commission's or an audit's own tracker).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rectrack/cmd.h"
#include "rectrack/input.h"
#include "rectrack/model.h"
#include "rectrack/vocab.h"

/*
 * A response period as written ("8 weeks", "2 Months", "28 days",
 * "1 month", "open", "none") into its stored form in out.
 */
static int
read_period(const char *s, char out[24], struct rt_err *e)
{
	static const char *const units[] = {"day", "week", "month"};
	char *end;
	long n;
	size_t i, len;

	if (strcasecmp(s, "open") == 0 || strcasecmp(s, "none") == 0) {
		snprintf(out, 24, "%s", strcasecmp(s, "open") == 0 ? "open" : "none");
		return RT_OK;
	}
	n = strtol(s, &end, 10);
	if (end != s && *s >= '0' && *s <= '9' && n >= 1 && n <= 999) {
		while (*end == ' ')
			end++;
		for (i = 0; i < sizeof units / sizeof units[0]; i++) {
			len = strlen(units[i]);
			if (strncasecmp(end, units[i], len) == 0 &&
			    (end[len] == '\0' || ((end[len] == 's' || end[len] == 'S') &&
			    end[len + 1] == '\0'))) {
				snprintf(out, 24, "%ld %s%s", n, units[i], n == 1 ? "" : "s");
				return RT_OK;
			}
		}
	}
	return rt_error(e, RT_INVALID, "bad response period '%s': expected N days, "
	    "N weeks, N months, open or none", s);
}

/* The options add and edit share, checked; NULL where not given. */
struct fields {
	const char *name, *kind, *chair, *officer, *addressee;
	const char *period;
	char pbuf[24];
};

static int
read_fields(struct rt_ctx *ctx, struct rt_args *a, struct fields *f)
{
	const char *v;
	int rc;

	f->name = rt_arg(a, "name");
	f->chair = rt_arg(a, "chair");
	f->officer = rt_arg(a, "officer");
	f->addressee = rt_arg(a, "addressee");
	f->kind = NULL;
	f->period = NULL;
	if ((f->name && (rc = rt_input_check_line("--name", f->name, ctx->e)) != RT_OK) ||
	    (f->chair && *f->chair &&
	    (rc = rt_input_check_line("--chair", f->chair, ctx->e)) != RT_OK) ||
	    (f->officer && *f->officer &&
	    (rc = rt_input_check_line("--officer", f->officer, ctx->e)) != RT_OK) ||
	    (f->addressee &&
	    (rc = rt_input_check_line("--addressee", f->addressee, ctx->e)) != RT_OK))
		return rc;
	if ((v = rt_arg(a, "kind")) != NULL &&
	    (f->kind = rt_vocab_word(RT_VOCAB_KIND, v, ctx->e)) == NULL)
		return ctx->e->code;
	if ((v = rt_arg(a, "response-period")) != NULL) {
		if ((rc = read_period(v, f->pbuf, ctx->e)) != RT_OK)
			return rc;
		f->period = f->pbuf;
	}
	return RT_OK;
}

static void
bind_fields(sqlite3_stmt *st, const struct fields *f)
{
	rt_bind_text(st, ":name", f->name);
	rt_bind_text(st, ":kind", f->kind);
	rt_bind_text(st, ":chair", f->chair);
	rt_bind_text(st, ":officer", f->officer);
	rt_bind_text(st, ":addressee", f->addressee);
	rt_bind_text(st, ":response_period", f->period);
}

static int
add_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const char *slug = a->pos[0];
	struct fields f;
	sqlite3_stmt *st;
	int rc, row;

	if ((rc = rt_input_check_slug(slug, ctx->e)) != RT_OK ||
	    (rc = rt_input_check_line("committee name", a->pos[1], ctx->e)) != RT_OK ||
	    (rc = read_fields(ctx, a, &f)) != RT_OK)
		return rc;
	f.name = a->pos[1];
	if (f.kind == NULL)
		f.kind = "scrutiny";
	if (f.chair != NULL && *f.chair == '\0')
		f.chair = NULL;
	if (f.officer != NULL && *f.officer == '\0')
		f.officer = NULL;
	/*
	 * By kind: scrutiny reports get the statutory two months; a peer
	 * review's, an audit's or anyone else's plan has no deadline.
	 */
	if (f.period == NULL)
		f.period = strcmp(f.kind, "scrutiny") == 0 ||
		    strcmp(f.kind, "executive") == 0 ? "2 months" : "open";
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_COMMITTEE_EXISTS, &st,
	    ctx->e)) != RT_OK)
		return rc;
	rt_bind_text(st, ":slug", slug);
	rc = rt_db_step(&ctx->db, st, &row, "committee add", ctx->e);
	sqlite3_finalize(st);
	if (rc == RT_OK && row)
		rc = rt_error(ctx->e, RT_INVALID, "committee '%s' already exists", slug);
	if (rc != RT_OK || (rc = rt_db_prepare_sql(&ctx->db,
	    RT_SQL_CMD_COMMITTEE_ADD,
	    &st, ctx->e)) != RT_OK)
		return rc;
	rt_bind_text(st, ":slug", slug);
	bind_fields(st, &f);
	rc = rt_db_step(&ctx->db, st, NULL, "committee add", ctx->e);
	sqlite3_finalize(st);
	return rc;
}

static int
edit_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	struct fields f;
	sqlite3_int64 id;
	sqlite3_stmt *st;
	int rc;

	if ((rc = rt_committee_id(&ctx->db, a->pos[0], &id, ctx->e)) != RT_OK ||
	    (rc = read_fields(ctx, a, &f)) != RT_OK)
		return rc;
	if (!f.name && !f.kind && !f.chair && !f.officer && !f.addressee &&
	    !f.period)
		return rt_error(ctx->e, RT_USAGE, "committee edit: nothing to change "
		    "(see 'rectrack committee edit --help')");
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_COMMITTEE_EDIT, &st,
	    ctx->e)) != RT_OK)
		return rc;
	rt_bind_int(st, ":id", id);
	bind_fields(st, &f);
	rc = rt_db_step(&ctx->db, st, NULL, "committee edit", ctx->e);
	sqlite3_finalize(st);
	return rc;
}

static int
list_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	return rt_cmd_listing(ctx, a, rt_sql(RT_SQL_CMD_COMMITTEE_LIST));
}

static const struct rt_opt add_opts[] = {
	{"kind", RT_OPT_VALUE}, {"chair", RT_OPT_VALUE}, {"officer", RT_OPT_VALUE},
	{"addressee", RT_OPT_VALUE}, {"response-period", RT_OPT_VALUE},
	{NULL, 0}
};

static const struct rt_opt edit_opts[] = {
	{"name", RT_OPT_VALUE}, {"kind", RT_OPT_VALUE}, {"chair", RT_OPT_VALUE},
	{"officer", RT_OPT_VALUE}, {"addressee", RT_OPT_VALUE},
	{"response-period", RT_OPT_VALUE}, {NULL, 0}
};

static const struct rt_opt list_opts[] = {
	{"format", RT_OPT_VALUE}, {"as-of", RT_OPT_VALUE},
	{"no-formula-guard", RT_OPT_FLAG}, {NULL, 0}
};

static const struct rt_cmd add = {
	.name = "add",
	.args = "SLUG NAME [--kind K] [--chair C] [--officer O] [--addressee A] "
	    "[--response-period P]",
	.summary = "add a committee",
	.help =
	    "SLUG is a short name of lower-case letters, digits and '-' (pcs-osc).\n"
	    "--kind is scrutiny (the default), executive, peer-review, audit or other.\n"
	    "--addressee is who must respond to its recommendations (default\n"
	    "Cabinet; an NHS trust, a partner...).  --response-period is how long\n"
	    "they have, from the day the report is received: N days, N weeks or N\n"
	    "months (default 2 months for scrutiny and executive), open (a response\n"
	    "is expected, with no deadline: the default for the other kinds) or none\n"
	    "(no response is expected: the committee tracks its own plan).\n",
	.opts = add_opts,
	.minpos = 2, .maxpos = 2,
	.db = RT_CMD_WRITE,
	.exec = add_exec,
};

static const struct rt_cmd edit = {
	.name = "edit",
	.args = "SLUG [--name N] [--kind K] [--chair C] [--officer O] "
	    "[--addressee A] [--response-period P]",
	.summary = "change a committee",
	.help =
	    "Changes what is given; an empty --chair or --officer clears it.  A new\n"
	    "--response-period applies to recommendations added from now on (their\n"
	    "response due date is set when they are added); 'none' also stops the\n"
	    "committee's recommendations from waiting for a response.\n",
	.opts = edit_opts,
	.minpos = 1, .maxpos = 1,
	.db = RT_CMD_WRITE,
	.exec = edit_exec,
};

static const struct rt_cmd list = {
	.name = "list",
	.args = "[--format F] [--as-of DATE]",
	.summary = "list the committees",
	.help =
	    "Counts meetings and recommendations up to --as-of (default today).\n"
	    "--format is table, csv, tsv, json, ndjson or markdown.\n",
	.opts = list_opts,
	.db = RT_CMD_READ,
	.exec = list_exec,
};

static const struct rt_cmd *const verbs[] = {&add, &edit, &list, NULL};

const struct rt_cmd rt_cmd_committee = {
	.name = "committee",
	.args = "",
	.summary = "committees: add, edit, list",
	.db = RT_CMD_NODB,
	.verbs = verbs,
};
