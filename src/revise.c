/*
 * revise.c - rec target and action due: revising a target or a due date.
 *
 * Audit and parliamentary trackers keep the original target and every
 * change of it with its reason, because a date that moves quietly hides a
 * slipping plan.  So a revision never overwrites: the row takes the new
 * value (what today's views read) and a revisions row keeps the old and the
 * new value, each as written beside the date it means, with the reason and
 * the date of the revision.  The views read the revisions back to answer as
 * of an earlier date, which is why a revision may not be dated before the
 * last one, nor before the meeting that made its owner.
 */
#include <stdio.h>
#include <string.h>

#include "rectrack/cmd.h"
#include "rectrack/date.h"
#include "rectrack/input.h"
#include "rectrack/model.h"
#include "rectrack/util.h"

static const char *
text_or_null(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

int
rt_cmd_revise(struct rt_ctx *ctx, struct rt_args *a, int on_action)
{
	const char *cmd = on_action ? "action due" : "rec target";
	const char *noun = on_action ? "action" : "recommendation";
	const char *what = on_action ? "due date" : "target";
	const char *text = a->pos[1], *v;
	char due[RT_DATE_LEN], date[RT_DATE_LEN], meeting[RT_DATE_LEN];
	char last[RT_DATE_LEN], *reason = NULL, *old_text = NULL;
	char old_date[RT_DATE_LEN];
	sqlite3_int64 id, rev;
	sqlite3_stmt *st = NULL;
	int rc, row;

	last[0] = old_date[0] = '\0';
	if ((rc = rt_input_id(on_action ? "action id" : "recommendation id",
	    a->pos[0], &id, ctx->e)) != RT_OK)
		return rc;
	if ((rc = on_action ? rt_action_find(&ctx->db, id, NULL, ctx->e) :
	    rt_rec_find(&ctx->db, id, NULL, ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_input_text(a, "reason", 1, &reason, ctx->e)) != RT_OK)
		return rc;
	if ((v = rt_arg(a, "date")) != NULL)
		rc = rt_date_parse(v, date, ctx->e);
	else
		rt_date_today(date);
	if (rc != RT_OK || (rc = rt_input_due(on_action ? "due" : "target", text,
	    due, ctx->e)) != RT_OK)
		goto out;

	if ((rc = rt_db_prepare_sql(&ctx->db, on_action ?
	    RT_SQL_CMD_REC_ACTION_DUE_GET : RT_SQL_CMD_REC_TARGET_GET, &st,
	    ctx->e)) != RT_OK)
		goto out;
	rt_bind_int(st, ":id", id);
	if ((rc = rt_db_step(&ctx->db, st, &row, cmd, ctx->e)) == RT_OK && row) {
		if (text_or_null(st, 0) != NULL &&
		    (old_text = rt_strdup(text_or_null(st, 0))) == NULL)
			rc = rt_error(ctx->e, RT_FAIL, "out of memory");
		snprintf(old_date, sizeof old_date, "%s",
		    text_or_null(st, 1) ? text_or_null(st, 1) : "");
		snprintf(meeting, sizeof meeting, "%s", text_or_null(st, 2));
		snprintf(last, sizeof last, "%s",
		    text_or_null(st, 3) ? text_or_null(st, 3) : "");
	} else if (rc == RT_OK)
		rc = rt_error(ctx->e, RT_INVALID, "unknown %s %lld", noun,
		    (long long)id);
	sqlite3_finalize(st);
	st = NULL;
	if (rc != RT_OK)
		goto out;

	if (old_text != NULL && strcmp(old_text, text) == 0) {
		rc = rt_error(ctx->e, RT_INVALID, "the %s of %s %lld is already "
		    "'%s'", what, noun, (long long)id, text);
		goto out;
	}
	if (strcmp(date, meeting) < 0) {
		rc = rt_error(ctx->e, RT_INVALID, "revision date %s is before the "
		    "meeting of %s that made %s %lld", date, meeting, noun,
		    (long long)id);
		goto out;
	}
	if (last[0] != '\0' && strcmp(date, last) < 0) {
		rc = rt_error(ctx->e, RT_INVALID, "revision date %s is before the "
		    "last revision of the %s of %s %lld, on %s", date, what, noun,
		    (long long)id, last);
		goto out;
	}

	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_REC_REVISION_ADD, &st,
	    ctx->e)) != RT_OK)
		goto out;
	rt_bind_int(st, on_action ? ":action" : ":rec", id);
	rt_bind_text(st, ":date", date);
	rt_bind_text(st, ":old_text", old_text);
	rt_bind_text(st, ":old_date", old_date[0] != '\0' ? old_date : NULL);
	rt_bind_text(st, ":new_text", text);
	rt_bind_text(st, ":new_date", due);
	rt_bind_text(st, ":reason", reason);
	rc = rt_db_step(&ctx->db, st, NULL, cmd, ctx->e);
	sqlite3_finalize(st);
	if (rc != RT_OK)
		goto out;
	rev = sqlite3_last_insert_rowid(ctx->db.h);

	if ((rc = rt_db_prepare_sql(&ctx->db, on_action ?
	    RT_SQL_CMD_REC_ACTION_DUE_SET : RT_SQL_CMD_REC_TARGET_SET, &st,
	    ctx->e)) != RT_OK)
		goto out;
	rt_bind_int(st, ":id", id);
	rt_bind_text(st, ":text", text);
	rt_bind_text(st, ":date", due);
	rc = rt_db_step(&ctx->db, st, NULL, cmd, ctx->e);
	sqlite3_finalize(st);
	if (rc == RT_OK)
		fprintf(ctx->out, "%lld\n", (long long)rev);
out:
	rt_free(reason);
	rt_free(old_text);
	return rc;
}
