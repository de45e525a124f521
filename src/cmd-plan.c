/*
 * cmd-plan.c - plan: the progress report of a committee's action plan.
 *
 * A peer challenge or an audit ends in an action plan: numbered, titled
 * recommendations, each with actions that have a lead, a due date as
 * written ("March 2025 (IPS)", "Ongoing"), a status and an update; the
 * council reports on it as a document (Oxford City's "Our progress",
 * October 2024 & final update).  This command prints that document as of
 * a date, in Markdown, as a self-contained HTML page that prints on A4
 * portrait (share/plan.css), or as CSV, one row per action.
 *
 * What goes in is decided in SQL: sql/plan/rows.sql, over the state views
 * as of the date, materialised into TEMP.plan (one row per action, in
 * order); sql/plan/summary.sql counts it; sql/plan/csv.sql is the CSV.
 * The documents are one walker (walk()) over those rows and a layout per
 * format that renders each node through the output engine's document
 * (out.h), which escapes every stored text; the CSV goes through the
 * engine's CSV, formula guard included.  Words for states and statuses
 * are the database's labels (vocab add --label) and name the committee's
 * addressee.  The command only reads.
 */
#include <stdio.h>
#include <string.h>

#include "rectrack/cmd.h"
#include "rectrack/date.h"
#include "rectrack/model.h"
#include "rectrack/util.h"
#include "rectrack/vocab.h"

/* The columns of TEMP.plan, in order (see sql/plan/rows.sql). */
enum {
	C_REC_ID, C_PARENT_ID, C_PARENT_NUMBER, C_REC_NUMBER, C_REC_TITLE,
	C_REC_TEXT, C_THEME, C_REC_STATE, C_REC_PROGRESS, C_REC_OVERDUE,
	C_REC_BAND, C_TARGET_TEXT, C_TARGET_REVISIONS, C_TARGET_FIRST,
	C_ACTION_ID, C_ACTION_NUMBER, C_ACTION, C_LEADS, C_DUE_TEXT, C_DUE_DATE,
	C_DUE_REVISIONS, C_DUE_FIRST, C_STATUS, C_CLOSED, C_OVERDUE, C_BAND,
	C_UPDATE_DATE, C_UPDATE
};

/* The document's context: the committee, its words, the summary. */
struct plan {
	char *name, *addressee;    /* the committee */
	const char *as_of;         /* ISO date */
	struct rt_labels labels;   /* taught over built-in */
	long long recs, actions, complete, overdue; /* the summary */
	int pct;                   /* % of actions complete; -1 none */
};

static const char *
state_words(const struct plan *p, const char *state, char buf[128])
{
	return rt_state_label(&p->labels, state, p->addressee, buf, 128);
}

/*
 * A due text or target as written, and its history when it was revised:
 * "March 2025 (revised twice; first set as December 2024)".  The tracker
 * writes a target the same way.
 */
void
rt_doc_revised(struct rt_doc *d, const char *text, int k, const char *first)
{
	static const char *const times[] = {"", "once", "twice"};

	rt_doc_text(d, text);
	if (k <= 0)
		return;
	if (k < 3)
		rt_doc_rawf(d, " (revised %s; ", times[k]);
	else
		rt_doc_rawf(d, " (revised %d times; ", k);
	if (first != NULL) {
		rt_doc_raw(d, "first set as ");
		rt_doc_text(d, first);
	} else
		rt_doc_raw(d, "first set with no date");
	rt_doc_raw(d, ")");
}

static void
revised(struct rt_doc *d, sqlite3_stmt *st, int text, int n, int first)
{
	rt_doc_revised(d, rt_col(st, text), sqlite3_column_int(st, n),
	    rt_has(st, first) ? rt_col(st, first) : NULL);
}

/* "Recommendation 3: Title", or for a part "Recommendation ii) of 3". */
static void
rec_heading(struct rt_doc *d, sqlite3_stmt *st)
{
	rt_doc_raw(d, "Recommendation ");
	rt_doc_text(d, rt_col(st, C_REC_NUMBER));
	if (rt_has(st, C_PARENT_NUMBER)) {
		rt_doc_raw(d, " of ");
		rt_doc_text(d, rt_col(st, C_PARENT_NUMBER));
	}
	if (rt_has(st, C_REC_TITLE)) {
		rt_doc_raw(d, ": ");
		rt_doc_text(d, rt_col(st, C_REC_TITLE));
	}
}

/* "State: In progress. Progress: 62%." */
static void
rec_state(struct rt_doc *d, const struct plan *p, sqlite3_stmt *st)
{
	char buf[128];

	rt_doc_raw(d, "State: ");
	rt_doc_strong_on(d);
	rt_doc_text(d, state_words(p, rt_col(st, C_REC_STATE), buf));
	if (sqlite3_column_int(st, C_REC_OVERDUE))
		rt_doc_raw(d, ", overdue");
	rt_doc_strong_off(d);
	if (sqlite3_column_type(st, C_REC_PROGRESS) != SQLITE_NULL)
		rt_doc_rawf(d, ". Progress: %d%%",
		    sqlite3_column_int(st, C_REC_PROGRESS));
	rt_doc_raw(d, ".");
	if (rt_has(st, C_TARGET_TEXT)) {
		rt_doc_raw(d, " Target: ");
		revised(d, st, C_TARGET_TEXT, C_TARGET_REVISIONS, C_TARGET_FIRST);
		rt_doc_raw(d, ".");
	}
}

/* The action: its number and text. */
static void
cell_action(struct rt_doc *d, sqlite3_stmt *st)
{
	if (rt_has(st, C_ACTION_NUMBER)) {
		rt_doc_text(d, rt_col(st, C_ACTION_NUMBER));
		rt_doc_raw(d, rt_number_sep(rt_col(st, C_ACTION_NUMBER)));
	}
	rt_doc_text(d, rt_col(st, C_ACTION));
}

static void
cell_status(struct rt_doc *d, const struct plan *p, sqlite3_stmt *st)
{
	rt_doc_text(d, rt_label(&p->labels, RT_VOCAB_STATUS,
	    rt_col(st, C_STATUS)));
	if (sqlite3_column_int(st, C_OVERDUE))
		rt_doc_raw(d, ", overdue");
}

/* The latest update: its date in bold, then its text. */
static void
cell_update(struct rt_doc *d, sqlite3_stmt *st)
{
	char sd[RT_DATE_SHORT_LEN];

	if (!rt_has(st, C_UPDATE_DATE))
		return;
	rt_doc_strong_on(d);
	rt_doc_text(d, rt_date_short(rt_col(st, C_UPDATE_DATE), sd));
	rt_doc_strong_off(d);
	if (rt_has(st, C_UPDATE)) {
		rt_doc_br(d);
		rt_doc_text(d, rt_col(st, C_UPDATE));
	}
}

/*
 * How one format renders each node of the plan: the heading, a theme, a
 * recommendation (its head, each action, its end), the summary and the
 * footing.  The walker visits them in one order for every format.
 */
struct layout {
	void (*begin)(struct rt_doc *, const struct plan *);
	void (*theme)(struct rt_doc *, sqlite3_stmt *);
	void (*rec)(struct rt_doc *, const struct plan *, sqlite3_stmt *);
	void (*action)(struct rt_doc *, const struct plan *, sqlite3_stmt *, int);
	void (*rec_end)(struct rt_doc *, int);
	void (*end)(struct rt_doc *, const struct plan *);
};

/* The Markdown layout. */
static void
md_begin(struct rt_doc *d, const struct plan *p)
{
	char ld[RT_DATE_LONG_LEN];

	rt_doc_raw(d, "# ");
	rt_doc_text(d, p->name);
	rt_doc_rawf(d, "\n\nAction plan: progress as of **%s**.\n",
	    rt_date_long(p->as_of, ld));
}

static void
md_theme(struct rt_doc *d, sqlite3_stmt *st)
{
	rt_doc_raw(d, "\n## ");
	rt_doc_text(d, rt_col(st, C_THEME));
	rt_doc_raw(d, "\n");
}

static void
md_rec(struct rt_doc *d, const struct plan *p, sqlite3_stmt *st)
{
	rt_doc_raw(d, rt_has(st, C_PARENT_ID) ? "\n#### " : "\n### ");
	rec_heading(d, st);
	rt_doc_raw(d, "\n\n");
	rt_doc_text(d, rt_col(st, C_REC_TEXT));
	rt_doc_raw(d, "\n\n");
	rec_state(d, p, st);
	rt_doc_raw(d, "\n");
}

static void
md_action(struct rt_doc *d, const struct plan *p, sqlite3_stmt *st, int first)
{
	if (first)
		rt_doc_raw(d, "\n| Action | Lead | Due | Status | Latest update |\n"
		    "| --- | --- | --- | --- | --- |\n");
	rt_doc_raw(d, "| ");
	cell_action(d, st);
	rt_doc_raw(d, " | ");
	rt_doc_text(d, rt_col(st, C_LEADS));
	rt_doc_raw(d, " | ");
	revised(d, st, C_DUE_TEXT, C_DUE_REVISIONS, C_DUE_FIRST);
	rt_doc_raw(d, " | ");
	cell_status(d, p, st);
	rt_doc_raw(d, " | ");
	cell_update(d, st);
	rt_doc_raw(d, " |\n");
}

static void
md_rec_end(struct rt_doc *d, int actions)
{
	if (actions == 0)
		rt_doc_raw(d, "\nNo actions recorded.\n");
}

static void
md_end(struct rt_doc *d, const struct plan *p)
{
	char ld[RT_DATE_LONG_LEN];

	rt_doc_rawf(d, "\n## Summary\n\n- Recommendations: %lld\n"
	    "- Actions: %lld\n", p->recs, p->actions);
	if (p->pct >= 0)
		rt_doc_rawf(d, "- Actions complete: %lld (%d%%)\n", p->complete,
		    p->pct);
	else
		rt_doc_raw(d, "- Actions complete: 0\n");
	rt_doc_rawf(d, "- Overdue actions: %lld\n\nState as of %s.\n",
	    p->overdue, rt_date_long(p->as_of, ld));
}

/* The HTML layout: a self-contained page that prints on A4 portrait. */
static void
html_begin(struct rt_doc *d, const struct plan *p)
{
	char ld[RT_DATE_LONG_LEN];

	rt_doc_raw(d, "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
	    "content=\"width=device-width, initial-scale=1\">\n<title>");
	rt_doc_text(d, p->name);
	rt_doc_rawf(d, " - action plan progress, %s</title>\n<style>\n",
	    rt_date_long(p->as_of, ld));
	rt_doc_raw(d, rt_share("plan.css"));
	rt_doc_raw(d, "</style>\n</head>\n<body>\n<header>\n<h1>");
	rt_doc_text(d, p->name);
	rt_doc_rawf(d, "</h1>\n<p>Action plan: progress as of <strong>%s"
	    "</strong>.</p>\n", ld);
	rt_doc_raw(d, "<p class=\"key\"><span class=\"vh\">Key: </span>"
	    "<span class=\"green\">Closed</span> <span class=\"amber\">Open"
	    "</span> <span class=\"yellow\">Update in item</span> "
	    "<span class=\"red\">Overdue or delayed</span> <span class=\"blue\">"
	    "Awaiting a response</span></p>\n</header>\n<main>\n");
}

static void
html_theme(struct rt_doc *d, sqlite3_stmt *st)
{
	rt_doc_raw(d, "<h2 class=\"theme\">");
	rt_doc_text(d, rt_col(st, C_THEME));
	rt_doc_raw(d, "</h2>\n");
}

static void
html_rec(struct rt_doc *d, const struct plan *p, sqlite3_stmt *st)
{
	int progress = sqlite3_column_type(st, C_REC_PROGRESS) != SQLITE_NULL;

	rt_doc_rawf(d, "<section class=\"rec%s\">\n<h%d class=\"%s\">",
	    rt_has(st, C_PARENT_ID) ? " child" : "",
	    rt_has(st, C_PARENT_ID) ? 4 : 3, rt_col(st, C_REC_BAND));
	rec_heading(d, st);
	rt_doc_rawf(d, "</h%d>\n<div class=\"text\"><p>",
	    rt_has(st, C_PARENT_ID) ? 4 : 3);
	rt_doc_text(d, rt_col(st, C_REC_TEXT));
	rt_doc_raw(d, "</p></div>\n<p class=\"state\">");
	rec_state(d, p, st);
	if (progress)
		rt_doc_rawf(d, "<span class=\"meter\" aria-hidden=\"true\">"
		    "<span style=\"width: %d%%\"></span></span>",
		    sqlite3_column_int(st, C_REC_PROGRESS));
	rt_doc_raw(d, "</p>\n");
}

static void
html_action(struct rt_doc *d, const struct plan *p, sqlite3_stmt *st,
    int first)
{
	if (first)
		rt_doc_raw(d, "<table class=\"actions\">\n<colgroup><col class="
		    "\"c-action\"><col class=\"c-lead\"><col class=\"c-due\">"
		    "<col class=\"c-status\"><col class=\"c-update\"></colgroup>\n"
		    "<thead><tr><th scope=\"col\">Action</th><th scope=\"col\">"
		    "Lead</th><th scope=\"col\">Due</th><th scope=\"col\">Status"
		    "</th><th scope=\"col\">Latest update</th></tr></thead>\n"
		    "<tbody>\n");
	rt_doc_rawf(d, "<tr class=\"%s\"><td><p>", rt_col(st, C_BAND));
	cell_action(d, st);
	rt_doc_raw(d, "</p></td><td>");
	rt_doc_text(d, rt_col(st, C_LEADS));
	rt_doc_raw(d, "</td><td>");
	revised(d, st, C_DUE_TEXT, C_DUE_REVISIONS, C_DUE_FIRST);
	rt_doc_rawf(d, "</td><td><span class=\"status s-%s\">",
	    rt_col(st, C_BAND));
	cell_status(d, p, st);
	rt_doc_raw(d, "</span></td><td><p>");
	cell_update(d, st);
	rt_doc_raw(d, "</p></td></tr>\n");
}

static void
html_rec_end(struct rt_doc *d, int actions)
{
	if (actions == 0)
		rt_doc_raw(d, "<p class=\"none\">No actions recorded.</p>\n");
	else
		rt_doc_raw(d, "</tbody>\n</table>\n");
	rt_doc_raw(d, "</section>\n");
}

static void
html_end(struct rt_doc *d, const struct plan *p)
{
	char ld[RT_DATE_LONG_LEN];

	rt_doc_rawf(d, "</main>\n<section class=\"summary\">\n<h2>Summary</h2>\n"
	    "<table class=\"figures\"><tbody>\n"
	    "<tr><th scope=\"row\">Recommendations</th><td>%lld</td></tr>\n"
	    "<tr><th scope=\"row\">Actions</th><td>%lld</td></tr>\n"
	    "<tr><th scope=\"row\">Actions complete</th><td>%lld",
	    p->recs, p->actions, p->complete);
	if (p->pct >= 0)
		rt_doc_rawf(d, " (%d%%)", p->pct);
	rt_doc_rawf(d, "</td></tr>\n<tr><th scope=\"row\">Overdue actions</th>"
	    "<td>%lld</td></tr>\n</tbody></table>\n</section>\n"
	    "<footer>State as of %s. Prepared with rectrack.</footer>\n"
	    "</body>\n</html>\n", p->overdue, rt_date_long(p->as_of, ld));
}

static const struct layout layouts[] = {
	[RT_DOCFMT_MARKDOWN] = { md_begin, md_theme, md_rec, md_action,
	    md_rec_end,
	    md_end },
	[RT_DOCFMT_HTML] = { html_begin, html_theme, html_rec, html_action,
	    html_rec_end, html_end },
};

/*
 * The one walker: the heading; for each recommendation (a new theme
 * first, when it changes), its head and its actions; the summary.
 */
static int
walk(struct rt_ctx *ctx, struct rt_doc *d, sqlite3_stmt *st,
    const struct plan *p, const struct layout *l)
{
	sqlite3_int64 rec = -1;
	struct rt_buf theme = RT_BUF_INIT;
	int rc, row, n = 0;

	l->begin(d, p);
	while ((rc = rt_db_step(&ctx->db, st, &row, "plan", ctx->e)) == RT_OK &&
	    row) {
		if (sqlite3_column_int64(st, C_REC_ID) != rec) {
			if (rec >= 0)
				l->rec_end(d, n);
			if (rt_has(st, C_THEME) &&
			    strcmp(rt_col(st, C_THEME),
			    rt_buf_str(&theme)) != 0) {
				rt_buf_reset(&theme);
				rt_buf_puts(&theme, rt_col(st, C_THEME));
				l->theme(d, st);
			}
			rec = sqlite3_column_int64(st, C_REC_ID);
			n = 0;
			l->rec(d, p, st);
		}
		if (sqlite3_column_type(st, C_ACTION_ID) != SQLITE_NULL)
			l->action(d, p, st, n++ == 0);
	}
	if (rc == RT_OK && theme.oom)
		rc = rt_error(ctx->e, RT_FAIL, "out of memory");
	rt_buf_release(&theme);
	if (rc != RT_OK)
		return rc;
	if (rec >= 0)
		l->rec_end(d, n);
	l->end(d, p);
	return RT_OK;
}

/* The committee, its labels and the summary's figures. */
static int
plan_load(struct rt_ctx *ctx, sqlite3_int64 committee, const char *as_of,
    struct plan *p)
{
	sqlite3_stmt *st;
	int rc, row;

	memset(p, 0, sizeof *p);
	p->as_of = as_of;
	p->pct = -1;
	if ((rc = rt_labels_load(&ctx->db, &p->labels, ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_TRACKER_HEADING, &st,
	    ctx->e)) != RT_OK)
		return rc;
	rt_bind_int(st, ":committee_id", committee);
	if ((rc = rt_db_step(&ctx->db, st, &row, "plan", ctx->e)) == RT_OK && row) {
		p->name = rt_strdup(rt_col(st, 0));
		p->addressee = rt_strdup(rt_col(st, 3));
		if (!p->name || !p->addressee)
			rc = rt_error(ctx->e, RT_FAIL, "out of memory");
	}
	sqlite3_finalize(st);
	if (rc != RT_OK)
		return rc;
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_PLAN_SUMMARY, &st,
	    ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_db_step(&ctx->db, st, &row, "plan", ctx->e)) == RT_OK && row) {
		p->recs = sqlite3_column_int64(st, 0);
		p->actions = sqlite3_column_int64(st, 1);
		p->complete = sqlite3_column_int64(st, 2);
		if (sqlite3_column_type(st, 3) != SQLITE_NULL)
			p->pct = sqlite3_column_int(st, 3);
		p->overdue = sqlite3_column_int64(st, 4);
	}
	sqlite3_finalize(st);
	return rc;
}

static void
plan_release(struct plan *p)
{
	rt_free(p->name);
	rt_free(p->addressee);
	rt_labels_free(&p->labels);
}

static int
plan_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	char as_of[RT_DATE_LEN];
	sqlite3_int64 committee;
	struct plan p;
	struct rt_doc *d;
	enum rt_docfmt fmt;
	sqlite3_stmt *st;
	int rc;

	if ((rc = rt_cmd_doc_format(a, "plan", &fmt, ctx->e)) != RT_OK ||
	    (rc = rt_committee_id(&ctx->db, a->pos[0], &committee,
	    ctx->e)) != RT_OK ||
	    (rc = rt_cmd_as_of(a, as_of, ctx->e)) != RT_OK ||
	    (rc = rt_db_as_of(&ctx->db, as_of, ctx->e)) != RT_OK)
		return rc;

	/* Materialise the rows once: the document or CSV, and the summary. */
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_PLAN_ROWS_CREATE, &st,
	    ctx->e)) != RT_OK)
		return rc;
	rt_bind_int(st, ":committee_id", committee);
	rc = rt_db_step(&ctx->db, st, NULL, "plan", ctx->e);
	sqlite3_finalize(st);
	if (rc != RT_OK)
		return rc;

	if (fmt == RT_DOCFMT_CSV) {
		struct rt_out o;

		if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_PLAN_CSV, &st,
		    ctx->e)) != RT_OK)
			return rc;
		memset(&o, 0, sizeof o);
		o.fmt = RT_FMT_CSV;
		o.no_guard = rt_arg_set(a, "no-formula-guard");
		rc = rt_out_file(st, &o, ctx->out, ctx->e);
		sqlite3_finalize(st);
		return rc;
	}
	if ((rc = plan_load(ctx, committee, as_of, &p)) != RT_OK) {
		plan_release(&p);
		return rc;
	}
	d = rt_doc_new(fmt == RT_DOCFMT_HTML ? RT_DOC_HTML : RT_DOC_MARKDOWN,
	    rt_out_fwrite, ctx->out);
	if (d == NULL)
		rc = rt_error(ctx->e, RT_FAIL, "out of memory");
	else if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_PLAN_ROWS_WALK, &st,
	    ctx->e)) == RT_OK) {
		rc = walk(ctx, d, st, &p, &layouts[fmt]);
		sqlite3_finalize(st);
	}
	if (rt_doc_free(d, ctx->e) != RT_OK && rc == RT_OK)
		rc = ctx->e->code;
	plan_release(&p);
	return rc;
}

static const struct rt_opt opts[] = {
	{"as-of", RT_OPT_VALUE}, {"format", RT_OPT_VALUE},
	{"no-formula-guard", RT_OPT_FLAG},
	{NULL, 0}
};

const struct rt_cmd rt_cmd_plan = {
	.name = "plan",
	.args = "SLUG [--as-of DATE] [--format markdown|html|csv] "
	    "[--no-formula-guard]",
	.summary = "the progress report of the committee's action plan",
	.help =
	    "The action plan's progress as of --as-of (default today): for each\n"
	    "recommendation in natural order (a sub-recommendation after its\n"
	    "parent; under a heading per theme when they have one), its number,\n"
	    "title and text, its state and progress, then its actions: number,\n"
	    "text, leads, due date as written (\"March 2025 (revised twice; first\n"
	    "set as December 2024)\" when it was revised), status, and the latest\n"
	    "update with its date.  Then a summary: recommendations (a\n"
	    "sub-recommendation counts in its parent), actions, the share of\n"
	    "actions complete, and overdue actions.  States and statuses show the\n"
	    "labels taught with vocab add --label.\n"
	    "--format markdown (the default); html, one self-contained page that\n"
	    "prints on A4 portrait, coloured by status (green closed, amber open,\n"
	    "yellow update in item, red overdue or delayed, blue awaiting a\n"
	    "response); csv, one row per action with its recommendation's number,\n"
	    "title, state and progress (a recommendation without actions is one\n"
	    "row with the action columns empty), canonical words, the formula\n"
	    "guard on unless --no-formula-guard.\n",
	.opts = opts,
	.minpos = 1, .maxpos = 1,
	.db = RT_CMD_READ,
	.exec = plan_exec,
};
