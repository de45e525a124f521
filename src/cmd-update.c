/*
 * cmd-update.c - update: a progress update on a recommendation.  The same
 * code records an action's update (action update, in cmd-action.c).
 */
#include <stdio.h>
#include <string.h>

#include "rectrack/cmd.h"
#include "rectrack/date.h"
#include "rectrack/input.h"
#include "rectrack/model.h"
#include "rectrack/util.h"
#include "rectrack/vocab.h"

int
rt_cmd_record_update(struct rt_ctx *ctx, struct rt_args *a, int on_action)
{
	const char *cmd = on_action ? "action update" : "update", *status;
	char date[RT_DATE_LEN], meeting[RT_DATE_LEN], due[RT_DATE_LEN];
	char *text = NULL;
	sqlite3_int64 id;
	sqlite3_stmt *st;
	int rc;

	due[0] = '\0';
	if ((rc = rt_input_id(on_action ? "action id" : "recommendation id",
	    a->pos[0], &id, ctx->e)) != RT_OK)
		return rc;
	if ((status = rt_vocab_word(RT_VOCAB_STATUS, rt_arg(a, "status"),
	    ctx->e)) == NULL)
		return ctx->e->code;
	if ((rc = rt_date_parse(rt_arg(a, "date"), date, ctx->e)) != RT_OK ||
	    (rt_arg(a, "due") != NULL &&
	    (rc = rt_due_parse(rt_arg(a, "due"), due, ctx->e)) != RT_OK))
		return rc;
	rc = on_action ? rt_action_find(&ctx->db, id, meeting, ctx->e) :
	    rt_rec_find(&ctx->db, id, meeting, ctx->e);
	if (rc != RT_OK)
		return rc;
	if (strcmp(date, meeting) < 0)
		return rt_error(ctx->e, RT_INVALID, "update date %s is before the "
		    "meeting of %s that made %s %lld", date, meeting,
		    on_action ? "action" : "recommendation", (long long)id);
	if ((rc = rt_input_text(a, "text", 0, &text, ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_db_prepare(&ctx->db, on_action ?
	    "INSERT INTO updates(action_id, date, status, text, due) "
	    "VALUES (?1, ?2, ?3, ?4, nullif(?5, ''))" :
	    "INSERT INTO updates(recommendation_id, date, status, text, due) "
	    "VALUES (?1, ?2, ?3, ?4, nullif(?5, ''))", &st, ctx->e)) == RT_OK) {
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_text(st, 2, date, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, status, -1, SQLITE_STATIC);
		rt_bind_text(st, "?4", text);
		sqlite3_bind_text(st, 5, due, -1, SQLITE_STATIC);
		rc = rt_db_step(&ctx->db, st, NULL, cmd, ctx->e);
		sqlite3_finalize(st);
	}
	rt_free(text);
	return rc;
}

static int
update_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	return rt_cmd_record_update(ctx, a, 0);
}

static const struct rt_opt opts[] = {
	{"status", RT_OPT_VALUE | RT_OPT_REQUIRED},
	{"date", RT_OPT_VALUE | RT_OPT_REQUIRED},
	{"text", RT_OPT_VALUE}, {"text-file", RT_OPT_VALUE},
	{"due", RT_OPT_VALUE}, {NULL, 0}
};

const struct rt_cmd rt_cmd_update = {
	"update", "ID --status S --date DATE [--text T] [--due DATE]",
	"record a progress update on a recommendation",
	"S is pending, in-item (the update comes as a separate agenda item),\n"
	"in-progress, delayed or complete (Update Pending, Update in Item,\n"
	"Ongoing, Completed, Updated and the like are understood).  --due is when\n"
	"the next update is owed: it sets the recommendation's update due date\n"
	"from this update on (March 2025, Q1 25/26 and Ongoing are accepted).\n"
	"--text - reads standard input; --text-file FILE reads a file.\n",
	opts, 1, 1, RT_CMD_WRITE, update_exec, NULL
};
