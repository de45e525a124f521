/*
 * out.h - every byte rectrack writes for people or spreadsheets, through
 * one engine.
 *
 * Rows.  A listing is a prepared statement; rt_out_rows() steps it to the
 * end and writes every row in the format its struct rt_out names, through
 * the struct's write callback (xWrite: a FILE, the export's hashing sink,
 * the sql command's hold-back buffer).  Formats differ only in a spec
 * inside out.c (what goes before, between and after rows and cells, and
 * which encoder escapes a value), in the manner of SQLite's ext/qrf.  The
 * encoders live here and nowhere else: the terminal-safe table cell and
 * text (rt_out_term_text), CSV with the formula guard and --excel, TSV,
 * the JSON string (rt_out_json_str, also the export's manifest), and the
 * Markdown and HTML text of documents.
 *
 * Documents.  The tracker, and the documents to come (the action plan
 * `plan`, the `stats` page with its inline SVG charts, the static pages of
 * `publish`), write through a struct rt_doc, in lowdown's manner created
 * for one format, rendered into, and freed:
 *
 *	d = rt_doc_new(RT_DOC_HTML, xWrite, arg);
 *	rt_doc_raw(d, "<td>");          markup the program writes itself
 *	rt_doc_text(d, stored);         stored text: the back-end escapes it
 *	rt_doc_strong_on(d); ... rt_doc_strong_off(d); rt_doc_br(d);
 *	rc = rt_doc_free(d, e);         flush; the first write error, if any
 *
 * A back-end (HTML, Markdown) is the markup of its format around the one
 * escaper of that format (rt_out_html_text, rt_out_md_text), so a walker
 * never escapes anything itself: it hands stored text to rt_doc_text() and
 * writes only its own constant markup raw.  A new document is a new walker
 * over the same back-ends; a new format (plain text for a terminal, with
 * rt_out_term_text) is one more back-end; neither needs another escaper.
 * Inline SVG is markup the program writes (rt_doc_raw, numbers it
 * formats); any label inside it is stored text and goes through
 * rt_doc_text() of the HTML back-end, which is also valid in SVG.
 * Stylesheets are files under share/, embedded at build time like sql/
 * (rt_share("tracker.css")).
 *
 * A document is one walker and a layout per format.  The tracker's
 * walker (cmd-tracker.c: walk()) visits its nodes in one order, the
 * heading, each part with its rows, the footing, and a struct layout of
 * five callbacks renders each node for HTML or Markdown into the rt_doc;
 * the cells inside a row are shared by both.  The plan, stats and publish
 * documents follow the same shape.  Not yet done: layouts that several
 * documents share (a generic table or key block) would move here once a
 * second document needs them.
 */
#ifndef RECTRACK_OUT_H
#define RECTRACK_OUT_H

#include <sys/types.h>

#include <stdio.h>
#include <sqlite3.h>
#include "rectrack/err.h"
#include "rectrack/util.h"

enum rt_fmt {
	RT_FMT_TABLE,    /* aligned columns on UTF-8 character width */
	RT_FMT_CSV,      /* RFC 4180: header, comma, CRLF, NULL as empty */
	RT_FMT_TSV,      /* tab-separated, LF; tab/newline in values escaped */
	RT_FMT_JSON,     /* array of objects, one per row, typed values */
	RT_FMT_NDJSON,   /* one JSON object per line */
	RT_FMT_MARKDOWN  /* GitHub pipe table */
};

/* Where bytes go: returns n, or -1 with errno set.  See rt_out_fwrite(). */
typedef ssize_t rt_out_write_fn(void *arg, const unsigned char *p, size_t n);

/* One output run: the format, its options and where the bytes go. */
struct rt_out {
	enum rt_fmt fmt;          /* the format */
	int no_guard;             /* CSV: no formula guard (--no-formula-guard) */
	int excel;                /* CSV: cells Excel would convert as ="..." */
	size_t width;             /* table: fit rows to this many columns; 0 none */
	rt_out_write_fn *xWrite;  /* write callback */
	void *pWriteArg;          /* its first argument */
	long long *pRows;         /* receives the data rows written, or NULL */
};

/* "table", "csv", ... -> enum; RT_USAGE naming the value if unknown. */
int rt_fmt_parse(const char *name, enum rt_fmt *fmt, struct rt_err *e);

/* An rt_out_write_fn for a FILE * passed as arg. */
ssize_t rt_out_fwrite(void *arg, const unsigned char *p, size_t n);

/*
 * Step st to completion and write a header plus every row in o->fmt
 * through o->xWrite.  Column names come from sqlite3_column_name().
 * Returns RT_OK, RT_FAIL on a database or write error (message in e; a
 * failed step's message starts with "query: ").  st is not finalized.
 * Memory stays bounded whatever the number of rows: the table measures
 * its first rows (at most RT_OUT_MEASURE_ROWS, or RT_OUT_MEASURE_BYTES
 * of cell text) and then streams the rest at those widths, cutting a
 * longer text with an ellipsis (a longer number is written whole and
 * pushes its line); the other formats write row by row.
 * Nothing is written before the first step has succeeded.
 */
#define RT_OUT_MEASURE_ROWS	1000
#define RT_OUT_MEASURE_BYTES	(1024 * 1024)
int rt_out_rows(sqlite3_stmt *st, const struct rt_out *o, struct rt_err *e);

/*
 * rt_out_rows() to fp as o says (its xWrite, when NULL, writes to fp),
 * then fflush(fp), checked, so that a full disk is an error.
 */
int rt_out_file(sqlite3_stmt *st, const struct rt_out *o, FILE *fp,
    struct rt_err *e);
/* The same in fmt with every option at its default (the guard on). */
int rt_out_stmt(sqlite3_stmt *st, enum rt_fmt fmt, FILE *fp,
    struct rt_err *e);

/*
 * Write one RFC 4180 CSV field (no separator, no line end): quoted when it
 * holds a comma, quote, CR or LF, quotes doubled.  When guard is set a text
 * starting with '=', '+', '-', '@', TAB or CR, after any quotes, gets a
 * leading '\'' (the formula guard; see rt_csv_guarded).  Returns 0, or -1 on a write error.
 */
int rt_csv_field(FILE *fp, const char *s, size_t n, int guard);
/*
 * Does the formula guard put a '\'' before s: does it start with '=',
 * '+', '-', '@', TAB or CR, after any number of quotes?  Import removes one
 * quote from a text that starts with a quote and is so guarded.
 */
int rt_csv_guarded(const char *s, size_t n);
/* The same field appended to b (b->oom tells of a failure). */
void rt_csv_buf(struct rt_buf *b, const char *s, size_t n, int guard);

/*
 * Would Excel, opening a CSV, turn this text into a number, a date, a
 * time, a percentage or a boolean (1E5, 3.10, 007, 1-2, March 2025,
 * 10:30, 50%, TRUE)?  An ISO date (2025-03-31) is not counted: Excel
 * reads it as the same date.
 */
int rt_excel_converts(const char *s, size_t n);

/*
 * Text for a terminal, appended to b: line ends kept (CRLF and CR as LF),
 * a tab as a space, other C0 and C1 controls and DEL as U+FFFD, a
 * bidirectional control by name (<U+202E>), bytes that are not UTF-8 as
 * '?': what the table does to a cell, without the width cap.
 */
void rt_out_term_text(struct rt_buf *b, const char *s, size_t n);

/*
 * Text as one line, appended to b: for messages and reports that quote
 * what anybody may have stored (errors, check's findings).  Line ends and
 * tabs as \n, \r, \t; other C0 controls, DEL and bytes that are not
 * UTF-8 as \xHH; C1 controls as \u0080-\u009F; a bidirectional control
 * by name (<U+202E>), as the table shows it.
 */
void rt_out_line_text(struct rt_buf *b, const char *s, size_t n);

/* A JSON string literal of s (invalid UTF-8 as U+FFFD), appended to b. */
void rt_out_json_str(struct rt_buf *b, const char *s, size_t n);

/*
 * Text for HTML, appended to b: & < > " ' as entities; with paragraphs
 * set, a blank line starts a new paragraph ("</p><p>") and a single line
 * end is "<br>".  A text holding a bidirectional control (U+202A-U+202E,
 * U+2066-U+2069) is wrapped in <bdi>, so that it cannot reorder the text
 * around it.
 */
void rt_out_html_text(struct rt_buf *b, const char *s, size_t n,
    int paragraphs);

/*
 * Text for Markdown, appended to b: & < > as entities, the characters
 * that make a table cell, a link or an image (\ | [ ] ( ) !) escaped with
 * a backslash, line ends as "<br>".  Nothing a stored text holds can
 * plant a link, an image or raw HTML.
 */
void rt_out_md_text(struct rt_buf *b, const char *s, size_t n);

/*
 * iCalendar (RFC 5545), appended to b: a TEXT value escaped (backslash,
 * ';' and ',' with a backslash, a line end as "\\n"); and a content line
 * ended by CRLF and folded at 75 octets, never inside a UTF-8 sequence.
 */
void rt_out_ics_text(struct rt_buf *b, const char *s, size_t n);
void rt_out_ics_line(struct rt_buf *b, const char *s, size_t n);

/*
 * Documents: see the design at the top.  A document writes through
 * xWrite(arg, ...), in chunks; the first failed write (or allocation) is
 * kept and reported by rt_doc_free(), and everything after it is dropped.
 */
enum rt_doc_fmt {
	RT_DOC_HTML,     /* HTML: entities, <bdi> around bidi text, <br> */
	RT_DOC_MARKDOWN  /* Markdown: see rt_out_md_text() */
};

struct rt_doc;

/* A new document in fmt; NULL when out of memory. */
struct rt_doc *rt_doc_new(enum rt_doc_fmt fmt, rt_out_write_fn *xWrite,
    void *arg);
enum rt_doc_fmt rt_doc_format(const struct rt_doc *d);
/* Stored text, escaped by the back-end's one escaper. */
void rt_doc_text(struct rt_doc *d, const char *s);
/* Emphasis and a line break inside a block, in the back-end's markup. */
void rt_doc_strong_on(struct rt_doc *d);
void rt_doc_strong_off(struct rt_doc *d);
void rt_doc_br(struct rt_doc *d);
/* Markup or words the program wrote itself, written as they are. */
void rt_doc_raw(struct rt_doc *d, const char *s);
void rt_doc_rawf(struct rt_doc *d, const char *fmt, ...) RT_PRINTF(2, 3);
/* Write what is left and free d (NULL is fine); RT_FAIL on a failure. */
int rt_doc_free(struct rt_doc *d, struct rt_err *e);

/* A file of share/, embedded at build time (cmake/embed.cmake). */
struct rt_sharefile {
	const char *name; /* path below share/, e.g. "tracker.css" */
	const char *text; /* the file's bytes, NUL-terminated */
	size_t len;       /* strlen(text) */
};

/* Sorted by name, ended by an entry whose name is NULL. */
extern const struct rt_sharefile rt_sharefiles[];

/* The text of share/<name>, or "" (a name is the program's constant). */
const char *rt_share(const char *name);

/* Display width of UTF-8 text (East Asian wide = 2, combining = 0). */
size_t rt_utf8_width(const char *s, size_t n);

#endif
