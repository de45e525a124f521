/*
 * cmd-log.c - log: the history the database's triggers keep.
 */
#include <stdlib.h>

#include "rectrack/cmd.h"
#include "rectrack/input.h"
#include "rectrack/model.h"

static int
log_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	struct rt_out o;
	sqlite3_int64 id = 0, limit = 0;
	sqlite3_stmt *st;
	int rc;

	if ((rc = rt_cmd_out(a, &o, ctx->e)) != RT_OK)
		return rc;
	if (a->npos == 1 &&
	    ((rc = rt_input_id("recommendation id", a->pos[0], &id, ctx->e)) != RT_OK ||
	    (rc = rt_rec_find(&ctx->db, id, NULL, ctx->e)) != RT_OK))
		return rc;
	if (rt_arg(a, "limit") != NULL &&
	    (rc = rt_input_id("--limit", rt_arg(a, "limit"), &limit, ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_LOG, &st,
	    ctx->e)) != RT_OK)
		return rc;
	if (id > 0)
		rt_bind_int(st, ":rec", id);
	if (limit > 0)
		rt_bind_int(st, ":limit", limit);
	rt_cmd_page(ctx, &o);
	rc = rt_cmd_page_end(ctx, rt_out_file(st, &o, ctx->out, ctx->e));
	sqlite3_finalize(st);
	return rc;
}

static const struct rt_opt opts[] = {
	{"limit", RT_OPT_VALUE}, {"format", RT_OPT_VALUE},
	{"no-formula-guard", RT_OPT_FLAG}, {NULL, 0}
};

const struct rt_cmd rt_cmd_log = {
	.name = "log",
	.args = "[ID] [--limit N] [--format F] [--no-formula-guard]",
	.summary = "the history of changes",
	.help =
	    "Every insert, change and delete, oldest first, with its time, the OS\n"
	    "user (when made through rectrack; empty when made with another tool)\n"
	    "and the old and new row as JSON.  With ID, only that recommendation and\n"
	    "its responses, updates, leads and actions.  --limit N: the last N.\n",
	.opts = opts,
	.maxpos = 1,
	.db = RT_CMD_READ,
	.exec = log_exec,
};
