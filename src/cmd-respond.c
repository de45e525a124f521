/*
 * cmd-respond.c - respond: the executive's answer to a recommendation.
 *
 * A recommendation has at most one current response.  A second one is a
 * conflict unless --amend says it replaces the first; the amendment is a
 * new row, so the answer as it stood on any earlier date stays readable.
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
	if ((decision = rt_vocab_word(RT_VOCAB_DECISION, rt_arg(a, "decision"),
	    ctx->e)) == NULL)
		return ctx->e->code;
	if ((rc = rt_date_parse(rt_arg(a, "date"), date, ctx->e)) != RT_OK ||
	    (rc = rt_rec_find(&ctx->db, id, meeting, ctx->e)) != RT_OK)
		return rc;
	if (strcmp(date, meeting) < 0)
		return rt_error(ctx->e, RT_INVALID, "response date %s is before the "
		    "meeting of %s that made recommendation %lld", date, meeting,
		    (long long)id);
	if ((rc = rt_db_prepare(&ctx->db, "SELECT date, decision FROM responses "
	    "WHERE recommendation_id = ?1 ORDER BY date DESC, id DESC LIMIT 1",
	    &st, ctx->e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
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
	if ((rc = rt_db_prepare(&ctx->db, "INSERT INTO responses"
	    "(recommendation_id, date, decision, text) VALUES (?1, ?2, ?3, ?4)",
	    &st, ctx->e)) == RT_OK) {
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_text(st, 2, date, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, decision, -1, SQLITE_STATIC);
		rt_bind_text(st, "?4", text);
		rc = rt_db_step(&ctx->db, st, NULL, "respond", ctx->e);
		sqlite3_finalize(st);
	}
	rt_free(text);
	return rc;
}

static const struct rt_opt opts[] = {
	{"decision", RT_OPT_VALUE | RT_OPT_REQUIRED},
	{"date", RT_OPT_VALUE | RT_OPT_REQUIRED},
	{"text", RT_OPT_VALUE}, {"text-file", RT_OPT_VALUE},
	{"amend", RT_OPT_FLAG}, {NULL, 0}
};

const struct rt_cmd rt_cmd_respond = {
	"respond", "ID --decision D --date DATE [--text T] [--amend]",
	"record the executive's response to a recommendation",
	"D is accepted, partially-accepted, rejected or noted (Agreed, Agreed in\n"
	"part, Not accepted and the like are understood).  A recommendation has\n"
	"one current response: a second one needs --amend, and the earlier one\n"
	"stays in the history and in what 'rec show --as-of' shows for earlier\n"
	"dates.  --text - reads standard input; --text-file FILE reads a file.\n",
	opts, 1, 1, RT_CMD_WRITE, respond_exec, NULL
};
