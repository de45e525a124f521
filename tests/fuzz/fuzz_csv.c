/*
 * fuzz_csv.c - libFuzzer harness for the CSV reader (src/csv.c).
 *
 * The input is a whole file, read from memory (fmemopen) record by record
 * as the importer reads one.  Besides the sanitizers' findings, it checks
 * what csv.h promises: every call moves on (a file of n bytes has at most
 * n + 1 records), line numbers only grow, a record has 1 to
 * RT_CSV_FIELDS_MAX fields, a field accepted is NUL-free, valid UTF-8 and
 * at most RT_CSV_FIELD_MAX bytes, every refusal is "NAME:LINE: why", and a
 * file read without a refusal reads back the same after being written
 * again with the writer (rt_csv_field()), the export's round trip.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rectrack/csv.h"
#include "rectrack/input.h"
#include "rectrack/out.h"
#include "rectrack/util.h"
#include "fuzz.h"

#define NAME "fuzz.csv"

/*
 * Read every record of the n bytes at p.  When out is not NULL, write the
 * records read back to it as CSV.  When want is not NULL, compare each
 * record with the next one of want (a file written by an earlier call).
 * Returns how many records were refused.
 */
static long
read_all(const char *p, size_t n, FILE *out, struct rt_csv *want)
{
	struct rt_csv c;
	struct rt_err e;
	long records = 0, bad = 0, line = 1;
	int got, rc, i, wgot;
	FILE *fp;

	/* fmemopen() refuses a size of 0 on some C libraries. */
	fp = fmemopen(n > 0 ? (void *)p : (void *)"", n > 0 ? n : 1, "r");
	FZ_CHECK(fp != NULL, "fmemopen");
	if (n == 0)
		getc(fp);
	rt_csv_init(&c, fp, NAME);
	for (;;) {
		rt_err_clear(&e);
		rc = rt_csv_next(&c, &got, &e);
		FZ_CHECK(rc == RT_OK || rc == RT_INVALID, "status %d: %s", rc,
		    e.msg);
		FZ_CHECK(++records <= (long)n + 2, "no progress after %ld records",
		    records);
		FZ_CHECK(c.rec_line >= line && c.line >= c.rec_line,
		    "line numbers went back: %ld, %ld after %ld", c.rec_line,
		    c.line, line);
		line = c.rec_line;
		if (rc == RT_INVALID) {
			bad++;
			FZ_CHECK(strncmp(e.msg, NAME ":", sizeof NAME) == 0,
			    "message without the file's name: %s", e.msg);
			if (c.eof)
				break;
			continue;
		}
		if (!got)
			break;
		FZ_CHECK(c.nfields >= 1 && c.nfields <= RT_CSV_FIELDS_MAX,
		    "%d fields", c.nfields);
		if (want != NULL) {
			rt_err_clear(&e);
			FZ_CHECK(rt_csv_next(want, &wgot, &e) == RT_OK && wgot,
			    "the file written back has fewer records: %s", e.msg);
			FZ_CHECK(want->nfields == c.nfields, "record of line %ld: "
			    "%d fields, written back as %d", c.rec_line, c.nfields,
			    want->nfields);
		}
		for (i = 0; i < c.nfields; i++) {
			size_t len, wlen;
			const char *f = rt_csv_get(&c, i, &len), *w;

			FZ_CHECK(len <= RT_CSV_FIELD_MAX && strlen(f) == len &&
			    rt_utf8_valid(f, len), "line %ld field %d: bad field "
			    "accepted", c.rec_line, i + 1);
			if (want != NULL) {
				w = rt_csv_get(want, i, &wlen);
				FZ_CHECK(wlen == len && memcmp(w, f, len) == 0,
				    "line %ld field %d: '%s' written back as '%s'",
				    c.rec_line, i + 1, f, w);
			}
			if (out != NULL) {
				if (i > 0)
					fputc(',', out);
				FZ_CHECK(rt_csv_field(out, f, len, 0) == 0, "write");
			}
		}
		if (out != NULL)
			fputs("\r\n", out);
	}
	/* Past the end the reader stays there. */
	rt_err_clear(&e);
	FZ_CHECK(rt_csv_next(&c, &got, &e) == RT_OK && !got, "a record after "
	    "the end");
	if (want != NULL) {
		rt_err_clear(&e);
		FZ_CHECK(rt_csv_next(want, &wgot, &e) == RT_OK && !wgot,
		    "the file written back has more records");
	}
	rt_csv_release(&c);
	fclose(fp);
	return bad;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *copy, *back = NULL;
	size_t nback = 0;
	struct rt_csv want;
	FILE *out, *in;

	/* A private copy: the reader must not need the bytes past the end. */
	copy = malloc(size > 0 ? size : 1);
	FZ_CHECK(copy != NULL, "out of memory");
	memcpy(copy, data, size);
	out = open_memstream(&back, &nback);
	FZ_CHECK(out != NULL, "open_memstream");
	if (read_all(copy, size, out, NULL) == 0) {
		FZ_CHECK(fclose(out) == 0, "open_memstream");
		out = NULL;
		/* Read both again side by side: the same records. */
		in = fmemopen(nback > 0 ? back : (char *)"", nback > 0 ? nback : 1,
		    "r");
		FZ_CHECK(in != NULL, "fmemopen");
		if (nback == 0)
			getc(in);
		rt_csv_init(&want, in, "written back");
		read_all(copy, size, NULL, &want);
		rt_csv_release(&want);
		fclose(in);
	}
	if (out != NULL)
		fclose(out);
	free(back);
	free(copy);
	return 0;
}
