/*
 * cmd-rec.c - rec add, list, show, edit and delete: the recommendations.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rectrack/cmd.h"
#include "rectrack/date.h"
#include "rectrack/input.h"
#include "rectrack/model.h"
#include "rectrack/util.h"

/* --update-due and --response-due: any due form; "Ongoing" or "" clears. */
static int
due_opt(const struct rt_args *a, const char *name, char out[RT_DATE_LEN],
    int *given, struct rt_err *e)
{
	const char *v = rt_arg(a, name);

	*given = v != NULL;
	out[0] = '\0';
	return v == NULL ? RT_OK : rt_due_parse(v, out, e);
}

static int
add_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const char *slug = rt_arg(a, "committee"), *mdate = rt_arg(a, "meeting");
	const char *item = rt_arg(a, "item"), *number = rt_arg(a, "number");
	const char *title = rt_arg(a, "title");
	const char **leadv;
	char meeting[RT_DATE_LEN], rdue[RT_DATE_LEN], udue[RT_DATE_LEN];
	char *text = NULL, **leads = NULL;
	sqlite3_int64 committee, mid, iid, id;
	sqlite3_stmt *st = NULL;
	int rc, nleads = 0, nleadv, given, row;

	if ((rc = rt_committee_id(&ctx->db, slug, &committee, ctx->e)) != RT_OK ||
	    (rc = rt_date_parse(mdate, meeting, ctx->e)) != RT_OK ||
	    (rc = rt_input_check_line("--item", item, ctx->e)) != RT_OK ||
	    (rc = rt_input_check_number(number, ctx->e)) != RT_OK ||
	    (title && (rc = rt_input_check_line("--title", title, ctx->e)) != RT_OK) ||
	    (rc = due_opt(a, "update-due", udue, &given, ctx->e)) != RT_OK ||
	    (rc = due_opt(a, "response-due", rdue, &given, ctx->e)) != RT_OK)
		return rc;
	if (!given || rdue[0] == '\0') {
		/* The statutory two months to respond to a scrutiny report. */
		if ((rc = rt_date_add_months(meeting, 2, rdue, ctx->e)) != RT_OK)
			return rc;
	}
	leadv = rt_arg_all(a, "lead", &nleadv);
	if ((rc = rt_input_text(a, "text", 1, &text, ctx->e)) != RT_OK ||
	    (rc = rt_input_leads(leadv, nleadv, &leads, &nleads, ctx->e)) != RT_OK)
		goto out;
	if ((rc = rt_meeting_get(&ctx->db, committee, meeting, NULL, 1, &mid,
	    ctx->e)) != RT_OK ||
	    (rc = rt_item_get(&ctx->db, mid, item, &iid, ctx->e)) != RT_OK)
		goto out;
	if ((rc = rt_db_prepare(&ctx->db, "SELECT id FROM recommendations "
	    "WHERE item_id = ?1 AND number = ?2", &st, ctx->e)) != RT_OK)
		goto out;
	sqlite3_bind_int64(st, 1, iid);
	sqlite3_bind_text(st, 2, number, -1, SQLITE_STATIC);
	if ((rc = rt_db_step(&ctx->db, st, &row, "rec add", ctx->e)) == RT_OK && row)
		rc = rt_error(ctx->e, RT_INVALID, "recommendation %s of item '%s' on "
		    "%s already exists (id %lld)", number, item, meeting,
		    (long long)sqlite3_column_int64(st, 0));
	sqlite3_finalize(st);
	if (rc != RT_OK)
		goto out;
	if ((rc = rt_db_prepare(&ctx->db, "INSERT INTO recommendations"
	    "(item_id, number, title, text, response_due, update_due) "
	    "VALUES (?1, ?2, ?3, ?4, ?5, nullif(?6, ''))", &st, ctx->e)) != RT_OK)
		goto out;
	sqlite3_bind_int64(st, 1, iid);
	sqlite3_bind_text(st, 2, number, -1, SQLITE_STATIC);
	rt_bind_text(st, "?3", title);
	sqlite3_bind_text(st, 4, text, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, rdue, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, udue, -1, SQLITE_STATIC);
	rc = rt_db_step(&ctx->db, st, NULL, "rec add", ctx->e);
	sqlite3_finalize(st);
	id = sqlite3_last_insert_rowid(ctx->db.h);
	if (rc == RT_OK &&
	    (rc = rt_leads_set(&ctx->db, "recommendation_id", id, leads, nleads,
	    ctx->e)) == RT_OK)
		fprintf(ctx->out, "%lld\n", (long long)id);
out:
	rt_free(text);
	rt_input_free_list(leads, nleads);
	return rc;
}

static int
list_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	return rt_cmd_listing(ctx, a, rt_sql("cmd/rec_list.sql"));
}

/* rec show: print each row of st as "  col: value" blocks or lines. */
static int
show_rows(struct rt_ctx *ctx, sqlite3_stmt *st, const char *title,
    const char *none, void (*line)(FILE *, sqlite3_stmt *))
{
	int rc, row, n = 0;

	fprintf(ctx->out, "\n%s\n", title);
	while ((rc = rt_db_step(&ctx->db, st, &row, "rec show", ctx->e)) == RT_OK &&
	    row) {
		line(ctx->out, st);
		n++;
	}
	if (rc == RT_OK && n == 0)
		fprintf(ctx->out, "  %s\n", none);
	sqlite3_finalize(st);
	return rc;
}

static const char *
col(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);

	return s ? s : "";
}

/* Print a multi-line text indented under its heading line. */
static void
indented(FILE *fp, const char *text, const char *pad)
{
	const char *p = text, *nl;

	while (*p != '\0') {
		nl = strchr(p, '\n');
		fprintf(fp, "%s%.*s\n", pad, (int)(nl ? nl - p : (long)strlen(p)), p);
		if (nl == NULL)
			break;
		p = nl + 1;
	}
}

static void
response_line(FILE *fp, sqlite3_stmt *st)
{
	fprintf(fp, "  %s  %s%s\n", col(st, 0), col(st, 1),
	    sqlite3_column_int(st, 3) ? "" : "  (superseded)");
	indented(fp, col(st, 2), "      ");
}

static void
update_line(FILE *fp, sqlite3_stmt *st)
{
	fprintf(fp, "  %s  %s%s%s\n", col(st, 0), col(st, 1),
	    sqlite3_column_type(st, 3) == SQLITE_NULL ? "" : "  next update due ",
	    col(st, 3));
	indented(fp, col(st, 2), "      ");
}

static void
action_line(FILE *fp, sqlite3_stmt *st)
{
	fprintf(fp, "  action %s  %s  due %s%s%s%s  lead %s\n", col(st, 0),
	    col(st, 1), sqlite3_column_type(st, 2) == SQLITE_NULL ? "-" : col(st, 2),
	    sqlite3_column_type(st, 3) == SQLITE_NULL ? "" : " (",
	    col(st, 3), sqlite3_column_type(st, 3) == SQLITE_NULL ? "" : ")",
	    sqlite3_column_type(st, 5) == SQLITE_NULL ? "-" : col(st, 5));
	indented(fp, col(st, 4), "      ");
}

static void
history_line(FILE *fp, sqlite3_stmt *st)
{
	fprintf(fp, "  %s  %-8s %-6s %s %s\n", col(st, 1),
	    sqlite3_column_type(st, 2) == SQLITE_NULL ? "-" : col(st, 2),
	    col(st, 5), col(st, 3), col(st, 4));
}

static int show_story(struct rt_ctx *, struct rt_args *);

/*
 * rec show writes its story into memory, then through the output engine's
 * terminal text (out.h: rt_out_term_text), so that no stored text can
 * drive the terminal or reorder a line: one escaper for every byte shown.
 */
static int
show_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	struct rt_buf safe = RT_BUF_INIT;
	FILE *out = ctx->out, *mem;
	char *story = NULL;
	size_t n = 0;
	int rc;

	if ((mem = open_memstream(&story, &n)) == NULL)
		return rt_error(ctx->e, RT_FAIL, "out of memory");
	ctx->out = mem;
	rc = show_story(ctx, a);
	ctx->out = out;
	if (fclose(mem) != 0 && rc == RT_OK)
		rc = rt_error(ctx->e, RT_FAIL, "out of memory");
	if (rc == RT_OK) {
		rt_out_term_text(&safe, story, n);
		if (safe.oom)
			rc = rt_error(ctx->e, RT_FAIL, "out of memory");
		else if (safe.len > 0 && fwrite(safe.s, 1, safe.len, out) !=
		    safe.len)
			rc = rt_error(ctx->e, RT_FAIL, "write: %s",
			    strerror(errno));
	}
	free(story);	/* open_memstream's, not rt_malloc's */
	rt_buf_release(&safe);
	return rc;
}

static int
show_story(struct rt_ctx *ctx, struct rt_args *a)
{
	char as_of[RT_DATE_LEN];
	sqlite3_int64 id;
	sqlite3_stmt *st;
	int rc, row;

	if ((rc = rt_input_id("recommendation id", a->pos[0], &id, ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_cmd_as_of(a, as_of, ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_rec_find(&ctx->db, id, NULL, ctx->e)) != RT_OK ||
	    (rc = rt_db_as_of(&ctx->db, as_of, ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_db_prepare(&ctx->db, rt_sql("cmd/rec_show.sql"), &st,
	    ctx->e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	rc = rt_db_step(&ctx->db, st, &row, "rec show", ctx->e);
	if (rc == RT_OK && row) {
		fprintf(ctx->out, "Recommendation %lld: %s, meeting %s, item '%s', "
		    "number %s\n", (long long)id, col(st, 0), col(st, 1), col(st, 2),
		    col(st, 3));
		if (sqlite3_column_type(st, 4) != SQLITE_NULL)
			fprintf(ctx->out, "Title: %s\n", col(st, 4));
		fprintf(ctx->out, "Leads: %s\n", sqlite3_column_type(st, 6) ==
		    SQLITE_NULL ? "-" : col(st, 6));
		fprintf(ctx->out, "State: %s%s (as of %s)\n", col(st, 7),
		    sqlite3_column_int(st, 8) ? ", overdue" : "", as_of);
		fprintf(ctx->out, "Response due: %s\nUpdate due: %s\n\n", col(st, 9),
		    sqlite3_column_type(st, 10) == SQLITE_NULL ? "-" : col(st, 10));
		indented(ctx->out, col(st, 5), "  ");
	} else if (rc == RT_OK)
		/* It exists but not as of this date: its meeting is later. */
		fprintf(ctx->out, "Recommendation %lld: not yet made on %s\n",
		    (long long)id, as_of);
	sqlite3_finalize(st);
	if (rc != RT_OK || !row)
		return rc;

	if ((rc = rt_db_prepare(&ctx->db, "SELECT date, decision, text, "
	    "id = (SELECT x.id FROM responses x WHERE x.recommendation_id = ?1 "
	    "AND x.date <= ?2 ORDER BY x.date DESC, x.id DESC LIMIT 1) "
	    "FROM responses WHERE recommendation_id = ?1 AND date <= ?2 "
	    "ORDER BY date, id", &st, ctx->e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, as_of, -1, SQLITE_STATIC);
	if ((rc = show_rows(ctx, st, "Response", "none yet", response_line)) != RT_OK)
		return rc;

	if ((rc = rt_db_prepare(&ctx->db, "SELECT date, status, text, due "
	    "FROM updates WHERE recommendation_id = ?1 AND date <= ?2 "
	    "ORDER BY date, id", &st, ctx->e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, as_of, -1, SQLITE_STATIC);
	if ((rc = show_rows(ctx, st, "Updates", "none yet", update_line)) != RT_OK)
		return rc;

	if ((rc = rt_db_prepare(&ctx->db, rt_sql("cmd/rec_show_actions.sql"), &st,
	    ctx->e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if ((rc = show_rows(ctx, st, "Actions", "none", action_line)) != RT_OK)
		return rc;

	if ((rc = rt_db_prepare(&ctx->db, rt_sql("cmd/log.sql"), &st, ctx->e))
	    != RT_OK)
		return rc;
	rt_bind_int(st, ":rec", id);
	return show_rows(ctx, st, "History", "none", history_line);
}

static int
edit_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const char *title = rt_arg(a, "title"), *number = rt_arg(a, "number");
	const char **leadv;
	char rdue[RT_DATE_LEN], udue[RT_DATE_LEN];
	char *text = NULL, **leads = NULL;
	sqlite3_int64 id;
	sqlite3_stmt *st;
	int rc, nleads = 0, nleadv, urdue, uudue, row;

	leadv = rt_arg_all(a, "lead", &nleadv);
	if ((rc = rt_input_id("recommendation id", a->pos[0], &id, ctx->e)) != RT_OK)
		return rc;
	if (!title && !number && !nleadv && !rt_arg_set(a, "text") &&
	    !rt_arg_set(a, "text-file") && !rt_arg_set(a, "update-due") &&
	    !rt_arg_set(a, "response-due"))
		return rt_error(ctx->e, RT_USAGE, "rec edit: nothing to change (give "
		    "--text, --title, --number, --lead, --response-due or --update-due)");
	if ((rc = rt_rec_find(&ctx->db, id, NULL, ctx->e)) != RT_OK ||
	    (number && (rc = rt_input_check_number(number, ctx->e)) != RT_OK) ||
	    (title && title[0] &&
	    (rc = rt_input_check_line("--title", title, ctx->e)) != RT_OK) ||
	    (rc = due_opt(a, "update-due", udue, &uudue, ctx->e)) != RT_OK ||
	    (rc = due_opt(a, "response-due", rdue, &urdue, ctx->e)) != RT_OK)
		return rc;
	if (urdue && rdue[0] == '\0')
		return rt_error(ctx->e, RT_INVALID, "--response-due: a date is "
		    "required ('%s' gives none)", rt_arg(a, "response-due"));
	/* Only what is given changes; a text that is given must not be blank. */
	if ((rc = rt_input_text(a, "text", 0, &text, ctx->e)) != RT_OK ||
	    (text != NULL &&
	    (rc = rt_input_check_text("--text", text, 1, ctx->e)) != RT_OK) ||
	    (rc = rt_input_leads(leadv, nleadv, &leads, &nleads, ctx->e)) != RT_OK)
		goto out;
	if (number != NULL) {
		if ((rc = rt_db_prepare(&ctx->db, "SELECT o.id FROM recommendations r "
		    "JOIN recommendations o ON o.item_id = r.item_id AND o.number = ?2 "
		    "AND o.id <> r.id WHERE r.id = ?1", &st, ctx->e)) != RT_OK)
			goto out;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_text(st, 2, number, -1, SQLITE_STATIC);
		if ((rc = rt_db_step(&ctx->db, st, &row, "rec edit", ctx->e)) == RT_OK &&
		    row)
			rc = rt_error(ctx->e, RT_INVALID, "number %s is taken in that "
			    "item by recommendation %lld", number,
			    (long long)sqlite3_column_int64(st, 0));
		sqlite3_finalize(st);
		if (rc != RT_OK)
			goto out;
	}
	/* Each column changes only when its option was given (?N IS NOT NULL). */
	if ((rc = rt_db_prepare(&ctx->db, rt_sql("cmd/rec_edit.sql"), &st, ctx->e))
	    != RT_OK)
		goto out;
	rt_bind_int(st, ":id", id);
	rt_bind_text(st, ":text", text);
	rt_bind_text(st, ":number", number);
	rt_bind_text(st, ":title", title);
	rt_bind_text(st, ":response_due", urdue ? rdue : NULL);
	rt_bind_text(st, ":update_due", uudue ? udue : NULL);
	rc = rt_db_step(&ctx->db, st, NULL, "rec edit", ctx->e);
	sqlite3_finalize(st);
	if (rc == RT_OK && nleadv > 0)
		rc = rt_leads_set(&ctx->db, "recommendation_id", id, leads, nleads,
		    ctx->e);
out:
	rt_free(text);
	rt_input_free_list(leads, nleads);
	return rc;
}

static int
delete_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	sqlite3_int64 id;
	int rc;

	if ((rc = rt_input_id("recommendation id", a->pos[0], &id, ctx->e)) != RT_OK)
		return rc;
	if (!rt_arg_set(a, "force"))
		return rt_error(ctx->e, RT_USAGE, "rec delete: deleting recommendation "
		    "%lld with its responses, updates and actions needs --force",
		    (long long)id);
	if ((rc = rt_rec_find(&ctx->db, id, NULL, ctx->e)) != RT_OK)
		return rc;
	return rt_db_exec_id(&ctx->db, rt_sql("cmd/rec_delete.sql"), id,
	    "rec delete", ctx->e);
}

static const struct rt_opt add_opts[] = {
	{"committee", RT_OPT_VALUE | RT_OPT_REQUIRED},
	{"meeting", RT_OPT_VALUE | RT_OPT_REQUIRED},
	{"item", RT_OPT_VALUE | RT_OPT_REQUIRED},
	{"number", RT_OPT_VALUE | RT_OPT_REQUIRED},
	{"text", RT_OPT_VALUE | RT_OPT_ONE_OF},
	{"text-file", RT_OPT_VALUE | RT_OPT_ONE_OF},
	{"lead", RT_OPT_MULTI}, {"title", RT_OPT_VALUE},
	{"update-due", RT_OPT_VALUE}, {"response-due", RT_OPT_VALUE},
	{NULL, 0}
};

static const struct rt_opt list_opts[] = {
	{"committee", RT_OPT_VALUE}, {"lead", RT_OPT_VALUE},
	{"since", RT_OPT_VALUE}, {"until", RT_OPT_VALUE},
	{"format", RT_OPT_VALUE}, {"as-of", RT_OPT_VALUE},
	{"no-formula-guard", RT_OPT_FLAG}, {NULL, 0}
};

static const struct rt_opt show_opts[] = {{"as-of", RT_OPT_VALUE}, {NULL, 0}};

static const struct rt_opt edit_opts[] = {
	{"text", RT_OPT_VALUE}, {"text-file", RT_OPT_VALUE},
	{"title", RT_OPT_VALUE}, {"number", RT_OPT_VALUE},
	{"lead", RT_OPT_MULTI}, {"update-due", RT_OPT_VALUE},
	{"response-due", RT_OPT_VALUE}, {NULL, 0}
};

static const struct rt_opt delete_opts[] = {{"force", RT_OPT_FLAG}, {NULL, 0}};

static const struct rt_cmd add = {
	"add", "--committee SLUG --meeting DATE --item TITLE --number N --text T "
	"[--lead L]... [--title T] [--update-due DATE] [--response-due DATE]",
	"record a recommendation; prints its id",
	"The committee must exist; the meeting and the agenda item are created\n"
	"when missing.  N is the number as the paper writes it (1, 2, 3a) and is\n"
	"unique within the item.  Leads may be repeated or separated by ';'\n"
	"(\"Vic Kurzeja; Michael Smedley\").  --response-due defaults to the\n"
	"meeting date plus two months.  --text - reads standard input;\n"
	"--text-file FILE reads a file.\n",
	add_opts, 0, 0, RT_CMD_WRITE, add_exec, NULL
};

static const struct rt_cmd list = {
	"list", "[--committee SLUG] [--lead NAME] [--since DATE] [--until DATE] "
	"[--format F] [--as-of DATE]", "list recommendations with their state",
	"Columns: id, committee, meeting_date, item, number, recommendation,\n"
	"leads, decision, response_date, state, last_update_date, last_update,\n"
	"update_due; state as of --as-of (default today).  --since and --until\n"
	"bound the meeting date.\n",
	list_opts, 0, 0, RT_CMD_READ, list_exec, NULL
};

static const struct rt_cmd show = {
	"show", "ID [--as-of DATE]", "the whole story of one recommendation",
	"Text, leads, state, every response, every update, its actions and its\n"
	"history, as of --as-of (default today).\n",
	show_opts, 1, 1, RT_CMD_READ, show_exec, NULL
};

static const struct rt_cmd edit = {
	"edit", "ID [--text T] [--title T] [--number N] [--lead L]... "
	"[--response-due DATE] [--update-due DATE]", "correct a recommendation",
	"Changes only what is given; --lead replaces every lead.  --title \"\"\n"
	"and --update-due \"\" clear them.  The old values stay in the history.\n",
	edit_opts, 1, 1, RT_CMD_WRITE, edit_exec, NULL
};

static const struct rt_cmd delete = {
	"delete", "ID --force", "remove a recommendation and all that hangs off it",
	"Removes its responses, updates, leads and actions too.  The history\n"
	"keeps every deleted row.\n",
	delete_opts, 1, 1, RT_CMD_WRITE, delete_exec, NULL
};

static const struct rt_cmd *const verbs[] = {&add, &list, &show, &edit, &delete,
    NULL};

const struct rt_cmd rt_cmd_rec = {
	"rec", "", "recommendations: add, list, show, edit, delete", NULL, NULL,
	0, 0, RT_CMD_NODB, NULL, verbs
};
