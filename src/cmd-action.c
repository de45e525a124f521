/*
 * cmd-action.c - action add, list and update.
 *
 * An action belongs to a meeting item (a committee's action tracker) or to
 * a recommendation (a peer-review action plan).  Its due date is kept as
 * written ("Q4 22/23", "Ongoing") beside the date it means.
 */
#include <stdio.h>

#include "rectrack/cmd.h"
#include "rectrack/date.h"
#include "rectrack/input.h"
#include "rectrack/model.h"
#include "rectrack/util.h"

static int
add_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const char *rec = rt_arg(a, "rec"), *slug = rt_arg(a, "committee");
	const char *mdate = rt_arg(a, "meeting"), *item = rt_arg(a, "item");
	const char *duetext = rt_arg(a, "due"), *number = rt_arg(a, "number");
	const char **leadv;
	char meeting[RT_DATE_LEN], due[RT_DATE_LEN], *text = NULL, **leads = NULL;
	sqlite3_int64 recid = 0, committee, mid, iid = 0, id;
	sqlite3_stmt *st;
	int rc, nleads = 0, nleadv;

	/* --rec, or all of --committee --meeting --item (the table says so). */
	due[0] = '\0';
	if (rec != NULL) {
		if ((rc = rt_input_id("recommendation id", rec, &recid, ctx->e)) != RT_OK ||
		    (rc = rt_rec_find(&ctx->db, recid, NULL, ctx->e)) != RT_OK)
			return rc;
	} else {
		if ((rc = rt_committee_id(&ctx->db, slug, &committee, ctx->e)) != RT_OK ||
		    (rc = rt_date_parse(mdate, meeting, ctx->e)) != RT_OK ||
		    (rc = rt_input_check_line("--item", item, ctx->e)) != RT_OK)
			return rc;
	}
	if (number != NULL &&
	    (rc = rt_input_check_number(number, ctx->e)) != RT_OK)
		return rc;
	if (duetext != NULL &&
	    (rc = rt_input_due("--due", duetext, due, ctx->e)) != RT_OK)
		return rc;
	leadv = rt_arg_all(a, "lead", &nleadv);
	if ((rc = rt_input_text(a, "text", 1, &text, ctx->e)) != RT_OK ||
	    (rc = rt_input_leads(leadv, nleadv, &leads, &nleads, ctx->e)) != RT_OK)
		goto out;
	if (rec == NULL &&
	    ((rc = rt_meeting_get(&ctx->db, committee, meeting, NULL, 1, &mid,
	    ctx->e)) != RT_OK ||
	    (rc = rt_item_get(&ctx->db, mid, item, &iid, ctx->e)) != RT_OK))
		goto out;
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_ACTION_ADD, &st,
	    ctx->e)) != RT_OK)
		goto out;
	rt_bind_int(st, ":item", iid);
	rt_bind_int(st, ":rec", recid);
	rt_bind_text(st, ":number", number);
	rt_bind_text(st, ":text", text);
	rt_bind_text(st, ":due_text", duetext);
	rt_bind_text(st, ":due_date", due);
	rc = rt_db_step(&ctx->db, st, NULL, "action add", ctx->e);
	sqlite3_finalize(st);
	id = sqlite3_last_insert_rowid(ctx->db.h);
	if (rc == RT_OK &&
	    (rc = rt_leads_set(&ctx->db, 1, id, leads, nleads, ctx->e))
	    == RT_OK)
		fprintf(ctx->out, "%lld\n", (long long)id);
out:
	rt_free(text);
	rt_input_free_list(leads, nleads);
	return rc;
}

static int
list_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	sqlite3_int64 id;
	int rc;

	if (rt_arg(a, "rec") != NULL &&
	    (rc = rt_input_id("recommendation id", rt_arg(a, "rec"), &id, ctx->e))
	    != RT_OK)
		return rc;
	return rt_cmd_listing(ctx, a, rt_sql(RT_SQL_CMD_ACTION_LIST));
}

static int
update_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	return rt_cmd_record_update(ctx, a, 1);
}

static int
due_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	return rt_cmd_revise(ctx, a, 1);
}

static const struct rt_opt add_opts[] = {
	{"rec", RT_OPT_VALUE | RT_OPT_INSTEAD},
	{"committee", RT_OPT_VALUE | RT_OPT_REQUIRED | RT_OPT_REPLACED},
	{"meeting", RT_OPT_VALUE | RT_OPT_REQUIRED | RT_OPT_REPLACED},
	{"item", RT_OPT_VALUE | RT_OPT_REQUIRED | RT_OPT_REPLACED},
	{"text", RT_OPT_VALUE | RT_OPT_ONE_OF},
	{"text-file", RT_OPT_VALUE | RT_OPT_ONE_OF},
	{"lead", RT_OPT_MULTI}, {"due", RT_OPT_VALUE}, {"number", RT_OPT_VALUE},
	{NULL, 0}
};

static const struct rt_opt list_opts[] = {
	{"committee", RT_OPT_VALUE}, {"rec", RT_OPT_VALUE},
	{"lead", RT_OPT_VALUE}, {"since", RT_OPT_VALUE}, {"until", RT_OPT_VALUE},
	{"theme", RT_OPT_VALUE}, {"format", RT_OPT_VALUE}, {"as-of", RT_OPT_VALUE},
	{"no-formula-guard", RT_OPT_FLAG}, {NULL, 0}
};

static const struct rt_opt update_opts[] = {
	{"status", RT_OPT_VALUE | RT_OPT_REQUIRED},
	{"date", RT_OPT_VALUE | RT_OPT_REQUIRED},
	{"text", RT_OPT_VALUE}, {"text-file", RT_OPT_VALUE},
	{"rag", RT_OPT_VALUE}, {"percent", RT_OPT_VALUE}, {NULL, 0}
};

static const struct rt_opt due_opts[] = {
	{"reason", RT_OPT_VALUE | RT_OPT_ONE_OF},
	{"reason-file", RT_OPT_VALUE | RT_OPT_ONE_OF},
	{"date", RT_OPT_VALUE}, {NULL, 0}
};

static const struct rt_cmd add = {
	.name = "add",
	.args = "(--rec ID | --committee SLUG --meeting DATE --item TITLE) --text T "
	    "[--number N] [--lead L]... [--due TEXT]",
	.summary = "record an action; prints its id",
	.help =
	    "--due is kept as written (\"Q4 22/23\", \"March 2025\", \"Ongoing\") beside\n"
	    "the date it means (2023-03-31, 2025-03-31, none); a text with no date is\n"
	    "kept with a warning.  --number is the action's number as the plan\n"
	    "writes it (1, 2.3, b); actions list by number (naturally: 2 before 10),\n"
	    "those without one in the order entered.  With --committee the\n"
	    "meeting and item are created when missing.\n",
	.opts = add_opts,
	.db = RT_CMD_WRITE,
	.exec = add_exec,
};

static const struct rt_cmd list = {
	.name = "list",
	.args = "[--committee SLUG] [--rec ID] [--lead NAME] [--since DATE] "
	    "[--until DATE] [--theme THEME] [--format F] [--as-of DATE]",
	.summary = "list actions with their status",
	.help =
	    "Columns: id, committee, meeting_date, item, recommendation_id, action,\n"
	    "leads, due_text, due_date, status, last_update_date, last_update.\n"
	    "An action with no update is pending.\n",
	.opts = list_opts,
	.db = RT_CMD_READ,
	.exec = list_exec,
};

static const struct rt_cmd update = {
	.name = "update",
	.args = "ID --status S --date DATE [--text T] [--rag R] [--percent N]",
	.summary = "record a progress update on an action; prints its id",
	.help =
	    "S is pending, in-item, in-progress, delayed, paused, complete,\n"
	    "not-implemented or superseded (or a word this database was taught).\n"
	    "--rag is red, amber, green or blue; --percent 0-100.  'update edit' and\n"
	    "'update delete' correct an action's update too.\n",
	.opts = update_opts,
	.minpos = 1, .maxpos = 1,
	.db = RT_CMD_WRITE,
	.exec = update_exec,
};

static const struct rt_cmd due = {
	.name = "due",
	.args = "ID TEXT --reason R [--date DATE]",
	.summary = "revise an action's due date; prints the revision's id",
	.help =
	    "TEXT is the new due date as written (March 2025, Q4 24/25, Ongoing),\n"
	    "kept beside the date it means; a text with no date is kept with a\n"
	    "warning.  The old one is never lost: a revision keeps the old and the\n"
	    "new value, the reason and the date (--date, default today), and\n"
	    "queries as of an earlier date see the due date as it then was.\n"
	    "--reason - reads standard input; --reason-file FILE a file.\n",
	.opts = due_opts,
	.minpos = 2, .maxpos = 2,
	.db = RT_CMD_WRITE,
	.exec = due_exec,
};

static const struct rt_cmd *const verbs[] = {&add, &list, &update, &due, NULL};

const struct rt_cmd rt_cmd_action = {
	.name = "action",
	.args = "",
	.summary = "actions: add, list, update, due",
	.db = RT_CMD_NODB,
	.verbs = verbs,
};
