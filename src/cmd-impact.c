/*
 * cmd-impact.c - impact and chasing: stats, chase and calendar.
 *
 * stats is the annual scrutiny report's table (sql/stats/stats.sql): in
 * every listing format through the listing engine, and as one
 * self-contained HTML page with inline SVG charts, written through the
 * HTML back-end of the document engine (out.c), so that every stored text
 * (a committee slug, a lead's name) is escaped by the one escaper.
 * chase lists what each lead owes (sql/chase/chase.sql); its Markdown is
 * one section per lead, ready to paste into an email.  calendar writes the
 * meetings and the deadlines still owed as an iCalendar file
 * (sql/calendar/events.sql), escaped and folded by out.c's encoders.
 * All three read the state views as of --as-of, so that their answers
 * are reproducible.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rectrack/cmd.h"
#include "rectrack/date.h"
#include "rectrack/model.h"
#include "rectrack/sqlfiles.h"
#include "rectrack/util.h"

/* Flush what a document left in stdio's buffer: a full disk is an error. */
static int
flush_out(struct rt_ctx *ctx)
{
	errno = 0;
	if (fflush(ctx->out) != 0 || ferror(ctx->out))
		return rt_error(ctx->e, RT_FAIL, "write: %s",
		    errno ? strerror(errno) : "output error");
	return RT_OK;
}

/* ---- stats ------------------------------------------------------------ */

/* The columns of stats.sql, in order. */
enum {
	S_GROUP, S_MADE, S_RESPONDED, S_ACC, S_AIP, S_PART, S_REJ, S_NOTED,
	S_PCT_ACC, S_ON_TIME, S_PCT_ON_TIME, S_MEDIAN, S_COMPLETE, S_NOT_IMPL,
	S_SUPERSEDED, S_PCT_IMPL, S_OPEN, S_OVERDUE, S_NCOL
};

/* One row of the table, as text (NULL for an empty cell). */
struct srow {
	char *cell[S_NCOL];
};

static const char *const by_words[] = {"committee", "lead", "addressee",
	"year", NULL};

/* The options of stats, checked before anything is read. */
static int
stats_check(const struct rt_args *a, struct rt_err *e)
{
	const char *year = rt_arg(a, "year"), *by = rt_arg(a, "by");
	int i;

	if (year != NULL && (rt_arg_set(a, "since") || rt_arg_set(a, "until")))
		return rt_error(e, RT_USAGE, "stats: --year and --since/--until: "
		    "give one period");
	if (year != NULL && (strlen(year) != 4 || !isdigit((unsigned char)year[0]) ||
	    !isdigit((unsigned char)year[1]) || !isdigit((unsigned char)year[2]) ||
	    !isdigit((unsigned char)year[3]) || year[0] == '0'))
		return rt_error(e, RT_USAGE, "stats: --year '%s': give a year, "
		    "e.g. 2024 (the municipal year 2024/25)", year);
	if (by == NULL)
		return RT_OK;
	for (i = 0; by_words[i] != NULL; i++)
		if (strcmp(by, by_words[i]) == 0)
			return RT_OK;
	return rt_error(e, RT_USAGE, "stats: --by '%s': give committee, lead, "
	    "addressee or year", by);
}

static long
num(const char *s)
{
	return s != NULL ? strtol(s, NULL, 10) : 0;
}

static double
real(const char *s)
{
	return s != NULL ? strtod(s, NULL) : 0.0;
}

/* Columns headings as the table shows them: the CSV names. */
static const char *const s_names[S_NCOL] = {
	"group", "made", "responded", "accepted", "accepted_in_principle",
	"partially_accepted", "rejected", "noted", "pct_accepted", "on_time",
	"pct_on_time", "median_days_to_respond", "complete", "not_implemented",
	"superseded", "pct_implemented", "open", "overdue"
};

/*
 * The decisions' segments, in the tracker's colours (share/tracker.css):
 * accepted green, in principle light green, partially yellow, rejected
 * red, noted blue, no response yet amber.
 */
static const struct seg {
	int col;		/* the stats column, or -1: made - responded */
	const char *key;	/* data-key and CSS class */
	const char *label;	/* the legend's words */
} segs[] = {
	{S_ACC, "accepted", "Accepted"},
	{S_AIP, "accepted-in-principle", "Accepted in principle"},
	{S_PART, "partially-accepted", "Partially accepted"},
	{S_REJ, "rejected", "Rejected"},
	{S_NOTED, "noted", "Noted"},
	{-1, "no-response", "No response yet"},
};
#define NSEGS (sizeof segs / sizeof segs[0])

/* The first n characters of a UTF-8 text, "..." added when cut. */
static void
short_label(char *out, size_t size, const char *s, size_t n)
{
	size_t i = 0, chars = 0;

	while (s[i] != '\0' && i + 4 < size) {
		if (((unsigned char)s[i] & 0xC0) != 0x80 && chars++ == n)
			break;
		out[i] = s[i];
		i++;
	}
	out[i] = '\0';
	if (s[i] != '\0' && i + 4 <= size)
		memcpy(out + (i > 0 ? i : 0), "...", 4);
}

/* A group's label on a chart: its name, or words for the unnamed group. */
static const char *
group_name(const struct srow *r)
{
	return r->cell[S_GROUP] != NULL ? r->cell[S_GROUP] : "(no lead)";
}

/* Chart geometry: labels on the left, bars to the right. */
#define CH_W	 760
#define CH_LEFT  190
#define CH_RIGHT 40
#define CH_TOP	 16
#define CH_BAR	 22
#define CH_GAP	 10

/* A nice maximum for an axis of counts, and its tick step. */
static void
axis(long max, long *top, long *step)
{
	static const long steps[] = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500,
		1000, 2000, 2500, 5000, 10000, 20000, 50000, 100000, 0};
	int i;

	if (max < 1)
		max = 1;
	for (i = 0; steps[i + 1] != 0 && max / steps[i] > 8; i++)
		;
	*step = steps[i];
	*top = (max + *step - 1) / *step * *step;
}

/* The x axis of a horizontal chart: ticks, numbers and its label. */
static void
x_axis(struct rt_doc *d, double y, long top, long step, const char *unit,
    const char *label)
{
	double plot = CH_W - CH_LEFT - CH_RIGHT, x;
	long v;

	rt_doc_rawf(d, "<line class=\"axis\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" "
	    "y2=\"%.1f\"/>\n", CH_LEFT, y, CH_W - CH_RIGHT, y);
	for (v = 0; v <= top; v += step) {
		x = CH_LEFT + plot * (double)v / (double)top;
		rt_doc_rawf(d, "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" "
		    "x2=\"%.1f\" y2=\"%.1f\"/>", x, CH_TOP, x, y);
		rt_doc_rawf(d, "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\" "
		    "text-anchor=\"middle\">%ld%s</text>\n", x, y + 15, v, unit);
	}
	rt_doc_rawf(d, "<text class=\"axis-label\" x=\"%.1f\" y=\"%.1f\" "
	    "text-anchor=\"middle\">", CH_LEFT + plot / 2, y + 34);
	rt_doc_text(d, label);
	rt_doc_raw(d, "</text>\n");
}

/* A group's label at the left of its bar, cut short (whole in <title>). */
static void
y_label(struct rt_doc *d, const struct srow *r, double y)
{
	char label[128];

	short_label(label, sizeof label, group_name(r), 26);
	rt_doc_rawf(d, "<text class=\"group\" x=\"%d\" y=\"%.1f\" "
	    "text-anchor=\"end\"><title>", CH_LEFT - 8, y + CH_BAR / 2.0 + 4);
	rt_doc_text(d, group_name(r));
	rt_doc_raw(d, "</title>");
	rt_doc_text(d, label);
	rt_doc_raw(d, "</text>\n");
}

static void
svg_open(struct rt_doc *d, const char *id, double h, const char *title,
    const char *desc)
{
	rt_doc_rawf(d, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
	    "class=\"chart\" id=\"%s\" viewBox=\"0 0 %d %.0f\" width=\"%d\" "
	    "height=\"%.0f\" role=\"img\" aria-labelledby=\"%s-title %s-desc\">\n"
	    "<title id=\"%s-title\">", id, CH_W, h, CH_W, h, id, id, id);
	rt_doc_text(d, title);
	rt_doc_rawf(d, "</title>\n<desc id=\"%s-desc\">", id);
	rt_doc_text(d, desc);
	rt_doc_raw(d, "</desc>\n");
}

/* The legend: a swatch and words per key, in one row under the chart. */
static void
legend(struct rt_doc *d, double y, const char *const *keys,
    const char *const *labels, int n)
{
	double x = CH_LEFT;
	int i;

	for (i = 0; i < n; i++) {
		if (x > CH_LEFT && x + 26 + 7.0 * (double)strlen(labels[i]) > CH_W) {
			x = CH_LEFT;	/* no room left on this row */
			y += 18;
		}
		rt_doc_rawf(d, "<rect class=\"swatch %s\" x=\"%.1f\" y=\"%.1f\" "
		    "width=\"12\" height=\"12\"/><text class=\"legend\" "
		    "x=\"%.1f\" y=\"%.1f\">", keys[i], x, y, x + 16, y + 10);
		rt_doc_text(d, labels[i]);
		rt_doc_raw(d, "</text>\n");
		x += 26 + 7.0 * (double)strlen(labels[i]);
	}
}

/* Chart 1: each group's recommendations by decision, stacked. */
static void
chart_decisions(struct rt_doc *d, const struct srow *rows, int n,
    const char *by)
{
	const char *keys[NSEGS], *labels[NSEGS];
	double plot = CH_W - CH_LEFT - CH_RIGHT, y, x, w, h;
	long max = 0, top, step, v;
	int i;
	size_t k;
	char ylabel[64];

	for (i = 0; i < n; i++)
		if (num(rows[i].cell[S_MADE]) > max)
			max = num(rows[i].cell[S_MADE]);
	axis(max, &top, &step);
	h = CH_TOP + n * (CH_BAR + CH_GAP) + 98;
	svg_open(d, "decisions", h, "Decisions per group",
	    "Stacked bars: each group's recommendations made, by the current "
	    "decision, and those with no response yet.");
	/* The grid first, so that the bars lie over it. */
	x_axis(d, CH_TOP + n * (CH_BAR + CH_GAP), top, step, "",
	    "Recommendations made");
	for (i = 0; i < n; i++) {
		y = CH_TOP + i * (CH_BAR + CH_GAP);
		y_label(d, &rows[i], y);
		x = CH_LEFT;
		for (k = 0; k < NSEGS; k++) {
			v = segs[k].col >= 0 ? num(rows[i].cell[segs[k].col]) :
			    num(rows[i].cell[S_MADE]) - num(rows[i].cell[S_RESPONDED]);
			w = plot * (double)v / (double)top;
			rt_doc_rawf(d, "<rect class=\"bar %s\" data-group=\"",
			    segs[k].key);
			rt_doc_text(d, group_name(&rows[i]));
			rt_doc_rawf(d, "\" data-key=\"%s\" data-value=\"%ld\" "
			    "x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\">"
			    "<title>", segs[k].key, v, x, y, w, CH_BAR);
			rt_doc_text(d, group_name(&rows[i]));
			rt_doc_rawf(d, ": %s %ld</title></rect>\n", segs[k].label, v);
			x += w;
		}
		rt_doc_rawf(d, "<text class=\"value\" x=\"%.1f\" y=\"%.1f\">%ld"
		    "</text>\n", x + 4, y + CH_BAR / 2.0 + 4,
		    num(rows[i].cell[S_MADE]));
	}
	y = CH_TOP + n * (CH_BAR + CH_GAP);
	snprintf(ylabel, sizeof ylabel, "%c%s", toupper((unsigned char)by[0]),
	    by + 1);
	rt_doc_rawf(d, "<text class=\"axis-label\" x=\"%d\" y=\"%d\" "
	    "text-anchor=\"end\">%s</text>\n", CH_LEFT - 8, CH_TOP - 4, ylabel);
	for (k = 0; k < NSEGS; k++) {
		keys[k] = segs[k].key;
		labels[k] = segs[k].label;
	}
	legend(d, y + 46, keys, labels, (int)NSEGS);
	rt_doc_raw(d, "</svg>\n");
}

/* Chart 2: each group's % implemented (complete / accepted of any kind). */
static void
chart_implemented(struct rt_doc *d, const struct srow *rows, int n)
{
	static const char *const keys[] = {"implemented"};
	static const char *const labels[] = {"% implemented"};
	double plot = CH_W - CH_LEFT - CH_RIGHT, y, w, h, pct;
	int i, inside;

	h = CH_TOP + n * (CH_BAR + CH_GAP) + 80;
	svg_open(d, "implemented", h, "Implementation per group",
	    "Bars: the share of each group's accepted recommendations (of any "
	    "kind) that are complete; n/a where none was accepted.");
	for (i = 0; i < n; i++)
		rt_doc_rawf(d, "<rect class=\"track\" x=\"%d\" y=\"%.1f\" "
		    "width=\"%.1f\" height=\"%d\"/>\n", CH_LEFT,
		    (double)(CH_TOP + i * (CH_BAR + CH_GAP)), plot, CH_BAR);
	x_axis(d, CH_TOP + n * (CH_BAR + CH_GAP), 100, 10, "%",
	    "Complete, as a share of those accepted");
	for (i = 0; i < n; i++) {
		y = CH_TOP + i * (CH_BAR + CH_GAP);
		y_label(d, &rows[i], y);
		if (rows[i].cell[S_PCT_IMPL] == NULL) {
			rt_doc_rawf(d, "<text class=\"value\" x=\"%d\" y=\"%.1f\">"
			    "n/a</text>\n", CH_LEFT + 4, y + CH_BAR / 2.0 + 4);
			continue;
		}
		pct = real(rows[i].cell[S_PCT_IMPL]);
		w = plot * (pct > 100 ? 100 : pct) / 100.0;
		rt_doc_raw(d, "<rect class=\"bar implemented\" data-group=\"");
		rt_doc_text(d, group_name(&rows[i]));
		rt_doc_raw(d, "\" data-value=\"");
		rt_doc_text(d, rows[i].cell[S_PCT_IMPL]);
		rt_doc_rawf(d, "\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" "
		    "height=\"%d\"><title>", CH_LEFT, y, w, CH_BAR);
		rt_doc_text(d, group_name(&rows[i]));
		rt_doc_raw(d, ": ");
		rt_doc_text(d, rows[i].cell[S_PCT_IMPL]);
		rt_doc_rawf(d, "%% implemented (%ld of %ld accepted)</title></rect>\n",
		    num(rows[i].cell[S_COMPLETE]), num(rows[i].cell[S_ACC]) +
		    num(rows[i].cell[S_AIP]) + num(rows[i].cell[S_PART]));
		inside = CH_LEFT + w + 4 > CH_W - CH_RIGHT - 30;
		rt_doc_rawf(d, "<text class=\"value%s\" x=\"%.1f\" y=\"%.1f\">",
		    inside ? " inside" : "", inside ? CH_LEFT + w - 46 :
		    CH_LEFT + w + 4, y + CH_BAR / 2.0 + 4);
		rt_doc_text(d, rows[i].cell[S_PCT_IMPL]);
		rt_doc_raw(d, "%</text>\n");
	}
	y = CH_TOP + n * (CH_BAR + CH_GAP);
	legend(d, y + 46, keys, labels, 1);
	rt_doc_raw(d, "</svg>\n");
}

/* Chart 3's bins: 14 days wide, the last open-ended. */
#define NBINS	 9
#define BIN_DAYS 14
#define NTIMING	 3
static const char *const timing_keys[NTIMING] = {"on-time", "late",
	"no-deadline"};
static const char *const timing_labels[NTIMING] = {"Answered on time",
	"Answered late", "No response due date"};

static int
timing_index(const char *t)
{
	int i;

	for (i = 0; i < NTIMING; i++)
		if (strcmp(t, timing_keys[i]) == 0)
			return i;
	return NTIMING - 1;
}

static void
bin_label(char *out, size_t size, int b)
{
	if (b == NBINS - 1)
		snprintf(out, size, "%d+", b * BIN_DAYS);
	else
		snprintf(out, size, "%d-%d", b * BIN_DAYS, (b + 1) * BIN_DAYS - 1);
}

/*
 * Chart 3: how many recommendations got their first response within each
 * 14 days from receipt, stacked by whether it met the response period;
 * with one period in scope, a line marks it.  Then the same as a table.
 */
static void
chart_days(struct rt_doc *d, long counts[NBINS][NTIMING], const char *period)
{
	/* 666 px of plot: 74 per bin */
	const double left = 70, right = 24, top = 20, ph = 220;
	double pw = CH_W - left - right, bw = pw / NBINS, x, y, hgt, h;
	long max = 0, tot, tmax, step, v;
	char label[32];
	int b, t, pn = 0;
	char unit[16] = "";

	for (b = 0; b < NBINS; b++) {
		for (tot = 0, t = 0; t < NTIMING; t++)
			tot += counts[b][t];
		if (tot > max)
			max = tot;
	}
	axis(max, &tmax, &step);
	h = top + ph + 90;
	svg_open(d, "days", h, "Days to respond against the response period",
	    "Stacked columns: recommendations by the days from receipt to their "
	    "first response, in bins of 14 days, split by whether the response "
	    "met its due date.");
	for (v = 0; v <= tmax; v += step) {
		y = top + ph - ph * (double)v / (double)tmax;
		rt_doc_rawf(d, "<line class=\"grid\" x1=\"%.1f\" y1=\"%.1f\" "
		    "x2=\"%.1f\" y2=\"%.1f\"/><text class=\"tick\" x=\"%.1f\" "
		    "y=\"%.1f\" text-anchor=\"end\">%ld</text>\n", left, y,
		    left + pw, y, left - 6, y + 4, v);
	}
	for (b = 0; b < NBINS; b++) {
		x = left + b * bw + 6;
		y = top + ph;
		bin_label(label, sizeof label, b);
		for (t = 0; t < NTIMING; t++) {
			hgt = ph * (double)counts[b][t] / (double)tmax;
			y -= hgt;
			rt_doc_rawf(d, "<rect class=\"bar %s\" data-bin=\"%s\" "
			    "data-key=\"%s\" data-value=\"%ld\" x=\"%.1f\" "
			    "y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s "
			    "days: %s %ld</title></rect>\n", timing_keys[t], label,
			    timing_keys[t], counts[b][t], x, y, bw - 12, hgt, label,
			    timing_labels[t], counts[b][t]);
		}
		rt_doc_rawf(d, "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\" "
		    "text-anchor=\"middle\">%s</text>\n", left + b * bw + bw / 2,
		    top + ph + 15, label);
	}
	/* One period in N days, weeks or months: mark it. */
	if (period != NULL && sscanf(period, "%d %15s", &pn, unit) == 2 && pn > 0) {
		double days = unit[0] == 'd' ? pn : unit[0] == 'w' ? 7.0 * pn :
		    30.44 * pn;

		if (days < NBINS * BIN_DAYS) {
			x = left + pw * days / (NBINS * BIN_DAYS);
			rt_doc_rawf(d, "<line class=\"period\" x1=\"%.1f\" "
			    "y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/><text class=\"legend\" "
			    "x=\"%.1f\" y=\"%.1f\">Response period: ", x, top - 6,
			    x, top + ph, x + 4, top + 8);
			rt_doc_text(d, period);
			rt_doc_raw(d, "</text>\n");
		}
	}
	rt_doc_rawf(d, "<line class=\"axis\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
	    "y2=\"%.1f\"/>\n<text class=\"axis-label\" x=\"%.1f\" y=\"%.1f\" "
	    "text-anchor=\"middle\">Days from receipt to the first response"
	    "</text>\n<text class=\"axis-label\" transform=\"translate(16 %.1f) "
	    "rotate(-90)\" text-anchor=\"middle\">Recommendations</text>\n",
	    left, top + ph, left + pw, top + ph, left + pw / 2, top + ph + 34,
	    top + ph / 2);
	legend(d, top + ph + 50, timing_keys, timing_labels, NTIMING);
	rt_doc_raw(d, "</svg>\n");
}

/* The text equivalent of chart 3: its numbers as a table. */
static void
days_table(struct rt_doc *d, long counts[NBINS][NTIMING])
{
	char label[32];
	int b, t;

	rt_doc_raw(d, "<table class=\"days\">\n<thead><tr><th scope=\"col\">Days"
	    "</th>");
	for (t = 0; t < NTIMING; t++)
		rt_doc_rawf(d, "<th scope=\"col\">%s</th>", timing_labels[t]);
	rt_doc_raw(d, "</tr></thead>\n<tbody>\n");
	for (b = 0; b < NBINS; b++) {
		bin_label(label, sizeof label, b);
		rt_doc_rawf(d, "<tr><th scope=\"row\">%s</th>", label);
		for (t = 0; t < NTIMING; t++)
			rt_doc_rawf(d, "<td data-bin=\"%s\" data-key=\"%s\">%ld</td>",
			    label, timing_keys[t], counts[b][t]);
		rt_doc_raw(d, "</tr>\n");
	}
	rt_doc_raw(d, "</tbody>\n</table>\n");
}

static void
srows_free(struct srow *rows, int n)
{
	int i, k;

	for (i = 0; i < n; i++)
		for (k = 0; k < S_NCOL; k++)
			rt_free(rows[i].cell[k]);
	rt_free(rows);
}

/* Every row of st into *rows (the groups are few: one per committee). */
static int
srows_load(struct rt_ctx *ctx, sqlite3_stmt *st, struct srow **rows, int *n)
{
	struct srow *r = NULL, *grown;
	int cap = 0, rc, row, k;
	const char *v;

	*n = 0;
	while ((rc = rt_db_step(&ctx->db, st, &row, "query", ctx->e)) == RT_OK &&
	    row) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			if ((grown = rt_realloc(r, (size_t)cap * sizeof *r)) == NULL) {
				rc = rt_error(ctx->e, RT_FAIL, "out of memory");
				break;
			}
			r = grown;
		}
		for (k = 0; k < S_NCOL; k++) {
			v = (const char *)sqlite3_column_text(st, k);
			r[*n].cell[k] = v != NULL ? rt_strdup(v) : NULL;
			if (v != NULL && r[*n].cell[k] == NULL)
				rc = rt_error(ctx->e, RT_FAIL, "out of memory");
		}
		++*n;
		if (rc != RT_OK)
			break;
	}
	*rows = r;
	return rc;
}

/* The days of chart 3, from days.sql bound as stats.sql was. */
static int
days_load(struct rt_ctx *ctx, const struct rt_args *a,
    long counts[NBINS][NTIMING], char *period, size_t psize)
{
	char slug[RT_SLUG_LEN], since[RT_DATE_LEN], until[RT_DATE_LEN];
	const char *v, *p;
	sqlite3_stmt *st;
	int rc, row, b, periods = 0;
	long days;

	memset(counts, 0, sizeof(long) * NBINS * NTIMING);
	period[0] = '\0';
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_STATS_DAYS, &st,
	    ctx->e)) != RT_OK)
		return rc;
	if ((v = rt_arg(a, "committee")) != NULL &&
	    (rc = rt_committee_find(&ctx->db, v, NULL, slug, ctx->e)) == RT_OK)
		rt_bind_text(st, ":committee", slug);
	if (rc == RT_OK && (v = rt_arg(a, "since")) != NULL &&
	    (rc = rt_date_parse(v, since, ctx->e)) == RT_OK)
		rt_bind_text(st, ":since", since);
	if (rc == RT_OK && (v = rt_arg(a, "until")) != NULL &&
	    (rc = rt_date_parse(v, until, ctx->e)) == RT_OK)
		rt_bind_text(st, ":until", until);
	rt_bind_text(st, ":year", rt_arg(a, "year"));
	while (rc == RT_OK &&
	    (rc = rt_db_step(&ctx->db, st, &row, "query", ctx->e)) == RT_OK && row) {
		days = sqlite3_column_int64(st, 0);
		b = days < 0 ? 0 : days / BIN_DAYS >= NBINS ? NBINS - 1 :
		    (int)(days / BIN_DAYS);
		counts[b][timing_index((const char *)sqlite3_column_text(st, 1))]++;
		p = (const char *)sqlite3_column_text(st, 2);
		if (p != NULL && strcmp(p, period) != 0 &&
		    strcmp(p, "open") != 0 && strcmp(p, "none") != 0) {
			snprintf(period, psize, "%s", p);
			periods++;
		}
	}
	if (periods > 1)
		period[0] = '\0';	/* several: no one line to draw */
	sqlite3_finalize(st);
	return rc;
}

static const char html_head[] =
"<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
"<title>";

/* The page: heading, the table, the three charts with their captions. */
static void
stats_page(struct rt_doc *d, const struct rt_args *a, const char *as_of,
    const struct srow *rows, int n, long counts[NBINS][NTIMING],
    const char *period)
{
	const char *by = rt_arg(a, "by") ? rt_arg(a, "by") : "committee";
	const char *v;
	int i, k, groups = n > 1 ? n - 1 : 0;

	rt_doc_raw(d, html_head);
	rt_doc_raw(d, "Impact of recommendations</title>\n<style>\n");
	rt_doc_raw(d, rt_share("stats.css"));
	rt_doc_raw(d, "</style>\n</head>\n<body>\n<header>\n"
	    "<h1>Impact of recommendations</h1>\n<p class=\"meta\">");
	if ((v = rt_arg(a, "committee")) != NULL) {
		rt_doc_raw(d, "Committee: ");
		rt_doc_text(d, v);
		rt_doc_raw(d, " &middot; ");
	}
	rt_doc_raw(d, "Made ");
	if ((v = rt_arg(a, "year")) != NULL)
		rt_doc_rawf(d, "in the municipal year %s/%02ld (1 May %s to 30 "
		    "April %ld)", v, (num(v) + 1) % 100, v, num(v) + 1);
	else if (rt_arg(a, "since") || rt_arg(a, "until")) {
		if ((v = rt_arg(a, "since")) != NULL) {
			rt_doc_raw(d, "from ");
			rt_doc_text(d, v);
			rt_doc_raw(d, " ");
		}
		if ((v = rt_arg(a, "until")) != NULL) {
			rt_doc_raw(d, "until ");
			rt_doc_text(d, v);
		}
	} else
		rt_doc_raw(d, "at any time");
	rt_doc_rawf(d, " &middot; As of %s &middot; By %s</p>\n</header>\n",
	    as_of, by);

	rt_doc_raw(d, "<section>\n<h2>Figures</h2>\n<table class=\"stats\" "
	    "id=\"figures\">\n<thead><tr>");
	for (k = 0; k < S_NCOL; k++) {
		const char *p;

		/* The CSV names, breakable after each underscore. */
		rt_doc_raw(d, "<th scope=\"col\">");
		for (p = s_names[k]; *p != '\0'; p++)
			rt_doc_rawf(d, *p == '_' ? "_<wbr>" : "%c", *p);
		rt_doc_raw(d, "</th>");
	}
	rt_doc_raw(d, "</tr></thead>\n<tbody>\n");
	for (i = 0; i < n; i++) {
		rt_doc_raw(d, i == n - 1 ? "<tr class=\"all\">" : "<tr>");
		for (k = 0; k < S_NCOL; k++) {
			rt_doc_rawf(d, k == 0 ? "<th scope=\"row\" data-col=\"%s\">" :
			    "<td data-col=\"%s\">", s_names[k]);
			if (rows[i].cell[k] != NULL)
				rt_doc_text(d, rows[i].cell[k]);
			rt_doc_raw(d, k == 0 ? "</th>" : "</td>");
		}
		rt_doc_raw(d, "</tr>\n");
	}
	rt_doc_raw(d, "</tbody>\n</table>\n<p class=\"note\">Decisions are the "
	    "current ones; on time means the first response came on or before "
	    "its due date (pct_on_time leaves out recommendations with no due "
	    "date); pct_accepted counts every kind of acceptance among those "
	    "responded to; pct_implemented is complete among those accepted; "
	    "the median is of whole days from receipt to the first response; "
	    "complete, open and overdue are states as of the date.  An empty "
	    "percentage has nothing to divide by.</p>\n</section>\n");

	if (groups == 0) {
		rt_doc_raw(d, "<p>No recommendations were made in the period.</p>\n"
		    "</body>\n</html>\n");
		return;
	}
	rt_doc_raw(d, "<section>\n<h2>Decisions</h2>\n<figure>\n");
	chart_decisions(d, rows, groups, by);
	rt_doc_rawf(d, "<figcaption>Recommendations made per %s, by the current "
	    "decision; amber: no response yet.  The numbers are the columns "
	    "made, responded, accepted, accepted_in_principle, "
	    "partially_accepted, rejected and noted of the table above; all "
	    "groups together: %s made, %s responded.</figcaption>\n</figure>\n"
	    "</section>\n", by, rows[n - 1].cell[S_MADE],
	    rows[n - 1].cell[S_RESPONDED]);

	rt_doc_raw(d, "<section>\n<h2>Implementation</h2>\n<figure>\n");
	chart_implemented(d, rows, groups);
	rt_doc_raw(d, "<figcaption>Complete, as a share of those accepted (in "
	    "full, in principle or in part), per group: the column "
	    "pct_implemented of the table above; all groups together: ");
	rt_doc_text(d, rows[n - 1].cell[S_PCT_IMPL] ? rows[n - 1].cell[S_PCT_IMPL] :
	    "n/a");
	rt_doc_raw(d, rows[n - 1].cell[S_PCT_IMPL] ? "%." : ".");
	rt_doc_raw(d, "</figcaption>\n</figure>\n</section>\n");

	rt_doc_raw(d, "<section>\n<h2>Days to respond</h2>\n<figure>\n");
	chart_days(d, counts, period[0] != '\0' ? period : NULL);
	rt_doc_raw(d, "<figcaption>Recommendations by the whole days from "
	    "receipt to their first response, in bins of 14 days: green met its "
	    "response due date, red did not, blue had none.  Median: ");
	rt_doc_text(d, rows[n - 1].cell[S_MEDIAN] ? rows[n - 1].cell[S_MEDIAN] :
	    "n/a");
	rt_doc_raw(d, " days.  The same numbers:</figcaption>\n");
	days_table(d, counts);
	rt_doc_raw(d, "</figure>\n</section>\n</body>\n</html>\n");
}

static int
stats_html(struct rt_ctx *ctx, const struct rt_args *a)
{
	char as_of[RT_DATE_LEN], period[32];
	long counts[NBINS][NTIMING];
	struct srow *rows = NULL;
	struct rt_doc *d;
	sqlite3_stmt *st;
	int rc, n = 0;

	if ((rc = rt_cmd_listing_stmt(ctx, a, rt_sql(RT_SQL_STATS_STATS), &st,
	    as_of)) != RT_OK)
		return rc;
	rc = srows_load(ctx, st, &rows, &n);
	sqlite3_finalize(st);
	if (rc == RT_OK)
		rc = days_load(ctx, a, counts, period, sizeof period);
	if (rc == RT_OK) {
		if ((d = rt_doc_new(RT_DOC_HTML, rt_out_fwrite, ctx->out)) == NULL)
			rc = rt_error(ctx->e, RT_FAIL, "out of memory");
		else {
			stats_page(d, a, as_of, rows, n, counts, period);
			rc = rt_doc_free(d, ctx->e);
		}
	}
	srows_free(rows, n);
	if (rc == RT_OK)
		rc = flush_out(ctx);
	return rc;
}

static int
stats_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const char *f = rt_arg(a, "format");
	int rc;

	if ((rc = stats_check(a, ctx->e)) != RT_OK)
		return rc;
	if (f != NULL && strcmp(f, "html") == 0)
		return stats_html(ctx, a);
	return rt_cmd_listing(ctx, a, rt_sql(RT_SQL_STATS_STATS));
}

/* ---- chase ------------------------------------------------------------ */

enum { C_LEAD, C_KIND, C_ID, C_COMMITTEE, C_ITEM, C_NUMBER, C_TEXT, C_DUE,
	C_DAYS };

/* --within: whole days, 0 to 3660 (ten years). */
static int
within_check(const struct rt_args *a, long *days, struct rt_err *e)
{
	const char *v = rt_arg(a, "within");
	char *end;

	*days = 14;
	if (v == NULL)
		return RT_OK;
	*days = strtol(v, &end, 10);
	if (*v == '\0' || *end != '\0' || !isdigit((unsigned char)*v) ||
	    *days > 3660)
		return rt_error(e, RT_USAGE, "chase: --within '%s': give whole "
		    "days, 0 to 3660", v);
	return RT_OK;
}

/* One thing owed, as a Markdown list item. */
static void
chase_item(struct rt_doc *d, sqlite3_stmt *st)
{
	static const struct { const char *kind, *words; } kinds[] = {
		{"response", "Response"}, {"update", "Update"},
		{"action", "Action"}, {"target", "Target"}, {NULL, NULL}
	};
	long days = sqlite3_column_int64(st, C_DAYS);
	const char *kind = rt_col(st, C_KIND), *words = kind;
	int i;

	for (i = 0; kinds[i].kind != NULL; i++)
		if (strcmp(kind, kinds[i].kind) == 0)
			words = kinds[i].words;
	rt_doc_raw(d, "- ");
	rt_doc_strong_on(d);
	rt_doc_raw(d, words);
	if (days < 0)
		rt_doc_rawf(d, " overdue by %ld day%s", -days, days == -1 ? "" : "s");
	else if (days == 0)
		rt_doc_raw(d, " due today");
	else
		rt_doc_rawf(d, " due in %ld day%s", days, days == 1 ? "" : "s");
	rt_doc_strong_off(d);
	rt_doc_raw(d, " (");
	rt_doc_text(d, rt_col(st, C_DUE));
	rt_doc_raw(d, "): ");
	rt_doc_text(d, rt_col(st, C_COMMITTEE));
	rt_doc_raw(d, ", ");
	rt_doc_text(d, rt_col(st, C_ITEM));
	if (strcmp(kind, "action") == 0) {
		rt_doc_rawf(d, ", action %lld",
		    (long long)sqlite3_column_int64(st, C_ID));
		if (sqlite3_column_type(st, C_NUMBER) != SQLITE_NULL) {
			rt_doc_raw(d, " (");
			rt_doc_text(d, rt_col(st, C_NUMBER));
			rt_doc_raw(d, ")");
		}
	} else {
		rt_doc_raw(d, ", recommendation ");
		rt_doc_text(d, rt_col(st, C_NUMBER));
		rt_doc_rawf(d, " (id %lld)", (long long)sqlite3_column_int64(st, C_ID));
	}
	rt_doc_raw(d, ": ");
	rt_doc_text(d, rt_col(st, C_TEXT));
	rt_doc_raw(d, "\n");
}

static int
chase_markdown(struct rt_ctx *ctx, const struct rt_args *a, long within)
{
	char as_of[RT_DATE_LEN], until[RT_DATE_LEN];
	char *lead = NULL;
	struct rt_doc *d;
	sqlite3_stmt *st;
	int rc, row, first = 1, same;
	const char *l;

	if ((rc = rt_cmd_listing_stmt(ctx, a, rt_sql(RT_SQL_CHASE_CHASE), &st,
	    as_of)) != RT_OK)
		return rc;
	if ((rc = rt_date_add_days(as_of, (int)within, until, ctx->e)) != RT_OK) {
		sqlite3_finalize(st);
		return rc;
	}
	if ((d = rt_doc_new(RT_DOC_MARKDOWN, rt_out_fwrite, ctx->out)) == NULL) {
		sqlite3_finalize(st);
		return rt_error(ctx->e, RT_FAIL, "out of memory");
	}
	rt_doc_rawf(d, "# Owed as of %s\n\nOverdue, or due by %s.\n", as_of, until);
	while ((rc = rt_db_step(&ctx->db, st, &row, "query", ctx->e)) == RT_OK &&
	    row) {
		l = (const char *)sqlite3_column_text(st, C_LEAD);
		same = !first && ((l == NULL && lead == NULL) || (l != NULL &&
		    lead != NULL && strcasecmp(l, lead) == 0));
		if (!same) {
			rt_free(lead);
			lead = NULL;
			if (l != NULL && (lead = rt_strdup(l)) == NULL) {
				rc = rt_error(ctx->e, RT_FAIL, "out of memory");
				break;
			}
			rt_doc_raw(d, "\n## ");
			rt_doc_text(d, l != NULL ? l : "No lead named");
			rt_doc_raw(d, "\n\n");
		}
		chase_item(d, st);
		first = 0;
	}
	if (rc == RT_OK && first)
		rt_doc_raw(d, "\nNothing is owed.\n");
	rt_free(lead);
	sqlite3_finalize(st);
	if (rt_doc_free(d, ctx->e) != RT_OK && rc == RT_OK)
		rc = ctx->e->code;
	if (rc == RT_OK)
		rc = flush_out(ctx);
	return rc;
}

static int
chase_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const char *f = rt_arg(a, "format");
	long within;
	int rc;

	if ((rc = within_check(a, &within, ctx->e)) != RT_OK)
		return rc;
	if (f != NULL && strcmp(f, "markdown") == 0)
		return chase_markdown(ctx, a, within);
	return rt_cmd_listing(ctx, a, rt_sql(RT_SQL_CHASE_CHASE));
}

/* ---- calendar --------------------------------------------------------- */

/* "2025-03-01" -> "20250301". */
static void
ics_date(char out[9], const char *iso)
{
	snprintf(out, 9, "%.4s%.2s%.2s", iso, iso + 5, iso + 8);
}

/* NAME:VALUE as one folded content line; text values escaped. */
static void
ics_prop(struct rt_buf *b, struct rt_buf *line, const char *name,
    const char *value, int text)
{
	rt_buf_reset(line);
	rt_buf_puts(line, name);
	rt_buf_putc(line, ':');
	if (text)
		rt_out_ics_text(line, value, strlen(value));
	else
		rt_buf_puts(line, value);
	rt_out_ics_line(b, line->s, line->len);
}

static int
calendar_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	char as_of[RT_DATE_LEN], d8[9], stamp[32], uid[64], name[80];
	struct rt_buf b = RT_BUF_INIT, line = RT_BUF_INIT;
	sqlite3_stmt *st;
	const char *v;
	int rc, row;

	if ((rc = rt_cmd_listing_stmt(ctx, a, rt_sql(RT_SQL_CALENDAR_EVENTS),
	    &st, as_of)) != RT_OK)
		return rc;
	ics_date(d8, as_of);
	/* From the date, not the clock: two runs give the same bytes. */
	snprintf(stamp, sizeof stamp, "%sT000000Z", d8);
	ics_prop(&b, &line, "BEGIN", "VCALENDAR", 0);
	ics_prop(&b, &line, "VERSION", "2.0", 0);
	ics_prop(&b, &line, "PRODID", "-//rectrack//rectrack " RT_VERSION "//EN", 0);
	ics_prop(&b, &line, "CALSCALE", "GREGORIAN", 0);
	ics_prop(&b, &line, "METHOD", "PUBLISH", 0);
	v = rt_arg(a, "committee");
	snprintf(name, sizeof name, "rectrack%s%.64s", v ? ": " : "", v ? v : "");
	ics_prop(&b, &line, "X-WR-CALNAME", name, 1);
	while ((rc = rt_db_step(&ctx->db, st, &row, "query", ctx->e)) == RT_OK &&
	    row) {
		ics_prop(&b, &line, "BEGIN", "VEVENT", 0);
		snprintf(uid, sizeof uid, "%s@rectrack", rt_col(st, 0));
		ics_prop(&b, &line, "UID", uid, 0);
		ics_prop(&b, &line, "DTSTAMP", stamp, 0);
		ics_date(d8, rt_col(st, 1));
		ics_prop(&b, &line, "DTSTART;VALUE=DATE", d8, 0);
		ics_date(d8, rt_col(st, 2));
		ics_prop(&b, &line, "DTEND;VALUE=DATE", d8, 0);
		ics_prop(&b, &line, "SUMMARY", rt_col(st, 3), 1);
		ics_prop(&b, &line, "DESCRIPTION", rt_col(st, 4), 1);
		ics_prop(&b, &line, "TRANSP", "TRANSPARENT", 0);
		ics_prop(&b, &line, "END", "VEVENT", 0);
		if (b.oom)
			break;
	}
	sqlite3_finalize(st);
	ics_prop(&b, &line, "END", "VCALENDAR", 0);
	if (rc == RT_OK && (b.oom || line.oom))
		rc = rt_error(ctx->e, RT_FAIL, "out of memory");
	errno = 0;
	if (rc == RT_OK && fwrite(b.s, 1, b.len, ctx->out) != b.len)
		rc = rt_error(ctx->e, RT_FAIL, "write: %s",
		    errno ? strerror(errno) : "output error");
	if (rc == RT_OK)
		rc = flush_out(ctx);
	rt_buf_release(&b);
	rt_buf_release(&line);
	return rc;
}

/* ---- the entries ------------------------------------------------------ */

static const struct rt_opt stats_opts[] = {
	{"committee", RT_OPT_VALUE}, {"year", RT_OPT_VALUE},
	{"since", RT_OPT_VALUE}, {"until", RT_OPT_VALUE}, {"by", RT_OPT_VALUE},
	{"as-of", RT_OPT_VALUE}, {"format", RT_OPT_VALUE},
	{"no-formula-guard", RT_OPT_FLAG}, {NULL, 0}
};

const struct rt_cmd rt_cmd_stats = {
	.name = "stats",
	.args = "[--committee SLUG] [--year YYYY | --since DATE --until DATE] "
	    "[--by committee|lead|addressee|year] [--as-of DATE]\n"
	    "    [--format table|csv|tsv|json|ndjson|markdown|html] [--no-formula-guard]",
	.summary = "impact figures for the annual scrutiny report",
	.help =
	    "Counts the recommendations made (meeting date) in the period: --year\n"
	    "2024 is the municipal year 2024/25 (1 May 2024 to 30 April 2025);\n"
	    "without a period, all.  One row per group (--by, default committee)\n"
	    "and a last row 'all', with the columns group, made, responded,\n"
	    "accepted, accepted_in_principle, partially_accepted, rejected, noted,\n"
	    "pct_accepted, on_time, pct_on_time, median_days_to_respond, complete,\n"
	    "not_implemented, superseded, pct_implemented, open, overdue.\n"
	    "Responses and states are as of --as-of (default today).  A\n"
	    "recommendation with parts counts through its parts.  --format html is\n"
	    "one self-contained page with the table and charts.\n",
	.opts = stats_opts,
	.db = RT_CMD_READ,
	.exec = stats_exec,
};

static const struct rt_opt chase_opts[] = {
	{"committee", RT_OPT_VALUE}, {"lead", RT_OPT_VALUE},
	{"within", RT_OPT_VALUE}, {"as-of", RT_OPT_VALUE},
	{"format", RT_OPT_VALUE}, {"no-formula-guard", RT_OPT_FLAG}, {NULL, 0}
};

const struct rt_cmd rt_cmd_chase = {
	.name = "chase",
	.args = "[--committee SLUG] [--lead NAME] [--within DAYS] "
	    "[--as-of DATE] [--format F]",
	.summary = "what each lead owes: overdue and soon due",
	.help =
	    "Lists, per lead, responses overdue, and updates, targets and actions\n"
	    "overdue or due within --within days (default 14) of --as-of (default\n"
	    "today): lead, kind, id, committee, item, number, text, due, days (days\n"
	    "negative when overdue), by lead then due date.  Closed and paused\n"
	    "recommendations and closed actions are never chased.  --format\n"
	    "markdown is one section per lead, ready to paste into an email.\n",
	.opts = chase_opts,
	.db = RT_CMD_READ,
	.exec = chase_exec,
};

static const struct rt_opt calendar_opts[] = {
	{"committee", RT_OPT_VALUE}, {"as-of", RT_OPT_VALUE}, {NULL, 0}
};

const struct rt_cmd rt_cmd_calendar = {
	.name = "calendar",
	.args = "[--committee SLUG] [--as-of DATE]",
	.summary = "iCalendar (RFC 5545) of meetings and deadlines on stdout",
	.help =
	    "One all-day event per meeting, and per deadline still owed as of\n"
	    "--as-of (default today): response due, update due, target and action\n"
	    "due.  Each has a stable UID (meeting-12@rectrack, response-due-40@...),\n"
	    "so a calendar subscribed to a nightly file updates in place; a met\n"
	    "deadline leaves it.  DTSTAMP is the as-of date: two runs on the same\n"
	    "data give the same bytes.\n",
	.opts = calendar_opts,
	.db = RT_CMD_READ,
	.exec = calendar_exec,
};
