/*
 * out.c - the output engine: every format through one spec (see out.h).
 *
 * In the manner of SQLite's query result formatter, each format is a plain
 * struct out_spec saying what goes before, between and after rows and
 * cells, and which function escapes a value; out_run() steps the statement
 * and drives every format from its spec, writing through the caller's
 * callback.  Only the table has a code path of its own, because it must
 * see rows before it can pad the first one: it measures the first rows,
 * writes them, and streams the rest at the same widths, so that memory
 * does not grow with the number of rows in any format.
 *
 * The encoders of stored text live here and only here: the terminal-safe
 * table cell, CSV with the formula guard and the --excel treatment, TSV,
 * the JSON string, and the Markdown and HTML text of documents.
 *
 * Nothing is written until the first sqlite3_step() has succeeded, so a
 * query that fails at once leaves no half-written header behind.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rectrack/err.h"
#include "rectrack/out.h"
#include "rectrack/util.h"

#define TABLE_CAP	60	/* widest table cell, in display columns */
#define TABLE_MIN	4	/* narrowest a column is cut to fit a terminal */
#define ELLIPSIS	"\xe2\x80\xa6"	/* U+2026, ends a cut cell */
#define REPL		"\xef\xbf\xbd"	/* U+FFFD, stands for a control */

/* One value as read from the statement, before any escaping. */
struct cell {
	int type;		/* SQLITE_INTEGER, _FLOAT, _TEXT, _BLOB or _NULL */
	const char *p;		/* its bytes: text, number text or raw blob */
	size_t n;		/* how many */
	double d;		/* the value itself, when SQLITE_FLOAT */
};

/* Appends one value to b, escaped for the format and the run's options. */
typedef void quote_fn(struct rt_buf *b, const struct cell *c,
    const struct rt_out *o);

struct out_spec {
	const char *name;	/* as given to --format */
	int header;		/* write the column names as a first row */
	const char *rule;	/* per-column text of the line under the
				   header, repeated to the width when
				   measured; NULL for no such line */
	const char *begin;	/* before the first row, when there are rows */
	const char *end;	/* after the last row, when there are rows */
	const char *empty;	/* instead of begin and end when no rows */
	const char *row_start;	/* before a row's first cell */
	const char *col_sep;	/* between two cells of a row */
	const char *row_end;	/* after a row's last cell */
	const char *row_sep;	/* between two data rows */
	int keyed;		/* precede each value by its JSON-quoted
				   column name and ':' */
	int measure;		/* measure rows, pad columns to their
				   widest cell, right-align numbers */
	quote_fn *quote;	/* the value escaper of the format */
};

static quote_fn table_quote, csv_quote, tsv_quote, json_quote, md_quote;

/* Strings left out are NULL and add nothing; flags left out are off. */
static const struct out_spec specs[] = {
	[RT_FMT_TABLE] = {
		.name = "table", .header = 1, .rule = "-",
		.col_sep = "  ", .row_end = "\n",
		.measure = 1, .quote = table_quote
	},
	[RT_FMT_CSV] = {
		.name = "csv", .header = 1,
		.col_sep = ",", .row_end = "\r\n",
		.quote = csv_quote
	},
	[RT_FMT_TSV] = {
		.name = "tsv", .header = 1,
		.col_sep = "\t", .row_end = "\n",
		.quote = tsv_quote
	},
	[RT_FMT_JSON] = {
		.name = "json",
		.begin = "[\n", .end = "\n]\n", .empty = "[]\n",
		.row_start = "{", .col_sep = ",", .row_end = "}",
		.row_sep = ",\n", .keyed = 1, .quote = json_quote
	},
	[RT_FMT_NDJSON] = {
		.name = "ndjson",
		.row_start = "{", .col_sep = ",", .row_end = "}\n",
		.keyed = 1, .quote = json_quote
	},
	[RT_FMT_MARKDOWN] = {
		.name = "markdown", .header = 1, .rule = "---",
		.row_start = "| ", .col_sep = " | ", .row_end = " |\n",
		.quote = md_quote
	}
};

#define NSPECS	(sizeof specs / sizeof specs[0])

/*
 * Display widths.  A compact subset of Unicode's East Asian Width (W and F)
 * and of the nonspacing marks and format characters: enough for the CJK,
 * Hangul, emoji and combined Latin that council papers contain, small
 * enough to read.  Both tables are sorted for bsearch.
 */
struct range {
	uint32_t lo;		/* first code point */
	uint32_t hi;		/* last code point, inclusive */
};

static const struct range zero_width[] = {
	{ 0x0300, 0x036f },	/* combining diacritical marks */
	{ 0x0483, 0x0489 },	/* Cyrillic combining marks */
	{ 0x0591, 0x05bd },	/* Hebrew points */
	{ 0x05bf, 0x05bf },
	{ 0x05c1, 0x05c2 },
	{ 0x05c4, 0x05c5 },
	{ 0x05c7, 0x05c7 },
	{ 0x0610, 0x061a },	/* Arabic marks */
	{ 0x064b, 0x065f },
	{ 0x0670, 0x0670 },
	{ 0x06d6, 0x06dc },
	{ 0x06df, 0x06e4 },
	{ 0x06e7, 0x06e8 },
	{ 0x06ea, 0x06ed },
	{ 0x0900, 0x0902 },	/* Devanagari signs */
	{ 0x093a, 0x093a },
	{ 0x093c, 0x093c },
	{ 0x0941, 0x0948 },
	{ 0x094d, 0x094d },
	{ 0x0951, 0x0957 },
	{ 0x0962, 0x0963 },
	{ 0x0e31, 0x0e31 },	/* Thai vowels and tone marks */
	{ 0x0e34, 0x0e3a },
	{ 0x0e47, 0x0e4e },
	{ 0x1160, 0x11ff },	/* Hangul medial vowels, final consonants */
	{ 0x1ab0, 0x1aff },	/* combining marks extended */
	{ 0x1dc0, 0x1dff },	/* combining marks supplement */
	{ 0x200b, 0x200f },	/* zero-width space, joiners, LRM, RLM */
	{ 0x202a, 0x202e },	/* bidi embeddings and overrides */
	{ 0x2060, 0x2064 },	/* word joiner, invisible operators */
	{ 0x2066, 0x206f },	/* bidi isolates, deprecated formats */
	{ 0x20d0, 0x20ff },	/* combining marks for symbols */
	{ 0x302a, 0x302d },	/* ideographic tone marks */
	{ 0x3099, 0x309a },	/* kana voicing marks */
	{ 0xfe00, 0xfe0f },	/* variation selectors */
	{ 0xfe20, 0xfe2f },	/* combining half marks */
	{ 0xfeff, 0xfeff },	/* byte order mark */
	{ 0xe0001, 0xe007f },	/* tags */
	{ 0xe0100, 0xe01ef }	/* variation selectors supplement */
};

static const struct range wide[] = {
	{ 0x1100, 0x115f },	/* Hangul initial consonants */
	{ 0x231a, 0x231b },	/* watch, hourglass */
	{ 0x2329, 0x232a },	/* angle brackets */
	{ 0x23e9, 0x23ec },
	{ 0x23f0, 0x23f0 },
	{ 0x23f3, 0x23f3 },
	{ 0x25fd, 0x25fe },
	{ 0x2614, 0x2615 },
	{ 0x2648, 0x2653 },
	{ 0x267f, 0x267f },
	{ 0x2693, 0x2693 },
	{ 0x26a1, 0x26a1 },
	{ 0x26aa, 0x26ab },
	{ 0x26bd, 0x26be },
	{ 0x26c4, 0x26c5 },
	{ 0x26ce, 0x26ce },
	{ 0x26d4, 0x26d4 },
	{ 0x26ea, 0x26ea },
	{ 0x26f2, 0x26f3 },
	{ 0x26f5, 0x26f5 },
	{ 0x26fa, 0x26fa },
	{ 0x26fd, 0x26fd },
	{ 0x2705, 0x2705 },
	{ 0x270a, 0x270b },
	{ 0x2728, 0x2728 },
	{ 0x274c, 0x274c },
	{ 0x274e, 0x274e },
	{ 0x2753, 0x2755 },
	{ 0x2757, 0x2757 },
	{ 0x2795, 0x2797 },
	{ 0x27b0, 0x27b0 },
	{ 0x27bf, 0x27bf },
	{ 0x2b1b, 0x2b1c },
	{ 0x2b50, 0x2b50 },
	{ 0x2b55, 0x2b55 },
	{ 0x2e80, 0x3029 },	/* CJK radicals .. ideographic marks */
	{ 0x302e, 0x303e },
	{ 0x3041, 0x3098 },	/* Hiragana */
	{ 0x309b, 0xa4cf },	/* Katakana .. CJK .. Yi */
	{ 0xa960, 0xa97f },	/* Hangul Jamo extended-A */
	{ 0xac00, 0xd7a3 },	/* Hangul syllables */
	{ 0xf900, 0xfaff },	/* CJK compatibility ideographs */
	{ 0xfe10, 0xfe19 },	/* vertical forms */
	{ 0xfe30, 0xfe6f },	/* CJK compatibility and small forms */
	{ 0xff00, 0xff60 },	/* fullwidth forms */
	{ 0xffe0, 0xffe6 },	/* fullwidth signs */
	{ 0x16fe0, 0x16fe4 },
	{ 0x17000, 0x18cff },	/* Tangut */
	{ 0x1b000, 0x1b2ff },	/* kana supplement, Nushu */
	{ 0x1f004, 0x1f004 },
	{ 0x1f0cf, 0x1f0cf },
	{ 0x1f18e, 0x1f18e },
	{ 0x1f191, 0x1f19a },
	{ 0x1f200, 0x1f251 },	/* enclosed ideographic supplement */
	{ 0x1f300, 0x1f320 },	/* pictographs and emoji */
	{ 0x1f32d, 0x1f335 },
	{ 0x1f337, 0x1f37c },
	{ 0x1f37e, 0x1f393 },
	{ 0x1f3a0, 0x1f3ca },
	{ 0x1f3cf, 0x1f3d3 },
	{ 0x1f3e0, 0x1f3f0 },
	{ 0x1f3f4, 0x1f3f4 },
	{ 0x1f3f8, 0x1f43e },
	{ 0x1f440, 0x1f440 },
	{ 0x1f442, 0x1f4fc },
	{ 0x1f4ff, 0x1f53d },
	{ 0x1f54b, 0x1f54e },
	{ 0x1f550, 0x1f567 },
	{ 0x1f57a, 0x1f57a },
	{ 0x1f595, 0x1f596 },
	{ 0x1f5a4, 0x1f5a4 },
	{ 0x1f5fb, 0x1f64f },
	{ 0x1f680, 0x1f6c5 },	/* transport and map symbols */
	{ 0x1f6cc, 0x1f6cc },
	{ 0x1f6d0, 0x1f6d2 },
	{ 0x1f6d5, 0x1f6d7 },
	{ 0x1f6eb, 0x1f6ec },
	{ 0x1f6f4, 0x1f6fc },
	{ 0x1f7e0, 0x1f7eb },
	{ 0x1f90c, 0x1f93a },	/* supplemental symbols and pictographs */
	{ 0x1f93c, 0x1f945 },
	{ 0x1f947, 0x1f9ff },
	{ 0x1fa70, 0x1faff },	/* symbols and pictographs extended-A */
	{ 0x20000, 0x2fffd },	/* CJK extensions B.. */
	{ 0x30000, 0x3fffd }	/* CJK extension G.. */
};

static int
range_cmp(const void *key, const void *elem)
{
	uint32_t cp = *(const uint32_t *)key;
	const struct range *r = elem;

	if (cp < r->lo)
		return -1;
	return cp > r->hi;
}

static int
in_ranges(uint32_t cp, const struct range *r, size_t n)
{
	return bsearch(&cp, r, n, sizeof r[0], range_cmp) != NULL;
}

static size_t
cp_width(uint32_t cp)
{
	/* The common case first: ASCII never needs a table look-up. */
	if (cp < 0x300)
		return 1;
	if (in_ranges(cp, zero_width, sizeof zero_width / sizeof zero_width[0]))
		return 0;
	if (in_ranges(cp, wide, sizeof wide / sizeof wide[0]))
		return 2;
	return 1;
}

/*
 * Decode one UTF-8 sequence of at most n bytes at s into *cp and return
 * its length, or 0 when the first byte does not start a valid sequence:
 * overlong forms, surrogates and code points past U+10FFFF are invalid,
 * so that whatever is let through is what a terminal or JSON parser
 * would read.  The caller then treats that one byte alone.
 */
static size_t
utf8_dec(const unsigned char *s, size_t n, uint32_t *cp)
{
	uint32_t c, min;
	size_t len, i;

	c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf) {
		len = 2;
		c &= 0x1f;
		min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3;
		c &= 0x0f;
		min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4;
		c &= 0x07;
		min = 0x10000;
	} else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return len;
}

/*
 * Invalid bytes and control characters count one column each, because
 * the table shows each of them as one '?' or U+FFFD.
 */
size_t
rt_utf8_width(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, k, w = 0;
	uint32_t cp;

	while (i < n) {
		if ((k = utf8_dec(p + i, n - i, &cp)) == 0) {
			w++;
			i++;
			continue;
		}
		w += cp_width(cp);
		i += k;
	}
	return w;
}

/*
 * Numbers.  Integers keep SQLite's own text.  Reals are written with the
 * fewest digits (15 to 17) that read back as the same double, so that an
 * export loses nothing, and keep a ".0" when they look integral so that
 * they still read as reals.
 */
static void
real_text(char *buf, size_t sz, double d)
{
	int prec;

	if (isnan(d)) {
		snprintf(buf, sz, "NaN");
		return;
	}
	if (isinf(d)) {
		snprintf(buf, sz, "%s", d < 0 ? "-Inf" : "Inf");
		return;
	}
	for (prec = 15; prec <= 17; prec++) {
		snprintf(buf, sz, "%.*g", prec, d);
		if (strtod(buf, NULL) == d)
			break;
	}
	if (buf[strspn(buf, "-0123456789")] == '\0')
		strncat(buf, ".0", sz - strlen(buf) - 1);
}

/* The bidirectional embeddings, overrides and isolates. */
static int
is_bidi(uint32_t cp)
{
	return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/* Does s hold a bidirectional control?  They are all E2 80 AA-AE, E2 81 A6-A9. */
static int
has_bidi(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *q, *end = p + n;

	while ((q = memchr(p, 0xe2, (size_t)(end - p))) != NULL) {
		if (end - q >= 3 && ((q[1] == 0x80 && q[2] >= 0xaa && q[2] <= 0xae) ||
		    (q[1] == 0x81 && q[2] >= 0xa6 && q[2] <= 0xa9)))
			return 1;
		p = q + 1;
	}
	return 0;
}

/* Drop what b holds after its first len bytes. */
static void
buf_cut(struct rt_buf *b, size_t len)
{
	if (b->s != NULL && len < b->len) {
		b->len = len;
		b->s[len] = '\0';
	}
}

/*
 * Table cells: safe for a terminal and at most TABLE_CAP columns wide.
 * Line breaks and tabs would break the grid and become a space; other C0
 * controls, DEL and the C1 range (which a terminal may read as CSI) would
 * let stored text drive the terminal and become U+FFFD; a bidirectional
 * control, which would silently reorder the rest of the line, is shown by
 * name (<U+202E>); bytes that are not UTF-8 become '?'.  An over-wide cell
 * is cut on a character boundary and ends in an ellipsis, the whole
 * staying within TABLE_CAP.
 */
static void
table_quote(struct rt_buf *b, const struct cell *c, const struct rt_out *o)
{
	const unsigned char *p = (const unsigned char *)c->p;
	size_t i, k, w, acc = 0, keep = b->len;
	char name[16];
	uint32_t cp = 0;

	(void)o;
	if (c->type == SQLITE_NULL)
		return;
	for (i = 0; i < c->n; i += k) {
		if ((k = utf8_dec(p + i, c->n - i, &cp)) == 0) {
			k = 1;
			w = 1;
			rt_buf_putc(b, '?');
		} else if (cp == '\n' || cp == '\r' || cp == '\t') {
			w = 1;
			rt_buf_putc(b, ' ');
		} else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) {
			w = 1;
			rt_buf_puts(b, REPL);
		} else if (is_bidi(cp)) {
			w = (size_t)snprintf(name, sizeof name, "<U+%04X>",
			    (unsigned)cp);
			rt_buf_puts(b, name);
		} else {
			w = cp_width(cp);
			rt_buf_add(b, c->p + i, k);
		}
		acc += w;
		if (acc <= TABLE_CAP - 1)
			keep = b->len;
		else if (acc > TABLE_CAP) {
			buf_cut(b, keep);
			rt_buf_puts(b, ELLIPSIS);
			return;
		}
	}
}

void
rt_out_term_text(struct rt_buf *b, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i, k;
	uint32_t cp = 0;

	for (i = 0; i < n; i += k) {
		if ((k = utf8_dec(p + i, n - i, &cp)) == 0) {
			k = 1;
			rt_buf_putc(b, '?');
		} else if (cp == '\r') {
			if (i + 1 == n || p[i + 1] != '\n')
				rt_buf_putc(b, '\n');
		} else if (cp == '\n')
			rt_buf_putc(b, '\n');
		else if (cp == '\t')
			rt_buf_putc(b, ' ');
		else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f))
			rt_buf_puts(b, REPL);
		else if (is_bidi(cp))
			rt_buf_printf(b, "<U+%04X>", (unsigned)cp);
		else
			rt_buf_add(b, s + i, k);
	}
}

/*
 * CSV fields go either to a buffer (the listing) or straight to a FILE
 * (rt_csv_field), so the encoder writes through a small put function.
 */
typedef void put_fn(void *arg, const char *s, size_t n);

/*
 * One line of text (rt_out_line_text), written through put: errors go
 * straight to standard error with no allocation, so that running out of
 * memory still gets its one clear line.
 */
static void
line_text(put_fn *put, void *arg, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	char esc[16];
	size_t i, k;
	uint32_t cp = 0;

	for (i = 0; i < n; i += k) {
		esc[0] = '\0';
		if ((k = utf8_dec(p + i, n - i, &cp)) == 0) {
			k = 1;
			snprintf(esc, sizeof esc, "\\x%02x", p[i]);
		} else if (cp == '\n' || cp == '\r' || cp == '\t')
			snprintf(esc, sizeof esc, "\\%c", cp == '\n' ? 'n' :
			    cp == '\r' ? 'r' : 't');
		else if (cp < 0x20 || cp == 0x7f)
			snprintf(esc, sizeof esc, "\\x%02x", (unsigned)cp);
		else if (cp >= 0x80 && cp <= 0x9f)
			snprintf(esc, sizeof esc, "\\u%04x", (unsigned)cp);
		else if (is_bidi(cp))
			snprintf(esc, sizeof esc, "<U+%04X>", (unsigned)cp);
		if (esc[0] != '\0')
			put(arg, esc, strlen(esc));
		else
			put(arg, s + i, k);
	}
}

static void
put_buf(void *arg, const char *s, size_t n)
{
	rt_buf_add(arg, s, n);
}

static void
put_stream(void *arg, const char *s, size_t n)
{
	fwrite(s, 1, n, arg);
}

void
rt_out_line_text(struct rt_buf *b, const char *s, size_t n)
{
	line_text(put_buf, b, s, n);
}

void
rt_err_print(FILE *fp, const char *prefix, const char *msg)
{
	fputs(prefix, fp);
	line_text(put_stream, fp, msg, strlen(msg));
	fputc('\n', fp);
}

int
rt_csv_guarded(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && s[i] == '\'')
		i++;
	return i < n && memchr("=+-@\t\r", s[i], 6) != NULL;
}

static void
csv_encode(const char *s, size_t n, int guard, put_fn *put, void *arg)
{
	const char *q;
	int quoted;

	/* Four passes of memchr beat one loop over the bytes. */
	quoted = memchr(s, ',', n) != NULL || memchr(s, '"', n) != NULL ||
	    memchr(s, '\n', n) != NULL || memchr(s, '\r', n) != NULL;
	if (quoted)
		put(arg, "\"", 1);
	/*
	 * A spreadsheet would run "=..." as a formula; a quote defuses it.
	 * A text that itself is quotes before such a character ("'+44 ...")
	 * gets one more, so that import, which removes one quote only there,
	 * gives back every text as it was.
	 */
	if (guard && rt_csv_guarded(s, n))
		put(arg, "'", 1);
	while (quoted && (q = memchr(s, '"', n)) != NULL) {
		put(arg, s, (size_t)(q - s) + 1);
		put(arg, "\"", 1);
		n -= (size_t)(q - s) + 1;
		s = q + 1;
	}
	put(arg, s, n);
	if (quoted)
		put(arg, "\"", 1);
}

struct file_sink {
	FILE *fp;		/* where the field goes */
	int failed;		/* set once a write fell short */
};

static void
put_file(void *arg, const char *s, size_t n)
{
	struct file_sink *fs = arg;

	if (!fs->failed && n > 0 && fwrite(s, 1, n, fs->fp) != n)
		fs->failed = 1;
}

int
rt_csv_field(FILE *fp, const char *s, size_t n, int guard)
{
	struct file_sink fs = { fp, 0 };

	csv_encode(s, n, guard, put_file, &fs);
	return fs.failed ? -1 : 0;
}

void
rt_csv_buf(struct rt_buf *b, const char *s, size_t n, int guard)
{
	csv_encode(s, n, guard, put_buf, b);
}

/* Is the word s[0..n) (ASCII letters) one Excel reads in a date or time? */
static int
excel_word(const char *s, size_t n)
{
	static const char *const words[] = {
		"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december",
		"sept", "am", "pm", NULL
	};
	size_t i, k;

	for (i = 0; words[i] != NULL; i++) {
		k = strlen(words[i]);
		/* A month's whole name or its first three letters. */
		if ((n == k || (n == 3 && k > 3 && strcmp(words[i], "sept") != 0))
		    && strncasecmp(s, words[i], n) == 0)
			return 1;
	}
	return 0;
}

static int
is_digit(int ch)
{
	return ch >= '0' && ch <= '9';
}

static int
is_alpha(int ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/*
 * Excel reads a CSV cell as a number, a date or a time when it is made
 * of digits, signs, separators, currency and percent signs, an exponent,
 * month names and am/pm: "007" becomes 7, "3.10" 3.1, "1E5" 100000,
 * "1-2" the 1st of February, "March 2025" the 1st of March, "(5)" -5.
 * Any cell of that alphabet with a digit counts; a few harmless ones
 * ("1.2.3", which Excel would leave alone) are counted too, and only cost
 * them the ="..." form.
 */
int
rt_excel_converts(const char *s, size_t n)
{
	size_t i, j, digits = 0;
	unsigned char ch;

	while (n > 0 && s[0] == ' ')
		s++, n--;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n == 0 || n > 64)
		return 0;
	if ((n == 4 && strncasecmp(s, "true", 4) == 0) ||
	    (n == 5 && strncasecmp(s, "false", 5) == 0))
		return 1;
	/* YYYY-MM-DD: Excel reads the same date, which is what it means. */
	if (n == 10 && s[4] == '-' && s[7] == '-' &&
	    strspn(s, "0123456789") == 4 && strspn(s + 5, "0123456789") == 2 &&
	    strspn(s + 8, "0123456789") == 2)
		return 0;
	for (i = 0; i < n; i = j) {
		ch = (unsigned char)s[i];
		j = i + 1;
		if (is_digit(ch))
			digits++;
		else if (ch != '\0' && strchr(" .,:/-+%$()", ch) != NULL)
			continue;
		else if (ch == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] == 0xa3)
			j = i + 2;	/* £ */
		else if (ch == 0xe2 && i + 2 < n && (unsigned char)s[i + 1] == 0x82
		    && (unsigned char)s[i + 2] == 0xac)
			j = i + 3;	/* € */
		else if (is_alpha(ch)) {
			while (j < n && is_alpha((unsigned char)s[j]))
				j++;
			/* 1E5, 2.5e-3: an exponent between digits. */
			if (j == i + 1 && (ch == 'e' || ch == 'E') && i > 0 &&
			    is_digit((unsigned char)s[i - 1]) && j < n &&
			    (is_digit((unsigned char)s[j]) || s[j] == '+' ||
			    s[j] == '-'))
				continue;
			if (!excel_word(s + i, j - i))
				return 0;
		} else
			return 0;
	}
	return digits > 0;
}

/*
 * --excel: ="007" is a formula whose value is the text 007, so Excel shows
 * the cell as written and keeps it as text.  The text holds no quote
 * (rt_excel_converts() admits none), so it needs no doubling of its own;
 * the field is quoted for the formula's quotes.
 */
static void
excel_text(struct rt_buf *b, const char *s, size_t n)
{
	rt_buf_puts(b, "\"=\"\"");
	rt_buf_add(b, s, n);
	rt_buf_puts(b, "\"\"\"");
}

/* Only text and blobs are guarded: an id of -1 is a number, not a formula. */
static void
csv_quote(struct rt_buf *b, const struct cell *c, const struct rt_out *o)
{
	if (c->type == SQLITE_NULL)
		return;
	if (o->excel && c->type == SQLITE_TEXT && rt_excel_converts(c->p, c->n))
		excel_text(b, c->p, c->n);
	else
		csv_encode(c->p, c->n, !o->no_guard && c->type != SQLITE_INTEGER &&
		    c->type != SQLITE_FLOAT, put_buf, b);
}

/* TSV has no quoting, so the four bytes that would break it are escaped. */
static void
tsv_quote(struct rt_buf *b, const struct cell *c, const struct rt_out *o)
{
	size_t i;

	(void)o;
	if (c->type == SQLITE_NULL)
		return;
	for (i = 0; i < c->n; i++) {
		switch (c->p[i]) {
		case '\\':
			rt_buf_puts(b, "\\\\");
			break;
		case '\t':
			rt_buf_puts(b, "\\t");
			break;
		case '\n':
			rt_buf_puts(b, "\\n");
			break;
		case '\r':
			rt_buf_puts(b, "\\r");
			break;
		default:
			rt_buf_putc(b, c->p[i]);
			break;
		}
	}
}

/* How many bytes from s, up to end, hold none of the bytes of set. */
static size_t
plain_run(const char *s, const char *end, const char *set)
{
	const char *p;

	for (p = s; p < end && (*p == '\0' || strchr(set, *p) == NULL); p++)
		;
	return (size_t)(p - s);
}

void
rt_out_md_text(struct rt_buf *b, const char *s, size_t n)
{
	const char *end = s + n;
	size_t k;

	while (s < end) {
		/* Runs of plain bytes in one append: most of a text is plain. */
		k = plain_run(s, end, "\\|[]()!&<>\r\n");
		rt_buf_add(b, s, k);
		if ((s += k) >= end)
			break;
		switch (*s) {
		case '&':
			rt_buf_puts(b, "&amp;");
			break;
		case '<':
			rt_buf_puts(b, "&lt;");
			break;
		case '>':
			rt_buf_puts(b, "&gt;");
			break;
		case '\r':
			if (s + 1 < end && s[1] == '\n')
				break;	/* CRLF is one break */
			/* FALLTHROUGH */
		case '\n':
			rt_buf_puts(b, "<br>");
			break;
		default:	/* a backslash, | [ ] ( ) ! */
			rt_buf_putc(b, '\\');
			rt_buf_putc(b, *s);
			break;
		}
		s++;
	}
}

/* Markdown cells: see rt_out_md_text(). */
static void
md_quote(struct rt_buf *b, const struct cell *c, const struct rt_out *o)
{
	(void)o;
	if (c->type != SQLITE_NULL)
		rt_out_md_text(b, c->p, c->n);
}

void
rt_out_html_text(struct rt_buf *b, const char *s, size_t n, int paragraphs)
{
	const char *end = s + n;
	int bidi = has_bidi(s, n);
	size_t k;

	/* <bdi> ends every embedding the text opened, at its own end. */
	if (bidi)
		rt_buf_puts(b, "<bdi>");
	while (s < end) {
		k = plain_run(s, end, "&<>\"'\r\n");
		rt_buf_add(b, s, k);
		if ((s += k) >= end)
			break;
		switch (*s) {
		case '&':
			rt_buf_puts(b, "&amp;");
			break;
		case '<':
			rt_buf_puts(b, "&lt;");
			break;
		case '>':
			rt_buf_puts(b, "&gt;");
			break;
		case '"':
			rt_buf_puts(b, "&quot;");
			break;
		case '\'':
			rt_buf_puts(b, "&#39;");
			break;
		case '\r':
			break;
		case '\n':
			if (!paragraphs)
				rt_buf_puts(b, "<br>");
			else if (s + 1 < end && (s[1] == '\n' || (s[1] == '\r' &&
			    s + 2 < end && s[2] == '\n'))) {
				/* A paragraph may not open inside <bdi>. */
				rt_buf_puts(b, bidi ? "<br><br>" : "</p><p>");
				while (s + 1 < end && (s[1] == '\n' || s[1] == '\r'))
					s++;
			} else
				rt_buf_puts(b, "<br>");
			break;
		}
		s++;
	}
	if (bidi)
		rt_buf_puts(b, "</bdi>");
}

/*
 * A JSON string, always valid: invalid UTF-8 becomes U+FFFD, controls are
 * escaped, and U+2028/U+2029 too since older JavaScript cannot hold them
 * raw in a string.
 */
void
rt_out_json_str(struct rt_buf *b, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i, k;
	uint32_t cp;

	rt_buf_putc(b, '"');
	for (i = 0; i < n; i += k) {
		if ((k = utf8_dec(p + i, n - i, &cp)) == 0) {
			rt_buf_puts(b, REPL);
			k = 1;
			continue;
		}
		switch (cp) {
		case '"':
			rt_buf_puts(b, "\\\"");
			break;
		case '\\':
			rt_buf_puts(b, "\\\\");
			break;
		case '\b':
			rt_buf_puts(b, "\\b");
			break;
		case '\f':
			rt_buf_puts(b, "\\f");
			break;
		case '\n':
			rt_buf_puts(b, "\\n");
			break;
		case '\r':
			rt_buf_puts(b, "\\r");
			break;
		case '\t':
			rt_buf_puts(b, "\\t");
			break;
		default:
			if (cp < 0x20 || cp == 0x2028 || cp == 0x2029)
				rt_buf_printf(b, "\\u%04x", (unsigned)cp);
			else
				rt_buf_add(b, s + i, k);
			break;
		}
	}
	rt_buf_putc(b, '"');
}

static void
json_quote(struct rt_buf *b, const struct cell *c, const struct rt_out *o)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)c->p;
	size_t i;

	(void)o;
	switch (c->type) {
	case SQLITE_NULL:
		rt_buf_puts(b, "null");
		break;
	case SQLITE_FLOAT:
		/* JSON has no Inf or NaN. */
		if (!isfinite(c->d))
			rt_buf_puts(b, "null");
		else
			rt_buf_add(b, c->p, c->n);
		break;
	case SQLITE_INTEGER:
		rt_buf_add(b, c->p, c->n);
		break;
	case SQLITE_BLOB:
		rt_buf_putc(b, '"');
		for (i = 0; i < c->n; i++) {
			rt_buf_putc(b, hex[p[i] >> 4]);
			rt_buf_putc(b, hex[p[i] & 0xf]);
		}
		rt_buf_putc(b, '"');
		break;
	default:
		rt_out_json_str(b, c->p, c->n);
		break;
	}
}

int
rt_fmt_parse(const char *name, enum rt_fmt *fmt, struct rt_err *e)
{
	size_t i;

	for (i = 0; name != NULL && i < NSPECS; i++) {
		if (strcmp(name, specs[i].name) == 0) {
			*fmt = (enum rt_fmt)i;
			return RT_OK;
		}
	}
	return rt_error(e, RT_USAGE, "unknown format '%s': expected table, "
	    "csv, tsv, json, ndjson or markdown", name != NULL ? name : "");
}

const char *
rt_share(const char *name)
{
	const struct rt_sharefile *f;

	for (f = rt_sharefiles; f->name != NULL; f++)
		if (strcmp(f->name, name) == 0)
			return f->text;
	return "";
}

/*
 * Documents (see out.h): a back-end is the markup of one format around
 * the one escaper of that format.
 */
#define DOC_CHUNK	65536	/* bytes gathered before a write */

static void
html_doc_text(struct rt_buf *b, const char *s, size_t n)
{
	rt_out_html_text(b, s, n, 1);
}

static const struct doc_backend {
	void (*text)(struct rt_buf *, const char *, size_t); /* escaper */
	const char *strong_on;	/* emphasis, opening */
	const char *strong_off;	/* emphasis, closing */
	const char *br;		/* a line break inside a block */
} doc_backends[] = {
	[RT_DOC_HTML] = { html_doc_text, "<strong>", "</strong>", "<br>" },
	[RT_DOC_MARKDOWN] = { rt_out_md_text, "**", "**", "<br>" },
};

struct rt_doc {
	enum rt_doc_fmt fmt;		/* the format */
	const struct doc_backend *be;	/* its back-end */
	rt_out_write_fn *xWrite;	/* where the bytes go */
	void *arg;			/* its argument */
	struct rt_buf buf;		/* bytes not yet written */
	int err;			/* errno of the first failure, or 0 */
};

struct rt_doc *
rt_doc_new(enum rt_doc_fmt fmt, rt_out_write_fn *xWrite, void *arg)
{
	struct rt_doc *d;

	if ((size_t)fmt >= sizeof doc_backends / sizeof doc_backends[0] ||
	    (d = rt_malloc(sizeof *d)) == NULL)
		return NULL;
	memset(d, 0, sizeof *d);
	d->fmt = fmt;
	d->be = &doc_backends[fmt];
	d->xWrite = xWrite;
	d->arg = arg;
	return d;
}

enum rt_doc_fmt
rt_doc_format(const struct rt_doc *d)
{
	return d->fmt;
}

/* Write what buf holds; keep the first failure. */
static void
doc_drain(struct rt_doc *d)
{
	const char *p = d->buf.s;
	size_t n = d->buf.len;
	ssize_t w;

	if (d->buf.oom && d->err == 0)
		d->err = ENOMEM;
	while (d->err == 0 && n > 0) {
		errno = 0;
		if ((w = d->xWrite(d->arg, (const unsigned char *)p, n)) <= 0)
			d->err = errno != 0 ? errno : EIO;
		else {
			p += w;
			n -= (size_t)w;
		}
	}
	rt_buf_release(&d->buf);
}

static void
doc_check(struct rt_doc *d)
{
	if (d->buf.len >= DOC_CHUNK || d->buf.oom)
		doc_drain(d);
}

void
rt_doc_text(struct rt_doc *d, const char *s)
{
	if (d->err == 0) {
		d->be->text(&d->buf, s, strlen(s));
		doc_check(d);
	}
}

void
rt_doc_raw(struct rt_doc *d, const char *s)
{
	if (d->err == 0) {
		rt_buf_puts(&d->buf, s);
		doc_check(d);
	}
}

void
rt_doc_rawf(struct rt_doc *d, const char *fmt, ...)
{
	va_list ap;
	char small[512], *big;
	int n;

	if (d->err != 0)
		return;
	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0) {
		d->err = EINVAL;
		return;
	}
	if ((size_t)n < sizeof small)
		rt_buf_add(&d->buf, small, (size_t)n);
	else if ((big = rt_malloc((size_t)n + 1)) == NULL)
		d->err = ENOMEM;
	else {
		/* Longer than small: the program's own text, formatted again. */
		va_start(ap, fmt);
		vsnprintf(big, (size_t)n + 1, fmt, ap);
		va_end(ap);
		rt_buf_add(&d->buf, big, (size_t)n);
		rt_free(big);
	}
	doc_check(d);
}

void
rt_doc_strong_on(struct rt_doc *d)
{
	rt_doc_raw(d, d->be->strong_on);
}

void
rt_doc_strong_off(struct rt_doc *d)
{
	rt_doc_raw(d, d->be->strong_off);
}

void
rt_doc_br(struct rt_doc *d)
{
	rt_doc_raw(d, d->be->br);
}

int
rt_doc_free(struct rt_doc *d, struct rt_err *e)
{
	int err;

	if (d == NULL)
		return RT_OK;
	doc_drain(d);
	err = d->err;
	rt_free(d);
	if (err == ENOMEM)
		return rt_error(e, RT_FAIL, "out of memory");
	if (err != 0)
		return rt_error(e, RT_FAIL, "write: %s", strerror(err));
	return RT_OK;
}

ssize_t
rt_out_fwrite(void *arg, const unsigned char *p, size_t n)
{
	errno = 0;
	if (fwrite(p, 1, n, arg) != n) {
		if (errno == 0)
			errno = EIO;
		return -1;
	}
	return (ssize_t)n;
}

/* All of s through the run's callback. */
static int
emit(const struct rt_out *o, const char *s, size_t n, struct rt_err *e)
{
	ssize_t w;

	while (n > 0) {
		errno = 0;
		if ((w = o->xWrite(o->pWriteArg, (const unsigned char *)s, n)) <= 0)
			return rt_error(e, RT_FAIL, "write: %s",
			    errno ? strerror(errno) : "short write");
		s += w;
		n -= (size_t)w;
	}
	return RT_OK;
}

/*
 * The table store: rendered cells back to back in one buffer, with
 * offset, length and width beside each.  While measuring it holds the
 * header and the first rows; once the widths are fixed (streaming) it
 * holds one row at a time.
 */
struct tcell {
	size_t off;		/* where its text starts in table.text */
	size_t len;		/* bytes of text */
	size_t width;		/* display columns */
	int type;		/* SQLite type of the value; TEXT for names */
};

struct table {
	struct rt_buf text;	/* the cells' rendered text */
	struct tcell *cell;	/* ncol per row */
	size_t ncell;		/* cells used */
	size_t cap;		/* cells allocated */
	size_t *width;		/* per column, once measured */
	unsigned char *right;	/* per column: right-aligned, once measured */
	int streaming;		/* widths fixed: rows go out as they come */
	struct rt_buf line;	/* the line being written */
};

/*
 * Read column i of the current row.  num holds a real's text and must
 * outlive the cell.  Returns -1 when SQLite ran out of memory converting.
 */
static int
cell_get(sqlite3_stmt *st, int i, struct cell *c, char *num, size_t numsz)
{
	c->type = sqlite3_column_type(st, i);
	c->d = 0;
	switch (c->type) {
	case SQLITE_NULL:
		c->p = "";
		c->n = 0;
		return 0;
	case SQLITE_FLOAT:
		c->d = sqlite3_column_double(st, i);
		real_text(num, numsz, c->d);
		c->p = num;
		c->n = strlen(num);
		return 0;
	case SQLITE_BLOB:
		c->p = sqlite3_column_blob(st, i);
		c->n = (size_t)sqlite3_column_bytes(st, i);
		if (c->p == NULL)
			c->p = "";
		return 0;
	default:
		c->p = (const char *)sqlite3_column_text(st, i);
		c->n = (size_t)sqlite3_column_bytes(st, i);
		return c->p == NULL ? -1 : 0;
	}
}

/* Keep one rendered cell of the table; -1 when out of memory. */
static int
table_add(struct table *t, const struct cell *c, const struct rt_out *o)
{
	struct tcell *tc;
	size_t cap, off = t->text.len;

	if (t->ncell == t->cap) {
		cap = t->cap ? t->cap * 2 : 64;
		if (cap > SIZE_MAX / sizeof *tc)
			return -1;
		if ((tc = rt_realloc(t->cell, cap * sizeof *tc)) == NULL)
			return -1;
		t->cell = tc;
		t->cap = cap;
	}
	table_quote(&t->text, c, o);
	if (t->text.oom)
		return -1;
	tc = &t->cell[t->ncell++];
	tc->off = off;
	tc->len = t->text.len - off;
	/* text.s is still NULL while every cell so far was empty. */
	tc->width = rt_utf8_width(rt_buf_str(&t->text) + off, tc->len);
	tc->type = c->type;
	return 0;
}

/* Spec strings left out of a spec are NULL and mean nothing to add. */
static void
put_str(struct rt_buf *b, const char *s)
{
	if (s != NULL)
		rt_buf_puts(b, s);
}

static void
put_spaces(struct rt_buf *b, size_t n)
{
	while (n-- > 0)
		rt_buf_putc(b, ' ');
}

/*
 * The rendered cell s[0..n) cut to fit max columns: whole characters up
 * to max - 1 columns and an ellipsis.  Returns the width appended.
 */
static size_t
put_cut(struct rt_buf *b, const char *s, size_t n, size_t max)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i, k, w, acc = 0;
	uint32_t cp;

	for (i = 0; i < n; i += k) {
		if ((k = utf8_dec(p + i, n - i, &cp)) == 0) {
			k = 1;
			w = 1;
		} else
			w = cp_width(cp);
		if (acc + w > max - 1)
			break;
		rt_buf_add(b, s + i, k);
		acc += w;
	}
	/* Combining marks that follow the last character kept stay with it. */
	while (i < n && (k = utf8_dec(p + i, n - i, &cp)) != 0 &&
	    cp_width(cp) == 0) {
		rt_buf_add(b, s + i, k);
		i += k;
	}
	rt_buf_puts(b, ELLIPSIS);
	return acc + 1;
}

/*
 * Fix the widths from the cells measured: every column as wide as its
 * widest cell, right-aligned (header too) when all its values are
 * numbers.  When the rows would be wider than o->width (the terminal),
 * the widest columns are narrowed to one common cap, no narrower than
 * TABLE_MIN, the largest cap that fits.
 */
static int
table_layout(struct table *t, size_t ncol, const struct rt_out *o)
{
	const struct tcell *tc;
	size_t j, r, nrow = t->ncell / ncol, cap, total;

	t->width = rt_malloc(ncol * sizeof *t->width);
	t->right = rt_malloc(ncol);
	if (t->width == NULL || t->right == NULL)
		return -1;
	for (j = 0; j < ncol; j++) {
		t->width[j] = 1;
		t->right[j] = 0;
		for (r = 0; r < nrow; r++) {
			tc = &t->cell[r * ncol + j];
			if (tc->width > t->width[j])
				t->width[j] = tc->width;
			if (r == 0 || tc->type == SQLITE_NULL)
				continue;
			if (tc->type == SQLITE_INTEGER ||
			    tc->type == SQLITE_FLOAT)
				t->right[j] |= 1;
			else
				t->right[j] |= 2;
		}
		t->right[j] = t->right[j] == 1;
	}
	if (o->width == 0)
		return 0;
	for (cap = TABLE_CAP; cap > TABLE_MIN; cap--) {
		for (total = 2 * (ncol - 1), j = 0; j < ncol; j++)
			total += t->width[j] < cap ? t->width[j] : cap;
		if (total <= o->width)
			break;
	}
	for (j = 0; j < ncol; j++)
		if (t->width[j] > cap)
			t->width[j] = cap;
	return 0;
}

/* One line of the table from the cells at row, padded and cut to widths. */
static void
table_line(const struct out_spec *sp, const struct table *t, size_t ncol,
    const struct tcell *row, struct rt_buf *line)
{
	const char *text = rt_buf_str(&t->text);
	size_t j, w;

	put_str(line, sp->row_start);
	for (j = 0; j < ncol; j++) {
		const struct tcell *tc = &row[j];

		if (j > 0)
			put_str(line, sp->col_sep);
		/* A number is never cut: a longer one pushes the line instead. */
		if (tc->width > t->width[j] && (tc->type == SQLITE_INTEGER ||
		    tc->type == SQLITE_FLOAT)) {
			rt_buf_add(line, text + tc->off, tc->len);
			continue;
		}
		if (tc->width > t->width[j]) {
			w = put_cut(line, text + tc->off, tc->len, t->width[j]);
			put_spaces(line, t->width[j] - w);
			continue;
		}
		if (t->right[j])
			put_spaces(line, t->width[j] - tc->width);
		rt_buf_add(line, text + tc->off, tc->len);
		if (!t->right[j])
			put_spaces(line, t->width[j] - tc->width);
	}
	while (line->len > 0 && line->s[line->len - 1] == ' ')
		line->s[--line->len] = '\0';
	put_str(line, sp->row_end);
}

/*
 * Write what the table holds: when measuring, fix the widths and write the
 * header, its rule and the rows measured; when streaming, the one row.
 * Either way the store is emptied for the rows to come.
 */
static int
table_flush(const struct out_spec *sp, struct table *t, size_t ncol,
    const struct rt_out *o, struct rt_err *e)
{
	struct rt_buf *line = &t->line;
	size_t i, j, r, nrow;
	int rc = RT_OK;

	if (ncol == 0)
		return RT_OK;
	if (!t->streaming && table_layout(t, ncol, o) != 0)
		return rt_error(e, RT_FAIL, "out of memory");
	nrow = t->ncell / ncol;
	for (r = 0; r < nrow && rc == RT_OK; r++) {
		rt_buf_reset(line);
		table_line(sp, t, ncol, &t->cell[r * ncol], line);
		if (r == 0 && !t->streaming && sp->rule != NULL) {
			put_str(line, sp->row_start);
			for (j = 0; j < ncol; j++) {
				if (j > 0)
					put_str(line, sp->col_sep);
				for (i = 0; i < t->width[j]; i++)
					put_str(line, sp->rule);
			}
			put_str(line, sp->row_end);
		}
		if (line->oom)
			rc = rt_error(e, RT_FAIL, "out of memory");
		else
			rc = emit(o, line->s, line->len, e);
	}
	t->streaming = 1;
	t->ncell = 0;
	rt_buf_reset(&t->text);
	return rc;
}

/*
 * Render one row (the header when names is set) in spec sp: appended to
 * line as a whole output line, or kept in the table when measuring.
 */
static int
put_row(const struct out_spec *sp, sqlite3_stmt *st, int ncol, int names,
    struct rt_buf *line, struct table *t, const struct rt_out *o,
    struct rt_err *e)
{
	char num[64];
	struct cell c;
	const char *name = NULL;
	int i;

	if (!sp->measure)
		put_str(line, sp->row_start);
	for (i = 0; i < ncol; i++) {
		if (names || sp->keyed) {
			if ((name = sqlite3_column_name(st, i)) == NULL)
				return rt_error(e, RT_FAIL, "out of memory");
		}
		if (names) {
			c.type = SQLITE_TEXT;
			c.p = name;
			c.n = strlen(name);
			c.d = 0;
		} else if (cell_get(st, i, &c, num, sizeof num) != 0)
			return rt_error(e, RT_FAIL, "out of memory");
		if (sp->measure) {
			if (table_add(t, &c, o) != 0)
				return rt_error(e, RT_FAIL, "out of memory");
			continue;
		}
		if (i > 0)
			put_str(line, sp->col_sep);
		if (sp->keyed && !names) {
			rt_out_json_str(line, name, strlen(name));
			rt_buf_putc(line, ':');
		}
		if (names) {
			/* Column names are text, never a formula or an Excel number. */
			struct rt_out plain = *o;

			plain.no_guard = 1;
			plain.excel = 0;
			sp->quote(line, &c, &plain);
		} else
			sp->quote(line, &c, o);
	}
	if (sp->measure)
		return RT_OK;
	put_str(line, sp->row_end);
	if (names && sp->rule != NULL) {
		put_str(line, sp->row_start);
		for (i = 0; i < ncol; i++) {
			if (i > 0)
				put_str(line, sp->col_sep);
			put_str(line, sp->rule);
		}
		put_str(line, sp->row_end);
	}
	return line->oom ? rt_error(e, RT_FAIL, "out of memory") : RT_OK;
}

/*
 * The writer.  Each step's row is rendered into line and written at once,
 * so memory stays at one row; the table keeps its first rows to measure
 * them (RT_OUT_MEASURE_ROWS, RT_OUT_MEASURE_BYTES) and then streams too.
 */
static int
out_run(const struct out_spec *sp, sqlite3_stmt *st, const struct rt_out *o,
    struct rt_err *e)
{
	struct rt_buf line = RT_BUF_INIT;
	struct table t;
	int ncol = sqlite3_column_count(st);
	size_t nrow = 0;
	int rc = RT_OK, src;

	memset(&t, 0, sizeof t);
	for (;;) {
		src = sqlite3_step(st);
		if (src != SQLITE_ROW && src != SQLITE_DONE) {
			rc = rt_error(e, RT_FAIL, "query: %s",
			    sqlite3_errmsg(sqlite3_db_handle(st)));
			goto out;
		}
		rt_buf_reset(&line);
		if (nrow == 0 && sp->header && ncol > 0) {
			if ((rc = put_row(sp, st, ncol, 1, &line, &t, o, e)))
				goto out;
		}
		if (src == SQLITE_DONE)
			break;
		put_str(&line, nrow == 0 ? sp->begin : sp->row_sep);
		if ((rc = put_row(sp, st, ncol, 0, &line, &t, o, e)) != RT_OK)
			goto out;
		nrow++;
		if (!sp->measure)
			rc = emit(o, line.s, line.len, e);
		else if (t.streaming || nrow >= RT_OUT_MEASURE_ROWS ||
		    t.text.len >= RT_OUT_MEASURE_BYTES)
			rc = table_flush(sp, &t, (size_t)ncol, o, e);
		if (rc != RT_OK)
			goto out;
	}
	if (sp->measure && !t.streaming &&
	    (rc = table_flush(sp, &t, (size_t)ncol, o, e)) != RT_OK)
		goto out;
	if (o->pRows != NULL)
		*o->pRows = (long long)nrow;
	put_str(&line, nrow == 0 ? sp->empty : sp->end);
	if (line.oom)
		rc = rt_error(e, RT_FAIL, "out of memory");
	else
		rc = emit(o, line.s, line.len, e);
out:
	rt_buf_release(&line);
	rt_buf_release(&t.text);
	rt_buf_release(&t.line);
	rt_free(t.cell);
	rt_free(t.width);
	rt_free(t.right);
	return rc;
}

int
rt_out_rows(sqlite3_stmt *st, const struct rt_out *o, struct rt_err *e)
{
	if ((size_t)o->fmt >= NSPECS)
		return rt_error(e, RT_FAIL, "output: unknown format %d",
		    (int)o->fmt);
	return out_run(&specs[o->fmt], st, o, e);
}

int
rt_out_file(sqlite3_stmt *st, const struct rt_out *o, FILE *fp,
    struct rt_err *e)
{
	struct rt_out to = *o;
	int rc;

	if (to.xWrite == NULL) {
		to.xWrite = rt_out_fwrite;
		to.pWriteArg = fp;
	}
	if ((rc = rt_out_rows(st, &to, e)) != RT_OK)
		return rc;
	/* A full disk often shows only when the stdio buffer goes out. */
	errno = 0;
	if (fflush(fp) != 0 || ferror(fp))
		return rt_error(e, RT_FAIL, "write: %s",
		    errno ? strerror(errno) : "output error");
	return RT_OK;
}

int
rt_out_stmt(sqlite3_stmt *st, enum rt_fmt fmt, FILE *fp, struct rt_err *e)
{
	struct rt_out o;

	memset(&o, 0, sizeof o);
	o.fmt = fmt;
	return rt_out_file(st, &o, fp, e);
}

/*
 * iCalendar (RFC 5545, 3.3.11): a TEXT value escapes backslash,
 * semicolon and comma with a backslash, and writes a line end (LF, CRLF
 * or CR) as "\n".
 */
void
rt_out_ics_text(struct rt_buf *b, const char *s, size_t n)
{
	const char *end = s + n;
	size_t k;

	while (s < end) {
		k = plain_run(s, end, "\\;,\r\n");
		rt_buf_add(b, s, k);
		if ((s += k) >= end)
			break;
		switch (*s) {
		case '\r':
			if (s + 1 < end && s[1] == '\n')
				break;	/* CRLF is one line end */
			/* FALLTHROUGH */
		case '\n':
			rt_buf_puts(b, "\\n");
			break;
		default:
			rt_buf_putc(b, '\\');
			rt_buf_putc(b, *s);
			break;
		}
		s++;
	}
}

/*
 * A content line (RFC 5545, 3.1): ended by CRLF and folded so that no
 * line is longer than 75 octets, the continuation lines starting with a
 * space; a fold never falls inside a UTF-8 sequence.
 */
void
rt_out_ics_line(struct rt_buf *b, const char *s, size_t n)
{
	size_t room = 75, k;

	while (n > room) {
		k = room;
		/* Back over continuation bytes to the start of the character. */
		while (k > 1 && ((unsigned char)s[k] & 0xC0) == 0x80)
			k--;
		rt_buf_add(b, s, k);
		rt_buf_puts(b, "\r\n ");
		s += k;
		n -= k;
		room = 74;	/* the space counts */
	}
	rt_buf_add(b, s, n);
	rt_buf_puts(b, "\r\n");
}
