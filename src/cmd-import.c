/*
 * cmd-import.c - import: bulk load from the flat CSV layout.
 *
 * The layout is public (README, "Export and import"): one row per update
 * of a recommendation, the recommendation's columns repeated.  Rows are
 * matched on natural keys (committee, meeting date, item, number; an update
 * is the same when its date, status and text are), so importing a file
 * twice changes nothing and an export's flat.csv imports back to the same
 * flat.csv.
 *
 * All or nothing: the whole file is one transaction (the dispatcher's).
 * Every problem of every row is reported, each as "FILE:LINE: column: why"
 * (LINE where the record starts), and the import goes on checking the
 * rest, so the officer fixes the spreadsheet once; then the command fails
 * with exit 3 and the transaction is rolled back.  One design for the
 * two kinds of line: the problems are a report, like a compiler's
 * diagnostics, printed here as they are found (the first MAX_REPORTED,
 * then "... and N more problems"); the failure itself travels the one
 * error path like any other command's, and main prints it last as the
 * closing "rectrack: import: N problems in M rows of 'FILE': nothing
 * imported".  --dry-run reports the same problems.
 *
 * Speed: the file is streamed (csv.c), every statement is prepared once,
 * and the last committee, meeting and item found are remembered, since
 * spreadsheets list a meeting's rows together.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "rectrack/bulk.h"
#include "rectrack/cmd.h"
#include "rectrack/export.h"
#include "rectrack/csv.h"
#include "rectrack/date.h"
#include "rectrack/input.h"
#include "rectrack/util.h"
#include "rectrack/model.h"
#include "rectrack/vocab.h"

#define MAX_REPORTED 100

/* The flat layout's columns, in the order export writes them. */
enum {
	F_COMMITTEE, F_MEETING_DATE, F_ITEM, F_REC_NUMBER, F_RECOMMENDATION,
	F_LEAD, F_RESPONSE_DATE, F_RESPONSE, F_RESPONSE_TEXT, F_UPDATE_DATE,
	F_UPDATE_STATUS, F_UPDATE_TEXT, F_UPDATE_DUE,
	/* Optional, not in flat.csv: what other bodies' trackers carry. */
	F_REC_TITLE, F_UPDATE_RAG, F_UPDATE_PERCENT, F_NCOLS
};

static const char *const colnames[F_NCOLS] = {
	"committee", "meeting_date", "item", "rec_number", "recommendation",
	"lead", "response_date", "response", "response_text", "update_date",
	"update_status", "update_text", "update_due", "rec_title", "update_rag",
	"update_percent"
};

/* Without these a row means nothing. */
static const int required[] = {F_COMMITTEE, F_MEETING_DATE, F_ITEM,
    F_REC_NUMBER, F_RECOMMENDATION};

enum {
	S_COMMITTEE_FIND, S_SLUG_TAKEN, S_COMMITTEE_ADD, S_MEETING_FIND, S_MEETING_ADD,
	S_ITEM_FIND, S_ITEM_ADD, S_REC_FIND, S_REC_ADD, S_LEAD_ADD,
	S_RESPONSE_CURRENT, S_RESPONSE_ADD, S_UPDATE_FIND, S_UPDATE_ADD, S_N
};

/* Their text in sql/import/statements.sql. */
static const enum rt_sql_id stmt_sql[S_N] = {
	RT_SQL_IMPORT_STATEMENTS_COMMITTEE_FIND,
	RT_SQL_IMPORT_STATEMENTS_SLUG_TAKEN,
	RT_SQL_IMPORT_STATEMENTS_COMMITTEE_ADD,
	RT_SQL_IMPORT_STATEMENTS_MEETING_FIND,
	RT_SQL_IMPORT_STATEMENTS_MEETING_ADD,
	RT_SQL_IMPORT_STATEMENTS_ITEM_FIND,
	RT_SQL_IMPORT_STATEMENTS_ITEM_ADD,
	RT_SQL_IMPORT_STATEMENTS_REC_FIND,
	RT_SQL_IMPORT_STATEMENTS_REC_ADD,
	RT_SQL_IMPORT_STATEMENTS_LEAD_ADD,
	RT_SQL_IMPORT_STATEMENTS_RESPONSE_CURRENT,
	RT_SQL_IMPORT_STATEMENTS_RESPONSE_ADD,
	RT_SQL_IMPORT_STATEMENTS_UPDATE_FIND,
	RT_SQL_IMPORT_STATEMENTS_UPDATE_ADD
};

struct import {
	struct rt_ctx *ctx;
	const char *file;          /* as named on the command line */
	int col[F_NCOLS];          /* the file's field for each column, or -1 */
	int nheader;               /* fields in the header */
	sqlite3_stmt *st[S_N];     /* prepared once */
	/* The last lookups, since rows come grouped. */
	char committee[RT_LINE_MAX + 1];
	sqlite3_int64 committee_id;
	char period[24];           /* its response period ("2 months") */
	char meeting[RT_DATE_LEN];
	sqlite3_int64 meeting_id;
	char item[RT_LINE_MAX + 1];
	sqlite3_int64 item_id;
	/* What happened. */
	long problems;             /* every problem found, listed or not */
	int row_bad;               /* the current record has a problem */
	long rows, bad, committees, meetings, items, recs, responses, updates,
	    same;
	struct rt_bulk bulk;       /* the insert triggers, set aside until
				      the end (sql/import/bulk.sql) */
};

static int
prepare(struct import *im, enum rt_sql_id id, sqlite3_stmt **st,
    struct rt_err *e)
{
	return rt_db_prepare_sql(&im->ctx->db, id, st, e);
}

/* The statements of sql/import/statements.sql. */
static int
prepare_all(struct import *im, struct rt_err *e)
{
	int i, rc;

	for (i = 0; i < S_N; i++)
		if ((rc = prepare(im, stmt_sql[i], &im->st[i], e)) != RT_OK)
			return rc;
	return RT_OK;
}

static void
finalize_all(struct import *im)
{
	int i;

	for (i = 0; i < S_N; i++)
		sqlite3_finalize(im->st[i]);
}

/*
 * Field c of the current record, with its line ends made LF (in the
 * reader's own buffer, which is the importer's to change) and the
 * export's formula guard undone.
 */
static const char *
get(struct import *im, struct rt_csv *csv, int c)
{
	char *s;

	if (im->col[c] < 0)
		return "";
	s = (char *)rt_csv_get(csv, im->col[c], NULL);
	if (strchr(s, '\r') != NULL)
		rt_input_eol(s);
	if (s[0] == '\'' && rt_csv_guarded(s + 1, strlen(s + 1)))
		return s + 1;
	return s;
}

/* Step a statement whose parameters are bound; reset it afterwards. */
static int
run(struct import *im, int i, int *row, struct rt_err *e)
{
	int rc = rt_db_step(&im->ctx->db, im->st[i], row, "import", e);

	if (row == NULL || !*row || rc != RT_OK)
		sqlite3_reset(im->st[i]);
	return rc;
}

static void
bind_text(sqlite3_stmt *st, int i, const char *s)
{
	sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
}

/*
 * "Performance & Corporate OSC" -> "performance-corporate-osc", at most
 * 56 characters (ending at a whole word) so that a suffix ("-2") still
 * fits in a slug's 64.  A name with no Latin letter or digit gets "c".
 */
static void
slugify(const char *name, char *slug, size_t size)
{
	size_t n = 0;
	const char *p;

	for (p = name; *p != '\0' && n + 1 < size && n < 56; p++) {
		char c = *p;

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			slug[n++] = c;
		else if (n > 0 && slug[n - 1] != '-')
			slug[n++] = '-';
	}
	/* Cut short in the middle of a word: end at the last whole one. */
	if (*p != '\0' && n > 0 && slug[n - 1] != '-' &&
	    ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
	    (*p >= '0' && *p <= '9')))
		while (n > 1 && slug[n - 1] != '-')
			n--;
	while (n > 0 && slug[n - 1] == '-')
		n--;
	if (n == 0)
		slug[n++] = 'c';
	slug[n] = '\0';
}

/*
 * A committee named by its slug or its name.  An unknown name gets a new
 * committee with a slug made from the name, and a numeric suffix when that
 * slug is taken ("c", "c-2"): two different names never share one.
 */
static int
committee(struct import *im, const char *v, struct rt_err *e)
{
	char base[64], slug[80];
	int rc, row, is_slug, k;

	if (strcmp(v, im->committee) == 0 && im->committee_id > 0)
		return RT_OK;
	if ((rc = rt_input_check_line("committee", v, e)) != RT_OK)
		return rc;
	is_slug = rt_input_is_slug(v);
	if (is_slug)
		bind_text(im->st[S_COMMITTEE_FIND], 1, v);
	else
		sqlite3_bind_null(im->st[S_COMMITTEE_FIND], 1);
	bind_text(im->st[S_COMMITTEE_FIND], 2, v);
	if ((rc = run(im, S_COMMITTEE_FIND, &row, e)) != RT_OK)
		return rc;
	if (row) {
		im->committee_id = sqlite3_column_int64(im->st[S_COMMITTEE_FIND], 0);
		snprintf(im->period, sizeof im->period, "%s",
		    sqlite3_column_text(im->st[S_COMMITTEE_FIND], 1));
		sqlite3_reset(im->st[S_COMMITTEE_FIND]);
	} else {
		/* A new committee is a scrutiny one: the statutory two months. */
		snprintf(im->period, sizeof im->period, "2 months");
		if (is_slug)
			snprintf(base, sizeof base, "%s", v);
		else
			slugify(v, base, sizeof base);
		snprintf(slug, sizeof slug, "%s", base);
		for (k = 2; !is_slug; k++) {
			bind_text(im->st[S_SLUG_TAKEN], 1, slug);
			if ((rc = run(im, S_SLUG_TAKEN, &row, e)) != RT_OK)
				return rc;
			sqlite3_reset(im->st[S_SLUG_TAKEN]);
			if (!row)
				break;
			snprintf(slug, sizeof slug, "%s-%d", base, k);
		}
		bind_text(im->st[S_COMMITTEE_ADD], 1, slug);
		bind_text(im->st[S_COMMITTEE_ADD], 2, v);
		if ((rc = run(im, S_COMMITTEE_ADD, NULL, e)) != RT_OK)
			return rc;
		im->committee_id = sqlite3_last_insert_rowid(im->ctx->db.h);
		im->committees++;
	}
	snprintf(im->committee, sizeof im->committee, "%s", v);
	im->meeting[0] = '\0';
	im->item[0] = '\0';
	return RT_OK;
}

/* Find or add: a meeting of the current committee, an item of the meeting. */
static int
find_or_add(struct import *im, int find, int add, sqlite3_int64 parent,
    const char *key, sqlite3_int64 *id, long *added, struct rt_err *e)
{
	int rc, row;

	sqlite3_bind_int64(im->st[find], 1, parent);
	bind_text(im->st[find], 2, key);
	if ((rc = run(im, find, &row, e)) != RT_OK)
		return rc;
	if (row) {
		*id = sqlite3_column_int64(im->st[find], 0);
		sqlite3_reset(im->st[find]);
		return RT_OK;
	}
	sqlite3_bind_int64(im->st[add], 1, parent);
	bind_text(im->st[add], 2, key);
	if ((rc = run(im, add, NULL, e)) != RT_OK)
		return rc;
	*id = sqlite3_last_insert_rowid(im->ctx->db.h);
	(*added)++;
	return RT_OK;
}

static int
leads(struct import *im, sqlite3_int64 rec, const char *v, struct rt_err *e)
{
	char **names = NULL;
	int n = 0, i, rc;

	if ((rc = rt_input_leads(&v, 1, &names, &n, e)) != RT_OK)
		return rc;
	for (i = 0; i < n && rc == RT_OK; i++) {
		sqlite3_bind_int64(im->st[S_LEAD_ADD], 1, rec);
		sqlite3_bind_int(im->st[S_LEAD_ADD], 2, i + 1);
		bind_text(im->st[S_LEAD_ADD], 3, names[i]);
		rc = run(im, S_LEAD_ADD, NULL, e);
	}
	rt_input_free_list(names, n);
	return rc;
}

/*
 * Report a problem of the current record: "FILE:LINE: why" on standard
 * error, the first MAX_REPORTED of them; the rest are only counted, and
 * import_exec() says how many before its closing line.
 */
static void
report(struct import *im, const char *msg)
{
	if (!im->row_bad) {
		im->row_bad = 1;
		im->bad++;
	}
	if (++im->problems <= MAX_REPORTED)
		rt_err_print(stderr, "", msg);
}

/*
 * One problem of one column: "FILE:LINE: column: why".  The checks of
 * input.c, shared with the options, already begin some messages with the
 * column's name or its option ("recommendation: must not be empty",
 * "item 'a...': must be one line", "--lead ';': no name in it"); it is
 * not written twice.
 */
static void
problem(struct import *im, struct rt_csv *csv, const char *column,
    const char *why)
{
	char msg[sizeof ((struct rt_err *)0)->msg + 2 * RT_LINE_MAX];
	size_t n = strlen(column);

	if (strncmp(why, "--", 2) == 0 && strncmp(why + 2, column, n) == 0 &&
	    (why[n + 2] == ':' || why[n + 2] == ' '))
		why += 2;
	if (strncmp(why, column, n) == 0 && why[n] == ':' && why[n + 1] == ' ')
		why += n + 2;
	else if (strncmp(why, column, n) == 0 && why[n] == ' ' &&
	    why[n + 1] == '\'')
		why += n + 1;
	snprintf(msg, sizeof msg, "%s:%ld: %s: %s", im->file, csv->rec_line,
	    column, why);
	report(im, msg);
}

/* A check's outcome: a problem of column c when it failed; e is cleared. */
static int
noted(struct import *im, struct rt_csv *csv, int c, int rc, struct rt_err *e)
{
	if (rc != RT_OK)
		problem(im, csv, colnames[c], e->msg[0] ? e->msg : "invalid");
	rt_err_clear(e);
	return rc == RT_OK;
}

/* Does column c hold more than blanks?  A required one must. */
static int
present(struct import *im, struct rt_csv *csv, int c, int required)
{
	const char *v = get(im, csv, c);

	if (v[strspn(v, " \t\r\n")] != '\0')
		return 1;
	if (required)
		problem(im, csv, colnames[c], "must not be empty");
	return 0;
}

/* What the checks of a row read, for the writes. */
struct parsed {
	const char *number, *text;  /* the recommendation's key and text */
	const char *decision;       /* canonical, when there is a response */
	const char *status;         /* canonical, when there is an update */
	char date[RT_DATE_LEN];     /* the meeting's */
	char rdate[RT_DATE_LEN];    /* the response's */
	char updated[RT_DATE_LEN];  /* the update's */
	char udue[RT_DATE_LEN];     /* update_due, "" for none */
	const char *rag;            /* update_rag, canonical, or NULL */
	int percent;                /* update_percent, -1 for none */
	int has_response, has_update;
};

/*
 * update_due: any due form; a text none fits is kept as written, with no
 * date, and a warning (as the command line does), not refused.
 */
static void
due_column(struct import *im, struct rt_csv *csv, struct parsed *p,
    struct rt_err *e)
{
	enum rt_due_kind kind;
	char warn[RT_LINE_MAX + 64];
	int rc = rt_due_read(get(im, csv, F_UPDATE_DUE), p->udue, &kind, e);

	if (rc == RT_OK && kind == RT_DUE_TEXT) {
		rt_due_warning(warn, sizeof warn, get(im, csv, F_UPDATE_DUE));
		fprintf(stderr, "rectrack: warning: %s:%ld: update_due: %s\n",
		    im->file, csv->rec_line, warn);
	}
	noted(im, csv, F_UPDATE_DUE, rc, e);
}

/*
 * The response's or the update's three columns (date, word, text): both
 * the date and the word are needed once any of them is given, and the
 * date may not come before the meeting (when both dates could be read).
 * Checked in the file's order of columns, so the report reads left to
 * right.
 */
static void
check_event(struct import *im, struct rt_csv *csv, const int cols[3],
    enum rt_vocab v, const char **word, char date[RT_DATE_LEN], int meeting_ok,
    const struct parsed *p, struct rt_err *e)
{
	const char *noun = v == RT_VOCAB_STATUS ? "an update" : "a response";
	char missing[128];
	int date_ok = 0;
	snprintf(missing, sizeof missing, "missing: %s needs both %s and %s",
	    noun, colnames[cols[0]], colnames[cols[1]]);
	if (!present(im, csv, cols[0], 0))
		problem(im, csv, colnames[cols[0]], missing);
	else
		date_ok = noted(im, csv, cols[0], rt_date_parse(get(im, csv,
		    cols[0]), date, e), e);
	if (date_ok && meeting_ok && strcmp(date, p->date) < 0) {
		char why[128];

		snprintf(why, sizeof why, "%s is before the meeting of %s", date,
		    p->date);
		problem(im, csv, colnames[cols[0]], why);
	}
	if (!present(im, csv, cols[1], 0))
		problem(im, csv, colnames[cols[1]], missing);
	else if ((*word = rt_vocab_read(&im->ctx->db, v, get(im, csv, cols[1]), e)) == NULL)
		noted(im, csv, cols[1], RT_INVALID, e);
	noted(im, csv, cols[2], rt_input_check_text(colnames[cols[2]],
	    get(im, csv, cols[2]), 0, e), e);
}

/*
 * Check every column of a record before anything is written, reporting
 * every problem found, not only the first: the officer fixes the
 * spreadsheet once.  Returns 1 when the row may be written.
 */
static int
check_row(struct import *im, struct rt_csv *csv, struct parsed *p)
{
	static const int response[3] = {F_RESPONSE_DATE, F_RESPONSE,
	    F_RESPONSE_TEXT};
	static const int update[3] = {F_UPDATE_DATE, F_UPDATE_STATUS,
	    F_UPDATE_TEXT};
	struct rt_err e = {RT_OK, ""};
	int meeting_ok = 0;

	memset(p, 0, sizeof *p);
	p->number = get(im, csv, F_REC_NUMBER);
	p->text = get(im, csv, F_RECOMMENDATION);
	if (present(im, csv, F_COMMITTEE, 1))
		noted(im, csv, F_COMMITTEE, rt_input_check_line("committee",
		    get(im, csv, F_COMMITTEE), &e), &e);
	if (present(im, csv, F_MEETING_DATE, 1))
		meeting_ok = noted(im, csv, F_MEETING_DATE, rt_date_parse(get(im,
		    csv, F_MEETING_DATE), p->date, &e), &e);
	if (present(im, csv, F_ITEM, 1))
		noted(im, csv, F_ITEM, rt_input_check_line("item", get(im, csv,
		    F_ITEM), &e), &e);
	if (present(im, csv, F_REC_NUMBER, 1))
		noted(im, csv, F_REC_NUMBER, rt_input_check_number(p->number, &e),
		    &e);
	if (present(im, csv, F_RECOMMENDATION, 1))
		noted(im, csv, F_RECOMMENDATION, rt_input_check_text(
		    "recommendation", p->text, 1, &e), &e);
	if (present(im, csv, F_LEAD, 0)) {
		const char *v = get(im, csv, F_LEAD);
		char **names = NULL;
		int n = 0, rc = rt_input_leads(&v, 1, &names, &n, &e);

		rt_input_free_list(names, n);
		if (rc == RT_FAIL)
			return -1;
		noted(im, csv, F_LEAD, rc, &e);
	}
	p->has_response = get(im, csv, F_RESPONSE_DATE)[0] != '\0' ||
	    get(im, csv, F_RESPONSE)[0] != '\0' ||
	    get(im, csv, F_RESPONSE_TEXT)[0] != '\0';
	if (p->has_response)
		check_event(im, csv, response, RT_VOCAB_DECISION, &p->decision,
		    p->rdate, meeting_ok, p, &e);
	p->has_update = get(im, csv, F_UPDATE_DATE)[0] != '\0' ||
	    get(im, csv, F_UPDATE_STATUS)[0] != '\0' ||
	    get(im, csv, F_UPDATE_TEXT)[0] != '\0';
	if (p->has_update)
		check_event(im, csv, update, RT_VOCAB_STATUS, &p->status,
		    p->updated, meeting_ok, p, &e);
	due_column(im, csv, p, &e);
	p->percent = -1;
	if (present(im, csv, F_UPDATE_RAG, 0))
		noted(im, csv, F_UPDATE_RAG, rt_input_rag(get(im, csv, F_UPDATE_RAG),
		    &p->rag, &e), &e);
	if (present(im, csv, F_UPDATE_PERCENT, 0))
		noted(im, csv, F_UPDATE_PERCENT, rt_input_percent(get(im, csv,
		    F_UPDATE_PERCENT), &p->percent, &e), &e);
	if (present(im, csv, F_REC_TITLE, 0))
		noted(im, csv, F_REC_TITLE, rt_input_check_line("rec_title",
		    get(im, csv, F_REC_TITLE), &e), &e);
	return !im->row_bad;
}

/*
 * Write a checked row.  A conflict with what is recorded (another text for
 * the same number, another response) is the row's problem: *col receives
 * its column and e the message.
 */
static int
write_row(struct import *im, struct rt_csv *csv, const struct parsed *p,
    int *col, struct rt_err *e)
{
	char rdue[RT_DATE_LEN], key[4 * RT_NUMBER_MAX];
	sqlite3_int64 rec;
	int rc, found;
	const char *v;
	sqlite3_stmt *st;

	*col = F_COMMITTEE;
	if ((rc = committee(im, get(im, csv, F_COMMITTEE), e)) != RT_OK)
		return rc;
	*col = F_MEETING_DATE;
	if (strcmp(p->date, im->meeting) != 0) {
		if ((rc = find_or_add(im, S_MEETING_FIND, S_MEETING_ADD,
		    im->committee_id, p->date, &im->meeting_id, &im->meetings, e))
		    != RT_OK)
			return rc;
		snprintf(im->meeting, sizeof im->meeting, "%s", p->date);
		im->item[0] = '\0';
	}
	*col = F_ITEM;
	v = get(im, csv, F_ITEM);
	if (strcmp(v, im->item) != 0 || im->item[0] == '\0') {
		if ((rc = find_or_add(im, S_ITEM_FIND, S_ITEM_ADD, im->meeting_id, v,
		    &im->item_id, &im->items, e)) != RT_OK)
			return rc;
		snprintf(im->item, sizeof im->item, "%s", v);
	}

	/* The recommendation: found by its natural key, or added. */
	*col = F_RECOMMENDATION;
	st = im->st[S_REC_FIND];
	sqlite3_bind_int64(st, 1, im->item_id);
	bind_text(st, 2, p->number);
	if ((rc = run(im, S_REC_FIND, &found, e)) != RT_OK)
		return rc;
	if (found) {
		rec = sqlite3_column_int64(st, 0);
		rc = strcmp((const char *)sqlite3_column_text(st, 1), p->text) != 0;
		sqlite3_reset(st);
		if (rc)
			return rt_error(e, RT_INVALID, "number %s of '%s' on %s is "
			    "already recorded (id %lld) with a different text",
			    p->number, im->item, p->date, (long long)rec);
	} else {
		/* The committee's response period, from the meeting date. */
		if ((rc = rt_response_due(im->period, p->date, rdue, e)) != RT_OK)
			return rc;
		st = im->st[S_REC_ADD];
		sqlite3_bind_int64(st, 1, im->item_id);
		bind_text(st, 2, p->number);
		bind_text(st, 3, p->text);
		bind_text(st, 4, rdue);
		/* update_due belongs to the recommendation only on a row without
		 * an update; with one, it is when the next update is owed. */
		bind_text(st, 5, p->has_update ? "" : p->udue);
		bind_text(st, 6, get(im, csv, F_REC_TITLE));
		bind_text(st, 7, p->has_update ? "" : get(im, csv, F_UPDATE_DUE));
		/* The sort key in the row from the start: rewriting a row
		 * with a long text for it took a sixth of an import. */
		if (rt_number_key(p->number, key, sizeof key) == 0)
			bind_text(st, 8, key);
		else
			sqlite3_bind_null(st, 8);
		if ((rc = run(im, S_REC_ADD, NULL, e)) != RT_OK)
			return rc;
		rec = sqlite3_last_insert_rowid(im->ctx->db.h);
		im->recs++;
		*col = F_LEAD;
		if (get(im, csv, F_LEAD)[0] != '\0' &&
		    (rc = leads(im, rec, get(im, csv, F_LEAD), e)) != RT_OK)
			return rc;
	}

	if (p->has_response) {
		*col = F_RESPONSE;
		st = im->st[S_RESPONSE_CURRENT];
		sqlite3_bind_int64(st, 1, rec);
		if ((rc = run(im, S_RESPONSE_CURRENT, &found, e)) != RT_OK)
			return rc;
		if (found) {
			const char *t = (const char *)sqlite3_column_text(st, 2);
			int same = strcmp((const char *)sqlite3_column_text(st, 0),
			    p->rdate) == 0 && strcmp((const char *)
			    sqlite3_column_text(st, 1), p->decision) == 0 &&
			    strcmp(t ? t : "", get(im, csv, F_RESPONSE_TEXT)) == 0;

			if (!same)
				rc = rt_error(e, RT_INVALID, "recommendation %s of '%s' "
				    "on %s already has a different response (%s on %s)",
				    p->number, im->item, p->date,
				    sqlite3_column_text(st, 1),
				    sqlite3_column_text(st, 0));
			sqlite3_reset(st);
			if (rc != RT_OK)
				return rc;
		} else {
			st = im->st[S_RESPONSE_ADD];
			sqlite3_bind_int64(st, 1, rec);
			bind_text(st, 2, p->rdate);
			bind_text(st, 3, p->decision);
			bind_text(st, 4, get(im, csv, F_RESPONSE_TEXT));
			if ((rc = run(im, S_RESPONSE_ADD, NULL, e)) != RT_OK)
				return rc;
			im->responses++;
		}
	}

	if (p->has_update) {
		*col = F_UPDATE_STATUS;
		st = im->st[S_UPDATE_FIND];
		sqlite3_bind_int64(st, 1, rec);
		bind_text(st, 2, p->updated);
		bind_text(st, 3, p->status);
		bind_text(st, 4, get(im, csv, F_UPDATE_TEXT));
		if ((rc = run(im, S_UPDATE_FIND, &found, e)) != RT_OK)
			return rc;
		if (found) {
			sqlite3_reset(st);
			im->same++;
		} else {
			st = im->st[S_UPDATE_ADD];
			sqlite3_bind_int64(st, 1, rec);
			bind_text(st, 2, p->updated);
			bind_text(st, 3, p->status);
			bind_text(st, 4, get(im, csv, F_UPDATE_TEXT));
			bind_text(st, 5, p->udue);
			bind_text(st, 6, get(im, csv, F_UPDATE_DUE));
			bind_text(st, 7, p->rag != NULL ? p->rag : "");
			if (p->percent >= 0)
				sqlite3_bind_int(st, 8, p->percent);
			else
				sqlite3_bind_null(st, 8);
			if ((rc = run(im, S_UPDATE_ADD, NULL, e)) != RT_OK)
				return rc;
			im->updates++;
		}
	}
	return RT_OK;
}

/* "Meeting date", "MEETING_DATE" and "meeting-date" all name meeting_date. */
static int
same_name(const char *a, const char *col)
{
	for (; *a != '\0' && *col != '\0'; a++, col++) {
		char c = *a;

		if (c == ' ' || c == '-')
			c = '_';
		else if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != *col)
			return 0;
	}
	return *a == '\0' && *col == '\0';
}

/* Match the header's names (any order, any case) to the layout's columns. */
static int
header(struct import *im, struct rt_csv *csv, struct rt_err *e)
{
	size_t i;
	int f, c;

	/* Excel's CSV where a comma is the decimal point: ';' between fields. */
	if (csv->nfields == 1 && strchr(rt_csv_get(csv, 0, NULL), ',') == NULL &&
	    (strchr(rt_csv_get(csv, 0, NULL), ';') != NULL ||
	    strchr(rt_csv_get(csv, 0, NULL), '\t') != NULL))
		return rt_error(e, RT_INVALID, "%s:%ld: the columns are separated "
		    "by %s, not commas: save the file as CSV UTF-8", im->file,
		    csv->rec_line, strchr(rt_csv_get(csv, 0, NULL), ';') ? "';'" :
		    "tabs");
	for (c = 0; c < F_NCOLS; c++)
		im->col[c] = -1;
	im->nheader = csv->nfields;
	for (f = 0; f < csv->nfields; f++) {
		char name[64];
		const char *v = rt_csv_get(csv, f, NULL);
		size_t n = strlen(v);

		while (n > 0 && v[n - 1] == ' ')
			n--;
		while (n > 0 && *v == ' ')
			v++, n--;
		snprintf(name, sizeof name, "%.*s", (int)n, v);
		for (c = 0; c < F_NCOLS; c++)
			if (same_name(name, colnames[c]))
				break;
		if (c == F_NCOLS)
			return rt_error(e, RT_INVALID, "%s:%ld: unknown column '%s' "
			    "(the columns, in any order and case, are committee, meeting_date, item, "
			    "rec_number, recommendation, lead, response_date, response, "
			    "response_text, update_date, update_status, update_text, "
			    "update_due; optional: rec_title, update_rag, "
			    "update_percent)", im->file, csv->rec_line, name);
		if (im->col[c] >= 0)
			return rt_error(e, RT_INVALID, "%s:%ld: column '%s' appears "
			    "twice", im->file, csv->rec_line, colnames[c]);
		im->col[c] = f;
	}
	for (i = 0; i < sizeof required / sizeof required[0]; i++)
		if (im->col[required[i]] < 0)
			return rt_error(e, RT_INVALID, "%s:%ld: the header lacks the "
			    "column '%s'", im->file, csv->rec_line, colnames[required[i]]);
	return RT_OK;
}

/*
 * Invalid UTF-8 that is the file's first non-ASCII text and reads as
 * Windows-1252 (Excel's "CSV (Comma delimited)"): the whole file is
 * refused with what to do, not row after row.  why is the reader's
 * message; e gets the new one.
 */
static int
cp1252_file(struct rt_err *e, const char *why)
{
	char msg[sizeof e->msg];

	snprintf(msg, sizeof msg, "%s", why);
	rt_err_clear(e);
	return rt_error(e, RT_INVALID, "%s: the file seems to be Windows-1252: "
	    "save it as CSV UTF-8", msg);
}

/* A record of empty fields only (Excel pads with them) is no row. */
static int
blank(struct rt_csv *csv)
{
	int f;

	for (f = 0; f < csv->nfields; f++)
		if (rt_csv_get(csv, f, NULL)[0] != '\0')
			return 0;
	return 1;
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * A record the reader refused ("FILE:LINE: field N: why").  A field that
 * has a column is named by it, like the problems of check_row(); the
 * reader stops at a record's first such problem, so it is the record's
 * only one.
 */
static void
bad_record(struct import *im, struct rt_csv *csv, const char *msg)
{
	char prefix[64];
	size_t n;
	int c;

	n = (size_t)snprintf(prefix, sizeof prefix, ":%ld: field %d: ",
	    csv->rec_line, csv->bad_field);
	for (c = 0; c < F_NCOLS && csv->bad_field > 0; c++)
		if (im->col[c] == csv->bad_field - 1)
			break;
	if (csv->bad_field > 0 && c < F_NCOLS &&
	    strncmp(msg, im->file, strlen(im->file)) == 0 &&
	    strncmp(msg + strlen(im->file), prefix, n) == 0)
		problem(im, csv, colnames[c], msg + strlen(im->file) + n);
	else
		report(im, msg);
}

static int
import_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	struct import im;
	struct rt_csv csv;
	struct rt_err re;
	struct parsed parsed;
	FILE *fp;
	double start = now(), last = start;
	int rc, got, ok, col = 0, progress = !ctx->quiet && isatty(2);
	const char *path = a->npos > 0 ? a->pos[0] : NULL;

	if (rt_arg(a, "dir") != NULL) {
		if (a->npos > 0 || rt_arg_set(a, "dry-run"))
			return rt_error(ctx->e, RT_USAGE, "import: --dir DIR takes no "
			    "FILE and no --dry-run");
		return rt_import_dir(ctx, rt_arg(a, "dir"));
	}
	if (a->npos == 0)
		return rt_error(ctx->e, RT_USAGE, "import: give FILE.csv, or --dir DIR "
		    "to restore an export");
	memset(&im, 0, sizeof im);
	im.ctx = ctx;
	im.file = path;
	if (strcmp(path, "-") == 0) {
		fp = stdin;
		im.file = "stdin";
	} else if ((fp = fopen(path, "rb")) == NULL)
		return rt_error(ctx->e, RT_USAGE, "import: cannot read '%s': %s", path,
		    strerror(errno));
	rt_csv_init(&csv, fp, im.file);
	if ((rc = rt_bulk_defer(&ctx->db, &im.bulk, ctx->e)) != RT_OK ||
	    (rc = prepare_all(&im, ctx->e)) != RT_OK)
		goto out;
	if ((rc = rt_csv_next(&csv, &got, ctx->e)) != RT_OK) {
		if (rc == RT_INVALID && csv.cp1252)
			rc = cp1252_file(ctx->e, ctx->e->msg);
		goto out;
	}
	if (!got) {
		rc = rt_error(ctx->e, RT_INVALID, "%s: empty file: expected a header "
		    "row (committee,meeting_date,item,rec_number,recommendation,...)",
		    im.file);
		goto out;
	}
	if ((rc = header(&im, &csv, ctx->e)) != RT_OK)
		goto out;
	for (;;) {
		rt_err_clear(&re);
		rc = rt_csv_next(&csv, &got, &re);
		if (rc == RT_FAIL) {
			rt_error(ctx->e, RT_FAIL, "import: %s", re.msg);
			goto out;
		}
		if (rc == RT_INVALID && csv.cp1252) {
			rc = cp1252_file(ctx->e, re.msg);
			goto out;
		}
		im.row_bad = 0;
		if (rc == RT_INVALID) {
			bad_record(&im, &csv, re.msg);
			if (csv.eof)
				break;
			continue;
		}
		if (!got)
			break;
		if (blank(&csv))
			continue;
		im.rows++;
		if (csv.nfields != im.nheader) {
			char msg[256];

			snprintf(msg, sizeof msg, "%s:%ld: %d fields, but the header has "
			    "%d", im.file, csv.rec_line, csv.nfields, im.nheader);
			report(&im, msg);
			continue;
		}
		if ((ok = check_row(&im, &csv, &parsed)) < 0) {
			rc = rt_error(ctx->e, RT_FAIL, "out of memory");
			goto out;
		}
		if (!ok)
			continue;
		rt_err_clear(&re);
		rc = write_row(&im, &csv, &parsed, &col, &re);
		/*
		 * The inserts are INSERT OR ROLLBACK (statements.sql): a
		 * constraint the checks above did not foresee ends the
		 * transaction, and so the import, at this row.
		 */
		if (rc != RT_OK && sqlite3_get_autocommit(ctx->db.h)) {
			rt_error(ctx->e, rc, "%s:%ld: %s: %s: nothing imported",
			    im.file, csv.rec_line, colnames[col], re.msg);
			goto out;
		}
		if (rc == RT_FAIL) {
			rt_error(ctx->e, RT_FAIL, "%s:%ld: %s", im.file, csv.rec_line,
			    re.msg);
			goto out;
		}
		if (rc != RT_OK)
			problem(&im, &csv, colnames[col], re.msg);
		if (progress && now() - last >= 0.5) {
			last = now();
			fprintf(stderr, "\rimport: %ld rows (%.0f rows/s)", im.rows,
			    im.rows / (last - start));
		}
	}
	if (progress)
		fprintf(stderr, "\rimport: %ld rows (%.0f rows/s)\n", im.rows,
		    im.rows / (now() - start > 0 ? now() - start : 1));
	if (im.bad > 0) {
		if (im.problems > MAX_REPORTED)
			fprintf(stderr, "... and %ld more problem%s\n",
			    im.problems - MAX_REPORTED,
			    im.problems - MAX_REPORTED == 1 ? "" : "s");
		rc = rt_error(ctx->e, RT_INVALID, "import: %ld problem%s in %ld "
		    "row%s of '%s': nothing imported", im.problems,
		    im.problems == 1 ? "" : "s", im.bad, im.bad == 1 ? "" : "s",
		    im.file);
		goto out;
	}
	if ((rc = rt_bulk_finish(&ctx->db, &im.bulk, ctx->e)) != RT_OK)
		goto out;
	if (rt_arg_set(a, "dry-run"))
		ctx->rollback = 1;
	if (!ctx->quiet)
		fprintf(ctx->out, "import: %s%s: %ld rows: %ld recommendations, %ld "
		    "responses, %ld updates added (%ld committees, %ld meetings, %ld "
		    "items); %ld updates already there\n",
		    ctx->rollback ? "dry run, nothing written: " : "", im.file,
		    im.rows, im.recs, im.responses, im.updates, im.committees,
		    im.meetings, im.items, im.same);
out:
	finalize_all(&im);
	rt_bulk_release(&im.bulk);
	rt_csv_release(&csv);
	if (fp != stdin)
		fclose(fp);
	return rc;
}

static const struct rt_opt opts[] = {{"dry-run", RT_OPT_FLAG},
	{"dir", RT_OPT_VALUE}, {NULL, 0}};

const struct rt_cmd rt_cmd_import = {
	.name = "import",
	.args = "FILE.csv [--dry-run] | --dir DIR",
	.summary = "bulk load from the flat CSV layout, or restore an export",
	.help =
	    "Columns, matched by name in any order (the first five are required):\n"
	    "committee, meeting_date, item, rec_number, recommendation, lead,\n"
	    "response_date, response, response_text, update_date, update_status,\n"
	    "update_text, update_due.  One row per update of a recommendation; a\n"
	    "committee is a slug or a name (created, kind scrutiny, when unknown);\n"
	    "several leads are separated by ';'; decisions and statuses are read with\n"
	    "their usual synonyms; dates in every accepted form.  UTF-8 with or\n"
	    "without a byte-order mark, CRLF or LF, quoted cells with line breaks.\n"
	    "All or nothing: every problem of every row is reported as\n"
	    "FILE:LINE: column: why (the first 100), and nothing is written.\n"
	    "Importing the same file twice changes nothing.  FILE - is standard\n"
	    "input.  --dry-run checks everything, reports the same problems and\n"
	    "writes nothing.\n"
	    "\n"
	    "--dir DIR restores everything 'export --dir DIR' wrote (every table,\n"
	    "ids kept) into an empty database (rectrack --db NEW.db init first), so\n"
	    "that exporting the result gives the same files.  manifest.json and\n"
	    "SHA256SUMS are checked first: a file cut short or changed since the\n"
	    "export is refused, and nothing is written.  The history is not in an\n"
	    "export: the restored rows start a new one.\n",
	.opts = opts,
	.maxpos = 1,
	.db = RT_CMD_WRITE,
	.bulk = 1,
	.exec = import_exec,
};
