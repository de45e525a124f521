/*
 * cmd-meeting.c - meeting add and meeting list.
 */
#include "rectrack/cmd.h"
#include "rectrack/date.h"
#include "rectrack/input.h"
#include "rectrack/model.h"

static int
add_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const char *title = rt_arg(a, "title");
	char date[RT_DATE_LEN];
	sqlite3_int64 committee, id;
	sqlite3_stmt *st;
	int rc, row;

	if ((rc = rt_committee_id(&ctx->db, a->pos[0], &committee, ctx->e)) != RT_OK ||
	    (rc = rt_date_parse(a->pos[1], date, ctx->e)) != RT_OK ||
	    (title && (rc = rt_input_check_line("--title", title, ctx->e)) != RT_OK))
		return rc;
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_MODEL_MEETING_FIND,
	    &st, ctx->e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, committee);
	sqlite3_bind_text(st, 2, date, -1, SQLITE_STATIC);
	rc = rt_db_step(&ctx->db, st, &row, "meeting add", ctx->e);
	sqlite3_finalize(st);
	if (rc == RT_OK && row)
		rc = rt_error(ctx->e, RT_INVALID, "meeting of '%s' on %s already exists",
		    a->pos[0], date);
	if (rc != RT_OK)
		return rc;
	return rt_meeting_get(&ctx->db, committee, date, title, 1, &id, ctx->e);
}

static int
list_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	/*
	 * Future meetings are listed unless --as-of is given: an officer
	 * enters the year's dates in advance and expects to see them.
	 */
	return rt_cmd_listing(ctx, a, rt_sql(RT_SQL_CMD_MEETING_LIST));
}

static const struct rt_opt add_opts[] = {{"title", RT_OPT_VALUE}, {NULL, 0}};

static const struct rt_opt list_opts[] = {
	{"committee", RT_OPT_VALUE}, {"format", RT_OPT_VALUE},
	{"as-of", RT_OPT_VALUE}, {"no-formula-guard", RT_OPT_FLAG}, {NULL, 0}
};

static const struct rt_cmd add = {
	.name = "add",
	.args = "SLUG DATE [--title T]",
	.summary = "add a meeting of a committee",
	.help = "DATE is 2024-11-15, 15/11/2024, 15-Nov-24 or 15 November 2024.\n",
	.opts = add_opts,
	.minpos = 2, .maxpos = 2,
	.db = RT_CMD_WRITE,
	.exec = add_exec,
};

static const struct rt_cmd list = {
	.name = "list",
	.args = "[--committee SLUG] [--format F] [--as-of DATE]",
	.summary = "list meetings",
	.help = "Every meeting, future ones included; --as-of DATE lists those up to DATE.\n",
	.opts = list_opts,
	.db = RT_CMD_READ,
	.exec = list_exec,
};

static const struct rt_cmd *const verbs[] = {&add, &list, NULL};

const struct rt_cmd rt_cmd_meeting = {
	.name = "meeting",
	.args = "",
	.summary = "meetings: add, list",
	.db = RT_CMD_NODB,
	.verbs = verbs,
};
