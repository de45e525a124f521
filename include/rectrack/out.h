/*
 * out.h - every listing command's output, through one formatter.
 *
 * A listing is a prepared statement; rt_out_stmt() steps it to the end and
 * writes every row in the chosen format.  Formats differ only in the
 * struct rt_out_spec that drives the writer (see out.c).
 */
#ifndef RECTRACK_OUT_H
#define RECTRACK_OUT_H

#include <stdio.h>
#include <sqlite3.h>
#include "rectrack/err.h"
#include "rectrack/util.h"

enum rt_fmt {
	RT_FMT_TABLE,    /* aligned columns on UTF-8 character width */
	RT_FMT_CSV,      /* RFC 4180: header, comma, CRLF, NULL as empty */
	RT_FMT_TSV,      /* tab-separated, LF; tab/newline in values escaped */
	RT_FMT_JSON,     /* array of objects, one per row, typed values */
	RT_FMT_MARKDOWN  /* GitHub pipe table */
};

/* "table", "csv", ... -> enum; RT_USAGE naming the value if unknown. */
int rt_fmt_parse(const char *name, enum rt_fmt *fmt, struct rt_err *e);

/*
 * Step st to completion and write a header plus every row to fp in fmt.
 * Column names come from sqlite3_column_name().  Returns RT_OK, RT_FAIL
 * on a database or write error (message in e).  st is not finalized.
 * Table format buffers all rows to measure widths; the others stream.
 */
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

/* Display width of UTF-8 text (East Asian wide = 2, combining = 0). */
size_t rt_utf8_width(const char *s, size_t n);

#endif
