/*
 * csv.c - the streaming RFC 4180 reader (see csv.h).
 *
 * A small state machine over the bytes of the file, read a block at a
 * time, with the runs of plain text inside a field copied whole; the
 * record's fields go into one growable buffer reused for every record, so
 * memory is bounded by the longest record, not the file.  Line numbers
 * count physical lines, so a message about a record with a multi-line cell
 * names the line the record starts on, as a text editor shows it.
 */
#include <errno.h>
#include <string.h>

#include "rectrack/csv.h"
#include "rectrack/input.h"

void
rt_csv_init(struct rt_csv *c, FILE *fp, const char *name)
{
	memset(c, 0, sizeof *c);
	c->fp = fp;
	c->name = name;
	c->line = 1;
}

void
rt_csv_release(struct rt_csv *c)
{
	rt_buf_release(&c->buf);
	rt_free(c->off);
	rt_free(c->len);
	c->off = c->len = NULL;
	c->cap = 0;
}

const char *
rt_csv_get(const struct rt_csv *c, int i, size_t *len)
{
	if (i < 0 || i >= c->nfields) {
		if (len != NULL)
			*len = 0;
		return "";
	}
	if (len != NULL)
		*len = c->len[i];
	return rt_buf_str(&c->buf) + c->off[i];
}

/* Start a new field at the end of the buffer. */
static int
field_open(struct rt_csv *c)
{
	if ((size_t)c->nfields == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 32;
		size_t *off = rt_realloc(c->off, cap * sizeof *off);
		size_t *len;

		if (off == NULL)
			return -1;
		c->off = off;
		if ((len = rt_realloc(c->len, cap * sizeof *len)) == NULL)
			return -1;
		c->len = len;
		c->cap = cap;
	}
	c->off[c->nfields] = c->buf.len;
	c->len[c->nfields] = 0;
	c->nfields++;
	return 0;
}

/* End the current field: NUL-terminate it and record its length. */
static void
field_close(struct rt_csv *c)
{
	int i = c->nfields - 1;

	c->len[i] = c->buf.len - c->off[i];
	rt_buf_putc(&c->buf, '\0');
}

/*
 * What Excel writes when asked for something other than "CSV UTF-8",
 * known by the file's first bytes, each with what it is.
 */
static const struct {
	const char *magic;
	size_t len;
	const char *what;
} not_csv[] = {
	{"PK\3\4", 4, "a workbook (.xlsx or .ods: a zip file), not CSV"},
	{"\xd0\xcf\x11\xe0", 4, "an Excel 97-2003 workbook (.xls), not CSV"},
	{"\xff\xfe", 2, "UTF-16 text (Excel's \"Unicode Text\"), not UTF-8"},
	{"\xfe\xff", 2, "UTF-16 text, not UTF-8"},
};

/*
 * Could invalid UTF-8 be Windows-1252, the encoding Excel's "CSV (Comma
 * delimited)" writes on a Western European Windows?  Every byte is a
 * character there but these five.
 */
static int
cp1252_valid(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		switch ((unsigned char)s[i]) {
		case 0x81: case 0x8d: case 0x8f: case 0x90: case 0x9d:
			return 0;
		}
	return 1;
}

/*
 * The next byte: the bytes put back first (the first bytes of the file,
 * read to look for a byte-order mark; a byte after a CR), then the file,
 * read into c->in a block at a time.
 */
static int
next(struct rt_csv *c)
{
	if (c->npend > 0)
		return c->pend[--c->npend];
	if (c->inpos == c->inlen) {
		c->inpos = 0;
		if ((c->inlen = fread(c->in, 1, sizeof c->in, c->fp)) == 0)
			return EOF;
	}
	return c->in[c->inpos++];
}

/*
 * After a byte stored in state QUOTED or PLAIN, the bytes that follow it
 * up to the next one that needs the state machine (stop[b] set: a quote,
 * a line end, a separator, a NUL), copied in one go.  Most of a
 * spreadsheet's bytes are the text of long cells, and byte by byte they
 * were a tenth of a large import's time.
 */
static const unsigned char quoted_stop[256] = {['"'] = 1, ['\n'] = 1,
	['\0'] = 1};
static const unsigned char plain_stop[256] = {[','] = 1, ['\n'] = 1,
	['\r'] = 1, ['\0'] = 1};

static void
copy_run(struct rt_csv *c, const unsigned char *stop)
{
	size_t i = c->inpos;

	if (c->npend > 0)
		return;
	while (i < c->inlen && !stop[c->in[i]])
		i++;
	rt_buf_add(&c->buf, (const char *)c->in + c->inpos, i - c->inpos);
	c->inpos = i;
}

static void
unread(struct rt_csv *c, int ch)
{
	c->pend[c->npend++] = (unsigned char)ch;
}

int
rt_csv_next(struct rt_csv *c, int *got, struct rt_err *e)
{
	enum { START, PLAIN, QUOTED, QUOTE_IN_QUOTED } st = START;
	const char *bad = NULL;	/* the first problem of this record */
	long quote_line = 0;
	int ch, nl = 0, bad_field = 0;

	*got = 0;
	c->nfields = 0;
	rt_buf_reset(&c->buf);
	if (c->eof)
		return RT_OK;
	c->rec_line = c->line;
	if (!c->started) {
		/*
		 * A UTF-8 byte-order mark (Excel writes one) is not data.  Any
		 * other first bytes are, even when they start with 0xEF as the
		 * mark does (U+F000 to U+FFFF: a fullwidth letter, say), unless
		 * they say the file is no CSV text at all: then nothing of it
		 * is read, and the one message says what to do.
		 */
		int b[4], k, m;
		size_t i;

		c->started = 1;
		for (k = 0; k < 4 && (b[k] = next(c)) != EOF; k++)
			continue;
		for (i = 0; i < sizeof not_csv / sizeof not_csv[0]; i++) {
			for (m = 0; m < (int)not_csv[i].len && m < k &&
			    b[m] == (unsigned char)not_csv[i].magic[m]; m++)
				continue;
			if (m == (int)not_csv[i].len) {
				c->eof = 1;
				return rt_error(e, RT_INVALID, "%s: %s: save it as CSV "
				    "UTF-8", c->name, not_csv[i].what);
			}
		}
		if (k >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf) {
			c->utf8_seen = 1;
			if (k == 4)
				unread(c, b[3]);
		} else
			while (k > 0)
				unread(c, b[--k]);
	}
	ch = next(c);
	if (ch == EOF) {
		c->eof = 1;
		if (ferror(c->fp))
			return rt_error(e, RT_FAIL, "%s: %s", c->name, strerror(errno));
		if (bad != NULL)
			return rt_error(e, RT_INVALID, "%s:%ld: %s", c->name, c->line, bad);
		return RT_OK;
	}
	if (field_open(c) != 0)
		return rt_error(e, RT_FAIL, "out of memory");
	for (;; ch = next(c)) {
		if (ch == '\0' && bad == NULL) {
			bad = "a NUL byte";
			bad_field = c->nfields;
		}
		switch (st) {
		case START:
			if (ch == '"') {
				st = QUOTED;
				quote_line = c->line;
				continue;
			}
			st = PLAIN;
			/* FALLTHROUGH */
		case PLAIN:
			if (ch == ',' || ch == '\n' || ch == '\r' || ch == EOF)
				break;
			rt_buf_putc(&c->buf, (char)ch);
			if (ch != '\0')
				copy_run(c, plain_stop);
			goto stored;
		case QUOTED:
			if (ch == EOF) {
				c->eof = 1;
				field_close(c);
				return rt_error(e, RT_INVALID, "%s:%ld: unterminated quoted "
				    "field (the quote opened on line %ld runs to the end of "
				    "the file)", c->name, c->rec_line, quote_line);
			}
			if (ch == '"') {
				st = QUOTE_IN_QUOTED;
				continue;
			}
			if (ch == '\n')
				c->line++;
			rt_buf_putc(&c->buf, (char)ch);
			if (ch != '\0')
				copy_run(c, quoted_stop);
			goto stored;
		case QUOTE_IN_QUOTED:
			if (ch == '"') {
				/* A doubled quote is one quote. */
				rt_buf_putc(&c->buf, '"');
				st = QUOTED;
				goto stored;
			}
			if (ch != ',' && ch != '\n' && ch != '\r' && ch != EOF &&
			    bad == NULL) {
				bad = "text after a closing quote (a quote inside a "
				    "quoted field must be doubled)";
				bad_field = c->nfields;
			}
			if (ch == ',' || ch == '\n' || ch == '\r' || ch == EOF)
				break;
			rt_buf_putc(&c->buf, (char)ch);
			st = PLAIN;
			goto stored;
		}
		/* A separator or the end of the record. */
		field_close(c);
		if (c->buf.oom)
			return rt_error(e, RT_FAIL, "out of memory");
		if (ch == ',') {
			if (c->nfields == RT_CSV_FIELDS_MAX && bad == NULL) {
				bad = "more than 1000 fields";
				bad_field = c->nfields;
			}
			if (c->nfields < RT_CSV_FIELDS_MAX) {
				if (field_open(c) != 0)
					return rt_error(e, RT_FAIL, "out of memory");
			} else
				/* Past the limit: read on, keeping only the last slot. */
				c->buf.len = c->off[c->nfields - 1];
			st = START;
			continue;
		}
		if (ch == '\r') {
			/* CRLF is one line end; a lone CR is one too. */
			if ((ch = next(c)) != '\n' && ch != EOF)
				unread(c, ch);
			nl = 1;
		} else if (ch == '\n')
			nl = 1;
		else if (ch == EOF) {
			c->eof = 1;
			if (ferror(c->fp))
				return rt_error(e, RT_FAIL, "%s: %s", c->name,
				    strerror(errno));
		}
		if (nl)
			c->line++;
		break;
stored:
		if (c->buf.len - c->off[c->nfields - 1] > RT_CSV_FIELD_MAX) {
			if (bad == NULL) {
				bad = "a field over 1 MB";
				bad_field = c->nfields;
			}
			/* Keep reading the record, but do not keep its bytes. */
			c->buf.len = c->off[c->nfields - 1];
		}
	}
	c->cp1252 = 0;
	if (bad == NULL) {
		int i;

		for (i = 0; i < c->nfields; i++) {
			const char *f = rt_csv_get(c, i, NULL);
			size_t k;

			if (!rt_utf8_valid(f, c->len[i])) {
				bad = "invalid UTF-8";
				bad_field = i + 1;
				c->cp1252 = !c->utf8_seen && cp1252_valid(f, c->len[i]);
				break;
			}
			for (k = 0; k < c->len[i] && !c->utf8_seen; k++)
				c->utf8_seen = (unsigned char)f[k] >= 0x80;
			if (strstr(f, "\xef\xbb\xbf") != NULL) {
				bad = "a byte-order mark in the middle of the file";
				bad_field = i + 1;
				break;
			}
		}
	}
	*got = 1;
	c->bad_field = bad != NULL ? bad_field : 0;
	if (bad != NULL)
		return rt_error(e, RT_INVALID, "%s:%ld: field %d: %s", c->name,
		    c->rec_line, bad_field, bad);
	return RT_OK;
}
