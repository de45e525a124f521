/*
 * cmd-sql.c - sql: read-only ad-hoc SQL (not written yet).
 */
#include "rectrack/cmd.h"

static int
sql_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	(void)a;
	return rt_error(ctx->e, RT_USAGE, "sql: not implemented yet");
}

const struct rt_cmd rt_cmd_sql = {
	"sql", "", "read-only ad-hoc SQL", NULL, NULL, 0, 99, RT_CMD_NODB, sql_exec, NULL
};
