/*
 * check_csv.c - the streaming CSV reader, table-driven: each input is a
 * whole file; the expected result lists its records, fields joined by '|'
 * and records ended by '\n', or the error (a substring) and where.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rectrack/csv.h"
#include "suites.h"

struct ccase {
	const char *in;   /* the file */
	size_t len;       /* its length when it holds a NUL, else 0 */
	const char *want; /* the records read before the first error */
	const char *err;  /* the first error, or NULL */
};

#define S(s) s, sizeof s - 1

static const struct ccase cases[] = {
	{"a,b,c\n1,2,3\n", 0, "a|b|c\n1|2|3\n", NULL},
	{"a,b\r\n1,2\r\n", 0, "a|b\n1|2\n", NULL},
	{"a,b\r1,2\r", 0, "a|b\n1|2\n", NULL},              /* old Mac line ends */
	{"a,b\n1,2", 0, "a|b\n1|2\n", NULL},                /* no final line end */
	{"\xef\xbb\xbf" "a,b\n", 0, "a|b\n", NULL},          /* Excel's BOM */
	{"\"a,b\",c\n", 0, "a,b|c\n", NULL},
	{"\"say \"\"hi\"\"\",x\n", 0, "say \"hi\"|x\n", NULL},
	{"\"two\nlines\",x\n", 0, "two\nlines|x\n", NULL},
	{"\"crlf\r\ninside\",x\r\n", 0, "crlf\r\ninside|x\n", NULL},
	{",,\n", 0, "||\n", NULL},
	{"\"\",\"\"\n", 0, "|\n", NULL},
	{"a\n\nb\n", 0, "a\n\nb\n", NULL},                  /* an empty record */
	{"caf\xc3\xa9,\xe6\x97\xa5\n", 0, "caf\xc3\xa9|\xe6\x97\xa5\n", NULL},
	{"5\" screen,x\n", 0, "5\" screen|x\n", NULL},     /* a bare quote */
	{"", 0, "", NULL},
	/* A first character that starts with 0xEF, as the BOM does (fuzzing). */
	{"\xef\xbf\xbf" "x,y\n", 0, "\xef\xbf\xbf" "x|y\n", NULL},
	{"\xef\xbc\xa1\r\nb\r\n", 0, "\xef\xbc\xa1\nb\n", NULL},
	{"\xef\xbb\xbf" "\xef\xbb\xbf" "a\n", 0, "", "byte-order mark in the middle"},
	{"\xef\n", 0, "", "invalid UTF-8"},
	{"\r", 0, "\n", NULL},
	/* Refused. */
	{"a,\"open\nnever closed\n", 0, "", "unterminated quoted field"},
	{S("a,b\0" "c\n"), "", "NUL byte"},
	{"a,\xff\xfe\n", 0, "", "invalid UTF-8"},
	{"a,\xc3\n", 0, "", "invalid UTF-8"},
	{"a,x\xef\xbb\xbfy\n", 0, "", "byte-order mark in the middle"},
	{"\"a\"b,c\n", 0, "", "text after a closing quote"},
	{"\xef\xbb" "a\n", 0, "", "invalid UTF-8"},       /* half a BOM */
};

static void
read_all(const struct ccase *c, char *got, size_t size, char *err, size_t esize)
{
	size_t len = c->len ? c->len : strlen(c->in);
	FILE *fp = fmemopen((void *)c->in, len ? len : 1, "rb");
	struct rt_csv csv;
	struct rt_err e = {0, ""};
	int rc, more, i;
	size_t n = 0;

	ck_assert_ptr_nonnull(fp);
	if (len == 0)
		(void)getc(fp);	/* fmemopen needs a byte: consume it */
	got[0] = err[0] = '\0';
	rt_csv_init(&csv, fp, "t.csv");
	for (;;) {
		rc = rt_csv_next(&csv, &more, &e);
		if (rc != RT_OK) {
			snprintf(err, esize, "%s", e.msg);
			break;
		}
		if (!more)
			break;
		for (i = 0; i < csv.nfields; i++)
			n += (size_t)snprintf(got + n, size - n, "%s%s", i ? "|" : "",
			    rt_csv_get(&csv, i, NULL));
		n += (size_t)snprintf(got + n, size - n, "\n");
	}
	rt_csv_release(&csv);
	fclose(fp);
}

START_TEST(test_cases)
{
	const struct ccase *c = &cases[_i];
	char got[512], err[1100];

	read_all(c, got, sizeof got, err, sizeof err);
	ck_assert_msg(strcmp(got, c->want) == 0, "case %d: got [%s] want [%s]", _i,
	    got, c->want);
	if (c->err == NULL)
		ck_assert_msg(err[0] == '\0', "case %d: unexpected error %s", _i, err);
	else {
		ck_assert_msg(strstr(err, c->err) != NULL, "case %d: error [%s] "
		    "lacks [%s]", _i, err, c->err);
		ck_assert_msg(strncmp(err, "t.csv:", 6) == 0, "case %d: %s", _i, err);
	}
}
END_TEST

/* Line numbers: a record's message names the line it starts on. */
START_TEST(test_line_numbers)
{
	static const char in[] = "h1,h2\n\"multi\nline\",ok\nbad,\xff\n";
	FILE *fp = fmemopen((void *)in, sizeof in - 1, "rb");
	struct rt_csv csv;
	struct rt_err e = {0, ""};
	int more;

	rt_csv_init(&csv, fp, "f.csv");
	ck_assert_int_eq(rt_csv_next(&csv, &more, &e), RT_OK);
	ck_assert_int_eq(csv.rec_line, 1);
	ck_assert_int_eq(rt_csv_next(&csv, &more, &e), RT_OK);
	ck_assert_int_eq(csv.rec_line, 2);
	ck_assert_int_eq(rt_csv_next(&csv, &more, &e), RT_INVALID);
	ck_assert_str_eq(e.msg, "f.csv:4: field 2: invalid UTF-8");
	/* The reader went on: the end comes next. */
	rt_err_clear(&e);
	ck_assert_int_eq(rt_csv_next(&csv, &more, &e), RT_OK);
	ck_assert_int_eq(more, 0);
	rt_csv_release(&csv);
	fclose(fp);
}
END_TEST

/* A huge field and a record of too many fields: refused, memory bounded. */
START_TEST(test_limits)
{
	size_t big = RT_CSV_FIELD_MAX + 10, n;
	char *in = malloc(big + 64);
	FILE *fp;
	struct rt_csv csv;
	struct rt_err e = {0, ""};
	int more;

	ck_assert_ptr_nonnull(in);
	memset(in, 'x', big);
	memcpy(in + big, "\nok\n", 5);
	fp = fmemopen(in, big + 4, "rb");
	rt_csv_init(&csv, fp, "big.csv");
	ck_assert_int_eq(rt_csv_next(&csv, &more, &e), RT_INVALID);
	ck_assert_ptr_nonnull(strstr(e.msg, "over 1 MB"));
	ck_assert_uint_le(csv.buf.cap, (size_t)RT_CSV_FIELD_MAX * 2 + 64);
	rt_err_clear(&e);
	ck_assert_int_eq(rt_csv_next(&csv, &more, &e), RT_OK);
	ck_assert_str_eq(rt_csv_get(&csv, 0, NULL), "ok");
	rt_csv_release(&csv);
	fclose(fp);

	/* 100,000 commas. */
	n = 100000;
	memset(in, ',', n);
	in[n] = '\n';
	fp = fmemopen(in, n + 1, "rb");
	rt_csv_init(&csv, fp, "wide.csv");
	rt_err_clear(&e);
	ck_assert_int_eq(rt_csv_next(&csv, &more, &e), RT_INVALID);
	ck_assert_ptr_nonnull(strstr(e.msg, "more than 1000 fields"));
	ck_assert_int_le(csv.nfields, RT_CSV_FIELDS_MAX);
	rt_csv_release(&csv);
	fclose(fp);
	free(in);
}
END_TEST

Suite *
rt_csv_suite(void)
{
	Suite *s = suite_create("csv");
	TCase *tc = tcase_create("reader");

	tcase_add_loop_test(tc, test_cases, 0, (int)(sizeof cases / sizeof cases[0]));
	tcase_add_test(tc, test_line_numbers);
	tcase_add_test(tc, test_limits);
	suite_add_tcase(s, tc);
	return s;
}
