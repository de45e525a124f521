/*
 * cmd-publish.c - publish: the static public site and its open data.
 *
 * "publish DIR" writes what residents, councillors and open-data users
 * read: index.html (the committees with their figures), c/SLUG.html (a
 * committee's recommendations by meeting and item, and its actions),
 * r/ID.html (one recommendation's whole story) and data/ (the export's
 * CSVs, a JSON of each, datapackage.json describing them in the
 * Frictionless Data Package format, and SHA256SUMS).  Pages need no
 * script and load nothing from elsewhere: the stylesheet is written into
 * each (share/site.css), links are relative, so the folder can be served
 * by any web server, copied to a CDN, or opened from disk.
 *
 * A site is replaced whole.  Everything is written into a hidden sibling
 * of DIR, made with mkdir (which, like O_EXCL, fails on anything already
 * there, a symbolic link included) and filled through its directory
 * descriptor with O_EXCL|O_NOFOLLOW; then the new tree and DIR are
 * exchanged by one renameat2(RENAME_EXCHANGE) and the old tree removed,
 * or, when there was no DIR, the new one is renamed into place.  A web
 * server serving DIR sees the old site or the new one, never a mixture;
 * a publish that fails removes its sibling and leaves DIR as it was.
 *
 * Everything is read in one read transaction (a snapshot), as of one
 * date, with --committee choices applied by TEMP views that shadow the
 * tables (sql/publish/select.sql), so the site and its data agree.  The
 * pages carry no time but the as-of date: two publishes of the same
 * database give the same bytes.  Only reading: a read-only file will do.
 *
 * Every stored text goes through the output engine's HTML encoder
 * (rt_doc_text); the program writes only its own markup raw.  Every word
 * of the vocabulary (decisions, statuses, states) is shown through
 * label(), and whether a row is closed or overdue comes from the state
 * views' columns, never from a list of words.
 */
#define _GNU_SOURCE	/* renameat2, syncfs */
#include <sys/stat.h>
#include <sys/types.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rectrack/cmd.h"
#include "rectrack/vocab.h"
#include "rectrack/date.h"
#include "rectrack/export.h"
#include "rectrack/model.h"
#include "rectrack/sha256.h"
#include "rectrack/sqlfiles.h"
#include "rectrack/util.h"

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif
#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)
#endif

/* One publish run. */
struct site {
	struct rt_ctx *ctx;
	struct rt_err *e;
	char as_of[RT_DATE_LEN];	/* every state as of this date */
	int root;			/* the new tree (descriptor), or -1 */
	int sub[3];			/* its c/, r/ and data/ */
	struct rt_buf sums;		/* SHA256SUMS of data/, as written */
};

enum { SUB_C, SUB_R, SUB_DATA };
static const char *const subdirs[3] = {"c", "r", "data"};

/*
 * The one place a decision, status or state word becomes what a reader
 * sees: the database's own labels (vocab add --label) over the built-in
 * ones ("partially-accepted" is "Partially Accepted").  Loaded once a
 * run, by publish_exec.
 */
static struct rt_labels site_labels;

static const char *
label(const char *word, char out[64])
{
	if (strcmp(word, "awaiting-response") == 0)
		return "Awaiting response";
	return rt_state_label(&site_labels, word, NULL, out, 64);
}

/* 2025-03-14 -> 14 March 2025; anything else as it is. */
static const char *
long_date(const char *iso, char out[32])
{
	static const char *const mon[] = {"January", "February", "March",
	    "April", "May", "June", "July", "August", "September", "October",
	    "November", "December"};
	int m;

	if (iso == NULL || !rt_date_is_iso(iso)) {
		snprintf(out, 32, "%s", iso ? iso : "");
		return out;
	}
	m = (iso[5] - '0') * 10 + (iso[6] - '0');
	snprintf(out, 32, "%d %s %.4s", (iso[8] - '0') * 10 + (iso[9] - '0'),
	    mon[m - 1], iso);
	return out;
}

/*
 * The collation "natural_order": runs of digits compare as numbers, the
 * rest byte by byte ignoring ASCII case, so R2 < R10, 3.2 < 3.10, 3 < 3a < 4.
 */
static int
natural_cmp(void *arg, int na, const void *pa, int nb, const void *pb)
{
	const unsigned char *a = pa, *b = pb, *ea = a + na, *eb = b + nb;

	(void)arg;
	while (a < ea && b < eb) {
		if (*a >= '0' && *a <= '9' && *b >= '0' && *b <= '9') {
			const unsigned char *sa, *sb;
			size_t la, lb;

			while (a < ea - 1 && *a == '0' && a[1] >= '0' && a[1] <= '9')
				a++;
			while (b < eb - 1 && *b == '0' && b[1] >= '0' && b[1] <= '9')
				b++;
			for (sa = a; a < ea && *a >= '0' && *a <= '9'; a++)
				;
			for (sb = b; b < eb && *b >= '0' && *b <= '9'; b++)
				;
			la = (size_t)(a - sa);
			lb = (size_t)(b - sb);
			if (la != lb)
				return la < lb ? -1 : 1;
			if (memcmp(sa, sb, la) != 0)
				return memcmp(sa, sb, la) < 0 ? -1 : 1;
			continue;
		} else {
			int ca = *a, cb = *b;

			if (ca >= 'A' && ca <= 'Z')
				ca += 'a' - 'A';
			if (cb >= 'A' && cb <= 'Z')
				cb += 'a' - 'A';
			if (ca != cb)
				return ca < cb ? -1 : 1;
			a++;
			b++;
		}
	}
	if (a < ea || b < eb)
		return a < ea ? 1 : -1;
	return na == nb ? memcmp(pa, pb, (size_t)na) : na < nb ? -1 : 1;
}

static int
prepare(struct site *s, enum rt_sql_id id, sqlite3_stmt **st)
{
	return rt_db_prepare_sql(&s->ctx->db, id, st, s->e);
}

/* Create name in directory fd, which must not exist, for writing. */
static FILE *
create_at(struct site *s, int fd, const char *name)
{
	FILE *fp;
	int f;

	f = openat(fd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
	    0666);
	if (f < 0) {
		rt_error(s->e, RT_FAIL, "publish: cannot create %s: %s", name,
		    strerror(errno));
		return NULL;
	}
	if ((fp = fdopen(f, "w")) == NULL) {
		rt_error(s->e, RT_FAIL, "publish: %s: %s", name, strerror(errno));
		close(f);
	}
	return fp;
}

static int
close_file(struct site *s, FILE *fp, const char *name, int rc)
{
	int bad = fflush(fp) != 0 || ferror(fp);
	int saved = errno;

	if (fclose(fp) != 0 && !bad) {
		bad = 1;
		saved = errno;
	}
	if (bad && rc == RT_OK)
		rc = rt_error(s->e, RT_FAIL, "publish: %s: %s", name,
		    strerror(saved != 0 ? saved : EIO));
	return rc;
}

/* ---- pages ---- */

/* A page being written: its file and the document over it. */
struct page {
	FILE *fp;
	struct rt_doc *d;
	const char *name;	/* for messages */
};

/*
 * Begin a page: the head with the stylesheet, a skip link, the
 * breadcrumb (up: "" at the top, "../" below), and <main>.  The title is
 * the program's words and, after them, stored text.
 */
static int
page_begin(struct site *s, struct page *p, int dir, const char *name,
    const char *up, const char *title_words, const char *title_text)
{
	p->name = name;
	if ((p->fp = create_at(s, dir, name)) == NULL)
		return s->e->code;
	if ((p->d = rt_doc_new(RT_DOC_HTML, rt_out_fwrite, p->fp)) == NULL) {
		fclose(p->fp);
		return rt_error(s->e, RT_FAIL, "out of memory");
	}
	rt_doc_raw(p->d, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n"
	    "<link rel=\"icon\" href=\"data:,\">\n<title>");
	rt_doc_raw(p->d, title_words);
	if (title_text != NULL)
		rt_doc_text(p->d, title_text);
	rt_doc_raw(p->d, "</title>\n<style>\n");
	rt_doc_raw(p->d, rt_share("site.css"));
	rt_doc_raw(p->d, "</style>\n</head>\n<body>\n"
	    "<a class=\"skip\" href=\"#main\">Skip to content</a>\n"
	    "<header class=\"site\"><p class=\"site-name\">");
	rt_doc_rawf(p->d, "<a href=\"%sindex.html\">Recommendations tracker</a>",
	    up);
	rt_doc_raw(p->d, "</p></header>\n<main id=\"main\">\n");
	return RT_OK;
}

static int
page_end(struct site *s, struct page *p, const char *up, int rc)
{
	char d[32];
	struct rt_err w;

	rt_doc_rawf(p->d, "</main>\n<footer class=\"site\"><p>As of %s. "
	    "Open data: <a href=\"%sdata/datapackage.json\">data package</a> "
	    "(CSV and JSON of every table, in <a href=\"%sdata/index.html\">"
	    "data/</a>).</p></footer>\n</body>\n</html>\n",
	    long_date(s->as_of, d), up, up);
	rt_err_clear(&w);
	if (rt_doc_free(p->d, &w) != RT_OK && rc == RT_OK)
		rc = rt_error(s->e, RT_FAIL, "publish: %s: %s", p->name,
		    strncmp(w.msg, "write: ", 7) == 0 ? w.msg + 7 : w.msg);
	p->d = NULL;
	return close_file(s, p->fp, p->name, rc);
}

/* A state (or status), coloured by closed and overdue, always in words. */
static void
state_cell(struct rt_doc *d, const char *head, const char *state, int closed,
    int overdue)
{
	char l[64];

	rt_doc_rawf(d, "<td class=\"state %s\" data-label=\"%s\">"
	    "<span class=\"tag\">", closed ? "closed" : overdue ? "overdue" :
	    "open", head);
	rt_doc_text(d, label(state, l));
	if (overdue)
		rt_doc_raw(d, " (overdue)");
	else if (closed)
		rt_doc_raw(d, " (closed)");
	rt_doc_raw(d, "</span></td>");
}

/* A stored text as a block of paragraphs. */
static void
para(struct rt_doc *d, const char *text)
{
	rt_doc_raw(d, "<p>");
	rt_doc_text(d, text);
	rt_doc_raw(d, "</p>");
}

/* The key that says what the colours mean (they are never alone). */
static void
key(struct rt_doc *d)
{
	rt_doc_raw(d, "<p class=\"key\">Key: <span class=\"tag closed\">closed"
	    "</span> <span class=\"tag open\">open</span> <span class=\"tag "
	    "overdue\">overdue</span>; each row also says its state in words.</p>\n");
}

/* index.html */
static int
write_index(struct site *s)
{
	struct page p;
	sqlite3_stmt *st = NULL;
	char d[32];
	int rc, row, n = 0;

	if ((rc = page_begin(s, &p, s->root, "index.html", "",
	    "Recommendations tracker", NULL)) != RT_OK)
		return rc;
	rt_doc_rawf(p.d, "<h1>Recommendations tracker</h1>\n<p class=\"meta\">"
	    "What each committee recommended, what the answer was and the "
	    "progress since, as of %s.</p>\n", long_date(s->as_of, d));
	rt_doc_raw(p.d, "<h2>Committees</h2>\n");
	if ((rc = prepare(s, RT_SQL_PUBLISH_COMMITTEES, &st)) != RT_OK)
		goto out;
	while ((rc = rt_db_step(&s->ctx->db, st, &row, "publish", s->e)) == RT_OK
	    && row) {
		char kind[64];

		if (n++ == 0)
			rt_doc_raw(p.d, "<div class=\"scroll\"><table class=\"figures\">\n"
			    "<caption>Recommendations and actions of each committee"
			    "</caption>\n<thead><tr><th scope=\"col\">Committee</th>"
			    "<th scope=\"col\">Kind</th>"
			    "<th scope=\"col\" class=\"num\">Recommendations</th>"
			    "<th scope=\"col\" class=\"num\">Open</th>"
			    "<th scope=\"col\" class=\"num\">Overdue</th>"
			    "<th scope=\"col\" class=\"num\">Closed</th>"
			    "<th scope=\"col\" class=\"num\">Actions</th>"
			    "<th scope=\"col\" class=\"num\">Open actions</th>"
			    "<th scope=\"col\" class=\"num\">Overdue actions</th>"
			    "</tr></thead>\n<tbody>\n");
		rt_doc_raw(p.d, "<tr><th scope=\"row\"><a href=\"c/");
		rt_doc_text(p.d, rt_col(st, 1));
		rt_doc_raw(p.d, ".html\">");
		rt_doc_text(p.d, rt_col(st, 2));
		rt_doc_raw(p.d, "</a></th><td data-label=\"Kind\">");
		rt_doc_text(p.d, label(rt_col(st, 3), kind));
		rt_doc_rawf(p.d, "</td><td class=\"num\" data-label=\"Recommendations\">"
		    "%lld</td><td class=\"num\" data-label=\"Open\">%lld</td>"
		    "<td class=\"num\" data-label=\"Overdue\">%lld</td>"
		    "<td class=\"num\" data-label=\"Closed\">%lld</td>"
		    "<td class=\"num\" data-label=\"Actions\">%lld</td>"
		    "<td class=\"num\" data-label=\"Open actions\">%lld</td>"
		    "<td class=\"num\" data-label=\"Overdue actions\">%lld</td></tr>\n",
		    (long long)sqlite3_column_int64(st, 6),
		    (long long)sqlite3_column_int64(st, 7),
		    (long long)sqlite3_column_int64(st, 8),
		    (long long)sqlite3_column_int64(st, 9),
		    (long long)sqlite3_column_int64(st, 10),
		    (long long)sqlite3_column_int64(st, 11),
		    (long long)sqlite3_column_int64(st, 12));
	}
	if (rc == RT_OK)
		rt_doc_raw(p.d, n > 0 ? "</tbody>\n</table></div>\n" :
		    "<p>There are no committees.</p>\n");
	rt_doc_raw(p.d, "<h2>Open data</h2>\n<p>Every table as CSV and JSON, "
	    "described by a <a href=\"data/datapackage.json\">Frictionless data "
	    "package</a>: see <a href=\"data/index.html\">the data files</a>.</p>\n");
out:
	sqlite3_finalize(st);
	return page_end(s, &p, "", rc);
}

/* The recommendations of one committee, by meeting and item. */
static int
committee_recs(struct site *s, struct rt_doc *d, sqlite3_int64 id)
{
	sqlite3_stmt *st = NULL;
	sqlite3_int64 item = -1;
	char meeting[16] = "", l[64], dt[32];
	int rc, row, n = 0;

	if ((rc = prepare(s, RT_SQL_PUBLISH_RECS, &st)) != RT_OK)
		return rc;
	rt_bind_int(st, ":committee", id);
	rt_doc_raw(d, "<h2>Recommendations</h2>\n");
	key(d);
	while ((rc = rt_db_step(&s->ctx->db, st, &row, "publish", s->e)) == RT_OK
	    && row) {
		if (strcmp(meeting, rt_col(st, 1)) != 0 ||
		    sqlite3_column_int64(st, 3) != item) {
			if (n > 0)
				rt_doc_raw(d, "</tbody>\n</table></div>\n");
			if (strcmp(meeting, rt_col(st, 1)) != 0) {
				snprintf(meeting, sizeof meeting, "%s",
				    rt_col(st, 1));
				rt_doc_rawf(d, "<h3>Meeting of %s", long_date(meeting, dt));
				if (rt_has(st, 2)) {
					rt_doc_raw(d, ": ");
					rt_doc_text(d, rt_col(st, 2));
				}
				rt_doc_raw(d, "</h3>\n");
			}
			item = sqlite3_column_int64(st, 3);
			rt_doc_raw(d, "<h4>");
			if (rt_has(st, 5)) {
				rt_doc_raw(d, "Item ");
				rt_doc_text(d, rt_col(st, 5));
				rt_doc_raw(d, ": ");
			}
			rt_doc_text(d, rt_col(st, 4));
			rt_doc_raw(d, "</h4>\n<div class=\"scroll\"><table class=\"recs\">\n"
			    "<thead><tr><th scope=\"col\">No.</th>"
			    "<th scope=\"col\">Recommendation</th>"
			    "<th scope=\"col\">Leads</th><th scope=\"col\">Response</th>"
			    "<th scope=\"col\">State</th>"
			    "<th scope=\"col\">Next due</th></tr></thead>\n<tbody>\n");
		}
		n++;
		rt_doc_rawf(d, "<tr><th scope=\"row\"><a href=\"../r/%lld.html\">",
		    (long long)sqlite3_column_int64(st, 0));
		rt_doc_text(d, rt_col(st, 6));
		rt_doc_raw(d, "</a></th><td data-label=\"Recommendation\">");
		if (rt_has(st, 7)) {
			rt_doc_raw(d, "<strong>");
			rt_doc_text(d, rt_col(st, 7));
			rt_doc_raw(d, "</strong>");
		}
		para(d, rt_col(st, 8));
		rt_doc_raw(d, "</td><td data-label=\"Leads\">");
		rt_doc_text(d, rt_col(st, 9));
		rt_doc_raw(d, "</td><td data-label=\"Response\">");
		if (rt_has(st, 10)) {
			rt_doc_text(d, label(rt_col(st, 10), l));
			rt_doc_rawf(d, ", %s", long_date(rt_col(st, 11), dt));
		} else
			rt_doc_raw(d, "None yet");
		rt_doc_raw(d, "</td>");
		state_cell(d, "State", rt_col(st, 12),
		    sqlite3_column_int(st, 13), sqlite3_column_int(st, 14));
		rt_doc_raw(d, "<td data-label=\"Next due\">");
		if (sqlite3_column_int(st, 13))
			rt_doc_raw(d, "&#8212;");
		else if (!rt_has(st, 10) && rt_has(st, 15))
			rt_doc_rawf(d, "Response by %s",
			    long_date(rt_col(st, 15), dt));
		else if (rt_has(st, 16))
			rt_doc_rawf(d, "Update by %s",
			    long_date(rt_col(st, 16), dt));
		else
			rt_doc_raw(d, "&#8212;");
		rt_doc_raw(d, "</td></tr>\n");
	}
	if (rc == RT_OK)
		rt_doc_raw(d, n > 0 ? "</tbody>\n</table></div>\n" :
		    "<p>There are no recommendations.</p>\n");
	sqlite3_finalize(st);
	return rc;
}

/* An actions table's head; rec: the actions of a recommendation. */
static void
actions_head(struct rt_doc *d, int rec)
{
	rt_doc_rawf(d, "<div class=\"scroll\"><table class=\"actions\">\n"
	    "<thead><tr>%s<th scope=\"col\">Action</th>"
	    "<th scope=\"col\">Leads</th><th scope=\"col\">Due</th>"
	    "<th scope=\"col\">Status</th><th scope=\"col\">Latest update</th>"
	    "</tr></thead>\n<tbody>\n",
	    rec ? "" : "<th scope=\"col\">Meeting and item</th>");
}

/* The cells of one action from column c on: action, leads, due text,
 * due date, status, closed, overdue, last update date, last update. */
static void
action_cells(struct rt_doc *d, sqlite3_stmt *st, int c)
{
	char dt[32];

	rt_doc_raw(d, "<td data-label=\"Action\">");
	para(d, rt_col(st, c));
	rt_doc_raw(d, "</td><td data-label=\"Leads\">");
	rt_doc_text(d, rt_col(st, c + 1));
	rt_doc_raw(d, "</td><td data-label=\"Due\">");
	if (rt_has(st, c + 2)) {
		rt_doc_text(d, rt_col(st, c + 2));
		if (rt_has(st, c + 3) &&
		    strcmp(rt_col(st, c + 2), rt_col(st, c + 3)) != 0)
			rt_doc_rawf(d, " (%s)",
			    long_date(rt_col(st, c + 3), dt));
	} else
		rt_doc_raw(d, "&#8212;");
	rt_doc_raw(d, "</td>");
	state_cell(d, "Status", rt_col(st, c + 4),
	    sqlite3_column_int(st, c + 5), sqlite3_column_int(st, c + 6));
	rt_doc_raw(d, "<td data-label=\"Latest update\">");
	if (rt_has(st, c + 7)) {
		rt_doc_rawf(d, "<span class=\"date\">%s</span>",
		    long_date(rt_col(st, c + 7), dt));
		if (rt_has(st, c + 8))
			para(d, rt_col(st, c + 8));
	} else
		rt_doc_raw(d, "None yet");
	rt_doc_raw(d, "</td></tr>\n");
}

static int
committee_actions(struct site *s, struct rt_doc *d, sqlite3_int64 id)
{
	sqlite3_stmt *st = NULL;
	char dt[32];
	int rc, row, n = 0;

	if ((rc = prepare(s, RT_SQL_PUBLISH_ITEM_ACTIONS, &st)) != RT_OK)
		return rc;
	rt_bind_int(st, ":committee", id);
	rt_doc_raw(d, "<h2>Actions</h2>\n");
	while ((rc = rt_db_step(&s->ctx->db, st, &row, "publish", s->e)) == RT_OK
	    && row) {
		if (n++ == 0)
			actions_head(d, 0);
		rt_doc_rawf(d, "<tr><th scope=\"row\">%s: ",
		    long_date(rt_col(st, 1), dt));
		rt_doc_text(d, rt_col(st, 2));
		rt_doc_raw(d, "</th>");
		action_cells(d, st, 3);
	}
	if (rc == RT_OK)
		rt_doc_raw(d, n > 0 ? "</tbody>\n</table></div>\n" :
		    "<p>There are no actions of agenda items. The actions of a "
		    "recommendation are on its page.</p>\n");
	sqlite3_finalize(st);
	return rc;
}

/* c/SLUG.html for each committee. */
static int
write_committees(struct site *s)
{
	sqlite3_stmt *st = NULL;
	int rc, row;

	if ((rc = prepare(s, RT_SQL_PUBLISH_COMMITTEES, &st)) != RT_OK)
		return rc;
	while ((rc = rt_db_step(&s->ctx->db, st, &row, "publish", s->e)) == RT_OK
	    && row) {
		struct page p;
		char name[80], kind[64];

		snprintf(name, sizeof name, "%s.html", rt_col(st, 1));
		if ((rc = page_begin(s, &p, s->sub[SUB_C], name, "../", "",
		    rt_col(st, 2))) != RT_OK)
			break;
		rt_doc_raw(p.d, "<nav class=\"crumbs\" aria-label=\"Breadcrumb\">"
		    "<a href=\"../index.html\">All committees</a></nav>\n<h1>");
		rt_doc_text(p.d, rt_col(st, 2));
		rt_doc_raw(p.d, "</h1>\n<dl class=\"facts\"><dt>Kind</dt><dd>");
		rt_doc_text(p.d, label(rt_col(st, 3), kind));
		rt_doc_raw(p.d, "</dd>");
		if (rt_has(st, 4)) {
			rt_doc_raw(p.d, "<dt>Chair</dt><dd>");
			rt_doc_text(p.d, rt_col(st, 4));
			rt_doc_raw(p.d, "</dd>");
		}
		if (rt_has(st, 5)) {
			rt_doc_raw(p.d, "<dt>Officer</dt><dd>");
			rt_doc_text(p.d, rt_col(st, 5));
			rt_doc_raw(p.d, "</dd>");
		}
		rt_doc_rawf(p.d, "<dt>Recommendations</dt><dd>%lld: %lld open "
		    "(%lld overdue), %lld closed</dd><dt>Actions</dt><dd>%lld: "
		    "%lld open (%lld overdue)</dd></dl>\n",
		    (long long)sqlite3_column_int64(st, 6),
		    (long long)sqlite3_column_int64(st, 7),
		    (long long)sqlite3_column_int64(st, 8),
		    (long long)sqlite3_column_int64(st, 9),
		    (long long)sqlite3_column_int64(st, 10),
		    (long long)sqlite3_column_int64(st, 11),
		    (long long)sqlite3_column_int64(st, 12));
		rc = committee_recs(s, p.d, sqlite3_column_int64(st, 0));
		if (rc == RT_OK)
			rc = committee_actions(s, p.d, sqlite3_column_int64(st, 0));
		if ((rc = page_end(s, &p, "../", rc)) != RT_OK)
			break;
	}
	sqlite3_finalize(st);
	return rc;
}

/*
 * The statements of a recommendation's story, prepared once for all the
 * pages (compiling action_state for each page was half of a publish).
 */
struct story {
	sqlite3_stmt *responses, *updates, *actions;
};

/*
 * The responses, updates and actions of one recommendation's page: page
 * is the row of rec_pages.sql (its id, then its committee, meeting and
 * item ids in columns 18-20).
 */
static int
rec_story(struct site *s, struct rt_doc *d, struct story *y,
    sqlite3_stmt *page)
{
	sqlite3_int64 id = sqlite3_column_int64(page, 0);
	sqlite3_stmt *st = y->responses;
	char dt[32], l[64];
	int rc, row, n = 0;

	rt_bind_int(st, ":id", id);
	rt_doc_raw(d, "<h2>Response</h2>\n");
	while ((rc = rt_db_step(&s->ctx->db, st, &row, "publish", s->e)) == RT_OK
	    && row) {
		if (n++ == 0)
			rt_doc_raw(d, "<ol class=\"story\">\n");
		rt_doc_rawf(d, "<li><p class=\"when\"><span class=\"date\">%s"
		    "</span>: <strong>", long_date(rt_col(st, 0), dt));
		rt_doc_text(d, label(rt_col(st, 1), l));
		rt_doc_raw(d, "</strong></p>");
		if (rt_has(st, 2))
			para(d, rt_col(st, 2));
		rt_doc_raw(d, "</li>\n");
	}
	sqlite3_reset(st);
	if (rc != RT_OK)
		return rc;
	rt_doc_raw(d, n > 0 ? (n > 1 ? "</ol>\n<p class=\"meta\">The last "
	    "response is the current one; the earlier ones were amended.</p>\n" :
	    "</ol>\n") : "<p>No response yet.</p>\n");

	st = y->updates;
	rt_bind_int(st, ":id", id);
	rt_doc_raw(d, "<h2>Progress updates</h2>\n");
	n = 0;
	while ((rc = rt_db_step(&s->ctx->db, st, &row, "publish", s->e)) == RT_OK
	    && row) {
		if (n++ == 0)
			rt_doc_raw(d, "<div class=\"scroll\"><table class=\"updates\">\n"
			    "<thead><tr><th scope=\"col\">Date</th>"
			    "<th scope=\"col\">Status</th><th scope=\"col\">Update</th>"
			    "<th scope=\"col\">Next update due</th></tr></thead>\n"
			    "<tbody>\n");
		rt_doc_rawf(d, "<tr><th scope=\"row\">%s</th><td data-label=\"Status\">",
		    long_date(rt_col(st, 0), dt));
		rt_doc_text(d, label(rt_col(st, 1), l));
		rt_doc_raw(d, "</td><td data-label=\"Update\">");
		if (rt_has(st, 2))
			para(d, rt_col(st, 2));
		rt_doc_rawf(d, "</td><td data-label=\"Next update due\">%s</td></tr>\n",
		    rt_has(st, 3) ? long_date(rt_col(st, 3), dt) : "&#8212;");
	}
	sqlite3_reset(st);
	if (rc != RT_OK)
		return rc;
	rt_doc_raw(d, n > 0 ? "</tbody>\n</table></div>\n" :
	    "<p>No progress update yet.</p>\n");

	st = y->actions;
	rt_bind_int(st, ":id", id);
	rt_bind_int(st, ":committee_id", sqlite3_column_int64(page, 18));
	rt_bind_int(st, ":meeting_id", sqlite3_column_int64(page, 19));
	rt_bind_int(st, ":item_id", sqlite3_column_int64(page, 20));
	n = 0;
	while ((rc = rt_db_step(&s->ctx->db, st, &row, "publish", s->e)) == RT_OK
	    && row) {
		if (n++ == 0) {
			rt_doc_raw(d, "<h2>Actions</h2>\n");
			actions_head(d, 1);
		}
		rt_doc_raw(d, "<tr>");
		action_cells(d, st, 1);
	}
	if (rc == RT_OK && n > 0)
		rt_doc_raw(d, "</tbody>\n</table></div>\n");
	sqlite3_reset(st);
	return rc;
}

/* r/ID.html for each recommendation. */
static int
write_recs(struct site *s)
{
	struct story y = {NULL, NULL, NULL};
	sqlite3_stmt *st = NULL;
	int rc, row;

	if ((rc = prepare(s, RT_SQL_PUBLISH_REC_RESPONSES, &y.responses))
	    != RT_OK ||
	    (rc = prepare(s, RT_SQL_PUBLISH_REC_UPDATES, &y.updates)) != RT_OK ||
	    (rc = prepare(s, RT_SQL_PUBLISH_REC_ACTIONS, &y.actions)) != RT_OK ||
	    (rc = prepare(s, RT_SQL_PUBLISH_REC_PAGES, &st)) != RT_OK)
		goto out;
	while ((rc = rt_db_step(&s->ctx->db, st, &row, "publish", s->e)) == RT_OK
	    && row) {
		struct page p;
		char name[40], dt[32], l[64];
		int closed = sqlite3_column_int(st, 14);
		int overdue = sqlite3_column_int(st, 15);

		snprintf(name, sizeof name, "%lld.html",
		    (long long)sqlite3_column_int64(st, 0));
		if ((rc = page_begin(s, &p, s->sub[SUB_R], name, "../",
		    "Recommendation ", rt_col(st, 7))) != RT_OK)
			break;
		rt_doc_raw(p.d, "<nav class=\"crumbs\" aria-label=\"Breadcrumb\">"
		    "<a href=\"../index.html\">All committees</a> &#8250; "
		    "<a href=\"../c/");
		rt_doc_text(p.d, rt_col(st, 1));
		rt_doc_raw(p.d, ".html\">");
		rt_doc_text(p.d, rt_col(st, 2));
		rt_doc_raw(p.d, "</a></nav>\n<h1>Recommendation ");
		rt_doc_text(p.d, rt_col(st, 7));
		if (rt_has(st, 8)) {
			rt_doc_raw(p.d, ": ");
			rt_doc_text(p.d, rt_col(st, 8));
		}
		rt_doc_raw(p.d, "</h1>\n<dl class=\"facts\"><dt>Committee</dt><dd>");
		rt_doc_text(p.d, rt_col(st, 2));
		rt_doc_rawf(p.d, "</dd><dt>Meeting</dt><dd>%s",
		    long_date(rt_col(st, 3), dt));
		if (rt_has(st, 4)) {
			rt_doc_raw(p.d, ": ");
			rt_doc_text(p.d, rt_col(st, 4));
		}
		rt_doc_raw(p.d, "</dd><dt>Item</dt><dd>");
		if (rt_has(st, 6)) {
			rt_doc_text(p.d, rt_col(st, 6));
			rt_doc_raw(p.d, ": ");
		}
		rt_doc_text(p.d, rt_col(st, 5));
		rt_doc_raw(p.d, "</dd><dt>Leads</dt><dd>");
		if (rt_has(st, 10))
			rt_doc_text(p.d, rt_col(st, 10));
		else
			rt_doc_raw(p.d, "None named");
		rt_doc_rawf(p.d, "</dd><dt>State</dt><dd><span class=\"tag %s\">",
		    closed ? "closed" : overdue ? "overdue" : "open");
		rt_doc_text(p.d, label(rt_col(st, 13), l));
		rt_doc_raw(p.d, overdue ? " (overdue)" : closed ? " (closed)" : "");
		rt_doc_raw(p.d, "</span></dd>");
		if (rt_has(st, 11)) {
			rt_doc_raw(p.d, "<dt>Decision</dt><dd>");
			rt_doc_text(p.d, label(rt_col(st, 11), l));
			rt_doc_rawf(p.d, ", %s</dd>",
			    long_date(rt_col(st, 12), dt));
		} else if (rt_has(st, 16))
			rt_doc_rawf(p.d, "<dt>Response due</dt><dd>%s</dd>",
			    long_date(rt_col(st, 16), dt));
		if (!closed && rt_has(st, 11) && rt_has(st, 17))
			rt_doc_rawf(p.d, "<dt>Next update due</dt><dd>%s</dd>",
			    long_date(rt_col(st, 17), dt));
		rt_doc_raw(p.d, "</dl>\n<h2>What the committee recommended</h2>\n"
		    "<div class=\"text\">");
		para(p.d, rt_col(st, 9));
		rt_doc_raw(p.d, "</div>\n");
		rc = rec_story(s, p.d, &y, st);
		if ((rc = page_end(s, &p, "../", rc)) != RT_OK)
			break;
	}
out:
	sqlite3_finalize(st);
	sqlite3_finalize(y.responses);
	sqlite3_finalize(y.updates);
	sqlite3_finalize(y.actions);
	return rc;
}

/* ---- data/ ---- */

/* Write one data file with the export's own code, and note its sum. */
static int
write_data(struct site *s, const char *table, enum rt_fmt fmt,
    unsigned long long *bytes, char sha[65])
{
	struct rt_err w;
	char name[80];
	FILE *fp;
	int rc;

	snprintf(name, sizeof name, "%s.%s", table, fmt == RT_FMT_JSON ? "json" :
	    "csv");
	if ((fp = create_at(s, s->sub[SUB_DATA], name)) == NULL)
		return s->e->code;
	rt_err_clear(&w);
	rc = rt_export_write(s->ctx, table, s->as_of, fmt, fp, name, NULL, bytes,
	    sha, &w);
	if (rc != RT_OK)
		rt_error(s->e, rc, "publish: data/%s", w.msg + (strncmp(w.msg,
		    "export: ", 8) == 0 ? 8 : 0));
	rc = close_file(s, fp, name, rc);
	if (rc == RT_OK)
		rt_buf_printf(&s->sums, "%s  %s\n", sha, name);
	return rc;
}

/* Write a text made in memory to data/NAME, and note its sum. */
static int
write_text(struct site *s, int dir, const char *name, const struct rt_buf *b,
    int sum)
{
	struct rt_sha256 h;
	char sha[65];
	FILE *fp;
	int rc = RT_OK;

	if (b->oom)
		return rt_error(s->e, RT_FAIL, "out of memory");
	if ((fp = create_at(s, dir, name)) == NULL)
		return s->e->code;
	if (b->len > 0 && fwrite(b->s, 1, b->len, fp) != b->len)
		rc = rt_error(s->e, RT_FAIL, "publish: %s: %s", name,
		    strerror(errno != 0 ? errno : EIO));
	rc = close_file(s, fp, name, rc);
	if (rc == RT_OK && sum) {
		rt_sha256_init(&h);
		rt_sha256_update(&h, b->s, b->len);
		rt_sha256_hex(&h, sha);
		rt_buf_printf(&s->sums, "%s  %s\n", sha, name);
	}
	return rc;
}

static int
is_date_name(const char *n)
{
	size_t k = strlen(n);

	return strcmp(n, "date") == 0 || strcmp(n, "due") == 0 ||
	    strcmp(n, "as_of") == 0 ||
	    (k > 5 && strcmp(n + k - 5, "_date") == 0) ||
	    (k > 4 && strcmp(n + k - 4, "_due") == 0) ||
	    (k > 3 && strcmp(n + k - 3, "_on") == 0);
}

/*
 * The Frictionless type of each column of a table's export, in order:
 * the declared type where SQLite knows it (INTEGER, REAL), else what
 * every value is (integers; numbers; ISO dates, for a column named as a
 * date); "string" otherwise.
 */
static int
field_types(struct site *s, const char *table, const char ***types,
    char ***names, int *ncol)
{
	sqlite3_stmt *st = NULL;
	enum rt_sql_id id;
	int rc, row, i, n;
	int *nint = NULL, *nreal = NULL, *ntext = NULL, *ndate = NULL;

	if (!rt_export_sql(table, &id))
		return rt_error(s->e, RT_FAIL, "publish: no table '%s'", table);
	if ((rc = prepare(s, id, &st)) != RT_OK)
		return rc;
	rt_bind_text(st, ":as_of", s->as_of);
	n = sqlite3_column_count(st);
	*ncol = n;
	*types = rt_malloc(sizeof **types * (size_t)(n + 1));
	*names = rt_malloc(sizeof **names * (size_t)(n + 1));
	nint = rt_malloc(sizeof *nint * (size_t)(n + 1) * 4);
	if (*types == NULL || *names == NULL || nint == NULL) {
		rc = rt_error(s->e, RT_FAIL, "out of memory");
		goto out;
	}
	memset(nint, 0, sizeof *nint * (size_t)(n + 1) * 4);
	nreal = nint + n + 1;
	ntext = nreal + n + 1;
	ndate = ntext + n + 1;
	for (i = 0; i < n; i++)
		(*names)[i] = NULL;
	for (i = 0; i < n; i++)
		if (((*names)[i] = rt_strdup(sqlite3_column_name(st, i))) == NULL) {
			rc = rt_error(s->e, RT_FAIL, "out of memory");
			goto out;
		}
	while ((rc = rt_db_step(&s->ctx->db, st, &row, "publish", s->e)) == RT_OK
	    && row)
		for (i = 0; i < n; i++)
			switch (sqlite3_column_type(st, i)) {
			case SQLITE_INTEGER:
				nint[i]++;
				break;
			case SQLITE_FLOAT:
				nreal[i]++;
				break;
			case SQLITE_NULL:
				break;
			default:
				ntext[i]++;
				if (rt_date_is_iso(rt_col(st, i)))
					ndate[i]++;
			}
	if (rc != RT_OK)
		goto out;
	for (i = 0; i < n; i++) {
		const char *decl = sqlite3_column_decltype(st, i);

		if (decl != NULL && strstr(decl, "INT") != NULL && ntext[i] == 0 &&
		    nreal[i] == 0)
			(*types)[i] = "integer";
		else if (decl != NULL && strstr(decl, "REAL") != NULL && ntext[i] == 0)
			(*types)[i] = "number";
		else if (ntext[i] == 0 && nreal[i] == 0 && nint[i] > 0)
			(*types)[i] = "integer";
		else if (ntext[i] == 0 && nreal[i] > 0)
			(*types)[i] = "number";
		else if (ntext[i] > 0 && ndate[i] == ntext[i] && nint[i] == 0 &&
		    nreal[i] == 0 && is_date_name((*names)[i]))
			(*types)[i] = "date";
		else if (ntext[i] == 0 && is_date_name((*names)[i]) &&
		    (decl == NULL || strstr(decl, "TEXT") != NULL))
			(*types)[i] = "date";
		else
			(*types)[i] = "string";
	}
out:
	rt_free(nint);
	sqlite3_finalize(st);
	return rc;
}

static void
names_free(char **names, int n)
{
	int i;

	if (names != NULL)
		for (i = 0; i < n; i++)
			rt_free(names[i]);
	rt_free(names);
}

static int
in_list(char **names, int n, const char *name)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(names[i], name) == 0)
			return 1;
	return 0;
}

/* Is table one of the export's (a resource of the package)? */
static int
is_resource(const char *table)
{
	int i;

	for (i = 0; rt_export_tables[i] != NULL; i++)
		if (strcmp(rt_export_tables[i], table) == 0)
			return 1;
	return 0;
}

/*
 * The primary key and the foreign keys of one resource, from the
 * database's own definition of the table of the same name (none for a
 * view or flat.csv); a key is written only when every field it names is
 * in the file and the table it points to is a resource of the package.
 */
static int
schema_keys(struct site *s, struct rt_buf *b, const char *table, char **names,
    int n)
{
	sqlite3_stmt *st = NULL;
	struct rt_buf pk = RT_BUF_INIT;
	int rc, row, npk = 0, ok = 1, nfk = 0;

	if ((rc = prepare(s, RT_SQL_PUBLISH_KEYS, &st)) != RT_OK)
		return rc;
	rt_bind_text(st, ":table", table);
	while ((rc = rt_db_step(&s->ctx->db, st, &row, "publish", s->e)) == RT_OK
	    && row) {
		if (!in_list(names, n, rt_col(st, 0)))
			ok = 0;
		rt_buf_puts(&pk, npk++ > 0 ? ", " : "");
		rt_out_json_str(&pk, rt_col(st, 0), strlen(rt_col(st, 0)));
	}
	sqlite3_finalize(st);
	st = NULL;
	if (rc != RT_OK)
		goto out;
	if (npk > 0 && ok)
		rt_buf_printf(b, ",\n        \"primaryKey\": [%s]", rt_buf_str(&pk));

	if ((rc = prepare(s, RT_SQL_PUBLISH_FOREIGN_KEYS, &st)) != RT_OK)
		goto out;
	rt_bind_text(st, ":table", table);
	while ((rc = rt_db_step(&s->ctx->db, st, &row, "publish", s->e)) == RT_OK
	    && row) {
		const char *from = rt_col(st, 1), *to = rt_col(st, 3),
		    *ref = rt_col(st, 2);

		/* One column per key here: the schema's keys are all single. */
		if (!in_list(names, n, from) || !is_resource(ref))
			continue;
		if (!rt_has(st, 3))
			to = "id";
		rt_buf_puts(b, nfk++ == 0 ? ",\n        \"foreignKeys\": [\n" :
		    ",\n");
		rt_buf_puts(b, "          {\"fields\": [");
		rt_out_json_str(b, from, strlen(from));
		rt_buf_puts(b, "], \"reference\": {\"resource\": ");
		rt_out_json_str(b, ref, strlen(ref));
		rt_buf_puts(b, ", \"fields\": [");
		rt_out_json_str(b, to, strlen(to));
		rt_buf_puts(b, "]}}");
	}
	if (rc == RT_OK && nfk > 0)
		rt_buf_puts(b, "\n        ]");
out:
	sqlite3_finalize(st);
	rt_buf_release(&pk);
	return rc;
}

/* One resource of datapackage.json: a CSV with its table schema. */
static int
resource(struct site *s, struct rt_buf *b, const char *table,
    unsigned long long bytes, const char *sha, int last)
{
	const char **types = NULL;
	char **names = NULL;
	int rc, i, n = 0;

	if ((rc = field_types(s, table, &types, &names, &n)) != RT_OK)
		goto out;
	rt_buf_puts(b, "    {\n      \"name\": ");
	rt_out_json_str(b, table, strlen(table));
	rt_buf_printf(b, ",\n      \"path\": \"%s.csv\",\n", table);
	rt_buf_puts(b, "      \"profile\": \"tabular-data-resource\",\n"
	    "      \"format\": \"csv\",\n      \"mediatype\": \"text/csv\",\n"
	    "      \"encoding\": \"utf-8\",\n");
	rt_buf_printf(b, "      \"bytes\": %llu,\n      \"hash\": \"sha256:%s\",\n",
	    bytes, sha);
	rt_buf_puts(b, "      \"dialect\": {\"delimiter\": \",\", "
	    "\"lineTerminator\": \"\\r\\n\", \"quoteChar\": \"\\\"\", "
	    "\"doubleQuote\": true, \"header\": true},\n"
	    "      \"schema\": {\n        \"fields\": [\n");
	for (i = 0; i < n; i++) {
		rt_buf_puts(b, "          {\"name\": ");
		rt_out_json_str(b, names[i], strlen(names[i]));
		rt_buf_printf(b, ", \"type\": \"%s\"}%s\n", types[i],
		    i + 1 < n ? "," : "");
	}
	rt_buf_puts(b, "        ],\n        \"missingValues\": [\"\"]");
	if ((rc = schema_keys(s, b, table, names, n)) != RT_OK)
		goto out;
	rt_buf_printf(b, "\n      }\n    }%s\n", last ? "" : ",");
out:
	rt_free(types);
	names_free(names, n);
	return rc;
}

/* data/: the CSVs and JSONs, datapackage.json, SHA256SUMS, an index. */
static int
write_data_dir(struct site *s)
{
	struct rt_buf pkg = RT_BUF_INIT, idx = RT_BUF_INIT;
	unsigned long long bytes, jbytes;
	char sha[65], jsha[65], d[32];
	int i, rc = RT_OK;

	rt_buf_puts(&pkg, "{\n  \"profile\": \"tabular-data-package\",\n"
	    "  \"name\": \"rectrack-recommendations\",\n"
	    "  \"title\": \"Recommendations tracker\",\n  \"as_of\": ");
	rt_out_json_str(&pkg, s->as_of, strlen(s->as_of));
	rt_buf_puts(&pkg, ",\n  \"description\": \"Committees, meetings, agenda "
	    "items, recommendations, responses, progress updates and actions; "
	    "states as of the as_of date.\",\n  \"resources\": [\n");
	for (i = 0; rt_export_tables[i] != NULL && rc == RT_OK; i++) {
		const char *t = rt_export_tables[i];

		rc = write_data(s, t, RT_FMT_CSV, &bytes, sha);
		if (rc == RT_OK)
			rc = write_data(s, t, RT_FMT_JSON, &jbytes, jsha);
		if (rc == RT_OK)
			rc = resource(s, &pkg, t, bytes, sha,
			    rt_export_tables[i + 1] == NULL);
	}
	rt_buf_puts(&pkg, "  ]\n}\n");
	if (rc == RT_OK)
		rc = write_text(s, s->sub[SUB_DATA], "datapackage.json", &pkg, 1);
	if (rc == RT_OK)
		rc = write_text(s, s->sub[SUB_DATA], "SHA256SUMS", &s->sums, 0);

	/* data/index.html: so that the folder can be browsed on any server. */
	if (rc == RT_OK) {
		struct page p;

		if ((rc = page_begin(s, &p, s->sub[SUB_DATA], "index.html", "../",
		    "Open data", NULL)) != RT_OK)
			goto out;
		rt_doc_rawf(p.d, "<nav class=\"crumbs\" aria-label=\"Breadcrumb\">"
		    "<a href=\"../index.html\">All committees</a></nav>\n"
		    "<h1>Open data</h1>\n<p>Every table of the tracker as of %s, "
		    "as CSV (RFC 4180, UTF-8, a header row; a text that begins "
		    "with =, +, -, @, a tab or a carriage return has a leading ' "
		    "so that no spreadsheet runs it) and as JSON (an array of "
		    "objects). <a href=\"datapackage.json\">datapackage.json</a> "
		    "describes each CSV (its fields, their types, its keys) as a "
		    "Frictionless data package; <a href=\"SHA256SUMS\">SHA256SUMS"
		    "</a> checks every file (sha256sum -c SHA256SUMS).</p>\n"
		    "<div class=\"scroll\"><table class=\"files\"><thead><tr>"
		    "<th scope=\"col\">Table</th><th scope=\"col\">CSV</th>"
		    "<th scope=\"col\">JSON</th></tr></thead>\n<tbody>\n",
		    long_date(s->as_of, d));
		for (i = 0; rt_export_tables[i] != NULL; i++)
			rt_doc_rawf(p.d, "<tr><th scope=\"row\">%s</th><td><a href="
			    "\"%s.csv\">%s.csv</a></td><td><a href=\"%s.json\">"
			    "%s.json</a></td></tr>\n", rt_export_tables[i],
			    rt_export_tables[i], rt_export_tables[i],
			    rt_export_tables[i], rt_export_tables[i]);
		rt_doc_raw(p.d, "</tbody></table></div>\n");
		rc = page_end(s, &p, "../", rc);
	}
out:
	rt_buf_release(&pkg);
	rt_buf_release(&idx);
	return rc;
}

/* ---- the tree ---- */

/* Remove what the directory entry name in dirfd holds, never following a
 * link: a directory with everything below it, or a file. */
static int
remove_tree(int dirfd, const char *name)
{
	DIR *dp;
	struct dirent *de;
	int fd, rc = 0;

	if (unlinkat(dirfd, name, 0) == 0)
		return 0;
	if (errno != EISDIR && errno != EPERM)
		return errno == ENOENT ? 0 : -1;
	fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return -1;
	if ((dp = fdopendir(fd)) == NULL) {
		close(fd);
		return -1;
	}
	while ((de = readdir(dp)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		if (remove_tree(fd, de->d_name) != 0)
			rc = -1;
	}
	closedir(dp);
	if (unlinkat(dirfd, name, AT_REMOVEDIR) != 0)
		rc = -1;
	return rc;
}

/*
 * Is DIR one we may replace?  Not a symbolic link, not a file (the
 * database is one), and not a folder that holds the database (it would
 * go with the old tree).  *exists receives whether it is there.
 */
/* Does the folder dir hold nothing?  (Unreadable counts as not empty.) */
static int
empty_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int empty = d != NULL;

	while (empty && (de = readdir(d)) != NULL)
		if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
			empty = 0;
	if (d != NULL)
		closedir(d);
	return empty;
}

static int
check_dir(struct site *s, const char *dir, const char *parent, int *exists,
    int *foreign)
{
	struct stat sd, sdb;
	char rdir[PATH_MAX], rdb[PATH_MAX], *slash;
	size_t n;

	*exists = *foreign = 0;
	if (lstat(dir, &sd) != 0) {
		if (errno != ENOENT)
			return rt_error(s->e, RT_USAGE, "publish: cannot use '%s': %s",
			    dir, strerror(errno));
		if (stat(parent, &sd) != 0 || !S_ISDIR(sd.st_mode))
			return rt_error(s->e, RT_USAGE, "publish: cannot use '%s': its "
			    "folder '%s' does not exist", dir, parent);
		return RT_OK;
	}
	if (stat(s->ctx->db_path, &sdb) == 0 && sd.st_dev == sdb.st_dev &&
	    sd.st_ino == sdb.st_ino)
		return rt_error(s->e, RT_USAGE, "publish: '%s' is the database",
		    dir);
	if (S_ISLNK(sd.st_mode))
		return rt_error(s->e, RT_USAGE, "publish: '%s' is a symbolic link "
		    "(give the folder it points to)", dir);
	if (!S_ISDIR(sd.st_mode))
		return rt_error(s->e, RT_USAGE, "publish: '%s' is not a directory",
		    dir);
	*exists = 1;
	/* The database's folder must not be DIR or below it. */
	if (realpath(dir, rdir) != NULL && realpath(s->ctx->db_path, rdb) != NULL) {
		if ((slash = strrchr(rdb, '/')) != NULL)
			*slash = '\0';
		n = strlen(rdir);
		if (strncmp(rdb, rdir, n) == 0 && (rdb[n] == '\0' || rdb[n] == '/' ||
		    strcmp(rdir, "/") == 0))
			return rt_error(s->e, RT_USAGE, "publish: '%s' holds the "
			    "database, which replacing it would remove", dir);
	}
	/*
	 * DIR is replaced whole.  When it holds anything but a site published
	 * before (its data/datapackage.json), say a mistyped path to somebody's
	 * documents, the old tree is kept beside it rather than removed.
	 */
	if (!empty_dir(dir)) {
		struct rt_buf pkg = RT_BUF_INIT;
		struct stat sp;

		rt_buf_printf(&pkg, "%s/data/datapackage.json", dir);
		*foreign = pkg.oom || lstat(rt_buf_str(&pkg), &sp) != 0 ||
		    !S_ISREG(sp.st_mode);
		rt_buf_release(&pkg);
	}
	return RT_OK;
}

/* Read the database into the open tree s->root. */
static int
build(struct site *s, const char *const *slugs, int nslugs)
{
	struct rt_db *db = &s->ctx->db;
	sqlite3_stmt *st = NULL;
	int rc, i;

	if ((rc = rt_db_exec(db, "BEGIN", s->e)) != RT_OK)
		return rc;
	if ((rc = rt_db_exec(db, rt_sql(RT_SQL_PUBLISH_SELECT_SELECTED),
	    s->e)) != RT_OK)
		goto out;
	if (nslugs == 0)
		rc = rt_db_exec(db, rt_sql(RT_SQL_PUBLISH_SELECT_SELECT_ALL),
		    s->e);
	else if ((rc = rt_db_prepare_sql(db, RT_SQL_PUBLISH_SELECT_SELECT_ONE,
	    &st, s->e)) == RT_OK) {
		for (i = 0; i < nslugs && rc == RT_OK; i++) {
			sqlite3_int64 id;

			if ((rc = rt_committee_id(db, slugs[i], &id,
			    s->e)) != RT_OK)
				break;
			sqlite3_reset(st);
			sqlite3_bind_int64(st, 1, id);
			rc = rt_db_step(db, st, NULL, "publish", s->e);
		}
		sqlite3_finalize(st);
	}
	if (rc == RT_OK)
		rc = rt_db_exec(db, rt_sql(RT_SQL_PUBLISH_SELECT_VIEWS), s->e);
	if (rc == RT_OK)
		rc = rt_db_as_of(db, s->as_of, s->e);
	if (rc == RT_OK)
		rc = write_index(s);
	if (rc == RT_OK)
		rc = write_committees(s);
	if (rc == RT_OK)
		rc = write_recs(s);
	if (rc == RT_OK)
		rc = write_data_dir(s);
out:
	if (rc == RT_OK)
		return rt_db_exec(db, "COMMIT", s->e);
	sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

static int
publish_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	struct site s;
	const char *const *slugs;
	const char *dir = a->pos[0], *base;
	char *parent = NULL, *tmp = NULL, *old = NULL, *d = NULL;
	int rc, i, n, nslugs, exists = 0, foreign = 0, made = 0;
	size_t len;

	memset(&s, 0, sizeof s);
	s.ctx = ctx;
	s.e = ctx->e;
	s.root = -1;
	for (i = 0; i < 3; i++)
		s.sub[i] = -1;
	slugs = rt_arg_all(a, "committee", &nslugs);
	if ((rc = rt_cmd_as_of(a, s.as_of, ctx->e)) != RT_OK)
		return rc;
	if (dir[0] == '\0')
		return rt_error(ctx->e, RT_USAGE, "publish: the folder is empty");
	if (sqlite3_create_collation_v2(ctx->db.h, "natural_order", SQLITE_UTF8,
	    NULL, natural_cmp, NULL) != SQLITE_OK)
		return rt_db_error(&ctx->db, "publish", ctx->e);

	/* DIR without trailing slashes, its folder, and its hidden siblings. */
	if ((d = rt_strdup(dir)) == NULL)
		return rt_error(ctx->e, RT_FAIL, "out of memory");
	for (len = strlen(d); len > 1 && d[len - 1] == '/'; len--)
		d[len - 1] = '\0';
	base = strrchr(d, '/') ? strrchr(d, '/') + 1 : d;
	if (strcmp(base, ".") == 0 || strcmp(base, "..") == 0 ||
	    strcmp(d, "/") == 0) {
		rc = rt_error(ctx->e, RT_USAGE, "publish: give the site's own folder, "
		    "not '%s'", dir);
		goto out;
	}
	{
		struct rt_buf p = RT_BUF_INIT, t = RT_BUF_INIT, o = RT_BUF_INIT;
		long pid = (long)getpid();

		if (base == d)
			rt_buf_puts(&p, ".");
		else
			rt_buf_add(&p, d, (size_t)(base - d - 1 > 0 ? base - d - 1 : 1));
		rt_buf_printf(&t, "%s/.%s.publish-%ld", rt_buf_str(&p), base, pid);
		rt_buf_printf(&o, "%s/.%s.old-%ld", rt_buf_str(&p), base, pid);
		if (p.oom || t.oom || o.oom) {
			rt_buf_release(&p);
			rt_buf_release(&t);
			rt_buf_release(&o);
			rc = rt_error(ctx->e, RT_FAIL, "out of memory");
			goto out;
		}
		parent = p.s;
		tmp = t.s;
		old = o.s;
	}
	if ((rc = check_dir(&s, d, parent, &exists, &foreign)) != RT_OK)
		goto out;

	/* The new tree: mkdir refuses anything already under that name. */
	if (mkdir(tmp, 0777) != 0) {
		rc = rt_error(ctx->e, RT_FAIL, "publish: cannot create '%s': %s", tmp,
		    strerror(errno));
		goto out;
	}
	made = 1;
	if ((s.root = open(tmp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC))
	    < 0) {
		rc = rt_error(ctx->e, RT_FAIL, "publish: cannot open '%s': %s", tmp,
		    strerror(errno));
		goto out;
	}
	for (i = 0; i < 3; i++)
		if (mkdirat(s.root, subdirs[i], 0777) != 0 ||
		    (s.sub[i] = openat(s.root, subdirs[i], O_RDONLY | O_DIRECTORY |
		    O_NOFOLLOW | O_CLOEXEC)) < 0) {
			rc = rt_error(ctx->e, RT_FAIL, "publish: %s/%s: %s", tmp,
			    subdirs[i], strerror(errno));
			goto out;
		}
	if ((rc = rt_labels_load(&ctx->db, &site_labels, ctx->e)) != RT_OK)
		goto out;
	rc = build(&s, slugs, nslugs);
	rt_labels_free(&site_labels);
	if (rc != RT_OK)
		goto out;
	if (s.sums.oom) {
		rc = rt_error(ctx->e, RT_FAIL, "out of memory");
		goto out;
	}

	/* On disk before anyone can see it. */
	if (syncfs(s.root) != 0) {
		rc = rt_error(ctx->e, RT_FAIL, "publish: %s: sync: %s", tmp,
		    strerror(errno));
		goto out;
	}

	/* The swap: one step, so that a server sees the old site or the new. */
	if (!exists)
		n = renameat2(AT_FDCWD, tmp, AT_FDCWD, d, RENAME_NOREPLACE);
	else
		n = renameat2(AT_FDCWD, tmp, AT_FDCWD, d, RENAME_EXCHANGE);
	if (n != 0 && (errno == EINVAL || errno == ENOSYS)) {
		/* A file system without exchange: the old one aside, the new in. */
		if (exists && rename(d, old) != 0)
			n = -1;
		else if ((n = rename(tmp, d)) != 0 && exists) {
			int saved = errno;

			rename(old, d);
			errno = saved;
		} else if (exists) {
			/* tmp is gone: the old tree is now under the old name. */
			rt_free(tmp);
			tmp = old;
			old = NULL;
		}
	}
	if (n != 0) {
		rc = rt_error(ctx->e, RT_FAIL, "publish: cannot put '%s' in place: %s",
		    dir, strerror(errno));
		goto out;
	}
	made = exists;	/* tmp now holds the old site, or nothing */
	if (exists && foreign) {
		/* Not a site: kept, under the old name when it can be. */
		if (old != NULL && rename(tmp, old) == 0) {
			rt_free(tmp);
			tmp = old;
			old = NULL;
		}
		made = 0;
		{
			struct rt_buf w = RT_BUF_INIT;

			rt_buf_printf(&w, "publish: '%s' held files that were not a "
			    "published site; they are kept in '%s'", dir, tmp);
			rt_err_print(stderr, "rectrack: warning: ", rt_buf_str(&w));
			rt_buf_release(&w);
		}
	}
	if (rt_sync_dir(d) != 0) {
		/* Renamed, yet not surely durable: say so, it is done. */
		rc = rt_error(ctx->e, RT_FAIL, "publish: %s: fsync: %s", parent,
		    strerror(errno));
	}
out:
	for (i = 0; i < 3; i++)
		if (s.sub[i] >= 0)
			close(s.sub[i]);
	if (s.root >= 0)
		close(s.root);
	if (made && tmp != NULL)
		remove_tree(AT_FDCWD, tmp);
	rt_buf_release(&s.sums);
	rt_free(parent);
	rt_free(tmp);
	rt_free(old);
	rt_free(d);
	return rc;
}

static const struct rt_opt opts[] = {
	{"committee", RT_OPT_MULTI}, {"as-of", RT_OPT_VALUE}, {NULL, 0}
};

const struct rt_cmd rt_cmd_publish = {
	.name = "publish",
	.args = "DIR [--committee SLUG]... [--as-of DATE]",
	.summary = "the static public site, with its open data",
	.help =
	    "Writes DIR/index.html (the committees with their figures), a page per\n"
	    "committee (c/SLUG.html: its recommendations by meeting and item, in\n"
	    "number order, and its actions) and per recommendation (r/ID.html: its\n"
	    "text, leads, every response and update, its actions), and DIR/data/:\n"
	    "the export's CSVs (as export --dir writes them), a JSON of each,\n"
	    "datapackage.json (a Frictionless data package: each CSV's fields,\n"
	    "types and keys) and SHA256SUMS.  States are as of --as-of (default\n"
	    "today); --committee (repeatable) publishes only those committees, in\n"
	    "the pages and in the data.\n"
	    "\n"
	    "The pages need no script and load nothing from elsewhere; links are\n"
	    "relative, so any web server (or a browser opening the files) serves\n"
	    "them.  The site is written beside DIR and swapped in whole, so a\n"
	    "server never serves half a site, and a failure leaves DIR as it was.\n"
	    "The same database and date give the same bytes.  DIR may not be a\n"
	    "symbolic link, nor hold the database.  Only reads the database.\n",
	.opts = opts,
	.minpos = 1, .maxpos = 1,
	.db = RT_CMD_READ,
	.exec = publish_exec,
	.whole = 1,
};
