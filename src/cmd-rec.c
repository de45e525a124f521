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

/* --update-due and --response-due of rec edit: any due form; "" clears. */
static int
due_opt(const struct rt_args *a, const char *name, char out[RT_DATE_LEN],
    int *given, struct rt_err *e)
{
	const char *v = rt_arg(a, name);

	*given = v != NULL;
	out[0] = '\0';
	return v == NULL ? RT_OK : rt_due_parse(v, out, e);
}

/*
 * The response due date of a recommendation received on received by a
 * committee with response period period ("2 months", "8 weeks", "28
 * days", "open", "none"): "" for open and none.  Months: the same day N
 * months later, or that month's last day.
 */
int
rt_response_due(const char *period, const char *received, char out[RT_DATE_LEN],
    struct rt_err *e)
{
	long n = 0;
	char *end = NULL;

	out[0] = '\0';
	if (period == NULL || strcmp(period, "open") == 0 ||
	    strcmp(period, "none") == 0)
		return RT_OK;
	n = strtol(period, &end, 10);
	if (end == NULL || *end != ' ' || n < 1 || n > 999)
		return rt_error(e, RT_INVALID, "bad response period '%s'", period);
	end++;
	if (strncmp(end, "month", 5) == 0)
		return rt_date_add_months(received, (int)n, out, e);
	if (strncmp(end, "week", 4) == 0)
		n *= 7;
	else if (strncmp(end, "day", 3) != 0)
		return rt_error(e, RT_INVALID, "bad response period '%s'", period);
	return rt_date_add_days(received, (int)n, out, e);
}

/* What rec add was told, and what it makes of it. */
struct recadd {
	sqlite3_int64 committee, item, parent;
	char meeting[RT_DATE_LEN];	/* the item's meeting */
	char received[RT_DATE_LEN];
	char rdue[RT_DATE_LEN];		/* "" none */
	int expected;			/* -1 follow the committee, 0, 1 */
	char udue[RT_DATE_LEN], target[RT_DATE_LEN];
};

/* --parent ID: the parent's item and regime. */
static int
from_parent(struct rt_ctx *ctx, const char *v, struct recadd *r)
{
	sqlite3_stmt *st;
	int rc, row;

	if ((rc = rt_input_id("--parent", v, &r->parent, ctx->e)) != RT_OK ||
	    (rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_REC_PARENT, &st,
	    ctx->e)) != RT_OK)
		return rc;
	rt_bind_int(st, ":id", r->parent);
	if ((rc = rt_db_step(&ctx->db, st, &row, "rec add", ctx->e)) == RT_OK &&
	    !row)
		rc = rt_error(ctx->e, RT_INVALID, "no recommendation with id %lld",
		    (long long)r->parent);
	else if (rc == RT_OK && sqlite3_column_type(st, 5) != SQLITE_NULL)
		rc = rt_error(ctx->e, RT_INVALID, "recommendation %lld is itself a "
		    "sub-recommendation: give its parent, %lld", (long long)r->parent,
		    (long long)sqlite3_column_int64(st, 5));
	if (rc == RT_OK) {
		r->item = sqlite3_column_int64(st, 0);
		snprintf(r->received, sizeof r->received, "%s",
		    sqlite3_column_text(st, 1));
		if (sqlite3_column_type(st, 2) != SQLITE_NULL)
			snprintf(r->rdue, sizeof r->rdue, "%s",
			    sqlite3_column_text(st, 2));
		r->expected = sqlite3_column_type(st, 3) == SQLITE_NULL ? -1 :
		    sqlite3_column_int(st, 3);
		snprintf(r->meeting, sizeof r->meeting, "%s",
		    sqlite3_column_text(st, 4));
	}
	sqlite3_finalize(st);
	return rc;
}

/* The committee's period applied to the received date. */
static int
default_due(struct rt_ctx *ctx, struct recadd *r)
{
	sqlite3_stmt *st;
	int rc, row;

	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_REC_PERIOD, &st,
	    ctx->e)) != RT_OK)
		return rc;
	rt_bind_int(st, ":committee", r->committee);
	if ((rc = rt_db_step(&ctx->db, st, &row, "rec add", ctx->e)) == RT_OK && row)
		rc = rt_response_due((const char *)sqlite3_column_text(st, 0),
		    r->received, r->rdue, ctx->e);
	sqlite3_finalize(st);
	return rc;
}

static int
add_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const char *slug = rt_arg(a, "committee"), *mdate = rt_arg(a, "meeting");
	const char *item = rt_arg(a, "item"), *number = rt_arg(a, "number");
	const char *title = rt_arg(a, "title"), *theme = rt_arg(a, "theme");
	const char *parent = rt_arg(a, "parent"), *v;
	const char **leadv;
	struct recadd r;
	char *text = NULL, **leads = NULL;
	sqlite3_int64 mid, id;
	sqlite3_stmt *st = NULL;
	int rc, nleads = 0, nleadv, row;

	memset(&r, 0, sizeof r);
	r.expected = -1;
	if (rt_arg_set(a, "no-response") && rt_arg(a, "response-due") != NULL &&
	    *rt_arg(a, "response-due") != '\0')
		return rt_error(ctx->e, RT_USAGE, "rec add: --no-response and "
		    "--response-due contradict each other");
	if ((rc = rt_input_check_number(number, ctx->e)) != RT_OK ||
	    (title && (rc = rt_input_check_line("--title", title, ctx->e)) != RT_OK) ||
	    (theme && (rc = rt_input_check_line("--theme", theme, ctx->e)) != RT_OK))
		return rc;
	if (parent != NULL) {
		if ((rc = from_parent(ctx, parent, &r)) != RT_OK)
			return rc;
	} else if ((rc = rt_committee_id(&ctx->db, slug, &r.committee, ctx->e))
	    != RT_OK ||
	    (rc = rt_date_parse(mdate, r.meeting, ctx->e)) != RT_OK ||
	    (rc = rt_input_check_line("--item", item, ctx->e)) != RT_OK)
		return rc;
	if ((v = rt_arg(a, "received")) != NULL) {
		if ((rc = rt_date_parse(v, r.received, ctx->e)) != RT_OK)
			return rc;
		if (strcmp(r.received, r.meeting) < 0)
			return rt_error(ctx->e, RT_INVALID, "--received %s is before the "
			    "meeting of %s", r.received, r.meeting);
	} else if (parent == NULL)
		memcpy(r.received, r.meeting, sizeof r.received);
	if ((v = rt_arg(a, "update-due")) != NULL && *v != '\0' &&
	    (rc = rt_input_due("--update-due", v, r.udue, ctx->e)) != RT_OK)
		return rc;
	if ((v = rt_arg(a, "target")) != NULL && *v != '\0' &&
	    (rc = rt_input_due("--target", v, r.target, ctx->e)) != RT_OK)
		return rc;
	/*
	 * The response: --no-response, none expected; --response-due, that
	 * date, and one is expected; else the committee's period from the
	 * received date (a child keeps its parent's, unless received anew).
	 */
	if (rt_arg_set(a, "no-response")) {
		r.expected = 0;
		r.rdue[0] = '\0';
	} else if ((v = rt_arg(a, "response-due")) != NULL && *v != '\0') {
		if ((rc = rt_due_parse(v, r.rdue, ctx->e)) != RT_OK)
			return rc;
		if (r.rdue[0] != '\0')
			r.expected = 1;
	}
	if (r.rdue[0] == '\0' && r.expected != 0 &&
	    (parent == NULL || rt_arg(a, "received") != NULL)) {
		if (parent != NULL && (rc = rt_committee_of_rec(&ctx->db, r.parent,
		    &r.committee, ctx->e)) != RT_OK)
			return rc;
		if ((rc = default_due(ctx, &r)) != RT_OK)
			return rc;
	}
	leadv = rt_arg_all(a, "lead", &nleadv);
	if ((rc = rt_input_text(a, "text", 1, &text, ctx->e)) != RT_OK ||
	    (rc = rt_input_leads(leadv, nleadv, &leads, &nleads, ctx->e)) != RT_OK)
		goto out;
	if (parent == NULL &&
	    ((rc = rt_meeting_get(&ctx->db, r.committee, r.meeting, NULL, 1, &mid,
	    ctx->e)) != RT_OK ||
	    (rc = rt_item_get(&ctx->db, mid, item, &r.item, ctx->e)) != RT_OK))
		goto out;
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_REC_NUMBER_TAKEN, &st,
	    ctx->e)) != RT_OK)
		goto out;
	rt_bind_int(st, ":item", r.item);
	if (r.parent != 0)
		rt_bind_int(st, ":parent", r.parent);
	rt_bind_text(st, ":number", number);
	if ((rc = rt_db_step(&ctx->db, st, &row, "rec add", ctx->e)) == RT_OK && row)
		rc = parent != NULL ? rt_error(ctx->e, RT_INVALID, "recommendation "
		    "%s of recommendation %lld already exists (id %lld)", number,
		    (long long)r.parent, (long long)sqlite3_column_int64(st, 0)) :
		    rt_error(ctx->e, RT_INVALID, "recommendation %s of item '%s' on "
		    "%s already exists (id %lld)", number, item, r.meeting,
		    (long long)sqlite3_column_int64(st, 0));
	sqlite3_finalize(st);
	if (rc != RT_OK || (rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_REC_ADD,
	    &st, ctx->e)) != RT_OK)
		goto out;
	rt_bind_int(st, ":item", r.item);
	if (r.parent != 0)
		rt_bind_int(st, ":parent", r.parent);
	rt_bind_text(st, ":number", number);
	rt_bind_text(st, ":title", title);
	rt_bind_text(st, ":text", text);
	/* The meeting date is the default: store it only when it differs. */
	rt_bind_text(st, ":received", strcmp(r.received, r.meeting) != 0 ?
	    r.received : NULL);
	rt_bind_text(st, ":response_due", r.rdue);
	if (r.expected >= 0)
		rt_bind_int(st, ":response_expected", r.expected);
	rt_bind_text(st, ":update_due", r.udue);
	v = rt_arg(a, "update-due");
	rt_bind_text(st, ":update_due_text", v != NULL && *v != '\0' ? v : NULL);
	v = rt_arg(a, "target");
	rt_bind_text(st, ":target_text", v != NULL && *v != '\0' ? v : NULL);
	rt_bind_text(st, ":target_date", r.target);
	rt_bind_text(st, ":theme", theme);
	rc = rt_db_step(&ctx->db, st, NULL, "rec add", ctx->e);
	sqlite3_finalize(st);
	id = sqlite3_last_insert_rowid(ctx->db.h);
	if (rc == RT_OK &&
	    (rc = rt_leads_set(&ctx->db, 0, id, leads, nleads,
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
	return rt_cmd_listing(ctx, a, rt_sql(RT_SQL_CMD_REC_LIST));
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
	fprintf(fp, "  action %s%s%s%s  %s  due %s%s%s%s  lead %s\n", col(st, 0),
	    sqlite3_column_type(st, 6) == SQLITE_NULL ? "" : " (number ",
	    col(st, 6), sqlite3_column_type(st, 6) == SQLITE_NULL ? "" : ")",
	    col(st, 1), sqlite3_column_type(st, 2) == SQLITE_NULL ? "-" : col(st, 2),
	    sqlite3_column_type(st, 3) == SQLITE_NULL ? "" : " (",
	    col(st, 3), sqlite3_column_type(st, 3) == SQLITE_NULL ? "" : ")",
	    sqlite3_column_type(st, 5) == SQLITE_NULL ? "-" : col(st, 5));
	indented(fp, col(st, 4), "      ");
}

static void
child_line(FILE *fp, sqlite3_stmt *st)
{
	fprintf(fp, "  %s  %s  %s%s\n", col(st, 0), col(st, 1), col(st, 2),
	    sqlite3_column_int(st, 3) ? ", overdue" : "");
	indented(fp, col(st, 4), "      ");
}

static void
revision_line(FILE *fp, sqlite3_stmt *st)
{
	fprintf(fp, "  %s  %s %s%s%s%s\n", col(st, 0), col(st, 1),
	    sqlite3_column_type(st, 2) == SQLITE_NULL ? "set as " : "",
	    col(st, 2), sqlite3_column_type(st, 2) == SQLITE_NULL ? "" : " -> ",
	    col(st, 3));
	indented(fp, col(st, 4), "      ");
}

/* "once", "twice", "3 times" */
static void
times(FILE *fp, long long n)
{
	if (n == 1)
		fputs("once", fp);
	else if (n == 2)
		fputs("twice", fp);
	else
		fprintf(fp, "%lld times", n);
}

/*
 * The target line of rec show: "Target: March 2025 (revised twice; first
 * set as December 2024)", as of the date.
 */
static int
target_line(struct rt_ctx *ctx, sqlite3_int64 id, const char *as_of,
    const char *target)
{
	sqlite3_stmt *st;
	int rc, row;

	if ((rc = rt_db_prepare_sql(&ctx->db,
	    RT_SQL_CMD_REC_SHOW_MORE_TARGET_STORY, &st, ctx->e)) != RT_OK)
		return rc;
	rt_bind_int(st, ":id", id);
	rt_bind_text(st, ":as_of", as_of);
	if ((rc = rt_db_step(&ctx->db, st, &row, "rec show", ctx->e)) == RT_OK) {
		fprintf(ctx->out, "Target: %s", target);
		if (row && sqlite3_column_int64(st, 0) > 0) {
			fputs(" (revised ", ctx->out);
			times(ctx->out, sqlite3_column_int64(st, 0));
			fprintf(ctx->out, "; first set as %s)", col(st, 1));
		}
		fputc('\n', ctx->out);
	}
	sqlite3_finalize(st);
	return rc;
}

/* A section of rec show from a named statement, left out when empty. */
static int
show_named(struct rt_ctx *ctx, sqlite3_int64 id, const char *as_of,
    enum rt_sql_id name, const char *title,
    void (*line)(FILE *, sqlite3_stmt *))
{
	sqlite3_stmt *st;
	int rc, row, n = 0;

	if ((rc = rt_db_prepare_sql(&ctx->db, name, &st, ctx->e)) != RT_OK)
		return rc;
	rt_bind_int(st, ":id", id);
	rt_bind_text(st, ":as_of", as_of);
	while ((rc = rt_db_step(&ctx->db, st, &row, "rec show", ctx->e)) == RT_OK &&
	    row) {
		if (n++ == 0)
			fprintf(ctx->out, "\n%s\n", title);
		line(ctx->out, st);
	}
	sqlite3_finalize(st);
	return rc;
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
	int rc, row, child = 0;

	if ((rc = rt_input_id("recommendation id", a->pos[0], &id, ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_cmd_as_of(a, as_of, ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_rec_find(&ctx->db, id, NULL, ctx->e)) != RT_OK ||
	    (rc = rt_db_as_of(&ctx->db, as_of, ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_REC_SHOW, &st,
	    ctx->e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	rc = rt_db_step(&ctx->db, st, &row, "rec show", ctx->e);
	if (rc == RT_OK && row) {
		fprintf(ctx->out, "Recommendation %lld: %s, meeting %s, item '%s', "
		    "number %s\n", (long long)id, col(st, 0), col(st, 1), col(st, 2),
		    col(st, 3));
		if (sqlite3_column_type(st, 13) != SQLITE_NULL)
			fprintf(ctx->out, "Sub-recommendation of: %s (number %s)\n",
			    col(st, 13), col(st, 14));
		if (sqlite3_column_type(st, 4) != SQLITE_NULL)
			fprintf(ctx->out, "Title: %s\n", col(st, 4));
		fprintf(ctx->out, "Leads: %s\n", sqlite3_column_type(st, 6) ==
		    SQLITE_NULL ? "-" : col(st, 6));
		fprintf(ctx->out, "State: %s%s (as of %s)\n", col(st, 7),
		    sqlite3_column_int(st, 8) ? ", overdue" : "", as_of);
		if (sqlite3_column_type(st, 15) != SQLITE_NULL)
			fprintf(ctx->out, "Progress: %s%%\n", col(st, 15));
		if (sqlite3_column_type(st, 11) != SQLITE_NULL &&
		    (rc = target_line(ctx, id, as_of, col(st, 11))) != RT_OK) {
			sqlite3_finalize(st);
			return rc;
		}
		fprintf(ctx->out, "Response due: %s\nUpdate due: %s\n\n", col(st, 9),
		    sqlite3_column_type(st, 10) == SQLITE_NULL ? "-" : col(st, 10));
		indented(ctx->out, col(st, 5), "  ");
		child = sqlite3_column_type(st, 13) != SQLITE_NULL;
	} else if (rc == RT_OK)
		/* It exists but not as of this date: its meeting is later. */
		fprintf(ctx->out, "Recommendation %lld: not yet made on %s\n",
		    (long long)id, as_of);
	sqlite3_finalize(st);
	if (rc != RT_OK || !row)
		return rc;

	if ((rc = rt_db_prepare_sql(&ctx->db,
	    RT_SQL_CMD_REC_SHOW_MORE_RESPONSES,
	    &st, ctx->e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, as_of, -1, SQLITE_STATIC);
	if ((rc = show_rows(ctx, st, "Response", child ? "none of its own: its "
	    "parent's applies" : "none yet", response_line)) != RT_OK)
		return rc;

	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_REC_SHOW_MORE_UPDATES,
	    &st, ctx->e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, as_of, -1, SQLITE_STATIC);
	if ((rc = show_rows(ctx, st, "Updates", "none yet", update_line)) != RT_OK)
		return rc;

	if ((rc = show_named(ctx, id, as_of, RT_SQL_CMD_REC_SHOW_MORE_CHILDREN,
	    "Sub-recommendations", child_line)) != RT_OK)
		return rc;

	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_REC_SHOW_ACTIONS, &st,
	    ctx->e)) != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if ((rc = show_rows(ctx, st, "Actions", "none", action_line)) != RT_OK)
		return rc;

	if ((rc = show_named(ctx, id, as_of, RT_SQL_CMD_REC_SHOW_MORE_REVISIONS,
	    "Revisions", revision_line)) != RT_OK)
		return rc;

	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_LOG, &st, ctx->e))
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
		/* Unique within the item and the parent, ignoring case. */
		if ((rc = rt_db_prepare_sql(&ctx->db,
		    RT_SQL_CMD_REC_NUMBER_CLASH, &st,
		    ctx->e)) != RT_OK)
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
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_REC_EDIT, &st, ctx->e))
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
		rc = rt_leads_set(&ctx->db, 0, id, leads, nleads,
		    ctx->e);
out:
	rt_free(text);
	rt_input_free_list(leads, nleads);
	return rc;
}

/* How many sub-recommendations recommendation id has. */
static int
children(struct rt_ctx *ctx, sqlite3_int64 id, long long *n)
{
	sqlite3_stmt *st;
	int rc, row;

	*n = 0;
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_REC_CHILDREN, &st,
	    ctx->e)) != RT_OK)
		return rc;
	rt_bind_int(st, ":id", id);
	if ((rc = rt_db_step(&ctx->db, st, &row, "rec delete", ctx->e)) == RT_OK &&
	    row)
		*n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc;
}

/*
 * rec delete: the recommendation, its sub-recommendations and everything
 * hanging off any of them, in the command's one transaction.  A parent's
 * children are named in the --force message and, once deleted, on
 * standard output, so that nobody loses them unawares.
 */
static int
delete_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	sqlite3_int64 id;
	long long n = 0;
	int rc;

	if ((rc = rt_input_id("recommendation id", a->pos[0], &id, ctx->e)) != RT_OK)
		return rc;
	if (!rt_arg_set(a, "force")) {
		if ((rc = children(ctx, id, &n)) != RT_OK)
			return rc;
		if (n > 0)
			return rt_error(ctx->e, RT_USAGE, "rec delete: deleting "
			    "recommendation %lld with its %lld sub-recommendation%s and "
			    "their responses, updates and actions needs --force",
			    (long long)id, n, n == 1 ? "" : "s");
		return rt_error(ctx->e, RT_USAGE, "rec delete: deleting recommendation "
		    "%lld with its responses, updates and actions needs --force",
		    (long long)id);
	}
	if ((rc = rt_rec_find(&ctx->db, id, NULL, ctx->e)) != RT_OK ||
	    (rc = children(ctx, id, &n)) != RT_OK ||
	    (rc = rt_db_exec_id(&ctx->db, rt_sql(RT_SQL_CMD_REC_DELETE), id,
	    "rec delete", ctx->e)) != RT_OK)
		return rc;
	if (n > 0)
		fprintf(ctx->out, "deleted recommendation %lld and its %lld "
		    "sub-recommendation%s\n", (long long)id, n, n == 1 ? "" : "s");
	return RT_OK;
}

static int
target_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	return rt_cmd_revise(ctx, a, 0);
}

static const struct rt_opt add_opts[] = {
	{"committee", RT_OPT_VALUE | RT_OPT_REQUIRED | RT_OPT_REPLACED},
	{"meeting", RT_OPT_VALUE | RT_OPT_REQUIRED | RT_OPT_REPLACED},
	{"item", RT_OPT_VALUE | RT_OPT_REQUIRED | RT_OPT_REPLACED},
	{"number", RT_OPT_VALUE | RT_OPT_REQUIRED},
	{"parent", RT_OPT_VALUE | RT_OPT_INSTEAD},
	{"text", RT_OPT_VALUE | RT_OPT_ONE_OF},
	{"text-file", RT_OPT_VALUE | RT_OPT_ONE_OF},
	{"lead", RT_OPT_MULTI}, {"title", RT_OPT_VALUE},
	{"update-due", RT_OPT_VALUE}, {"response-due", RT_OPT_VALUE},
	{"received", RT_OPT_VALUE}, {"target", RT_OPT_VALUE},
	{"theme", RT_OPT_VALUE}, {"no-response", RT_OPT_FLAG},
	{NULL, 0}
};

static const struct rt_opt list_opts[] = {
	{"committee", RT_OPT_VALUE}, {"lead", RT_OPT_VALUE},
	{"since", RT_OPT_VALUE}, {"until", RT_OPT_VALUE}, {"theme", RT_OPT_VALUE},
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

static const struct rt_opt target_opts[] = {
	{"reason", RT_OPT_VALUE | RT_OPT_ONE_OF},
	{"reason-file", RT_OPT_VALUE | RT_OPT_ONE_OF},
	{"date", RT_OPT_VALUE}, {NULL, 0}
};

static const struct rt_cmd add = {
	.name = "add",
	.args = "--committee SLUG --meeting DATE --item TITLE --number N --text T "
	    "[--lead L]... [--title T] [--update-due TEXT] "
	    "[--response-due DATE] [--received DATE] [--target TEXT] [--theme THEME] "
	    "[--no-response]\n"
	    "       rectrack rec add --parent ID --number N --text T [...]",
	.summary = "record a recommendation; prints its id",
	.help =
	    "The committee must exist; the meeting and the agenda item are created\n"
	    "when missing.  N is the number as the paper writes it (1, 2, 3a, R10),\n"
	    "unique within the item ignoring case.  --parent ID makes a\n"
	    "sub-recommendation (i), ii), a)...) in its parent's item.  Leads may be\n"
	    "repeated or separated by ';' (\"Vic Kurzeja; Michael Smedley\").\n"
	    "--received is when the addressee received the report (default: the\n"
	    "meeting date); the response is due the committee's response period\n"
	    "after it (committee add --response-period), unless --response-due\n"
	    "gives the date, or --no-response says none is expected.  --target is\n"
	    "when it should be done, as written (March 2025, Q4 24/25, 2026);\n"
	    "--update-due when the first update is owed.  --theme groups it (seed\n"
	    "plans group by VISION, SAVINGS...).  --text - reads standard input;\n"
	    "--text-file FILE reads a file.\n",
	.opts = add_opts,
	.db = RT_CMD_WRITE,
	.exec = add_exec,
};

static const struct rt_cmd list = {
	.name = "list",
	.args = "[--committee SLUG] [--lead NAME] [--since DATE] [--until DATE] "
	    "[--theme THEME] [--format F] [--as-of DATE]",
	.summary = "list recommendations with their state",
	.help =
	    "Columns: id, committee, meeting_date, item, number, recommendation,\n"
	    "leads, decision, response_date, state, last_update_date, last_update,\n"
	    "update_due; state as of --as-of (default today).  --since and --until\n"
	    "bound the meeting date.\n",
	.opts = list_opts,
	.db = RT_CMD_READ,
	.exec = list_exec,
};

static const struct rt_cmd show = {
	.name = "show",
	.args = "ID [--as-of DATE]",
	.summary = "the whole story of one recommendation",
	.help =
	    "Text, leads, state, progress, target (with how often it was revised\n"
	    "and what it was first set as), every response, every update, its\n"
	    "sub-recommendations, its actions, every revision of its target and of\n"
	    "its actions' due dates with the reason, and its history, as of\n"
	    "--as-of (default today).\n",
	.opts = show_opts,
	.minpos = 1, .maxpos = 1,
	.db = RT_CMD_READ,
	.exec = show_exec,
};

static const struct rt_cmd edit = {
	.name = "edit",
	.args = "ID [--text T] [--title T] [--number N] [--lead L]... "
	    "[--response-due DATE] [--update-due DATE]",
	.summary = "correct a recommendation",
	.help =
	    "Changes only what is given; --lead replaces every lead.  --title \"\"\n"
	    "and --update-due \"\" clear them.  The old values stay in the history.\n",
	.opts = edit_opts,
	.minpos = 1, .maxpos = 1,
	.db = RT_CMD_WRITE,
	.exec = edit_exec,
};

static const struct rt_cmd delete = {
	.name = "delete",
	.args = "ID --force",
	.summary = "remove a recommendation and all that hangs off it",
	.help =
	    "Removes its responses, updates, leads, actions and target revisions\n"
	    "too, and its sub-recommendations with all of theirs; deleting a parent\n"
	    "says how many sub-recommendations went with it.  The history keeps\n"
	    "every deleted row.\n",
	.opts = delete_opts,
	.minpos = 1, .maxpos = 1,
	.db = RT_CMD_WRITE,
	.exec = delete_exec,
};

static const struct rt_cmd target = {
	.name = "target",
	.args = "ID TEXT --reason R [--date DATE]",
	.summary = "revise a recommendation's target; prints the revision's id",
	.help =
	    "TEXT is the new target as written (March 2025, Q4 24/25, Ongoing), kept\n"
	    "beside the date it means; a text with no date is kept with a warning.\n"
	    "The old target is never lost: a revision keeps the old and the new\n"
	    "value, the reason and the date (--date, default today), and queries\n"
	    "as of an earlier date see the target as it then was.  The first\n"
	    "target is set by rec add --target, or by rec target when there is\n"
	    "none yet.  --reason - reads standard input; --reason-file FILE a file.\n",
	.opts = target_opts,
	.minpos = 2, .maxpos = 2,
	.db = RT_CMD_WRITE,
	.exec = target_exec,
};

static const struct rt_cmd *const verbs[] = {&add, &list, &show, &edit, &delete,
    &target, NULL};

const struct rt_cmd rt_cmd_rec = {
	.name = "rec",
	.args = "",
	.summary = "recommendations: add, list, show, edit, delete, target",
	.db = RT_CMD_NODB,
	.verbs = verbs,
};
