/*
 * cmd-search.c - search: full-text search (not written yet).
 */
#include "rectrack/cmd.h"

static int
search_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	(void)a;
	return rt_error(ctx->e, RT_USAGE, "search: not implemented yet");
}

const struct rt_cmd rt_cmd_search = {
	"search", "", "full-text search", NULL, NULL, 0, 99, RT_CMD_NODB, search_exec, NULL
};
