/*
 * cmd-tracker.c - tracker: the committee's tracker document for a meeting.
 *
 * What goes in the document is decided in SQL (sql/tracker/parts.sql),
 * over the state views as of the meeting date, and materialised in
 * TEMP.tracker; this file only writes it out, as Markdown, a
 * self-contained HTML page that prints on A4 landscape, or CSV.  The two
 * documents are one walker (walk()) over the rows and a layout per format
 * that renders each node through the output engine's document (out.h),
 * which escapes every stored text.  --mark-reported then records, from
 * the same rows, that what was shown was reported at this meeting.
 *
 * Printing only reads: it works on a read-only file and on a replica, and
 * a mistyped date leaves nothing behind.  Only --mark-reported writes (an
 * RT_OPT_WRITES flag: without it the dispatcher opens the database
 * read-only), and it records the meeting when missing (the officer
 * prepares the pack before the meeting exists anywhere else).
 */
#include <stdio.h>
#include <string.h>

#include "rectrack/cmd.h"
#include "rectrack/date.h"
#include "rectrack/model.h"
#include "rectrack/util.h"

enum tfmt { T_MARKDOWN, T_HTML, T_CSV };

/* The columns of TEMP.tracker, in order (see sql/tracker/parts.sql). */
enum {
	C_PART, C_ID, C_MEETING, C_ITEM, C_NUMBER, C_TITLE, C_TEXT, C_LEADS,
	C_DECISION, C_RESPONSE_DATE, C_RESPONSE, C_UPDATE_DATE, C_UPDATE,
	C_STATE, C_DUE, C_OVERDUE, C_BAND
};

/* What the document says about itself, after the Oxfordshire papers. */
static const struct part {
	const char *title;  /* heading of the part */
	const char *intro;  /* the paragraph under it */
	const char *date;   /* heading of the first column */
	const char *what;   /* heading of the third column */
	const char *answer; /* heading of the fifth column */
	const char *key[4]; /* the key: green, amber or yellow, red or blue */
	const char *none;   /* when the part is empty */
} parts[3] = {
	{"Recommendation Tracker",
	 "The tracker enables the Committee to monitor the executive's response "
	 "to its recommendations. Once a response has been reported to the "
	 "Committee, an accepted recommendation moves to the update tracker.",
	 "Meeting date", "Recommendation", "Response",
	 {"Due to Cabinet", "Overdue", "Update pending", "Rejected or noted"},
	 "There are no recommendations awaiting a response."},
	{"Recommendation Update Tracker",
	 "The update tracker enables the Committee to monitor progress on accepted "
	 "recommendations. Once a recommendation has been completed it is shaded "
	 "green and reported into the next meeting of the Committee, after which "
	 "it is removed from the tracker. If the update will come as a separate "
	 "item, it is shaded yellow.",
	 "Cabinet response date", "Recommendation", "Update",
	 {"Update pending or in progress", "Update in item", "Delayed or overdue",
	  "Complete"},
	 "There are no recommendations awaiting an update."},
	{"Action Tracker",
	 "The action tracker enables the Committee to monitor progress against "
	 "agreed actions. Once an action has been completed it is shaded green "
	 "and reported into the next meeting, after which it is removed.",
	 "Meeting date", "Action", "Update/response",
	 {"In progress", "Delayed or overdue", "Complete", NULL},
	 "There are no outstanding action items."},
};

/* The key of each part: a band and its meaning, as printed under the title. */
static const char *const key_bands[3][4] = {
	{"blue", "red", "amber", "green"},
	{"amber", "yellow", "red", "green"},
	{"amber", "red", "green", NULL},
};

static const char *
col(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);

	return s ? s : "";
}

static int
has(sqlite3_stmt *st, int i)
{
	return sqlite3_column_type(st, i) != SQLITE_NULL &&
	    sqlite3_column_bytes(st, i) > 0;
}

/* 2024-11-15 -> 15-Nov-24, the way council trackers write dates. */
static const char *
short_date(const char *iso, char out[16])
{
	static const char *const mon[] = {"Jan", "Feb", "Mar", "Apr", "May",
	    "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	int m;

	if (!rt_date_is_iso(iso)) {
		snprintf(out, 16, "%s", iso);
		return out;
	}
	m = (iso[5] - '0') * 10 + (iso[6] - '0');
	snprintf(out, 16, "%.2s-%s-%.2s", iso + 8, mon[m - 1], iso + 2);
	return out;
}

/* 2025-03-14 -> 14 March 2025, for headings. */
static const char *
long_date(const char *iso, char out[32])
{
	static const char *const mon[] = {"January", "February", "March", "April",
	    "May", "June", "July", "August", "September", "October", "November",
	    "December"};
	int m = (iso[5] - '0') * 10 + (iso[6] - '0');

	snprintf(out, 32, "%d %s %.4s", (iso[8] - '0') * 10 + (iso[9] - '0'),
	    mon[m - 1], iso);
	return out;
}

static const char *
decision_label(const char *d)
{
	if (strcmp(d, "accepted") == 0)
		return "Accepted";
	if (strcmp(d, "partially-accepted") == 0)
		return "Partially Accepted";
	if (strcmp(d, "rejected") == 0)
		return "Rejected";
	if (strcmp(d, "noted") == 0)
		return "Noted";
	return d;
}

static const char *
state_label(const char *s)
{
	static const struct { const char *state, *label; } labels[] = {
		{"awaiting-response", "Due to Cabinet"},
		{"update-pending", "Update pending"},
		{"update-in-item", "Update in item"},
		{"in-progress", "In progress"},
		{"delayed", "Delayed"},
		{"complete", "Complete"},
		{"rejected", "Rejected"},
		{"noted", "Noted"},
		{"pending", "Pending"},
		{"in-item", "In item"},
	};
	size_t i;

	for (i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (strcmp(labels[i].state, s) == 0)
			return labels[i].label;
	return s;
}

/*
 * Every byte goes out through a document of the output engine (out.h):
 * stored text through rt_doc_text(), which escapes it for the format, and
 * the program's own markup through rt_doc_raw().  The cells below are the
 * same in both formats; the two layouts differ around them.
 */

/* The cells shared by both formats: recommendation, answer. */
static void
cell_what(struct rt_doc *d, sqlite3_stmt *st)
{
	if (has(st, C_TITLE)) {
		rt_doc_strong_on(d);
		rt_doc_text(d, col(st, C_TITLE));
		rt_doc_strong_off(d);
		rt_doc_br(d);
	}
	if (has(st, C_NUMBER)) {
		rt_doc_text(d, col(st, C_NUMBER));
		rt_doc_raw(d, ". ");
	}
	rt_doc_text(d, col(st, C_TEXT));
}

static void
cell_answer(struct rt_doc *d, sqlite3_stmt *st, int part)
{
	char sd[16];

	if (part == 1) {
		if (!has(st, C_DECISION)) {
			rt_doc_strong_on(d);
			rt_doc_raw(d, "Due to Cabinet");
			rt_doc_strong_off(d);
			if (has(st, C_DUE)) {
				rt_doc_raw(d, " by ");
				rt_doc_text(d, short_date(col(st, C_DUE), sd));
			}
			return;
		}
		rt_doc_strong_on(d);
		rt_doc_raw(d, decision_label(col(st, C_DECISION)));
		rt_doc_strong_off(d);
		rt_doc_raw(d, " (");
		rt_doc_text(d, short_date(col(st, C_RESPONSE_DATE), sd));
		rt_doc_raw(d, ")");
		if (has(st, C_RESPONSE)) {
			rt_doc_br(d);
			rt_doc_text(d, col(st, C_RESPONSE));
		}
		return;
	}
	if (has(st, C_UPDATE_DATE)) {
		rt_doc_strong_on(d);
		rt_doc_raw(d, state_label(col(st, C_STATE)));
		rt_doc_strong_off(d);
		rt_doc_raw(d, " (");
		rt_doc_text(d, short_date(col(st, C_UPDATE_DATE), sd));
		rt_doc_raw(d, ")");
		if (has(st, C_UPDATE)) {
			rt_doc_br(d);
			rt_doc_text(d, col(st, C_UPDATE));
		}
	} else {
		rt_doc_strong_on(d);
		rt_doc_raw(d, part == 2 ? "Update pending" : "No update yet");
		rt_doc_strong_off(d);
	}
	if (has(st, C_DUE) && strcmp(col(st, C_BAND), "green") != 0) {
		rt_doc_br(d);
		rt_doc_raw(d, part == 2 ? "Next update due " : "Due ");
		rt_doc_text(d, rt_date_is_iso(col(st, C_DUE)) ?
		    short_date(col(st, C_DUE), sd) : col(st, C_DUE));
	}
}

static const char html_head[] =
"<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
"<title>";

/* The stylesheet is share/tracker.css, written inline (see there why). */
static const char html_style_open[] = "</title>\n<style>\n";
static const char html_style_close[] = "</style>\n</head>\n<body>\n";

/*
 * A row whose longest cell is longer than this (some 15 lines, 40% of a
 * page) may break across pages: kept whole, it could leave that much of a
 * page blank before it.
 */
#define LONG_ROW 800

/* The committee's heading: name, chair and officer, the meeting. */
struct heading {
	char *name, *chair, *officer, *meeting, *as_of;
};

static void
html_key(struct rt_doc *d, int p)
{
	int i;

	rt_doc_raw(d, "<table class=\"key\"><tr><th scope=\"row\">Key</th>");
	for (i = 0; i < 4 && parts[p].key[i] != NULL; i++) {
		rt_doc_rawf(d, "<td class=\"%s\">", key_bands[p][i]);
		rt_doc_text(d, parts[p].key[i]);
		rt_doc_raw(d, "</td>");
	}
	rt_doc_raw(d, "</tr></table>\n");
}

/* "Councillor X, Chair | Y, Scrutiny Officer", as the papers head a part. */
static void
html_people(struct rt_doc *d, const struct heading *h)
{
	rt_doc_raw(d, "<p class=\"meta\">");
	if (h->chair[0] != '\0') {
		rt_doc_text(d, h->chair);
		rt_doc_raw(d, ", Chair");
	}
	if (h->chair[0] != '\0' && h->officer[0] != '\0')
		rt_doc_raw(d, " | ");
	rt_doc_text(d, h->officer);
	rt_doc_raw(d, "</p>\n");
}

static void
html_table_head(struct rt_doc *d, const struct part *pt, int p)
{
	rt_doc_rawf(d, "<table class=\"tracker p%d\">\n<colgroup>"
	    "<col class=\"c-date\"><col class=\"c-item\"><col class=\"c-what\">"
	    "<col class=\"c-lead\"><col class=\"c-answer\"></colgroup>\n"
	    "<thead><tr><th scope=\"col\">", p);
	rt_doc_text(d, pt->date);
	rt_doc_raw(d, "</th><th scope=\"col\">Item</th><th scope=\"col\">");
	rt_doc_text(d, pt->what);
	rt_doc_raw(d, "</th><th scope=\"col\">Lead</th><th scope=\"col\">");
	rt_doc_text(d, pt->answer);
	rt_doc_raw(d, "</th></tr></thead>\n<tbody>\n");
}

static size_t
row_length(sqlite3_stmt *st)
{
	size_t what = strlen(col(st, C_TITLE)) + strlen(col(st, C_TEXT));
	size_t answer = strlen(col(st, C_RESPONSE)) + strlen(col(st, C_UPDATE));

	return what > answer ? what : answer;
}

static void
html_row(struct rt_doc *d, sqlite3_stmt *st, int p, int first)
{
	const char *band = col(st, C_BAND);
	char sd[16];

	(void)first;	/* the table head came with the part */
	rt_doc_rawf(d, "<tr class=\"%s%s\"><td><span class=\"date\">", band,
	    row_length(st) > LONG_ROW ? " long" : "");
	rt_doc_text(d, short_date(col(st, p == 2 ? C_RESPONSE_DATE : C_MEETING),
	    sd));
	rt_doc_rawf(d, "</span><span class=\"state s-%s\"><span class=\"vh\">"
	    "State: </span>", band);
	rt_doc_text(d, state_label(col(st, C_STATE)));
	if (sqlite3_column_int(st, C_OVERDUE))
		rt_doc_raw(d, ", overdue");
	rt_doc_raw(d, "</span></td><td>");
	rt_doc_text(d, col(st, C_ITEM));
	rt_doc_raw(d, "</td><td><p>");
	cell_what(d, st);
	rt_doc_raw(d, "</p></td><td>");
	rt_doc_text(d, col(st, C_LEADS));
	rt_doc_raw(d, "</td><td><p>");
	cell_answer(d, st, p);
	rt_doc_raw(d, "</p></td></tr>\n");
}

/*
 * The HTML layout: a self-contained page, one section per part, each part
 * but the first starting a page with the running head the papers print.
 */
static void
html_begin(struct rt_doc *d, const struct heading *h)
{
	char ld[32];

	rt_doc_raw(d, html_head);
	rt_doc_text(d, h->name);
	rt_doc_rawf(d, " - tracker for %s", long_date(h->meeting, ld));
	rt_doc_raw(d, html_style_open);
	rt_doc_raw(d, rt_share("tracker.css"));
	rt_doc_raw(d, html_style_close);
	rt_doc_raw(d, "<header>\n<h1>");
	rt_doc_text(d, h->name);
	rt_doc_raw(d, "</h1>\n");
	html_people(d, h);
	rt_doc_rawf(d, "<p>Recommendation and action tracker for the meeting "
	    "of <strong>%s</strong>.</p>\n</header>\n", long_date(h->meeting, ld));
}

static void
html_part(struct rt_doc *d, const struct heading *h, int p)
{
	const struct part *pt = &parts[p - 1];
	char ld[32];

	rt_doc_raw(d, "<section>\n<h2>");
	rt_doc_text(d, pt->title);
	rt_doc_raw(d, "</h2>\n");
	/* Each later part starts a page: head it as the papers do. */
	if (p > 1) {
		rt_doc_raw(d, "<p class=\"running\">");
		rt_doc_text(d, h->name);
		rt_doc_rawf(d, " &ndash; meeting of %s</p>\n",
		    long_date(h->meeting, ld));
		html_people(d, h);
	}
	rt_doc_raw(d, "<p class=\"intro\">");
	rt_doc_text(d, pt->intro);
	rt_doc_raw(d, "</p>\n");
	html_key(d, p - 1);
	html_table_head(d, pt, p);
}

static void
html_part_end(struct rt_doc *d, int p, int rows)
{
	if (rows == 0) {
		rt_doc_raw(d, "<tr><td class=\"none\" colspan=\"5\">");
		rt_doc_text(d, parts[p - 1].none);
		rt_doc_raw(d, "</td></tr>\n");
	}
	rt_doc_raw(d, "</tbody>\n</table>\n</section>\n");
}

static void
html_end(struct rt_doc *d, const struct heading *h)
{
	char ld[32];

	rt_doc_rawf(d, "<footer>State as of %s. Prepared with rectrack.</footer>\n"
	    "</body>\n</html>\n", long_date(h->as_of, ld));
}

/*
 * The Markdown layout: headings, the key as a line, a pipe table per part
 * with the state in words in a last column, written when its first row is.
 */
static void
md_begin(struct rt_doc *d, const struct heading *h)
{
	char ld[32];

	rt_doc_raw(d, "# ");
	rt_doc_text(d, h->name);
	rt_doc_raw(d, "\n\n");
	if (h->chair[0] != '\0') {
		rt_doc_text(d, h->chair);
		rt_doc_raw(d, ", Chair");
	}
	if (h->chair[0] != '\0' && h->officer[0] != '\0')
		rt_doc_raw(d, " | ");
	rt_doc_text(d, h->officer);
	rt_doc_rawf(d, "%sRecommendation and action tracker for the meeting of "
	    "**%s**.\n", h->chair[0] || h->officer[0] ? "\n\n" : "",
	    long_date(h->meeting, ld));
}

static void
md_part(struct rt_doc *d, const struct heading *h, int p)
{
	const struct part *pt = &parts[p - 1];
	int i;

	(void)h;
	rt_doc_rawf(d, "\n## %s\n\n%s\n\nKey:", pt->title, pt->intro);
	for (i = 0; i < 4 && pt->key[i] != NULL; i++)
		rt_doc_rawf(d, "%s %s (%s)", i ? ";" : "", pt->key[i],
		    key_bands[p - 1][i]);
	rt_doc_raw(d, "\n\n");
}

static void
md_row(struct rt_doc *d, sqlite3_stmt *st, int p, int first)
{
	const struct part *pt = &parts[p - 1];
	char sd[16];

	if (first)
		rt_doc_rawf(d, "| %s | Item | %s | Lead | %s | State |\n"
		    "| --- | --- | --- | --- | --- | --- |\n",
		    pt->date, pt->what, pt->answer);
	rt_doc_raw(d, "| ");
	rt_doc_text(d, short_date(col(st, p == 2 ? C_RESPONSE_DATE : C_MEETING),
	    sd));
	rt_doc_raw(d, " | ");
	rt_doc_text(d, col(st, C_ITEM));
	rt_doc_raw(d, " | ");
	cell_what(d, st);
	rt_doc_raw(d, " | ");
	rt_doc_text(d, col(st, C_LEADS));
	rt_doc_raw(d, " | ");
	cell_answer(d, st, p);
	rt_doc_rawf(d, " | %s%s (%s) |\n", state_label(col(st, C_STATE)),
	    sqlite3_column_int(st, C_OVERDUE) ? ", overdue" : "",
	    col(st, C_BAND));
}

static void
md_part_end(struct rt_doc *d, int p, int rows)
{
	if (rows == 0)
		rt_doc_rawf(d, "%s\n", parts[p - 1].none);
}

static void
md_end(struct rt_doc *d, const struct heading *h)
{
	char ld[32];

	rt_doc_rawf(d, "\nState as of %s.\n", long_date(h->as_of, ld));
}

/*
 * How one format renders each node of the tracker.  The walker below
 * visits the nodes in the same order for every format; a layout only
 * renders them, through the document's escapers.
 */
static const struct layout {
	void (*begin)(struct rt_doc *, const struct heading *);
	void (*part)(struct rt_doc *, const struct heading *, int);
	void (*row)(struct rt_doc *, sqlite3_stmt *, int, int);
	void (*part_end)(struct rt_doc *, int, int);
	void (*end)(struct rt_doc *, const struct heading *);
} layouts[] = {
	[T_MARKDOWN] = { md_begin, md_part, md_row, md_part_end, md_end },
	[T_HTML] = { html_begin, html_part, html_row, html_part_end, html_end },
};

/*
 * The one walker: the heading, then the three parts with their rows in
 * the order of the statement (by part), then the footing.
 */
static int
walk(struct rt_ctx *ctx, struct rt_doc *d, sqlite3_stmt *st,
    const struct heading *h, const struct layout *l)
{
	int part = 0, rc, row, p, n;

	l->begin(d, h);
	for (p = 1; p <= 3; p++) {
		l->part(d, h, p);
		/* Rows of this part, if the statement is on one. */
		for (n = 0; part <= p; ) {
			if (part == p) {
				l->row(d, st, p, n == 0);
				n++;
			}
			if ((rc = rt_db_step(&ctx->db, st, &row, "tracker", ctx->e))
			    != RT_OK)
				return rc;
			part = row ? sqlite3_column_int(st, C_PART) : 4;
		}
		l->part_end(d, p, n);
	}
	l->end(d, h);
	return RT_OK;
}

static int
heading_load(struct rt_ctx *ctx, sqlite3_int64 committee, const char *meeting,
    struct heading *h)
{
	sqlite3_stmt *st;
	int rc, row;

	memset(h, 0, sizeof *h);
	if ((rc = rt_db_prepare(&ctx->db, "SELECT name, coalesce(chair, ''), "
	    "coalesce(officer, '') FROM committees WHERE id = ?1", &st, ctx->e))
	    != RT_OK)
		return rc;
	sqlite3_bind_int64(st, 1, committee);
	if ((rc = rt_db_step(&ctx->db, st, &row, "tracker", ctx->e)) == RT_OK && row) {
		h->name = rt_strdup(col(st, 0));
		h->chair = rt_strdup(col(st, 1));
		h->officer = rt_strdup(col(st, 2));
		h->meeting = rt_strdup(meeting);
		h->as_of = rt_strdup(meeting);
		if (!h->name || !h->chair || !h->officer || !h->meeting || !h->as_of)
			rc = rt_error(ctx->e, RT_FAIL, "out of memory");
	}
	sqlite3_finalize(st);
	return rc;
}

static void
heading_release(struct heading *h)
{
	rt_free(h->name);
	rt_free(h->chair);
	rt_free(h->officer);
	rt_free(h->meeting);
	rt_free(h->as_of);
}

static int
tracker_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const char *v = rt_arg(a, "format");
	char meeting[RT_DATE_LEN];
	sqlite3_int64 committee, mid = 0;
	int mark = rt_arg_set(a, "mark-reported");
	struct rt_buf sql = RT_BUF_INIT;
	struct heading h;
	struct rt_doc *d;
	enum tfmt fmt = T_MARKDOWN;
	sqlite3_stmt *st;
	int rc;

	if (v != NULL) {
		if (strcmp(v, "markdown") == 0)
			fmt = T_MARKDOWN;
		else if (strcmp(v, "html") == 0)
			fmt = T_HTML;
		else if (strcmp(v, "csv") == 0)
			fmt = T_CSV;
		else
			return rt_error(ctx->e, RT_USAGE, "tracker: unknown format '%s': "
			    "expected markdown, html or csv", v);
	}
	if ((rc = rt_committee_id(&ctx->db, a->pos[0], &committee, ctx->e)) != RT_OK ||
	    (rc = rt_date_parse(rt_arg(a, "meeting"), meeting, ctx->e)) != RT_OK ||
	    (mark && (rc = rt_meeting_get(&ctx->db, committee, meeting, NULL, 1,
	    &mid, ctx->e)) != RT_OK) ||
	    (rc = rt_db_as_of(&ctx->db, meeting, ctx->e)) != RT_OK)
		return rc;

	/* Materialise the document's rows once: written out, then marked. */
	rt_buf_puts(&sql, "CREATE TEMP TABLE tracker AS ");
	rt_buf_puts(&sql, rt_sql("tracker/parts.sql"));
	if (sql.oom) {
		rt_buf_release(&sql);
		return rt_error(ctx->e, RT_FAIL, "out of memory");
	}
	rc = rt_db_prepare(&ctx->db, rt_buf_str(&sql), &st, ctx->e);
	rt_buf_release(&sql);
	if (rc != RT_OK)
		return rc;
	rt_bind_int(st, ":committee_id", committee);
	rt_bind_text(st, ":meeting", meeting);
	rc = rt_db_step(&ctx->db, st, NULL, "tracker", ctx->e);
	sqlite3_finalize(st);
	if (rc != RT_OK)
		return rc;

	if (fmt == T_CSV) {
		if ((rc = rt_db_prepare(&ctx->db, rt_sql("tracker/csv.sql"), &st,
		    ctx->e)) != RT_OK)
			return rc;
		struct rt_out o;

		memset(&o, 0, sizeof o);
		o.fmt = RT_FMT_CSV;
		o.no_guard = rt_arg_set(a, "no-formula-guard");
		rc = rt_out_file(st, &o, ctx->out, ctx->e);
		sqlite3_finalize(st);
	} else {
		if ((rc = heading_load(ctx, committee, meeting, &h)) != RT_OK) {
			heading_release(&h);
			return rc;
		}
		d = rt_doc_new(fmt == T_HTML ? RT_DOC_HTML : RT_DOC_MARKDOWN,
		    rt_out_fwrite, ctx->out);
		if (d == NULL)
			rc = rt_error(ctx->e, RT_FAIL, "out of memory");
		else if ((rc = rt_db_prepare(&ctx->db, "SELECT * FROM temp.tracker "
		    "ORDER BY rowid", &st, ctx->e)) == RT_OK) {
			rc = walk(ctx, d, st, &h, &layouts[fmt]);
			sqlite3_finalize(st);
		}
		if (rt_doc_free(d, ctx->e) != RT_OK && rc == RT_OK)
			rc = ctx->e->code;
		heading_release(&h);
	}
	if (rc == RT_OK && mark)
		rc = rt_db_exec_id(&ctx->db, rt_sql("tracker/mark.sql"), mid,
		    "tracker --mark-reported", ctx->e);
	return rc;
}

static const struct rt_opt opts[] = {
	{"meeting", RT_OPT_VALUE | RT_OPT_REQUIRED}, {"format", RT_OPT_VALUE},
	{"mark-reported", RT_OPT_WRITES}, {"no-formula-guard", RT_OPT_FLAG},
	{NULL, 0}
};

const struct rt_cmd rt_cmd_tracker = {
	"tracker", "SLUG --meeting DATE [--format markdown|html|csv] "
	"[--mark-reported] [--no-formula-guard]",
	"the committee's tracker document for a meeting",
	"The document for the agenda pack of the committee's meeting on DATE,\n"
	"as of that date, in three parts:\n"
	"  1. Recommendation Tracker: recommendations of earlier meetings that\n"
	"     await a response, or whose response has not yet been reported;\n"
	"  2. Recommendation Update Tracker: accepted or partially accepted ones\n"
	"     whose response was reported, not yet closed or not yet reported\n"
	"     closed;\n"
	"  3. Action Tracker: open actions, and closed ones not yet reported.\n"
	"Rows are coloured by state: green closed, yellow update in item, amber\n"
	"in progress or pending, red overdue or delayed, blue due to Cabinet.\n"
	"--format html is one self-contained page that prints on A4 landscape.\n"
	"Printing only reads (a read-only file will do).  --mark-reported\n"
	"records the meeting when missing, and that every response and every\n"
	"closed row shown was reported at DATE, so they leave the tracker next\n"
	"time.\n",
	opts, 1, 1, RT_CMD_WRITE, tracker_exec, NULL
};
