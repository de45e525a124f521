/*
 * cmd-committee.c - committee add and committee list.
 */
#include <string.h>

#include "rectrack/cmd.h"
#include "rectrack/input.h"
#include "rectrack/vocab.h"

static int
add_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const char *slug = a->pos[0], *name = a->pos[1], *kind = "scrutiny";
	const char *chair = rt_arg(a, "chair"), *officer = rt_arg(a, "officer");
	sqlite3_stmt *st;
	int rc, row;

	if ((rc = rt_input_check_slug(slug, ctx->e)) != RT_OK ||
	    (rc = rt_input_check_line("committee name", name, ctx->e)) != RT_OK ||
	    (chair && (rc = rt_input_check_line("--chair", chair, ctx->e)) != RT_OK) ||
	    (officer && (rc = rt_input_check_line("--officer", officer, ctx->e)) != RT_OK))
		return rc;
	if (rt_arg(a, "kind") != NULL &&
	    (kind = rt_vocab_word(RT_VOCAB_KIND, rt_arg(a, "kind"), ctx->e)) == NULL)
		return ctx->e->code;
	if ((rc = rt_db_prepare(&ctx->db, "SELECT 1 FROM committees WHERE slug = ?1",
	    &st, ctx->e)) != RT_OK)
		return rc;
	sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
	rc = rt_db_step(&ctx->db, st, &row, "committee add", ctx->e);
	sqlite3_finalize(st);
	if (rc == RT_OK && row)
		rc = rt_error(ctx->e, RT_INVALID, "committee '%s' already exists", slug);
	if (rc != RT_OK)
		return rc;
	if ((rc = rt_db_prepare(&ctx->db, "INSERT INTO committees"
	    "(slug, name, kind, chair, officer) VALUES (?1, ?2, ?3, ?4, ?5)",
	    &st, ctx->e)) != RT_OK)
		return rc;
	sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, kind, -1, SQLITE_STATIC);
	rt_bind_text(st, "?4", chair);
	rt_bind_text(st, "?5", officer);
	rc = rt_db_step(&ctx->db, st, NULL, "committee add", ctx->e);
	sqlite3_finalize(st);
	return rc;
}

static int
list_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	return rt_cmd_listing(ctx, a, rt_sql("cmd/committee_list.sql"));
}

static const struct rt_opt add_opts[] = {
	{"kind", RT_OPT_VALUE}, {"chair", RT_OPT_VALUE}, {"officer", RT_OPT_VALUE},
	{NULL, 0}
};

static const struct rt_opt list_opts[] = {
	{"format", RT_OPT_VALUE}, {"as-of", RT_OPT_VALUE},
	{"no-formula-guard", RT_OPT_FLAG}, {NULL, 0}
};

static const struct rt_cmd add = {
	"add", "SLUG NAME [--kind K] [--chair C] [--officer O]", "add a committee",
	"SLUG is a short name of lower-case letters, digits and '-' (pcs-osc).\n"
	"--kind is scrutiny (the default), executive, peer-review, audit or other.\n",
	add_opts, 2, 2, RT_CMD_WRITE, add_exec, NULL
};

static const struct rt_cmd list = {
	"list", "[--format F] [--as-of DATE]", "list the committees",
	"Counts meetings and recommendations up to --as-of (default today).\n"
	"--format is table, csv, tsv, json or markdown.\n",
	list_opts, 0, 0, RT_CMD_READ, list_exec, NULL
};

static const struct rt_cmd *const verbs[] = {&add, &list, NULL};

const struct rt_cmd rt_cmd_committee = {
	"committee", "", "committees: add, list", NULL, NULL, 0, 0,
	RT_CMD_NODB, NULL, verbs
};
