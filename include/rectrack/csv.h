/*
 * csv.h - a streaming RFC 4180 reader.
 *
 * Reads one record at a time from a FILE, in memory that does not grow
 * with the file: quoted fields with commas, quotes and line ends; CRLF, LF
 * or CR line ends; a UTF-8 byte-order mark at the start.  What it refuses,
 * with the line number: an unterminated quote, a NUL byte, invalid UTF-8, a
 * byte-order mark anywhere but the start, a field over RT_CSV_FIELD_MAX
 * bytes, a record of more than RT_CSV_FIELDS_MAX fields; and, at the
 * first record, a file that is no CSV text at all (a workbook, UTF-16),
 * saying to save it as CSV UTF-8.
 * (The writer side is rt_csv_field() in out.h.)
 */
#ifndef RECTRACK_CSV_H
#define RECTRACK_CSV_H

#include <stdio.h>
#include "rectrack/err.h"
#include "rectrack/util.h"

#define RT_CSV_FIELD_MAX (1024 * 1024) /* bytes in one field */
#define RT_CSV_FIELDS_MAX 1000         /* fields in one record */

struct rt_csv {
	FILE *fp;            /* read from; not owned */
	const char *name;    /* for messages; not owned */
	long line;           /* the line the next record starts on */
	long rec_line;       /* the line the last record started on */
	int eof;             /* the end was reached */
	int started;         /* past the byte-order mark check */
	int utf8_seen;       /* a byte-order mark or UTF-8 text was read */
	int cp1252;          /* the last record's invalid UTF-8 is the file's
				first non-ASCII text and reads as Windows-1252 */
	unsigned char pend[4]; /* bytes put back, read before fp (a stack) */
	int npend;           /* how many */
	unsigned char in[32768]; /* read from fp, not yet consumed: */
	size_t inpos, inlen; /* in[inpos..inlen) */
	struct rt_buf buf;   /* the fields' bytes, each NUL-terminated */
	size_t *off;         /* offset of each field in buf */
	size_t *len;         /* length of each field */
	size_t cap;          /* entries allocated in off and len */
	int nfields;         /* fields in the last record */
	int bad_field;       /* the field (from 1) of the last record's
				problem, 0 when it had none */
};

void rt_csv_init(struct rt_csv *c, FILE *fp, const char *name);
void rt_csv_release(struct rt_csv *c);

/*
 * Read the next record.  RT_OK with *got 1 and the fields ready, or with
 * *got 0 at the end of the file.  RT_INVALID for a bad record, with the
 * message "NAME:LINE: why"; after a bad field the reader has still moved to
 * the next record, so the caller may go on to report more (an unterminated
 * quote ends the file).  RT_FAIL for a read error or no memory.
 */
int rt_csv_next(struct rt_csv *c, int *got, struct rt_err *e);

/* Field i of the last record (NUL-terminated) and its length. */
const char *rt_csv_get(const struct rt_csv *c, int i, size_t *len);

#endif
