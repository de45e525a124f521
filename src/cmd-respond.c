/*
 * cmd-respond.c - respond: the addressee's answer to a recommendation, and
 * respond edit / respond delete, which correct one.
 *
 * A recommendation has at most one current response.  A second one is a
 * conflict unless --amend says it replaces the first; the amendment is a
 * new row, so the answer as it stood on any earlier date stays readable.
 * An edit corrects a row in place (a typo, a wrong date); the history
 * keeps what it was.
 */
#include <stdio.h>
#include <string.h>

#include "rectrack/cmd.h"
#include "rectrack/date.h"
#include "rectrack/input.h"
#include "rectrack/model.h"
#include "rectrack/util.h"
#include "rectrack/vocab.h"

static int
respond_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const char *decision;
	char date[RT_DATE_LEN], meeting[RT_DATE_LEN], *text = NULL;
	sqlite3_int64 id;
	sqlite3_stmt *st;
	int rc, row, amend = rt_arg_set(a, "amend");

	if ((rc = rt_input_id("recommendation id", a->pos[0], &id, ctx->e)) != RT_OK)
		return rc;
	if ((decision = rt_vocab_read(&ctx->db, RT_VOCAB_DECISION,
	    rt_arg(a, "decision"), ctx->e)) == NULL)
		return ctx->e->code;
	if ((rc = rt_date_parse(rt_arg(a, "date"), date, ctx->e)) != RT_OK ||
	    (rc = rt_rec_find(&ctx->db, id, meeting, ctx->e)) != RT_OK)
		return rc;
	if (strcmp(date, meeting) < 0)
		return rt_error(ctx->e, RT_INVALID, "response date %s is before the "
		    "meeting of %s that made recommendation %lld", date, meeting,
		    (long long)id);
	if ((rc = rt_db_prepare_sql(&ctx->db,
	    RT_SQL_CMD_RECORD_RESPONSE_CURRENT, &st,
	    ctx->e)) != RT_OK)
		return rc;
	rt_bind_int(st, ":rec", id);
	if ((rc = rt_db_step(&ctx->db, st, &row, "respond", ctx->e)) == RT_OK) {
		if (row && !amend)
			rc = rt_error(ctx->e, RT_INVALID, "recommendation %lld already "
			    "has a response (%s on %s): use --amend to replace it",
			    (long long)id, sqlite3_column_text(st, 1),
			    sqlite3_column_text(st, 0));
		else if (!row && amend)
			rc = rt_error(ctx->e, RT_INVALID, "recommendation %lld has no "
			    "response to amend", (long long)id);
		else if (row && strcmp(date, (const char *)sqlite3_column_text(st, 0)) < 0)
			rc = rt_error(ctx->e, RT_INVALID, "amendment date %s is before "
			    "the current response of %s", date, sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	if (rc != RT_OK || (rc = rt_input_text(a, "text", 0, &text, ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_RECORD_RESPONSE_ADD,
	    &st, ctx->e)) == RT_OK) {
		rt_bind_int(st, ":rec", id);
		rt_bind_text(st, ":date", date);
		rt_bind_text(st, ":decision", decision);
		rt_bind_text(st, ":text", text);
		rc = rt_db_step(&ctx->db, st, NULL, "respond", ctx->e);
		sqlite3_finalize(st);
		if (rc == RT_OK)
			fprintf(ctx->out, "%lld\n",
			    (long long)sqlite3_last_insert_rowid(ctx->db.h));
	}
	rt_free(text);
	return rc;
}

static int
edit_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	char date[RT_DATE_LEN], meeting[RT_DATE_LEN], *text = NULL;
	const char *decision = NULL, *v;
	sqlite3_int64 rid;
	sqlite3_stmt *st;
	int rc, row;

	if ((rc = rt_input_id("response id", a->pos[0], &rid, ctx->e)) != RT_OK ||
	    (rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_RECORD_RESPONSE_GET,
	        &st,
	    ctx->e)) != RT_OK)
		return rc;
	rt_bind_int(st, ":id", rid);
	if ((rc = rt_db_step(&ctx->db, st, &row, "respond edit", ctx->e)) == RT_OK &&
	    !row)
		rc = rt_error(ctx->e, RT_INVALID, "respond edit: no response with id "
		    "%lld", (long long)rid);
	if (rc == RT_OK) {
		snprintf(date, sizeof date, "%s", sqlite3_column_text(st, 2));
		decision = rt_vocab_canonical(RT_VOCAB_DECISION,
		    (const char *)sqlite3_column_text(st, 3));
		if (sqlite3_column_type(st, 4) != SQLITE_NULL)
			text = rt_strdup((const char *)sqlite3_column_text(st, 4));
		snprintf(meeting, sizeof meeting, "%s", sqlite3_column_text(st, 5));
	}
	sqlite3_finalize(st);
	if (rc != RT_OK)
		goto out;
	if ((v = rt_arg(a, "decision")) != NULL &&
	    (decision = rt_vocab_read(&ctx->db, RT_VOCAB_DECISION, v, ctx->e)) == NULL) {
		rc = ctx->e->code;
		goto out;
	}
	if ((v = rt_arg(a, "date")) != NULL &&
	    (rc = rt_date_parse(v, date, ctx->e)) != RT_OK)
		goto out;
	if (strcmp(date, meeting) < 0) {
		rc = rt_error(ctx->e, RT_INVALID, "response date %s is before the "
		    "meeting of %s", date, meeting);
		goto out;
	}
	if (rt_arg_set(a, "text") || rt_arg_set(a, "text-file")) {
		rt_free(text);
		text = NULL;
		if ((rc = rt_input_text(a, "text", 0, &text, ctx->e)) != RT_OK)
			goto out;
	}
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_RECORD_RESPONSE_EDIT,
	    &st, ctx->e)) != RT_OK)
		goto out;
	rt_bind_int(st, ":id", rid);
	rt_bind_text(st, ":date", date);
	rt_bind_text(st, ":decision", decision);
	rt_bind_text(st, ":text", text != NULL && *text != '\0' ? text : NULL);
	rc = rt_db_step(&ctx->db, st, NULL, "respond edit", ctx->e);
	sqlite3_finalize(st);
out:
	rt_free(text);
	return rc;
}

static int
delete_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	return rt_cmd_delete_record(ctx, a, 1);
}

static const struct rt_opt opts[] = {
	{"decision", RT_OPT_VALUE | RT_OPT_REQUIRED},
	{"date", RT_OPT_VALUE | RT_OPT_REQUIRED},
	{"text", RT_OPT_VALUE}, {"text-file", RT_OPT_VALUE},
	{"amend", RT_OPT_FLAG}, {NULL, 0}
};

static const struct rt_opt edit_opts[] = {
	{"decision", RT_OPT_VALUE}, {"date", RT_OPT_VALUE},
	{"text", RT_OPT_VALUE}, {"text-file", RT_OPT_VALUE}, {NULL, 0}
};

static const struct rt_opt delete_opts[] = {{"force", RT_OPT_FLAG}, {NULL, 0}};

static const struct rt_cmd edit = {
	.name = "edit",
	.args = "RID [--decision D] [--date DATE] [--text T]",
	.summary = "correct a response",
	.help =
	    "Changes what is given of response RID (the id 'respond' printed); an\n"
	    "empty --text clears it.  To record a changed answer, use 'respond\n"
	    "--amend' instead: an edit is for a mistake.  The history keeps the row\n"
	    "as it was; the state follows.\n",
	.opts = edit_opts,
	.minpos = 1, .maxpos = 1,
	.db = RT_CMD_WRITE,
	.exec = edit_exec,
};

static const struct rt_cmd delete_ = {
	.name = "delete",
	.args = "RID --force",
	.summary = "remove a response",
	.help =
	    "Removes response RID (and the record that it was reported); an earlier\n"
	    "response, if any, is current again.  The history keeps the row.\n",
	.opts = delete_opts,
	.minpos = 1, .maxpos = 1,
	.db = RT_CMD_WRITE,
	.exec = delete_exec,
};

static const struct rt_cmd *const verbs[] = {&edit, &delete_, NULL};

const struct rt_cmd rt_cmd_respond = {
	.name = "respond",
	.args = "ID --decision D --date DATE [--text T] [--amend]",
	.summary = "record the response to a recommendation; prints its id",
	.help =
	    "D is accepted, accepted-in-principle, partially-accepted, rejected or\n"
	    "noted (Agreed, Agreed in principle, Agreed in part, Not accepted and the\n"
	    "like are understood, and the words this database was taught: rectrack\n"
	    "vocab).  A recommendation has one current response: a second one needs\n"
	    "--amend, and the earlier one stays in the history and in what 'rec show\n"
	    "--as-of' shows for earlier dates.  --text - reads standard input;\n"
	    "--text-file FILE reads a file.  'respond edit RID' and 'respond delete\n"
	    "RID --force' correct one.\n",
	.opts = opts,
	.minpos = 1, .maxpos = 1,
	.db = RT_CMD_WRITE,
	.exec = respond_exec,
	.verbs = verbs,
};
