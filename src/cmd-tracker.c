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
 * Every word the document says about a state goes through the database's
 * labels (vocab add --label; loaded once per run) and names the
 * committee's addressee ("Due to NHS Trust"); each part's key is derived
 * from the states that part can hold (kstates below), so a new state
 * cannot appear in a part without a key entry.  The HTML opens with a
 * summary box: figures and an inline SVG bar of the committee's
 * recommendations by state (sql/tracker/summary.sql), with a text
 * equivalent.
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
#include "rectrack/vocab.h"

/* The columns of TEMP.tracker, in order (see sql/tracker/parts.sql). */
enum {
	C_PART, C_ID, C_MEETING, C_ITEM, C_NUMBER, C_TITLE, C_TEXT, C_LEADS,
	C_DECISION, C_RESPONSE_DATE, C_RESPONSE, C_UPDATE_DATE, C_UPDATE,
	C_STATE, C_DUE, C_OVERDUE, C_BAND, C_RESPONSE_ID, C_UPDATE_ID,
	C_PARENT, C_PARENT_NUMBER, C_REC_NUMBER, C_EXPECTED, C_STORY_TEXT,
	C_STORY_REVISIONS, C_STORY_FIRST
};

/*
 * The colours, in the order keys and the summary list them: blue awaiting
 * the response, red overdue or delayed, amber pending, in progress or
 * paused (open and not late: a paused row is never overdue, and nobody is
 * chased for it), yellow update in item, green closed.
 */
enum band { B_BLUE, B_RED, B_AMBER, B_YELLOW, B_GREEN, B_N };
static const char *const band_names[B_N] = {
	"blue", "red", "amber", "yellow", "green"
};
/* Fill and outline of each band in the summary's SVG (as tracker.css). */
static const char *const band_fill[B_N] = {
	"#cfe1f5", "#f3b3ab", "#fbd592", "#fff4a3", "#d9eed3"
};
static const char *const band_stroke[B_N] = {
	"#1f5f99", "#b3261e", "#a85f00", "#857000", "#2e7d32"
};

/* Every state a row can show, with its band; "overdue" is the flag. */
static const struct kstate {
	const char *state;
	enum band band;
} kstates[] = {
	{"awaiting-response", B_BLUE},
	{"overdue", B_RED}, {"delayed", B_RED},
	{"update-pending", B_AMBER}, {"pending", B_AMBER},
	{"in-progress", B_AMBER}, {"paused", B_AMBER},
	{"update-in-item", B_YELLOW}, {"in-item", B_YELLOW},
	{"complete", B_GREEN}, {"not-implemented", B_GREEN},
	{"superseded", B_GREEN}, {"rejected", B_GREEN}, {"noted", B_GREEN},
	{NULL, B_N}
};

/* What the document says about itself, after the Oxfordshire papers. */
static const struct part {
	const char *title;  /* heading of the part */
	const char *intro;  /* the paragraph under it (%s: the addressee) */
	const char *date;   /* heading of the first column (%s: the addressee) */
	const char *what;   /* heading of the third column */
	const char *answer; /* heading of the fifth column */
	/*
	 * The states a row of this part can be in (parts.sql): the key lists
	 * exactly these.  Part 1 holds recommendations awaiting a response
	 * and those whose response is not yet reported, which may already
	 * have updates, so every state; part 2 accepted ones (or ones needing
	 * no response), so the states of their updates; part 3 actions, so
	 * the statuses.
	 */
	const char *states[13];
	const char *none;   /* when the part is empty */
} parts[3] = {
	{"Recommendation Tracker",
	 "The tracker enables the Committee to monitor %s's response "
	 "to its recommendations. Once a response has been reported to the "
	 "Committee, an accepted recommendation moves to the update tracker.",
	 "Meeting date", "Recommendation", "Response",
	 {"awaiting-response", "overdue", "delayed", "update-pending",
	  "in-progress", "paused", "update-in-item", "complete",
	  "not-implemented", "superseded", "rejected", "noted", NULL},
	 "There are no recommendations awaiting a response."},
	{"Recommendation Update Tracker",
	 "The update tracker enables the Committee to monitor progress on accepted "
	 "recommendations. Once a recommendation has been completed it is shaded "
	 "green and reported into the next meeting of the Committee, after which "
	 "it is removed from the tracker. If the update will come as a separate "
	 "item, it is shaded yellow.",
	 "%s response date", "Recommendation", "Update",
	 {"overdue", "delayed", "update-pending", "in-progress", "paused",
	  "update-in-item", "complete", "not-implemented", "superseded", NULL},
	 "There are no recommendations awaiting an update."},
	{"Action Tracker",
	 "The action tracker enables the Committee to monitor progress against "
	 "agreed actions. Once an action has been completed it is shaded green "
	 "and reported into the next meeting, after which it is removed.",
	 "Meeting date", "Action", "Update/response",
	 {"overdue", "delayed", "pending", "in-progress", "paused", "in-item",
	  "complete", "not-implemented", "superseded", NULL},
	 "There are no outstanding action items."},
};

/* The document's context: the committee, its words, the summary. */
struct tracker {
	char *name, *chair, *officer, *addressee; /* the committee */
	const char *meeting, *as_of;              /* ISO dates */
	struct rt_labels labels;                  /* taught over built-in */
	int summary;                              /* summary loaded */
	long long count[B_N];                     /* recommendations per band */
	long long overdue;                        /* of which overdue */
};

/* The words for a state (or "overdue") in this committee's document. */
static const char *
label(const struct tracker *t, const char *state, char buf[128])
{
	if (strcmp(state, "overdue") == 0)
		return "Overdue";
	return rt_state_label(&t->labels, state, t->addressee, buf, 128);
}

/*
 * The key of part p for band b: the labels of the part's states in that
 * band, " / " between them, as the papers write their keys ("Due to
 * Cabinet / In progress / Complete").  0 when the part has none.
 */
static int
key_entry(struct rt_doc *d, const struct tracker *t, int p, enum band b)
{
	const char *const *s;
	const struct kstate *k;
	char buf[128];
	int n = 0;

	for (s = parts[p].states; *s != NULL; s++)
		for (k = kstates; k->state != NULL; k++)
			if (strcmp(k->state, *s) == 0 && k->band == b) {
				if (d != NULL) {
					if (n > 0)
						rt_doc_raw(d, " / ");
					rt_doc_text(d, label(t, *s, buf));
				}
				n++;
			}
	return n;
}

/*
 * Every byte goes out through a document of the output engine (out.h):
 * stored text through rt_doc_text(), which escapes it for the format, and
 * the program's own markup through rt_doc_raw().  The cells below are the
 * same in both formats; the two layouts differ around them.
 */

/*
 * The recommendation or action: a sub-recommendation says whose part it
 * is, an action whose recommendation it serves; then title, number, text.
 */
static void
cell_what(struct rt_doc *d, sqlite3_stmt *st)
{
	int html = rt_doc_format(d) == RT_DOC_HTML;

	if (rt_has(st, C_PARENT_NUMBER) || rt_has(st, C_REC_NUMBER)) {
		if (html)
			rt_doc_raw(d, "<span class=\"sub\">");
		rt_doc_raw(d, rt_has(st, C_PARENT_NUMBER) ?
		    "\xe2\x86\xb3 Part of recommendation " : "For recommendation ");
		rt_doc_text(d, rt_col(st, rt_has(st, C_PARENT_NUMBER) ?
		    C_PARENT_NUMBER : C_REC_NUMBER));
		/* The span is a block of its own in HTML. */
		if (html)
			rt_doc_raw(d, "</span>");
		else
			rt_doc_br(d);
	}
	if (rt_has(st, C_TITLE)) {
		rt_doc_strong_on(d);
		rt_doc_text(d, rt_col(st, C_TITLE));
		rt_doc_strong_off(d);
		rt_doc_br(d);
	}
	if (rt_has(st, C_NUMBER)) {
		rt_doc_text(d, rt_col(st, C_NUMBER));
		rt_doc_raw(d, rt_number_sep(rt_col(st, C_NUMBER)));
	}
	rt_doc_text(d, rt_col(st, C_TEXT));
	/* A target, and how it moved: the original is never lost. */
	if (rt_has(st, C_STORY_TEXT)) {
		rt_doc_br(d);
		rt_doc_raw(d, "Target: ");
		rt_doc_revised(d, rt_col(st, C_STORY_TEXT),
		    sqlite3_column_int(st, C_STORY_REVISIONS),
		    rt_has(st, C_STORY_FIRST) ?
		    rt_col(st, C_STORY_FIRST) : NULL);
	}
}

static void
cell_answer(struct rt_doc *d, const struct tracker *t, sqlite3_stmt *st,
    int part)
{
	char sd[16], buf[128];

	if (part == 1) {
		if (!rt_has(st, C_DECISION)) {
			rt_doc_strong_on(d);
			rt_doc_text(d, label(t, "awaiting-response", buf));
			rt_doc_strong_off(d);
			if (rt_has(st, C_DUE)) {
				rt_doc_raw(d, " by ");
				rt_doc_text(d,
				    rt_date_short(rt_col(st, C_DUE), sd));
			}
			return;
		}
		rt_doc_strong_on(d);
		rt_doc_text(d, rt_label(&t->labels, RT_VOCAB_DECISION,
		    rt_col(st, C_DECISION)));
		rt_doc_strong_off(d);
		rt_doc_raw(d, " (");
		rt_doc_text(d, rt_date_short(rt_col(st, C_RESPONSE_DATE), sd));
		rt_doc_raw(d, ")");
		if (rt_has(st, C_RESPONSE)) {
			rt_doc_br(d);
			rt_doc_text(d, rt_col(st, C_RESPONSE));
		}
		return;
	}
	if (rt_has(st, C_UPDATE_DATE)) {
		rt_doc_strong_on(d);
		rt_doc_text(d, label(t, rt_col(st, C_STATE), buf));
		rt_doc_strong_off(d);
		rt_doc_raw(d, " (");
		rt_doc_text(d, rt_date_short(rt_col(st, C_UPDATE_DATE), sd));
		rt_doc_raw(d, ")");
		if (rt_has(st, C_UPDATE)) {
			rt_doc_br(d);
			rt_doc_text(d, rt_col(st, C_UPDATE));
		}
	} else {
		rt_doc_strong_on(d);
		if (part == 2)
			rt_doc_text(d, label(t, "update-pending", buf));
		else
			rt_doc_raw(d, "No update yet");
		rt_doc_strong_off(d);
	}
	if (rt_has(st, C_DUE) && strcmp(rt_col(st, C_BAND), "green") != 0) {
		rt_doc_br(d);
		rt_doc_raw(d, part == 2 ? "Next update due " : "Due ");
		/* An action's due date as written, and how it moved. */
		if (part == 3 && sqlite3_column_int(st, C_STORY_REVISIONS) > 0)
			rt_doc_revised(d, rt_col(st, C_DUE),
			    sqlite3_column_int(st, C_STORY_REVISIONS),
			    rt_has(st, C_STORY_FIRST) ?
			    rt_col(st, C_STORY_FIRST) : NULL);
		else
			rt_doc_text(d, rt_date_is_iso(rt_col(st, C_DUE)) ?
			    rt_date_short(rt_col(st, C_DUE), sd) :
			    rt_col(st, C_DUE));
	}
}

/* The first column: the meeting, or (update tracker) the response date. */
static void
cell_date(struct rt_doc *d, sqlite3_stmt *st, int p)
{
	char sd[16];

	if (p == 2 && !rt_has(st, C_RESPONSE_DATE))
		rt_doc_raw(d, sqlite3_column_int(st, C_EXPECTED) ?
		    "None yet" : "None expected");
	else
		rt_doc_text(d, rt_date_short(rt_col(st, p == 2 ?
		    C_RESPONSE_DATE : C_MEETING), sd));
}

/* The state in words: the label, and whether it is overdue. */
static void
cell_state(struct rt_doc *d, const struct tracker *t, sqlite3_stmt *st)
{
	char buf[128];

	rt_doc_text(d, label(t, rt_col(st, C_STATE), buf));
	if (sqlite3_column_int(st, C_OVERDUE))
		rt_doc_raw(d, ", overdue");
}

/* A heading of the part that names the addressee ("%s response date"). */
static void
addressed(struct rt_doc *d, const struct tracker *t, const char *fmt)
{
	const char *at = strstr(fmt, "%s");

	if (at == NULL) {
		rt_doc_text(d, fmt);
		return;
	}
	rt_doc_rawf(d, "%.*s", (int)(at - fmt), fmt);
	rt_doc_text(d, t->addressee);
	rt_doc_raw(d, at + 2);
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

static void
html_key(struct rt_doc *d, const struct tracker *t, int p)
{
	int b;

	rt_doc_raw(d, "<table class=\"key\"><tr><th scope=\"row\">Key</th>");
	for (b = 0; b < B_N; b++) {
		if (key_entry(NULL, t, p, (enum band)b) == 0)
			continue;
		rt_doc_rawf(d, "<td class=\"%s\">", band_names[b]);
		key_entry(d, t, p, (enum band)b);
		rt_doc_raw(d, "</td>");
	}
	rt_doc_raw(d, "</tr></table>\n");
}

/* "Councillor X, Chair | Y, Scrutiny Officer", as the papers head a part. */
static void
html_people(struct rt_doc *d, const struct tracker *t)
{
	rt_doc_raw(d, "<p class=\"meta\">");
	if (t->chair[0] != '\0') {
		rt_doc_text(d, t->chair);
		rt_doc_raw(d, ", Chair");
	}
	if (t->chair[0] != '\0' && t->officer[0] != '\0')
		rt_doc_raw(d, " | ");
	rt_doc_text(d, t->officer);
	rt_doc_raw(d, "</p>\n");
}

static void
html_table_head(struct rt_doc *d, const struct tracker *t, int p)
{
	const struct part *pt = &parts[p - 1];

	rt_doc_rawf(d, "<table class=\"tracker p%d\">\n<colgroup>"
	    "<col class=\"c-date\"><col class=\"c-item\"><col class=\"c-what\">"
	    "<col class=\"c-lead\"><col class=\"c-answer\"></colgroup>\n"
	    "<thead><tr><th scope=\"col\">", p);
	addressed(d, t, pt->date);
	rt_doc_raw(d, "</th><th scope=\"col\">Item</th><th scope=\"col\">");
	rt_doc_text(d, pt->what);
	rt_doc_raw(d, "</th><th scope=\"col\">Lead</th><th scope=\"col\">");
	rt_doc_text(d, pt->answer);
	rt_doc_raw(d, "</th></tr></thead>\n<tbody>\n");
}

static size_t
row_length(sqlite3_stmt *st)
{
	size_t what = strlen(rt_col(st, C_TITLE)) + strlen(rt_col(st, C_TEXT));
	size_t answer = strlen(rt_col(st, C_RESPONSE)) +
	    strlen(rt_col(st, C_UPDATE));

	return what > answer ? what : answer;
}

static void
html_row(struct rt_doc *d, const struct tracker *t, sqlite3_stmt *st, int p,
    int first)
{
	const char *band = rt_col(st, C_BAND);

	(void)first;	/* the table head came with the part */
	rt_doc_rawf(d, "<tr class=\"%s%s%s\"><td><span class=\"date\">", band,
	    row_length(st) > LONG_ROW ? " long" : "",
	    rt_has(st, C_PARENT) ? " child" : "");
	cell_date(d, st, p);
	rt_doc_rawf(d, "</span><span class=\"state s-%s\"><span class=\"vh\">"
	    "State: </span>", band);
	cell_state(d, t, st);
	rt_doc_raw(d, "</span></td><td>");
	rt_doc_text(d, rt_col(st, C_ITEM));
	rt_doc_raw(d, "</td><td><p>");
	cell_what(d, st);
	rt_doc_raw(d, "</p></td><td>");
	rt_doc_text(d, rt_col(st, C_LEADS));
	rt_doc_raw(d, "</td><td><p>");
	cell_answer(d, t, st, p);
	rt_doc_raw(d, "</p></td></tr>\n");
}

/*
 * The group names of the summary, one per band, in the document's labels
 * ("Update pending, In progress or On hold" when paused is taught so).
 */
#define GROUP_LEN 400

static const char *
band_group(const struct tracker *t, enum band b, char buf[GROUP_LEN])
{
	char l1[128], l2[128], l3[128];

	switch (b) {
	case B_BLUE:
		snprintf(buf, GROUP_LEN, "%s", label(t, "awaiting-response", l1));
		break;
	case B_RED:
		snprintf(buf, GROUP_LEN, "Overdue or %s", label(t, "delayed", l1));
		break;
	case B_AMBER:
		snprintf(buf, GROUP_LEN, "%s, %s or %s", label(t, "update-pending",
		    l1), label(t, "in-progress", l2), label(t, "paused", l3));
		break;
	case B_YELLOW:
		snprintf(buf, GROUP_LEN, "%s", label(t, "update-in-item", l1));
		break;
	default:
		snprintf(buf, GROUP_LEN, "Closed");
		break;
	}
	return buf;
}

/*
 * The summary box: the figures as a table (the text equivalent of the
 * chart), and one stacked bar of the committee's recommendations by band,
 * inline SVG the program draws itself; the only stored text in it (the
 * addressee, taught labels) goes through rt_doc_text().
 */
#define BAR_W 360	/* the bar's width in the SVG's units */

static void
html_summary(struct rt_doc *d, const struct tracker *t)
{
	long long total = 0, x = 0, w;
	char buf[GROUP_LEN], ld[RT_DATE_LONG_LEN];
	int b;

	for (b = 0; b < B_N; b++)
		total += t->count[b];
	rt_doc_raw(d, "<div class=\"summary\">\n<table class=\"figures\">"
	    "<caption>Recommendations as of ");
	rt_doc_text(d, rt_date_long(t->as_of, ld));
	rt_doc_rawf(d, "</caption>\n<tbody>\n<tr class=\"total\"><th scope=\"row\">"
	    "Recommendations</th><td>%lld</td></tr>\n", total);
	for (b = 0; b < B_N; b++) {
		rt_doc_rawf(d, "<tr><th scope=\"row\"><span class=\"sw %s\">"
		    "</span>", band_names[b]);
		rt_doc_text(d, band_group(t, (enum band)b, buf));
		rt_doc_rawf(d, "</th><td>%lld</td></tr>\n", t->count[b]);
	}
	rt_doc_rawf(d, "<tr class=\"total\"><th scope=\"row\">Overdue</th>"
	    "<td>%lld</td></tr>\n</tbody>\n</table>\n", t->overdue);

	rt_doc_rawf(d, "<svg class=\"bar\" role=\"img\" aria-labelledby="
	    "\"sum-t sum-d\" xmlns=\"http://www.w3.org/2000/svg\" "
	    "viewBox=\"0 0 %d 64\" width=\"%d\" height=\"64\">\n"
	    "<title id=\"sum-t\">Recommendations by state</title>\n"
	    "<desc id=\"sum-d\">", BAR_W + 20, BAR_W + 20);
	for (b = 0; b < B_N; b++) {
		rt_doc_raw(d, b ? "; " : "");
		rt_doc_text(d, band_group(t, (enum band)b, buf));
		rt_doc_rawf(d, ": %lld", t->count[b]);
	}
	rt_doc_rawf(d, "; of %lld recommendations.</desc>\n", total);
	rt_doc_raw(d, "<text x=\"10\" y=\"12\" class=\"cap\">Recommendations "
	    "by state</text>\n");
	if (total == 0)
		rt_doc_rawf(d, "<rect x=\"10\" y=\"18\" width=\"%d\" height=\"24\" "
		    "fill=\"#fff\" stroke=\"#666\"/>\n<text x=\"%d\" y=\"34\" "
		    "text-anchor=\"middle\">none yet</text>\n", BAR_W,
		    10 + BAR_W / 2);
	for (b = 0; b < B_N && total > 0; b++) {
		if (t->count[b] == 0)
			continue;
		/* The last segment takes what rounding left, to end at BAR_W. */
		w = (x + t->count[b]) * BAR_W / total - x * BAR_W / total;
		rt_doc_rawf(d, "<rect x=\"%lld\" y=\"18\" width=\"%lld\" "
		    "height=\"24\" fill=\"%s\" stroke=\"%s\"><title>", 10 +
		    x * BAR_W / total, w, band_fill[b], band_stroke[b]);
		rt_doc_text(d, band_group(t, (enum band)b, buf));
		rt_doc_rawf(d, ": %lld</title></rect>\n", t->count[b]);
		if (w >= 16)
			rt_doc_rawf(d, "<text x=\"%lld\" y=\"35\" "
			    "text-anchor=\"middle\">%lld</text>\n",
			    10 + x * BAR_W / total + w / 2, t->count[b]);
		x += t->count[b];
	}
	rt_doc_rawf(d, "<text x=\"10\" y=\"58\" class=\"axis\">0</text>\n"
	    "<text x=\"%d\" y=\"58\" class=\"axis\" text-anchor=\"end\">%lld"
	    "</text>\n</svg>\n</div>\n", 10 + BAR_W, total);
}

/*
 * The HTML layout: a self-contained page, one section per part, each part
 * but the first starting a page with the running head the papers print.
 */
static void
html_begin(struct rt_doc *d, const struct tracker *t)
{
	char ld[32];

	rt_doc_raw(d, html_head);
	rt_doc_text(d, t->name);
	rt_doc_rawf(d, " - tracker for %s", rt_date_long(t->meeting, ld));
	rt_doc_raw(d, html_style_open);
	rt_doc_raw(d, rt_share("tracker.css"));
	rt_doc_raw(d, html_style_close);
	rt_doc_raw(d, "<header>\n<h1>");
	rt_doc_text(d, t->name);
	rt_doc_raw(d, "</h1>\n");
	html_people(d, t);
	rt_doc_rawf(d, "<p>Recommendation and action tracker for the meeting "
	    "of <strong>%s</strong>.</p>\n", rt_date_long(t->meeting, ld));
	if (t->summary)
		html_summary(d, t);
	rt_doc_raw(d, "</header>\n");
}

static void
html_part(struct rt_doc *d, const struct tracker *t, int p)
{
	const struct part *pt = &parts[p - 1];
	char ld[32];

	rt_doc_raw(d, "<section>\n<h2>");
	rt_doc_text(d, pt->title);
	rt_doc_raw(d, "</h2>\n");
	/* Each later part starts a page: head it as the papers do. */
	if (p > 1) {
		rt_doc_raw(d, "<p class=\"running\">");
		rt_doc_text(d, t->name);
		rt_doc_rawf(d, " &ndash; meeting of %s</p>\n",
		    rt_date_long(t->meeting, ld));
		html_people(d, t);
	}
	rt_doc_raw(d, "<p class=\"intro\">");
	addressed(d, t, pt->intro);
	rt_doc_raw(d, "</p>\n");
	html_key(d, t, p - 1);
	html_table_head(d, t, p);
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
html_end(struct rt_doc *d, const struct tracker *t)
{
	char ld[32];

	rt_doc_rawf(d, "<footer>State as of %s. Prepared with rectrack.</footer>\n"
	    "</body>\n</html>\n", rt_date_long(t->as_of, ld));
}

/*
 * The Markdown layout: headings, the key as a line, a pipe table per part
 * with the state in words in a last column, written when its first row is.
 */
static void
md_begin(struct rt_doc *d, const struct tracker *t)
{
	char ld[32];

	rt_doc_raw(d, "# ");
	rt_doc_text(d, t->name);
	rt_doc_raw(d, "\n\n");
	if (t->chair[0] != '\0') {
		rt_doc_text(d, t->chair);
		rt_doc_raw(d, ", Chair");
	}
	if (t->chair[0] != '\0' && t->officer[0] != '\0')
		rt_doc_raw(d, " | ");
	rt_doc_text(d, t->officer);
	rt_doc_rawf(d, "%sRecommendation and action tracker for the meeting of "
	    "**%s**.\n", t->chair[0] || t->officer[0] ? "\n\n" : "",
	    rt_date_long(t->meeting, ld));
}

static void
md_part(struct rt_doc *d, const struct tracker *t, int p)
{
	const struct part *pt = &parts[p - 1];
	int b, n = 0;

	rt_doc_rawf(d, "\n## %s\n\n", pt->title);
	addressed(d, t, pt->intro);
	rt_doc_raw(d, "\n\nKey:");
	for (b = 0; b < B_N; b++) {
		if (key_entry(NULL, t, p - 1, (enum band)b) == 0)
			continue;
		rt_doc_raw(d, n++ ? "; " : " ");
		key_entry(d, t, p - 1, (enum band)b);
		rt_doc_rawf(d, " (%s)", band_names[b]);
	}
	rt_doc_raw(d, "\n\n");
}

static void
md_row(struct rt_doc *d, const struct tracker *t, sqlite3_stmt *st, int p,
    int first)
{
	const struct part *pt = &parts[p - 1];

	if (first) {
		rt_doc_raw(d, "| ");
		addressed(d, t, pt->date);
		rt_doc_rawf(d, " | Item | %s | Lead | %s | State |\n"
		    "| --- | --- | --- | --- | --- | --- |\n", pt->what,
		    pt->answer);
	}
	rt_doc_raw(d, "| ");
	cell_date(d, st, p);
	rt_doc_raw(d, " | ");
	rt_doc_text(d, rt_col(st, C_ITEM));
	rt_doc_raw(d, " | ");
	cell_what(d, st);
	rt_doc_raw(d, " | ");
	rt_doc_text(d, rt_col(st, C_LEADS));
	rt_doc_raw(d, " | ");
	cell_answer(d, t, st, p);
	rt_doc_raw(d, " | ");
	cell_state(d, t, st);
	rt_doc_rawf(d, " (%s) |\n", rt_col(st, C_BAND));
}

static void
md_part_end(struct rt_doc *d, int p, int rows)
{
	if (rows == 0)
		rt_doc_rawf(d, "%s\n", parts[p - 1].none);
}

static void
md_end(struct rt_doc *d, const struct tracker *t)
{
	char ld[32];

	rt_doc_rawf(d, "\nState as of %s.\n", rt_date_long(t->as_of, ld));
}

/*
 * How one format renders each node of the tracker.  The walker below
 * visits the nodes in the same order for every format; a layout only
 * renders them, through the document's escapers.
 */
static const struct layout {
	void (*begin)(struct rt_doc *, const struct tracker *);
	void (*part)(struct rt_doc *, const struct tracker *, int);
	void (*row)(struct rt_doc *, const struct tracker *, sqlite3_stmt *,
	    int, int);
	void (*part_end)(struct rt_doc *, int, int);
	void (*end)(struct rt_doc *, const struct tracker *);
} layouts[] = {
	[RT_DOCFMT_MARKDOWN] = { md_begin, md_part, md_row, md_part_end,
	    md_end },
	[RT_DOCFMT_HTML] = { html_begin, html_part, html_row, html_part_end,
	    html_end },
};

/*
 * The one walker: the heading, then the three parts with their rows in
 * the order of the statement (by part), then the footing.
 */
static int
walk(struct rt_ctx *ctx, struct rt_doc *d, sqlite3_stmt *st,
    const struct tracker *t, const struct layout *l)
{
	int part = 0, rc, row, p, n;

	l->begin(d, t);
	for (p = 1; p <= 3; p++) {
		l->part(d, t, p);
		/* Rows of this part, if the statement is on one. */
		for (n = 0; part <= p; ) {
			if (part == p) {
				l->row(d, t, st, p, n == 0);
				n++;
			}
			if ((rc = rt_db_step(&ctx->db, st, &row, "tracker", ctx->e))
			    != RT_OK)
				return rc;
			part = row ? sqlite3_column_int(st, C_PART) : 4;
		}
		l->part_end(d, p, n);
	}
	l->end(d, t);
	return RT_OK;
}

/* The committee, its labels and (for HTML) the summary's figures. */
static int
tracker_load(struct rt_ctx *ctx, sqlite3_int64 committee, const char *meeting,
    int summary, struct tracker *t)
{
	sqlite3_stmt *st;
	int rc, row, b;

	memset(t, 0, sizeof *t);
	t->meeting = t->as_of = meeting;
	if ((rc = rt_labels_load(&ctx->db, &t->labels, ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_TRACKER_HEADING, &st,
	    ctx->e)) != RT_OK)
		return rc;
	rt_bind_int(st, ":committee_id", committee);
	if ((rc = rt_db_step(&ctx->db, st, &row, "tracker", ctx->e)) == RT_OK && row) {
		t->name = rt_strdup(rt_col(st, 0));
		t->chair = rt_strdup(rt_col(st, 1));
		t->officer = rt_strdup(rt_col(st, 2));
		t->addressee = rt_strdup(rt_col(st, 3));
		if (!t->name || !t->chair || !t->officer || !t->addressee)
			rc = rt_error(ctx->e, RT_FAIL, "out of memory");
	}
	sqlite3_finalize(st);
	if (rc != RT_OK || !summary)
		return rc;
	/* From TEMP.tracker_recs, which tracker_exec made. */
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_TRACKER_SUMMARY, &st,
	    ctx->e)) != RT_OK)
		return rc;
	for (b = 0; (rc = rt_db_step(&ctx->db, st, &row, "tracker", ctx->e))
	    == RT_OK && row && b < B_N; b++) {
		t->count[b] = sqlite3_column_int64(st, 1);
		t->overdue += sqlite3_column_int64(st, 2);
	}
	sqlite3_finalize(st);
	t->summary = rc == RT_OK;
	return rc;
}

static void
tracker_release(struct tracker *t)
{
	rt_free(t->name);
	rt_free(t->chair);
	rt_free(t->officer);
	rt_free(t->addressee);
	rt_labels_free(&t->labels);
}

/* One of parts.sql's TEMP tables, for the committee as of the meeting. */
static int
tracker_temp(struct rt_ctx *ctx, enum rt_sql_id id, sqlite3_int64 committee,
    const char *meeting)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = rt_db_prepare_sql(&ctx->db, id, &st, ctx->e)) != RT_OK)
		return rc;
	rt_bind_int(st, ":committee_id", committee);
	rt_bind_text(st, ":meeting", meeting);
	rc = rt_db_step(&ctx->db, st, NULL, "tracker", ctx->e);
	sqlite3_finalize(st);
	return rc;
}

static int
tracker_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	char meeting[RT_DATE_LEN];
	sqlite3_int64 committee, mid = 0;
	int mark = rt_arg_set(a, "mark-reported");
	struct tracker t;
	struct rt_doc *d;
	enum rt_docfmt fmt;
	sqlite3_stmt *st;
	int rc, own;

	if ((rc = rt_cmd_doc_format(a, "tracker", &fmt, ctx->e)) != RT_OK ||
	    (rc = rt_committee_id(&ctx->db, a->pos[0], &committee,
	    ctx->e)) != RT_OK ||
	    (rc = rt_date_parse(rt_arg(a, "meeting"), meeting, ctx->e)) != RT_OK ||
	    (mark && (rc = rt_meeting_get(&ctx->db, committee, meeting, NULL, 1,
	    &mid, ctx->e)) != RT_OK) ||
	    (rc = rt_db_as_of(&ctx->db, meeting, ctx->e)) != RT_OK)
		return rc;

	/*
	 * Materialise the committee's recommendations as of the meeting
	 * (read by the parts and the summary box), then the document's rows:
	 * written out, then marked.  A reader has no transaction of its own:
	 * one read transaction over both, so that every part shows the same
	 * moment of the file (a writer's transaction does that already).
	 */
	own = !ctx->db.in_tx;
	if (own && (rc = rt_db_exec(&ctx->db, "BEGIN", ctx->e)) != RT_OK)
		return rc;
	if ((rc = tracker_temp(ctx, RT_SQL_TRACKER_PARTS_RECS, committee,
	    meeting)) == RT_OK)
		rc = tracker_temp(ctx, RT_SQL_TRACKER_PARTS_CREATE, committee,
		    meeting);
	if (own) {
		if (rc == RT_OK)
			rc = rt_db_exec(&ctx->db, "COMMIT", ctx->e);
		else
			rt_db_rollback(&ctx->db);
	}
	if (rc != RT_OK)
		return rc;

	if (fmt == RT_DOCFMT_CSV) {
		if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_TRACKER_CSV, &st,
		    ctx->e)) != RT_OK)
			return rc;
		struct rt_out o;

		memset(&o, 0, sizeof o);
		o.fmt = RT_FMT_CSV;
		o.no_guard = rt_arg_set(a, "no-formula-guard");
		rc = rt_out_file(st, &o, ctx->out, ctx->e);
		sqlite3_finalize(st);
	} else {
		if ((rc = tracker_load(ctx, committee, meeting,
		    fmt == RT_DOCFMT_HTML, &t))
		    != RT_OK) {
			tracker_release(&t);
			return rc;
		}
		d = rt_doc_new(fmt == RT_DOCFMT_HTML ? RT_DOC_HTML
		    : RT_DOC_MARKDOWN,
		    rt_out_fwrite, ctx->out);
		if (d == NULL)
			rc = rt_error(ctx->e, RT_FAIL, "out of memory");
		else if ((rc = rt_db_prepare_sql(&ctx->db,
		    RT_SQL_TRACKER_PARTS_WALK, &st, ctx->e)) == RT_OK) {
			rc = walk(ctx, d, st, &t, &layouts[fmt]);
			sqlite3_finalize(st);
		}
		if (rt_doc_free(d, ctx->e) != RT_OK && rc == RT_OK)
			rc = ctx->e->code;
		tracker_release(&t);
	}
	if (rc == RT_OK && mark)
		rc = rt_db_exec_id(&ctx->db, rt_sql(RT_SQL_TRACKER_MARK), mid,
		    "tracker --mark-reported", ctx->e);
	return rc;
}

static const struct rt_opt opts[] = {
	{"meeting", RT_OPT_VALUE | RT_OPT_REQUIRED}, {"format", RT_OPT_VALUE},
	{"mark-reported", RT_OPT_WRITES}, {"no-formula-guard", RT_OPT_FLAG},
	{NULL, 0}
};

const struct rt_cmd rt_cmd_tracker = {
	.name = "tracker",
	.args = "SLUG --meeting DATE [--format markdown|html|csv] "
	    "[--mark-reported] [--no-formula-guard]",
	.summary = "the committee's tracker document for a meeting",
	.help =
	    "The document for the agenda pack of the committee's meeting on DATE,\n"
	    "as of that date, in three parts:\n"
	    "  1. Recommendation Tracker: recommendations of earlier meetings that\n"
	    "     await a response, or whose response has not yet been reported;\n"
	    "  2. Recommendation Update Tracker: accepted ones (any kind) whose\n"
	    "     response was reported, and ones that need no response; not yet\n"
	    "     closed, or not yet reported closed;\n"
	    "  3. Action Tracker: open actions, and closed ones not yet reported,\n"
	    "     each with the number of the recommendation it serves.\n"
	    "Sub-recommendations come under their parent.  Rows are coloured by\n"
	    "state: green closed (complete, not implemented, superseded, rejected,\n"
	    "noted), yellow update in item, amber pending, in progress or paused,\n"
	    "red overdue or delayed, blue awaiting the response (\"Due to\" the\n"
	    "committee's addressee); each part's key lists the states it can hold.\n"
	    "States show the labels taught with vocab add --label.\n"
	    "--format html is one self-contained page that prints on A4 landscape,\n"
	    "with a summary box: the committee's recommendations by state, as\n"
	    "figures and a bar chart.\n"
	    "Printing only reads (a read-only file will do).  --mark-reported\n"
	    "records the meeting when missing, and that every response and every\n"
	    "closed row shown was reported at DATE, so they leave the tracker next\n"
	    "time.\n",
	.opts = opts,
	.minpos = 1, .maxpos = 1,
	.db = RT_CMD_WRITE,
	.exec = tracker_exec,
};
