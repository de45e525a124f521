/*
 * cmd-update.c - update: a progress update on a recommendation, and
 * update edit / update delete, which correct one.  The same code records
 * an action's update (action update, in cmd-action.c).
 *
 * An edit changes the row in place and a delete removes it (with the
 * record that it was reported); the history keeps the old row either way,
 * and the state, derived from the rows, follows.
 */
#include <stdio.h>
#include <string.h>

#include "rectrack/cmd.h"
#include "rectrack/date.h"
#include "rectrack/input.h"
#include "rectrack/model.h"
#include "rectrack/util.h"
#include "rectrack/vocab.h"

/* An update's fields, as stored. */
struct upd {
	const char *status;
	char date[RT_DATE_LEN];
	char *text;		/* owned */
	char due[RT_DATE_LEN];	/* "" none */
	const char *due_text;	/* as written, or NULL */
	const char *rag;	/* or NULL */
	int percent;		/* -1 none */
};

/*
 * Read the options given into u (an edit starts from the stored row, so
 * only what is given changes; "" clears --text, --due, --rag, --percent).
 */
static int
read_opts(struct rt_ctx *ctx, struct rt_args *a, struct upd *u)
{
	const char *v;
	int rc;

	if ((v = rt_arg(a, "status")) != NULL &&
	    (u->status = rt_vocab_read(&ctx->db, RT_VOCAB_STATUS, v, ctx->e)) == NULL)
		return ctx->e->code;
	if ((v = rt_arg(a, "date")) != NULL &&
	    (rc = rt_date_parse(v, u->date, ctx->e)) != RT_OK)
		return rc;
	if ((v = rt_arg(a, "due")) != NULL) {
		u->due_text = *v != '\0' ? v : NULL;
		u->due[0] = '\0';
		if (*v != '\0' && (rc = rt_input_due("--due", v, u->due, ctx->e)) != RT_OK)
			return rc;
	}
	if ((v = rt_arg(a, "rag")) != NULL) {
		u->rag = NULL;
		if (*v != '\0' && (rc = rt_input_rag(v, &u->rag, ctx->e)) != RT_OK)
			return rc;
	}
	if ((v = rt_arg(a, "percent")) != NULL) {
		u->percent = -1;
		if (*v != '\0' && (rc = rt_input_percent(v, &u->percent, ctx->e)) != RT_OK)
			return rc;
	}
	if (rt_arg_set(a, "text") || rt_arg_set(a, "text-file")) {
		rt_free(u->text);
		u->text = NULL;
		if ((rc = rt_input_text(a, "text", 0, &u->text, ctx->e)) != RT_OK)
			return rc;
	}
	return RT_OK;
}

static void
bind_upd(sqlite3_stmt *st, const struct upd *u)
{
	rt_bind_text(st, ":date", u->date);
	rt_bind_text(st, ":status", u->status);
	rt_bind_text(st, ":text", u->text != NULL && *u->text != '\0' ? u->text : NULL);
	rt_bind_text(st, ":due", u->due);
	rt_bind_text(st, ":due_text", u->due_text);
	rt_bind_text(st, ":rag", u->rag);
	if (u->percent >= 0)
		rt_bind_int(st, ":percent", u->percent);
}

int
rt_cmd_record_update(struct rt_ctx *ctx, struct rt_args *a, int on_action)
{
	const char *cmd = on_action ? "action update" : "update";
	char meeting[RT_DATE_LEN];
	struct upd u = {NULL, "", NULL, "", NULL, NULL, -1};
	sqlite3_int64 id;
	sqlite3_stmt *st;
	int rc;

	if ((rc = rt_input_id(on_action ? "action id" : "recommendation id",
	    a->pos[0], &id, ctx->e)) != RT_OK ||
	    (rc = read_opts(ctx, a, &u)) != RT_OK)
		goto out;
	rc = on_action ? rt_action_find(&ctx->db, id, meeting, ctx->e) :
	    rt_rec_find(&ctx->db, id, meeting, ctx->e);
	if (rc != RT_OK)
		goto out;
	if (strcmp(u.date, meeting) < 0) {
		rc = rt_error(ctx->e, RT_INVALID, "update date %s is before the "
		    "meeting of %s that made %s %lld", u.date, meeting,
		    on_action ? "action" : "recommendation", (long long)id);
		goto out;
	}
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_RECORD_UPDATE_ADD, &st,
	    ctx->e)) != RT_OK)
		goto out;
	rt_bind_int(st, on_action ? ":action" : ":rec", id);
	bind_upd(st, &u);
	rc = rt_db_step(&ctx->db, st, NULL, cmd, ctx->e);
	sqlite3_finalize(st);
	if (rc == RT_OK)
		fprintf(ctx->out, "%lld\n",
		    (long long)sqlite3_last_insert_rowid(ctx->db.h));
out:
	rt_free(u.text);
	return rc;
}

static int
update_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	return rt_cmd_record_update(ctx, a, 0);
}

/* The stored update uid into u; *meeting the date it may not precede. */
static int
get_update(struct rt_ctx *ctx, sqlite3_int64 uid, struct upd *u,
    char meeting[RT_DATE_LEN], char **hold, const char *cmd)
{
	sqlite3_stmt *st;
	int rc, row;

	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_RECORD_UPDATE_GET, &st,
	    ctx->e)) != RT_OK)
		return rc;
	rt_bind_int(st, ":id", uid);
	if ((rc = rt_db_step(&ctx->db, st, &row, cmd, ctx->e)) == RT_OK && !row)
		rc = rt_error(ctx->e, RT_INVALID, "%s: no update with id %lld", cmd,
		    (long long)uid);
	if (rc == RT_OK) {
		const char *m = (const char *)sqlite3_column_text(st,
		    sqlite3_column_type(st, 10) != SQLITE_NULL ? 10 : 11);

		u->status = rt_vocab_canonical(RT_VOCAB_STATUS,
		    (const char *)sqlite3_column_text(st, 4));
		snprintf(u->date, sizeof u->date, "%s", sqlite3_column_text(st, 3));
		if (sqlite3_column_type(st, 5) != SQLITE_NULL)
			u->text = rt_strdup((const char *)sqlite3_column_text(st, 5));
		if (sqlite3_column_type(st, 6) != SQLITE_NULL)
			snprintf(u->due, sizeof u->due, "%s", sqlite3_column_text(st, 6));
		if (sqlite3_column_type(st, 7) != SQLITE_NULL)
			u->due_text = *hold = rt_strdup((const char *)
			    sqlite3_column_text(st, 7));
		if (sqlite3_column_type(st, 8) != SQLITE_NULL)
			rt_input_rag((const char *)sqlite3_column_text(st, 8), &u->rag,
			    ctx->e);
		if (sqlite3_column_type(st, 9) != SQLITE_NULL)
			u->percent = sqlite3_column_int(st, 9);
		snprintf(meeting, RT_DATE_LEN, "%s", m != NULL ? m : "");
	}
	sqlite3_finalize(st);
	return rc;
}

static int
edit_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	char meeting[RT_DATE_LEN], *hold = NULL;
	struct upd u = {NULL, "", NULL, "", NULL, NULL, -1};
	sqlite3_int64 uid;
	sqlite3_stmt *st;
	int rc;

	if ((rc = rt_input_id("update id", a->pos[0], &uid, ctx->e)) != RT_OK ||
	    (rc = get_update(ctx, uid, &u, meeting, &hold, "update edit")) != RT_OK ||
	    (rc = read_opts(ctx, a, &u)) != RT_OK)
		goto out;
	if (strcmp(u.date, meeting) < 0) {
		rc = rt_error(ctx->e, RT_INVALID, "update date %s is before the "
		    "meeting of %s", u.date, meeting);
		goto out;
	}
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_RECORD_UPDATE_EDIT,
	    &st, ctx->e)) != RT_OK)
		goto out;
	rt_bind_int(st, ":id", uid);
	bind_upd(st, &u);
	rc = rt_db_step(&ctx->db, st, NULL, "update edit", ctx->e);
	sqlite3_finalize(st);
out:
	rt_free(u.text);
	rt_free(hold);
	return rc;
}

/* Run the statements first and then second on :id. */
static int
delete_row(struct rt_ctx *ctx, enum rt_sql_id first, enum rt_sql_id second,
    sqlite3_int64 id, const char *cmd)
{
	const enum rt_sql_id names[2] = {first, second};
	sqlite3_stmt *st;
	int rc = RT_OK, i;

	for (i = 0; i < 2 && rc == RT_OK; i++) {
		if ((rc = rt_db_prepare_sql(&ctx->db, names[i], &st, ctx->e))
		    != RT_OK)
			break;
		rt_bind_int(st, ":id", id);
		rc = rt_db_step(&ctx->db, st, NULL, cmd, ctx->e);
		sqlite3_finalize(st);
	}
	return rc;
}

int
rt_cmd_delete_record(struct rt_ctx *ctx, struct rt_args *a, int response)
{
	const char *cmd = response ? "respond delete" : "update delete";
	sqlite3_int64 id;
	int rc;

	if ((rc = rt_input_id(response ? "response id" : "update id", a->pos[0],
	    &id, ctx->e)) != RT_OK)
		return rc;
	if (!rt_arg_set(a, "force"))
		return rt_error(ctx->e, RT_USAGE, "%s: give --force to delete %s %lld "
		    "(the history keeps it)", cmd, response ? "response" : "update",
		    (long long)id);
	if ((rc = delete_row(ctx, response ? RT_SQL_CMD_RECORD_RESPONSE_DELETE :
	    RT_SQL_CMD_RECORD_UPDATE_DELETE, response ?
	    RT_SQL_CMD_RECORD_RESPONSE_DELETE_ROW :
	    RT_SQL_CMD_RECORD_UPDATE_DELETE_ROW, id, cmd)) != RT_OK)
		return rc;
	if (sqlite3_changes(ctx->db.h) == 0)
		return rt_error(ctx->e, RT_INVALID, "%s: no %s with id %lld", cmd,
		    response ? "response" : "update", (long long)id);
	return RT_OK;
}

static int
delete_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	return rt_cmd_delete_record(ctx, a, 0);
}

static const struct rt_opt opts[] = {
	{"status", RT_OPT_VALUE | RT_OPT_REQUIRED},
	{"date", RT_OPT_VALUE | RT_OPT_REQUIRED},
	{"text", RT_OPT_VALUE}, {"text-file", RT_OPT_VALUE},
	{"due", RT_OPT_VALUE}, {"rag", RT_OPT_VALUE}, {"percent", RT_OPT_VALUE},
	{NULL, 0}
};

static const struct rt_opt edit_opts[] = {
	{"status", RT_OPT_VALUE}, {"date", RT_OPT_VALUE},
	{"text", RT_OPT_VALUE}, {"text-file", RT_OPT_VALUE},
	{"due", RT_OPT_VALUE}, {"rag", RT_OPT_VALUE}, {"percent", RT_OPT_VALUE},
	{NULL, 0}
};

static const struct rt_opt delete_opts[] = {{"force", RT_OPT_FLAG}, {NULL, 0}};

static const struct rt_cmd edit = {
	.name = "edit",
	.args = "UID [--status S] [--date DATE] [--text T] [--due TEXT] [--rag R] "
	    "[--percent N]",
	.summary = "correct a progress update",
	.help =
	    "Changes what is given of update UID (the id 'update' printed); an\n"
	    "empty value clears --text, --due, --rag or --percent.  The history\n"
	    "keeps the row as it was; the state follows.\n",
	.opts = edit_opts,
	.minpos = 1, .maxpos = 1,
	.db = RT_CMD_WRITE,
	.exec = edit_exec,
};

static const struct rt_cmd delete_ = {
	.name = "delete",
	.args = "UID --force",
	.summary = "remove a progress update",
	.help =
	    "Removes update UID (and the record that it was reported).  The history\n"
	    "keeps the row; the state follows.\n",
	.opts = delete_opts,
	.minpos = 1, .maxpos = 1,
	.db = RT_CMD_WRITE,
	.exec = delete_exec,
};

static const struct rt_cmd *const verbs[] = {&edit, &delete_, NULL};

const struct rt_cmd rt_cmd_update = {
	.name = "update",
	.args = "ID --status S --date DATE [--text T] [--due TEXT] [--rag R] "
	    "[--percent N]",
	.summary = "record a progress update on a recommendation; prints its id",
	.help =
	    "S is pending, in-item (the update comes as a separate agenda item),\n"
	    "in-progress, delayed, paused, complete, not-implemented (closed, not\n"
	    "done) or superseded (closed, overtaken by events); Update Pending,\n"
	    "Ongoing, Completed, Not achieved and the like are understood, and the\n"
	    "words this database was taught (rectrack vocab).  --due is when the\n"
	    "next update is owed: it sets the recommendation's update due date from\n"
	    "this update on (March 2025, Q1 25/26 and Ongoing are accepted; other\n"
	    "text is kept as written, with no date).  --rag is the assessor's own\n"
	    "rating (red, amber, green, blue), --percent how far along (0-100);\n"
	    "neither changes the state.  --text - reads standard input;\n"
	    "--text-file FILE reads a file.  'update edit UID' and 'update delete\n"
	    "UID --force' correct one.\n",
	.opts = opts,
	.minpos = 1, .maxpos = 1,
	.db = RT_CMD_WRITE,
	.exec = update_exec,
	.verbs = verbs,
};
