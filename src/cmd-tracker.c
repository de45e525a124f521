/*
 * cmd-tracker.c - tracker: the committee's tracker document (not written yet).
 */
#include "rectrack/cmd.h"

static int
tracker_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	(void)a;
	return rt_error(ctx->e, RT_USAGE, "tracker: not implemented yet");
}

const struct rt_cmd rt_cmd_tracker = {
	"tracker", "", "the committee's tracker document", NULL, NULL, 0, 99, RT_CMD_NODB, tracker_exec, NULL
};
