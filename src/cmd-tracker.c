/*
 * cmd-tracker.c - tracker: the committee's tracker document for a meeting.
 *
 * What goes in the document is decided in SQL (sql/tracker/parts.sql), over
 * the state views as of the meeting date, and materialised in TEMP.tracker;
 * this file only writes it out, as Markdown, a self-contained HTML page
 * that prints on A4 landscape, or CSV.  --mark-reported then records, from
 * the same rows, that what was shown was reported at this meeting.
 *
 * The meeting is recorded when missing (the officer prepares the pack
 * before the meeting exists anywhere else), so this is a writing command.
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
 * HTML: every text is escaped; a blank line starts a new paragraph and a
 * single line end is a <br>.
 */
static void
html_text(FILE *fp, const char *s)
{
	size_t n;

	/* Runs of plain bytes in one fwrite: most of a tracker is text. */
	for (;; s++) {
		n = strcspn(s, "&<>\"'\r\n");
		fwrite(s, 1, n, fp);
		s += n;
		switch (*s) {
		case '\0': return;
		case '&': fputs("&amp;", fp); break;
		case '<': fputs("&lt;", fp); break;
		case '>': fputs("&gt;", fp); break;
		case '"': fputs("&quot;", fp); break;
		case '\'': fputs("&#39;", fp); break;
		case '\r': break;
		case '\n':
			if (s[1] == '\n' || (s[1] == '\r' && s[2] == '\n')) {
				fputs("</p><p>", fp);
				while (s[1] == '\n' || s[1] == '\r')
					s++;
			} else
				fputs("<br>", fp);
			break;
		}
	}
}

/* Markdown table cell: HTML-escaped too, | escaped, line ends as <br>. */
static void
md_text(FILE *fp, const char *s)
{
	size_t n;

	for (;; s++) {
		n = strcspn(s, "&<>|\\\r\n");
		fwrite(s, 1, n, fp);
		s += n;
		switch (*s) {
		case '\0': return;
		case '&': fputs("&amp;", fp); break;
		case '<': fputs("&lt;", fp); break;
		case '>': fputs("&gt;", fp); break;
		case '|': fputs("\\|", fp); break;
		case '\\': fputs("\\\\", fp); break;
		case '\r': break;
		case '\n': fputs("<br>", fp); break;
		}
	}
}

/* The writer of one format: text escaping plus the bits around cells. */
struct writer {
	void (*text)(FILE *, const char *); /* escape a text */
	const char *strong_on, *strong_off; /* emphasis around labels */
	const char *br;                     /* a line break inside a cell */
};

static const struct writer html_w = {html_text, "<strong>", "</strong>", "<br>"};
static const struct writer md_w = {md_text, "**", "**", "<br>"};

/* The cells shared by both formats: recommendation, answer. */
static void
cell_what(FILE *fp, const struct writer *w, sqlite3_stmt *st)
{
	if (has(st, C_TITLE)) {
		fputs(w->strong_on, fp);
		w->text(fp, col(st, C_TITLE));
		fputs(w->strong_off, fp);
		fputs(w->br, fp);
	}
	if (has(st, C_NUMBER)) {
		w->text(fp, col(st, C_NUMBER));
		fputs(". ", fp);
	}
	w->text(fp, col(st, C_TEXT));
}

static void
cell_answer(FILE *fp, const struct writer *w, sqlite3_stmt *st, int part)
{
	char d[16];

	if (part == 1) {
		if (!has(st, C_DECISION)) {
			fputs(w->strong_on, fp);
			fputs("Due to Cabinet", fp);
			fputs(w->strong_off, fp);
			if (has(st, C_DUE)) {
				fputs(" by ", fp);
				w->text(fp, short_date(col(st, C_DUE), d));
			}
			return;
		}
		fputs(w->strong_on, fp);
		fputs(decision_label(col(st, C_DECISION)), fp);
		fputs(w->strong_off, fp);
		fputs(" (", fp);
		w->text(fp, short_date(col(st, C_RESPONSE_DATE), d));
		fputs(")", fp);
		if (has(st, C_RESPONSE)) {
			fputs(w->br, fp);
			w->text(fp, col(st, C_RESPONSE));
		}
		return;
	}
	if (has(st, C_UPDATE_DATE)) {
		fputs(w->strong_on, fp);
		fputs(state_label(col(st, C_STATE)), fp);
		fputs(w->strong_off, fp);
		fputs(" (", fp);
		w->text(fp, short_date(col(st, C_UPDATE_DATE), d));
		fputs(")", fp);
		if (has(st, C_UPDATE)) {
			fputs(w->br, fp);
			w->text(fp, col(st, C_UPDATE));
		}
	} else {
		fputs(w->strong_on, fp);
		fputs(part == 2 ? "Update pending" : "No update yet", fp);
		fputs(w->strong_off, fp);
	}
	if (has(st, C_DUE) && strcmp(col(st, C_BAND), "green") != 0) {
		fputs(w->br, fp);
		fputs(part == 2 ? "Next update due " : "Due ", fp);
		w->text(fp, rt_date_is_iso(col(st, C_DUE)) ?
		    short_date(col(st, C_DUE), d) : col(st, C_DUE));
	}
}

static const char html_head[] =
"<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
"<title>";

/*
 * One stylesheet, no external resources: the file is mailed and printed on
 * A4 landscape for the agenda pack.  Colours follow the trackers' keys and
 * print as they are (print-color-adjust), and differ in lightness too; the
 * state is also written in words on every row, in a tag that stays legible
 * in black and white and for readers who cannot tell the colours apart, and
 * that is inverted (dark) on red rows, so overdue and delayed ones stand out
 * without colour.  Short rows never break
 * across pages; rows too long to keep whole (class "long") may.  In pieces,
 * each under the 4095 characters ISO C promises for a string literal.
 */
static const char *const html_style[] = {
"</title>\n<style>\n"
"@page { size: A4 landscape; margin: 12mm 12mm 15mm;\n"
" @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages);"
" font: 8pt Arial, \"Liberation Sans\", Helvetica, sans-serif; color: #444;"
" vertical-align: top; padding-top: 4mm; } }\n"
"* { box-sizing: border-box; }\n"
"html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
"body { font-family: Arial, \"Liberation Sans\", Helvetica, sans-serif;"
" font-size: 10pt; line-height: 1.35; color: #1a1a1a; background: #fff;"
" margin: 0 auto; max-width: 273mm; padding: 8mm 4mm; }\n"
"@media screen { section + section { margin-top: 12mm; } }\n"
"@media print { body { max-width: none; padding: 0; } }\n"
"header { border-bottom: 3px solid #00558c; padding-bottom: 1mm;"
" margin-bottom: 6mm; }\n"
"header h1 { font-size: 18pt; line-height: 1.2; margin: 0 0 1.5mm;"
" color: #00558c; }\n"
"header p { margin: 0 0 1.5mm; }\n"
".meta { color: #333; }\n"
"h2 { font-size: 15pt; line-height: 1.2; color: #00558c; margin: 0 0 1mm;"
" break-after: avoid; page-break-after: avoid; }\n"
"section + section { break-before: page; page-break-before: always; }\n"
".running { margin: 0 0 1mm; font-weight: bold; }\n"
".running + .meta { margin: 0; }\n"
".intro { margin: 2mm 0 3mm; max-width: 215mm; }\n"
".key { border-collapse: collapse; margin: 0 0 4mm; font-size: 9pt;"
" break-after: avoid; page-break-after: avoid; }\n"
".key th, .key td { border: 1px solid #666; padding: 1mm 3mm; }\n"
".key th { background: #fff; text-align: left; text-transform: uppercase; }\n",

"table.tracker { width: 100%; border-collapse: collapse; table-layout: fixed; }\n"
".tracker thead { display: table-header-group; }\n"
".tracker th { background: #00558c; color: #fff; text-align: left;"
" vertical-align: bottom; font-weight: bold; padding: 1.5mm 2mm;"
" border: 1px solid #00456f; }\n"
".tracker td { vertical-align: top; padding: 1.8mm 2mm;"
" border: 1px solid #7a7a7a; overflow-wrap: anywhere; }\n"
".tracker tr { break-inside: avoid; page-break-inside: avoid; }\n"
".tracker tr.long { break-inside: auto; page-break-inside: auto; }\n"
".tracker p { margin: 0 0 1.5mm; orphans: 3; widows: 3; }\n"
".tracker p:last-child { margin-bottom: 0; }\n"
"col.c-date { width: 11.5%; } col.c-item { width: 13.5%; }"
" col.c-what { width: 28.5%; } col.c-lead { width: 10%; }"
" col.c-answer { width: 36.5%; }\n"
".p1 col.c-what { width: 35%; } .p1 col.c-answer { width: 30%; }\n"
".date { display: block; white-space: nowrap; }\n"
".state { display: inline-block; margin-top: 2mm; padding: 0.3mm 1.2mm;"
" font-size: 8pt; font-weight: bold; line-height: 1.25; color: #1a1a1a;"
" background: #fff; border: 1px solid #555; border-left-width: 3px;"
" overflow-wrap: normal; }\n"
".vh { position: absolute; width: 1px; height: 1px; overflow: hidden;"
" clip: rect(0 0 0 0); white-space: nowrap; }\n"
".green { background: #d9eed3; } .amber { background: #fbd592; }\n"
".red { background: #f3b3ab; } .yellow { background: #fff4a3; }\n"
".blue { background: #cfe1f5; }\n"
".s-green { border-color: #2e7d32; } .s-amber { border-color: #a85f00; }\n"
".s-yellow { border-color: #857000; } .s-blue { border-color: #1f5f99; }\n"
".s-red { border-color: #b3261e; background: #b3261e; color: #fff; }\n"
".tracker td.none { font-style: italic; background: #fff; }\n"
"footer { margin-top: 6mm; font-size: 8pt; color: #444;"
" border-top: 1px solid #bbb; padding-top: 2mm; }\n"
"</style>\n</head>\n<body>\n",
};

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
html_key(FILE *fp, int p)
{
	int i;

	fputs("<table class=\"key\"><tr><th scope=\"row\">Key</th>", fp);
	for (i = 0; i < 4 && parts[p].key[i] != NULL; i++) {
		fprintf(fp, "<td class=\"%s\">", key_bands[p][i]);
		html_text(fp, parts[p].key[i]);
		fputs("</td>", fp);
	}
	fputs("</tr></table>\n", fp);
}

/* "Councillor X, Chair | Y, Scrutiny Officer", as the papers head a part. */
static void
html_people(FILE *fp, const struct heading *h)
{
	fputs("<p class=\"meta\">", fp);
	if (h->chair[0] != '\0') {
		html_text(fp, h->chair);
		fputs(", Chair", fp);
	}
	if (h->chair[0] != '\0' && h->officer[0] != '\0')
		fputs(" | ", fp);
	html_text(fp, h->officer);
	fputs("</p>\n", fp);
}

static void
html_table_head(FILE *fp, const struct part *pt, int p)
{
	fprintf(fp, "<table class=\"tracker p%d\">\n<colgroup>"
	    "<col class=\"c-date\"><col class=\"c-item\"><col class=\"c-what\">"
	    "<col class=\"c-lead\"><col class=\"c-answer\"></colgroup>\n"
	    "<thead><tr><th scope=\"col\">", p);
	html_text(fp, pt->date);
	fputs("</th><th scope=\"col\">Item</th><th scope=\"col\">", fp);
	html_text(fp, pt->what);
	fputs("</th><th scope=\"col\">Lead</th><th scope=\"col\">", fp);
	html_text(fp, pt->answer);
	fputs("</th></tr></thead>\n<tbody>\n", fp);
}

static size_t
row_length(sqlite3_stmt *st)
{
	size_t what = strlen(col(st, C_TITLE)) + strlen(col(st, C_TEXT));
	size_t answer = strlen(col(st, C_RESPONSE)) + strlen(col(st, C_UPDATE));

	return what > answer ? what : answer;
}

static void
html_row(FILE *fp, sqlite3_stmt *st, int p)
{
	const char *band = col(st, C_BAND);
	char d[16];

	fprintf(fp, "<tr class=\"%s%s\"><td><span class=\"date\">", band,
	    row_length(st) > LONG_ROW ? " long" : "");
	html_text(fp, short_date(col(st, p == 2 ? C_RESPONSE_DATE : C_MEETING), d));
	fprintf(fp, "</span><span class=\"state s-%s\"><span class=\"vh\">State: "
	    "</span>", band);
	html_text(fp, state_label(col(st, C_STATE)));
	if (sqlite3_column_int(st, C_OVERDUE))
		fputs(", overdue", fp);
	fputs("</span></td><td>", fp);
	html_text(fp, col(st, C_ITEM));
	fputs("</td><td><p>", fp);
	cell_what(fp, &html_w, st);
	fputs("</p></td><td>", fp);
	html_text(fp, col(st, C_LEADS));
	fputs("</td><td><p>", fp);
	cell_answer(fp, &html_w, st, p);
	fputs("</p></td></tr>\n", fp);
}

static int
write_html(struct rt_ctx *ctx, sqlite3_stmt *st, const struct heading *h)
{
	FILE *fp = ctx->out;
	char ld[32];
	size_t i;
	int part = 0, rc, row, p;

	fputs(html_head, fp);
	html_text(fp, h->name);
	fprintf(fp, " - tracker for %s", long_date(h->meeting, ld));
	for (i = 0; i < sizeof html_style / sizeof html_style[0]; i++)
		fputs(html_style[i], fp);
	fputs("<header>\n<h1>", fp);
	html_text(fp, h->name);
	fputs("</h1>\n", fp);
	html_people(fp, h);
	fprintf(fp, "<p>Recommendation and action tracker for the meeting "
	    "of <strong>%s</strong>.</p>\n</header>\n", long_date(h->meeting, ld));
	for (p = 1; p <= 3; p++) {
		const struct part *pt = &parts[p - 1];
		int n = 0;

		fputs("<section>\n<h2>", fp);
		html_text(fp, pt->title);
		fputs("</h2>\n", fp);
		/* Each later part starts a page: head it as the papers do. */
		if (p > 1) {
			fputs("<p class=\"running\">", fp);
			html_text(fp, h->name);
			fprintf(fp, " &ndash; meeting of %s</p>\n",
			    long_date(h->meeting, ld));
			html_people(fp, h);
		}
		fputs("<p class=\"intro\">", fp);
		html_text(fp, pt->intro);
		fputs("</p>\n", fp);
		html_key(fp, p - 1);
		html_table_head(fp, pt, p);
		/* Rows of this part, if the statement is on one. */
		while (part <= p) {
			if (part == p) {
				html_row(fp, st, p);
				n++;
			}
			if ((rc = rt_db_step(&ctx->db, st, &row, "tracker", ctx->e))
			    != RT_OK)
				return rc;
			part = row ? sqlite3_column_int(st, C_PART) : 4;
		}
		if (n == 0) {
			fputs("<tr><td class=\"none\" colspan=\"5\">", fp);
			html_text(fp, pt->none);
			fputs("</td></tr>\n", fp);
		}
		fputs("</tbody>\n</table>\n</section>\n", fp);
	}
	fprintf(fp, "<footer>State as of %s. Prepared with rectrack.</footer>\n"
	    "</body>\n</html>\n", long_date(h->as_of, ld));
	return RT_OK;
}

static int
write_markdown(struct rt_ctx *ctx, sqlite3_stmt *st, const struct heading *h)
{
	FILE *fp = ctx->out;
	char d[16], ld[32];
	int part = 0, rc, row, p, i;

	fputs("# ", fp);
	md_text(fp, h->name);
	fputs("\n\n", fp);
	if (h->chair[0] != '\0') {
		md_text(fp, h->chair);
		fputs(", Chair", fp);
	}
	if (h->chair[0] != '\0' && h->officer[0] != '\0')
		fputs(" | ", fp);
	md_text(fp, h->officer);
	fprintf(fp, "%sRecommendation and action tracker for the meeting of "
	    "**%s**.\n", h->chair[0] || h->officer[0] ? "\n\n" : "",
	    long_date(h->meeting, ld));
	for (p = 1; p <= 3; p++) {
		const struct part *pt = &parts[p - 1];
		int n = 0;

		fprintf(fp, "\n## %s\n\n%s\n\nKey:", pt->title, pt->intro);
		for (i = 0; i < 4 && pt->key[i] != NULL; i++)
			fprintf(fp, "%s %s (%s)", i ? ";" : "", pt->key[i],
			    key_bands[p - 1][i]);
		fputs("\n\n", fp);
		while (part <= p) {
			if (part == p) {
				if (n == 0)
					fprintf(fp, "| %s | Item | %s | Lead | %s | State |\n"
					    "| --- | --- | --- | --- | --- | --- |\n",
					    pt->date, pt->what, pt->answer);
				fprintf(fp, "| %s | ", short_date(col(st, p == 2 ?
				    C_RESPONSE_DATE : C_MEETING), d));
				md_text(fp, col(st, C_ITEM));
				fputs(" | ", fp);
				cell_what(fp, &md_w, st);
				fputs(" | ", fp);
				md_text(fp, col(st, C_LEADS));
				fputs(" | ", fp);
				cell_answer(fp, &md_w, st, p);
				fprintf(fp, " | %s%s (%s) |\n", state_label(col(st, C_STATE)),
				    sqlite3_column_int(st, C_OVERDUE) ? ", overdue" : "",
				    col(st, C_BAND));
				n++;
			}
			if ((rc = rt_db_step(&ctx->db, st, &row, "tracker", ctx->e))
			    != RT_OK)
				return rc;
			part = row ? sqlite3_column_int(st, C_PART) : 4;
		}
		if (n == 0)
			fprintf(fp, "%s\n", pt->none);
	}
	fprintf(fp, "\nState as of %s.\n", long_date(h->as_of, ld));
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
	sqlite3_int64 committee, mid;
	struct rt_buf sql = RT_BUF_INIT;
	struct heading h;
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
	    (rc = rt_meeting_get(&ctx->db, committee, meeting, NULL, 1, &mid,
	    ctx->e)) != RT_OK ||
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
		rc = rt_out_stmt(st, RT_FMT_CSV, ctx->out, ctx->e);
		sqlite3_finalize(st);
	} else {
		if ((rc = heading_load(ctx, committee, meeting, &h)) != RT_OK) {
			heading_release(&h);
			return rc;
		}
		if ((rc = rt_db_prepare(&ctx->db, "SELECT * FROM temp.tracker "
		    "ORDER BY rowid", &st, ctx->e)) == RT_OK) {
			rc = fmt == T_HTML ? write_html(ctx, st, &h) :
			    write_markdown(ctx, st, &h);
			sqlite3_finalize(st);
		}
		heading_release(&h);
	}
	if (rc == RT_OK && rt_arg_set(a, "mark-reported"))
		rc = rt_db_exec_id(&ctx->db, rt_sql("tracker/mark.sql"), mid,
		    "tracker --mark-reported", ctx->e);
	return rc;
}

static const struct rt_opt opts[] = {
	{"meeting", RT_OPT_VALUE | RT_OPT_REQUIRED}, {"format", RT_OPT_VALUE},
	{"mark-reported", RT_OPT_FLAG}, {NULL, 0}
};

const struct rt_cmd rt_cmd_tracker = {
	"tracker", "SLUG --meeting DATE [--format markdown|html|csv] "
	"[--mark-reported]", "the committee's tracker document for a meeting",
	"The document for the agenda pack of the committee's meeting on DATE\n"
	"(recorded when missing), as of that date, in three parts:\n"
	"  1. Recommendation Tracker: recommendations of earlier meetings that\n"
	"     await a response, or whose response has not yet been reported;\n"
	"  2. Recommendation Update Tracker: accepted or partially accepted ones\n"
	"     whose response was reported, not yet closed or not yet reported\n"
	"     closed;\n"
	"  3. Action Tracker: open actions, and closed ones not yet reported.\n"
	"Rows are coloured by state: green closed, yellow update in item, amber\n"
	"in progress or pending, red overdue or delayed, blue due to Cabinet.\n"
	"--format html is one self-contained page that prints on A4 landscape.\n"
	"--mark-reported records that every response and every closed row shown\n"
	"was reported at DATE, so they leave the tracker next time.\n",
	opts, 1, 1, RT_CMD_WRITE, tracker_exec, NULL
};
