/*
 * check_out.c - the output formatter: exact bytes of every format.
 *
 * Each test prepares a statement on a fresh in-memory database, runs
 * rt_out_stmt() into a memory stream and compares what came out byte for
 * byte, so that a change in any format's layout shows here first.
 */
#include <check.h>
#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rectrack/err.h"
#include "rectrack/out.h"
#include "suites.h"

#define ELLIPSIS	"\xe2\x80\xa6"	/* U+2026 */
#define REPL		"\xef\xbf\xbd"	/* U+FFFD */

static sqlite3 *db;

static void
setup(void)
{
	ck_assert_int_eq(sqlite3_open(":memory:", &db), SQLITE_OK);
}

static void
teardown(void)
{
	sqlite3_close(db);
	db = NULL;
}

/*
 * Run sql, with bind (if not NULL) as text ?1, in format fmt; the output
 * is left in *out (free() it) and its length in *len.
 */
static int
run(const char *sql, const char *bind, enum rt_fmt fmt, char **out,
    size_t *len, struct rt_err *e)
{
	sqlite3_stmt *st;
	FILE *fp;
	int rc;

	ck_assert_msg(sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK,
	    "prepare: %s", sqlite3_errmsg(db));
	if (bind != NULL)
		sqlite3_bind_text(st, 1, bind, -1, SQLITE_TRANSIENT);
	fp = open_memstream(out, len);
	ck_assert_ptr_nonnull(fp);
	rt_err_clear(e);
	rc = rt_out_stmt(st, fmt, fp, e);
	fclose(fp);
	sqlite3_finalize(st);
	return rc;
}

/* Expect sql in fmt to succeed with exactly want (wlen bytes). */
static void
expect(const char *sql, const char *bind, enum rt_fmt fmt, const char *want,
    size_t wlen)
{
	struct rt_err e;
	char *out = NULL;
	size_t len = 0;
	int rc;

	rc = run(sql, bind, fmt, &out, &len, &e);
	ck_assert_msg(rc == RT_OK, "format %d: rc %d: %s", fmt, rc, e.msg);
	ck_assert_msg(len == wlen && memcmp(out, want, len) == 0,
	    "format %d:\n--- got (%zu bytes)\n%s--- want (%zu bytes)\n%s---",
	    fmt, len, out, wlen, want);
	free(out);
}

/*
 * The same three rows in every format: a NULL, a comma, a quote and a
 * newline, non-ASCII text, an ANSI colour escape and an invalid byte.
 */
static const char three_sql[] =
    "SELECT 1 AS id, 'a,b' AS t, NULL AS n "
    "UNION ALL SELECT 2, 'say \"hi\"' || char(10) || 'bye', 2.5 "
    "UNION ALL SELECT 30, 'é 日本 ' || char(27) || '[31mred ' "
    "|| CAST(x'ff' AS TEXT), -7";

static const struct {
	enum rt_fmt fmt;
	const char *want;
} three[] = {
	{ RT_FMT_TABLE,
	  "id  t                    n\n"
	  "--  -----------------  ---\n"
	  " 1  a,b\n"
	  " 2  say \"hi\" bye       2.5\n"
	  "30  é 日本 " REPL "[31mred ?   -7\n" },
	{ RT_FMT_CSV,
	  "id,t,n\r\n"
	  "1,\"a,b\",\r\n"
	  "2,\"say \"\"hi\"\"\nbye\",2.5\r\n"
	  "30,é 日本 \x1b[31mred \xff,-7\r\n" },
	{ RT_FMT_TSV,
	  "id\tt\tn\n"
	  "1\ta,b\t\n"
	  "2\tsay \"hi\"\\nbye\t2.5\n"
	  "30\té 日本 \x1b[31mred \xff\t-7\n" },
	{ RT_FMT_JSON,
	  "[\n"
	  "{\"id\":1,\"t\":\"a,b\",\"n\":null},\n"
	  "{\"id\":2,\"t\":\"say \\\"hi\\\"\\nbye\",\"n\":2.5},\n"
	  "{\"id\":30,\"t\":\"é 日本 \\u001b[31mred " REPL "\",\"n\":-7}\n"
	  "]\n" },
	{ RT_FMT_NDJSON,
	  "{\"id\":1,\"t\":\"a,b\",\"n\":null}\n"
	  "{\"id\":2,\"t\":\"say \\\"hi\\\"\\nbye\",\"n\":2.5}\n"
	  "{\"id\":30,\"t\":\"é 日本 \\u001b[31mred " REPL "\",\"n\":-7}\n" },
	{ RT_FMT_MARKDOWN,
	  "| id | t | n |\n"
	  "| --- | --- | --- |\n"
	  "| 1 | a,b |  |\n"
	  "| 2 | say \"hi\"<br>bye | 2.5 |\n"
	  "| 30 | é 日本 \x1b\\[31mred \xff | -7 |\n" }
};

START_TEST(test_three_rows)
{
	expect(three_sql, NULL, three[_i].fmt, three[_i].want,
	    strlen(three[_i].want));
}
END_TEST

static const struct {
	enum rt_fmt fmt;
	const char *want;
} none[] = {
	{ RT_FMT_TABLE, "a  b\n-  -\n" },
	{ RT_FMT_CSV, "a,b\r\n" },
	{ RT_FMT_TSV, "a\tb\n" },
	{ RT_FMT_JSON, "[]\n" },
	{ RT_FMT_NDJSON, "" },
	{ RT_FMT_MARKDOWN, "| a | b |\n| --- | --- |\n" }
};

START_TEST(test_zero_rows)
{
	expect("SELECT 1 AS a, 'x' AS b WHERE 0", NULL, none[_i].fmt,
	    none[_i].want, strlen(none[_i].want));
}
END_TEST

START_TEST(test_table_wide)
{
	static const char want[] =
	    "name     n\n"
	    "------  --\n"
	    "日本語   1\n"
	    "abc     22\n"
	    "e\xcc\x81        3\n"
	    "Ａ😀\n";

	expect("SELECT '日本語' AS name, 1 AS n "
	    "UNION ALL SELECT 'abc', 22 "
	    "UNION ALL SELECT 'e' || char(769), 3 "
	    "UNION ALL SELECT 'Ａ😀', NULL",
	    NULL, RT_FMT_TABLE, want, sizeof want - 1);
}
END_TEST

/* A column holding text as well as numbers stays left-aligned. */
START_TEST(test_table_mixed)
{
	static const char want[] = "x\n---\n5\nabc\n";

	expect("SELECT 5 AS x UNION ALL SELECT 'abc'", NULL, RT_FMT_TABLE,
	    want, sizeof want - 1);
}
END_TEST

/* s repeated n times, appended to dst. */
static char *
rep(char *dst, const char *s, int n)
{
	while (n-- > 0)
		strcat(dst, s);
	return dst;
}

/*
 * Table cells through "SELECT ?1 AS v": the input as built by parts
 * (text, count) and the cell as it must show, with its display width.
 */
static const struct {
	const char *in1; int n1;
	const char *in2; int n2;
	const char *out1; int m1;
	const char *out2; int m2;
	int width;
} cells[] = {
	/* Exactly 60 columns: untouched. */
	{ "x", 60, "", 0, "x", 60, "", 0, 60 },
	/* 61: cut to 59 and an ellipsis. */
	{ "x", 61, "", 0, "x", 59, ELLIPSIS, 1, 60 },
	{ "日", 30, "", 0, "日", 30, "", 0, 60 },
	/* A wide character never straddles the cap. */
	{ "日", 31, "", 0, "日", 29, ELLIPSIS, 1, 59 },
	{ "x", 59, "日", 1, "x", 59, ELLIPSIS, 1, 60 },
	/* A combining mark stays with its base letter. */
	{ "x", 58, "e\xcc\x81zz", 1, "x", 58, "e\xcc\x81" ELLIPSIS, 1, 60 },
	/* Line breaks and tabs become spaces; controls, DEL, C1 U+FFFD. */
	{ "a\tb\rc\nd\x01" "e\x7f" "f\xc2\x85g\x1b[0m", 1, "", 0,
	  "a b c d" REPL "e" REPL "f" REPL "g" REPL "[0m", 1, "", 0, 17 },
	/* Overlong, surrogate, truncated: one '?' per byte. */
	{ "\xc0\xafx\xed\xa0\x80y\xe6\x97", 1, "", 0,
	  "??x???y??", 1, "", 0, 9 },
	/* An 8-bit CSI byte alone is invalid UTF-8. */
	{ "\x9b" "31m", 1, "", 0, "?31m", 1, "", 0, 4 }
};

START_TEST(test_table_cells)
{
	char in[1024] = "", want[2048] = "v\n";

	rep(in, cells[_i].in1, cells[_i].n1);
	rep(in, cells[_i].in2, cells[_i].n2);
	rep(want, "-", cells[_i].width);
	strcat(want, "\n");
	rep(want, cells[_i].out1, cells[_i].m1);
	rep(want, cells[_i].out2, cells[_i].m2);
	strcat(want, "\n");
	expect("SELECT ?1 AS v", in, RT_FMT_TABLE, want, strlen(want));
}
END_TEST

/*
 * 1e22 rather than a larger power of ten: SQLite 3.40 parses literals in
 * long double, which valgrind computes in double precision, so 1e300 read
 * back as 1.0000000000000005e+300 under memcheck.  10^22 is exact either way.
 */
static const char num_sql[] =
    "SELECT 0.1 + 0.2 AS a, 1.0 AS b, 1e22 AS c, 9e999 AS d, -9e999 AS e, "
    "x'00ff41' AS f, 9223372036854775807 AS g, 2.5e-7 AS h";

START_TEST(test_numbers_blobs)
{
	static const char csv[] =
	    "a,b,c,d,e,f,g,h\r\n"
	    "0.30000000000000004,1.0,1e+22,Inf,-Inf,\0\xff" "A,"
	    "9223372036854775807,2.5e-07\r\n";
	static const char tsv[] =
	    "a\tb\tc\td\te\tf\tg\th\n"
	    "0.30000000000000004\t1.0\t1e+22\tInf\t-Inf\t\0\xff" "A\t"
	    "9223372036854775807\t2.5e-07\n";
	static const char json[] =
	    "[\n{\"a\":0.30000000000000004,\"b\":1.0,\"c\":1e+22,"
	    "\"d\":null,\"e\":null,\"f\":\"00ff41\","
	    "\"g\":9223372036854775807,\"h\":2.5e-07}\n]\n";

	expect(num_sql, NULL, RT_FMT_CSV, csv, sizeof csv - 1);
	expect(num_sql, NULL, RT_FMT_TSV, tsv, sizeof tsv - 1);
	expect(num_sql, NULL, RT_FMT_JSON, json, sizeof json - 1);
}
END_TEST

START_TEST(test_escapes)
{
	static const char md[] =
	    "| x\\|y | z |\n| --- | --- |\n| a\\|b | l1<br>l2<br>l3 |\n";
	static const char tsv[] = "v\na\\\\b\\tc\\r\n";
	static const char csv[] = "\"x,y\"\r\n\"a\"\"\"\r\n";

	expect("SELECT 'a|b' AS \"x|y\", "
	    "'l1' || char(13, 10) || 'l2' || char(13) || 'l3' AS z",
	    NULL, RT_FMT_MARKDOWN, md, sizeof md - 1);
	expect("SELECT 'a\\b' || char(9) || 'c' || char(13) AS v", NULL,
	    RT_FMT_TSV, tsv, sizeof tsv - 1);
	expect("SELECT 'a\"' AS \"x,y\"", NULL, RT_FMT_CSV, csv,
	    sizeof csv - 1);
}
END_TEST

/* One row from a query over the JSON text bound to ?1. */
static int
json_int(const char *json, const char *sql)
{
	sqlite3_stmt *st;
	int v;

	ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL),
	    SQLITE_OK);
	sqlite3_bind_text(st, 1, json, -1, SQLITE_STATIC);
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Output that SQLite's own JSON parser accepts and reads back intact. */
START_TEST(test_json_valid)
{
	static const char nasty[] =
	    "SELECT char(1, 2, 8, 9, 10, 12, 13, 31, 34, 92, 127, 128, "
	    "8232, 8233, 0xe9, 0x65e5) AS \"k\"\"ey\\\", "
	    "CAST(x'c0afedaa80fff4908080e697' AS TEXT) AS bad, "
	    "x'0001' AS b, 1e999 AS inf, -0.0 AS z, '' AS empty "
	    "UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL";
	struct rt_err e;
	char *out;
	size_t len;

	ck_assert_int_eq(run(three_sql, NULL, RT_FMT_JSON, &out, &len, &e),
	    RT_OK);
	ck_assert_int_eq(json_int(out, "SELECT json_valid(?1)"), 1);
	ck_assert_int_eq(json_int(out, "SELECT json_array_length(?1)"), 3);
	ck_assert_int_eq(json_int(out, "SELECT json_extract(?1, '$[2].t') = "
	    "'é 日本 ' || char(27) || '[31mred ' || char(0xfffd)"), 1);
	free(out);

	ck_assert_int_eq(run(nasty, NULL, RT_FMT_JSON, &out, &len, &e),
	    RT_OK);
	ck_assert_int_eq(json_int(out, "SELECT json_valid(?1)"), 1);
	ck_assert_int_eq(json_int(out, "SELECT json_array_length(?1)"), 2);
	ck_assert_int_eq(json_int(out, "SELECT count(*) FROM "
	    "json_each(json_extract(?1, '$[0]')) WHERE key = 'k\"ey\\' AND "
	    "value = char(1, 2, 8, 9, 10, 12, 13, 31, 34, 92, 127, 128, "
	    "8232, 8233, 0xe9, 0x65e5)"), 1);
	ck_assert_int_eq(json_int(out, "SELECT json_extract(?1, '$[0].bad') = "
	    "replace(hex(zeroblob(12)), '00', char(0xfffd))"), 1);
	ck_assert_int_eq(json_int(out, "SELECT json_extract(?1, '$[0].b') = "
	    "'0001' AND json_type(?1, '$[0].inf') = 'null' AND "
	    "json_type(?1, '$[0].z') = 'real' AND "
	    "json_extract(?1, '$[0].empty') = ''"), 1);
	ck_assert_int_eq(json_int(out, "SELECT count(*) FROM "
	    "json_each(json_extract(?1, '$[1]')) WHERE type = 'null'"), 6);
	free(out);
}
END_TEST

/* A step error names SQLite's message; the table has written nothing. */
START_TEST(test_step_error)
{
	static const char sql[] = "SELECT 1 AS a UNION ALL "
	    "SELECT abs(-9223372036854775807 - 1)";
	struct rt_err e;
	char *out;
	size_t len;

	ck_assert_int_eq(run(sql, NULL, RT_FMT_TABLE, &out, &len, &e),
	    RT_FAIL);
	ck_assert_str_eq(e.msg, "query: integer overflow");
	ck_assert_uint_eq(len, 0);
	free(out);
	ck_assert_int_eq(run(sql, NULL, RT_FMT_JSON, &out, &len, &e),
	    RT_FAIL);
	ck_assert_str_eq(e.msg, "query: integer overflow");
	free(out);
}
END_TEST

START_TEST(test_write_error)
{
	struct rt_err e;
	sqlite3_stmt *st;
	FILE *fp;

	if ((fp = fopen("/dev/full", "w")) == NULL)
		return;	/* not Linux: nothing to test against */
	ck_assert_int_eq(sqlite3_prepare_v2(db, three_sql, -1, &st, NULL),
	    SQLITE_OK);
	rt_err_clear(&e);
	ck_assert_int_eq(rt_out_stmt(st, three[_i].fmt, fp, &e), RT_FAIL);
	ck_assert_str_eq(e.msg, "write: No space left on device");
	sqlite3_finalize(st);
	fclose(fp);
}
END_TEST

static const struct {
	const char *in;
	int guard;
	const char *want;
} csvf[] = {
	{ "=SUM(A1)", 1, "'=SUM(A1)" },
	{ "+1", 1, "'+1" },
	{ "-1", 1, "'-1" },
	{ "@x", 1, "'@x" },
	{ "\tx", 1, "'\tx" },
	{ "\rx", 1, "\"'\rx\"" },
	{ "=1,2", 1, "\"'=1,2\"" },
	{ "=\"a\"", 1, "\"'=\"\"a\"\"\"" },
	{ "plain", 1, "plain" },
	{ "a=b", 1, "a=b" },
	{ "", 1, "" },
	{ "=SUM(A1)", 0, "=SUM(A1)" },
	{ "-1", 0, "-1" },
	{ "\tx", 0, "\tx" },
	{ "a,b", 0, "\"a,b\"" },
	{ "x\"y", 0, "\"x\"\"y\"" },
	{ "l1\nl2", 0, "\"l1\nl2\"" },
	{ "\"", 0, "\"\"\"\"" }
};

START_TEST(test_csv_field)
{
	char *out = NULL;
	size_t len = 0;
	FILE *fp;

	fp = open_memstream(&out, &len);
	ck_assert_ptr_nonnull(fp);
	ck_assert_int_eq(rt_csv_field(fp, csvf[_i].in, strlen(csvf[_i].in),
	    csvf[_i].guard), 0);
	fclose(fp);
	ck_assert_str_eq(out, csvf[_i].want);
	free(out);
}
END_TEST

START_TEST(test_csv_field_fail)
{
	FILE *fp;

	if ((fp = fopen("/dev/full", "w")) == NULL)
		return;
	setvbuf(fp, NULL, _IONBF, 0);
	ck_assert_int_eq(rt_csv_field(fp, "a,b", 3, 0), -1);
	fclose(fp);
}
END_TEST

static const struct {
	const char *s;
	size_t width;
} widths[] = {
	{ "", 0 },
	{ "abc", 3 },
	{ "日本", 4 },
	{ "é", 1 },
	{ "e\xcc\x81", 1 },
	{ "Ａ", 2 },			/* fullwidth A */
	{ "\xef\xbd\xb1", 1 },		/* halfwidth katakana */
	{ "😀", 2 },
	{ "a\xe2\x80\x8d" "b", 2 },	/* zero-width joiner */
	{ "\xff\xfe", 2 },
	{ "한국", 4 },
	{ "\x1b[0m", 4 }
};

START_TEST(test_utf8_width)
{
	ck_assert_uint_eq(rt_utf8_width(widths[_i].s, strlen(widths[_i].s)),
	    widths[_i].width);
}
END_TEST

static const struct {
	const char *name;
	enum rt_fmt fmt;
} names[] = {
	{ "table", RT_FMT_TABLE },
	{ "csv", RT_FMT_CSV },
	{ "tsv", RT_FMT_TSV },
	{ "json", RT_FMT_JSON },
	{ "ndjson", RT_FMT_NDJSON },
	{ "markdown", RT_FMT_MARKDOWN }
};

START_TEST(test_fmt_parse)
{
	struct rt_err e;
	enum rt_fmt fmt = RT_FMT_CSV;

	rt_err_clear(&e);
	ck_assert_int_eq(rt_fmt_parse(names[_i].name, &fmt, &e), RT_OK);
	ck_assert_int_eq(fmt, names[_i].fmt);
	ck_assert_int_eq(e.code, RT_OK);
}
END_TEST

static const char *bad_names[] = { "xml", "", "TABLE", "csv ", "md" };

START_TEST(test_fmt_parse_bad)
{
	struct rt_err e;
	enum rt_fmt fmt = RT_FMT_JSON;
	char want[128];

	rt_err_clear(&e);
	ck_assert_int_eq(rt_fmt_parse(bad_names[_i], &fmt, &e), RT_USAGE);
	ck_assert_int_eq(e.code, RT_USAGE);
	ck_assert_int_eq(fmt, RT_FMT_JSON);
	snprintf(want, sizeof want, "unknown format '%s': expected table, "
	    "csv, tsv, json, ndjson or markdown", bad_names[_i]);
	ck_assert_str_eq(e.msg, want);
}
END_TEST

/* Run sql (?1 bound to bind) as o says; the output in *out, free() it. */
static int
run_o(const char *sql, const char *bind, struct rt_out *o, char **out,
    struct rt_err *e)
{
	sqlite3_stmt *st;
	size_t len;
	FILE *fp;
	int rc;

	ck_assert_msg(sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK,
	    "prepare: %s", sqlite3_errmsg(db));
	if (bind != NULL)
		sqlite3_bind_text(st, 1, bind, -1, SQLITE_TRANSIENT);
	fp = open_memstream(out, &len);
	ck_assert_ptr_nonnull(fp);
	rt_err_clear(e);
	rc = rt_out_file(st, o, fp, e);
	fclose(fp);
	sqlite3_finalize(st);
	return rc;
}

/*
 * The formula guard in the CSV of every listing (it was the export's
 * alone): text and blobs that start with = + - @ TAB or CR get a ', numbers
 * never; --no-formula-guard (no_guard) writes them as stored.
 */
START_TEST(test_csv_guard_rows)
{
	static const char sql[] = "SELECT '=HYPERLINK(\"x\")' AS a, "
	    "'@SUM(A1)' AS b, -1 AS c, '-1' AS d, 'a=b' AS e, x'3d31' AS f";
	static const char guarded[] = "a,b,c,d,e,f\r\n"
	    "\"'=HYPERLINK(\"\"x\"\")\",'@SUM(A1),-1,'-1,a=b,'=1\r\n";
	static const char plain[] = "a,b,c,d,e,f\r\n"
	    "\"=HYPERLINK(\"\"x\"\")\",@SUM(A1),-1,-1,a=b,=1\r\n";
	struct rt_out o;
	struct rt_err e;
	char *out;

	memset(&o, 0, sizeof o);
	o.fmt = RT_FMT_CSV;
	ck_assert_int_eq(run_o(sql, NULL, &o, &out, &e), RT_OK);
	ck_assert_str_eq(out, guarded);
	free(out);
	o.no_guard = 1;
	ck_assert_int_eq(run_o(sql, NULL, &o, &out, &e), RT_OK);
	ck_assert_str_eq(out, plain);
	free(out);
}
END_TEST

/* What Excel would turn into a number or a date, and what it would not. */
static const struct {
	const char *s;
	int converts;
} excel[] = {
	{ "007", 1 }, { "3.10", 1 }, { "1E5", 1 }, { "2.5e-3", 1 },
	{ "1-2", 1 }, { "1/2", 1 }, { "10:30", 1 }, { "50%", 1 },
	{ "(5)", 1 }, { "1,000", 1 }, { "\xc2\xa3" "5", 1 }, { "TRUE", 1 },
	{ "false", 1 }, { "March 2025", 1 }, { "15-Nov-24", 1 },
	{ "1 Jan", 1 }, { "10:30 pm", 1 }, { " 42 ", 1 }, { "1", 1 },
	{ "2025-03-31", 0 },	/* the same date in Excel */
	{ "3a", 0 }, { "R10", 0 }, { "Q1 23/24", 0 }, { "March", 0 },
	{ "Ongoing", 0 }, { "", 0 }, { "1e", 0 }, { "e5", 0 },
	{ "\"1\"", 0 }, { "1 Janus", 0 }, { "3.1(a)", 0 }
};

START_TEST(test_excel_converts)
{
	ck_assert_msg(rt_excel_converts(excel[_i].s, strlen(excel[_i].s)) ==
	    excel[_i].converts, "'%s'", excel[_i].s);
}
END_TEST

/* --excel writes those cells as ="..." and leaves the rest alone. */
START_TEST(test_csv_excel_rows)
{
	static const char sql[] = "SELECT '007' AS a, '3.10' AS b, 7 AS c, "
	    "'R10' AS d, '-1' AS e, '2025-03-31' AS f, NULL AS g";
	static const char want[] = "a,b,c,d,e,f,g\r\n"
	    "\"=\"\"007\"\"\",\"=\"\"3.10\"\"\",7,R10,\"=\"\"-1\"\"\","
	    "2025-03-31,\r\n";
	struct rt_out o;
	struct rt_err e;
	char *out;

	memset(&o, 0, sizeof o);
	o.fmt = RT_FMT_CSV;
	o.excel = 1;
	ck_assert_int_eq(run_o(sql, NULL, &o, &out, &e), RT_OK);
	ck_assert_str_eq(out, want);
	free(out);
}
END_TEST

/* Markdown: no link, image, raw HTML or broken cell can be planted. */
static const struct {
	const char *in;
	const char *want;
} mds[] = {
	{ "[click](http://evil)", "\\[click\\]\\(http://evil\\)" },
	{ "![x](http://evil/t.png)", "\\!\\[x\\]\\(http://evil/t.png\\)" },
	{ "<img src=x onerror=alert(1)>",
	  "&lt;img src=x onerror=alert\\(1\\)&gt;" },
	{ "<http://evil>", "&lt;http://evil&gt;" },
	{ "a|b\\", "a\\|b\\\\" },
	{ "l1\r\nl2\rl3\nl4", "l1<br>l2<br>l3<br>l4" },
	{ "AT&T", "AT&amp;T" },
	{ "plain text", "plain text" }
};

START_TEST(test_md_text)
{
	struct rt_buf b = RT_BUF_INIT;

	rt_out_md_text(&b, mds[_i].in, strlen(mds[_i].in));
	ck_assert_str_eq(rt_buf_str(&b), mds[_i].want);
	rt_buf_release(&b);
}
END_TEST

/* iCalendar TEXT (RFC 5545 3.3.11): \ ; , escaped, line ends as \n. */
static const struct {
	const char *in;
	const char *want;
} icss[] = {
	{ "a,b;c\\d", "a\\,b\\;c\\\\d" },
	{ "l1\r\nl2\rl3\nl4", "l1\\nl2\\nl3\\nl4" },
	{ "plain: text", "plain: text" },
	{ "", "" }
};

START_TEST(test_ics_text)
{
	struct rt_buf b = RT_BUF_INIT;

	rt_out_ics_text(&b, icss[_i].in, strlen(icss[_i].in));
	ck_assert_str_eq(rt_buf_str(&b) ? rt_buf_str(&b) : "", icss[_i].want);
	rt_buf_release(&b);
}
END_TEST

/*
 * Folding (RFC 5545 3.1): lines of at most 75 octets, continuations after
 * CRLF and a space, never inside a UTF-8 sequence: with a 2-, 3- and
 * 4-byte character at every offset across the fold.
 */
START_TEST(test_ics_line)
{
	static const char *const chars[] = {"\xc3\xa9", "\xe2\x82\xac",
		"\xf0\x9f\x98\x80"};
	struct rt_buf in = RT_BUF_INIT, b = RT_BUF_INIT, back = RT_BUF_INIT;
	const char *p, *nl;
	int pad, k, c;

	for (c = 0; c < 3; c++)
		for (pad = 60; pad < 80; pad++) {
			rt_buf_reset(&in);
			rt_buf_reset(&b);
			rt_buf_reset(&back);
			for (k = 0; k < pad; k++)
				rt_buf_putc(&in, 'x');
			for (k = 0; k < 40; k++)
				rt_buf_puts(&in, chars[c]);
			rt_out_ics_line(&b, in.s, in.len);
			for (p = b.s; *p != '\0'; p = nl + 2) {
				nl = strstr(p, "\r\n");
				ck_assert_ptr_nonnull(nl);
				ck_assert_int_le(nl - p, 75);
				if (p != b.s) {
					ck_assert_int_eq(*p, ' ');
					p++;
				}
				ck_assert_int_ne((unsigned char)*p & 0xC0, 0x80);
				rt_buf_add(&back, p, (size_t)(nl - p));
			}
			/* Unfolded, it is the line again. */
			ck_assert_str_eq(rt_buf_str(&back), rt_buf_str(&in));
		}
	rt_buf_reset(&b);
	rt_out_ics_line(&b, "END:VEVENT", 10);
	ck_assert_str_eq(rt_buf_str(&b), "END:VEVENT\r\n");
	rt_buf_release(&in);
	rt_buf_release(&b);
	rt_buf_release(&back);
}
END_TEST

#define RLO	"\xe2\x80\xae"	/* U+202E right-to-left override */
#define LRI	"\xe2\x81\xa6"	/* U+2066 left-to-right isolate */

/* HTML: escaped, and a text with a bidi control isolated in <bdi>. */
static const struct {
	const char *in;
	int paragraphs;
	const char *want;
} htmls[] = {
	{ "<b>&'\"", 0, "&lt;b&gt;&amp;&#39;&quot;" },
	{ "a\nb\n\nc", 1, "a<br>b</p><p>c" },
	{ "a\r\n\r\nb", 1, "a</p><p>b" },
	{ "a\n\nb", 0, "a<br><br>b" },
	{ "cod" RLO "fdp.exe", 0, "<bdi>cod" RLO "fdp.exe</bdi>" },
	{ LRI "x", 1, "<bdi>" LRI "x</bdi>" },
	{ RLO "a\n\nb", 1, "<bdi>" RLO "a<br><br>b</bdi>" },
	{ "\xe2\x80\x8f", 0, "\xe2\x80\x8f" }	/* RLM: a mark, not a control */
};

START_TEST(test_html_text)
{
	struct rt_buf b = RT_BUF_INIT;

	rt_out_html_text(&b, htmls[_i].in, strlen(htmls[_i].in),
	    htmls[_i].paragraphs);
	ck_assert_str_eq(rt_buf_str(&b), htmls[_i].want);
	rt_buf_release(&b);
}
END_TEST

/* Terminal text (rec show): lines kept, controls and bidi made harmless. */
static const struct {
	const char *in;
	const char *want;
} terms[] = {
	{ "a\nb\r\nc\rd", "a\nb\nc\nd" },
	{ "tab\there", "tab here" },
	{ "\x1b[2Jx\x7f", REPL "[2Jx" REPL },
	{ "\xc2\x9b" "31m", REPL "31m" },	/* C1 CSI */
	{ "cod" RLO "fdp", "cod<U+202E>fdp" },
	{ "\xff", "?" },
	{ "caf\xc3\xa9 日本", "caf\xc3\xa9 日本" }
};

START_TEST(test_term_text)
{
	struct rt_buf b = RT_BUF_INIT;

	rt_out_term_text(&b, terms[_i].in, strlen(terms[_i].in));
	ck_assert_str_eq(rt_buf_str(&b), terms[_i].want);
	rt_buf_release(&b);
}
END_TEST

/* The table shows every bidi control by name, so none reorders the line. */
START_TEST(test_table_bidi)
{
	static const char want[] =
	    "v                           n\n"
	    "--------------------------  -\n"
	    "cod<U+202E>fdp.exe          1\n"
	    "<U+2066>a<U+2069><U+202A>b  2\n";

	expect("SELECT 'cod' || char(0x202e) || 'fdp.exe' AS v, 1 AS n "
	    "UNION ALL SELECT char(0x2066) || 'a' || char(0x2069, 0x202a) || "
	    "'b', 2", NULL, RT_FMT_TABLE, want, sizeof want - 1);
}
END_TEST

/*
 * Past RT_OUT_MEASURE_ROWS the table streams at the widths it measured:
 * a later, wider text is cut to its column with an ellipsis; a wider
 * number is written whole.
 */
START_TEST(test_table_streams)
{
	struct rt_out o;
	struct rt_err e;
	char *out, *last;
	char sql[256];

	snprintf(sql, sizeof sql, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
	    "SELECT x + 1 FROM c WHERE x < %d) SELECT CASE WHEN x <= %d THEN "
	    "'ab' ELSE 'abcdefgh' END AS v, CASE WHEN x <= %d THEN x ELSE "
	    "x * 1000 END AS x FROM c", RT_OUT_MEASURE_ROWS + 2,
	    RT_OUT_MEASURE_ROWS, RT_OUT_MEASURE_ROWS);
	memset(&o, 0, sizeof o);
	o.fmt = RT_FMT_TABLE;
	ck_assert_int_eq(run_o(sql, NULL, &o, &out, &e), RT_OK);
	ck_assert_msg(strncmp(out, "v      x\n--  ----\nab     1\n", 27) == 0,
	    "%.40s", out);
	last = strstr(out, "a" ELLIPSIS "  1001000\n");
	ck_assert_ptr_nonnull(last);
	ck_assert_str_eq(last, "a" ELLIPSIS "  1001000\na" ELLIPSIS "  1002000\n");
	free(out);
}
END_TEST

/* Fitting a terminal: the widest columns are cut to one common cap. */
START_TEST(test_table_fits_width)
{
	static const char want[] =
	    "id  text           other\n"
	    "--  -------------  -------------\n"
	    " 1  aaaaaaaaaaaa" ELLIPSIS "  bbbbbbbbbbbb" ELLIPSIS "\n";
	struct rt_out o;
	struct rt_err e;
	char *out;

	memset(&o, 0, sizeof o);
	o.fmt = RT_FMT_TABLE;
	o.width = 32;
	ck_assert_int_eq(run_o("SELECT 1 AS id, printf('%.40c', 'a') AS text, "
	    "printf('%.50c', 'b') AS other", NULL, &o, &out, &e), RT_OK);
	ck_assert_str_eq(out, want);
	free(out);
}
END_TEST

/* An xWrite into an rt_buf, and one that always fails (a full disk). */
static ssize_t
to_buf(void *arg, const unsigned char *p, size_t n)
{
	rt_buf_add(arg, (const char *)p, n);
	return (ssize_t)n;
}

static ssize_t
to_full(void *arg, const unsigned char *p, size_t n)
{
	(void)arg;
	(void)p;
	(void)n;
	errno = ENOSPC;
	return -1;
}

/* A document: stored text escaped by its back-end, markup as written. */
START_TEST(test_doc)
{
	static const struct {
		enum rt_doc_fmt fmt;
		const char *want;
	} docs[] = {
		{ RT_DOC_HTML, "<td><strong>Due</strong> &lt;b&gt; [x](y)<br>"
		  "a</p><p>b 42</td>" },
		{ RT_DOC_MARKDOWN, "<td>**Due** &lt;b&gt; \\[x\\]\\(y\\)<br>"
		  "a<br><br>b 42</td>" }
	};
	struct rt_buf b;
	struct rt_doc *d;
	struct rt_err e;
	size_t i;

	for (i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		memset(&b, 0, sizeof b);
		rt_err_clear(&e);
		ck_assert_ptr_nonnull(d = rt_doc_new(docs[i].fmt, to_buf, &b));
		ck_assert_int_eq(rt_doc_format(d), docs[i].fmt);
		rt_doc_raw(d, "<td>");
		rt_doc_strong_on(d);
		rt_doc_raw(d, "Due");
		rt_doc_strong_off(d);
		rt_doc_text(d, " <b> [x](y)");
		rt_doc_br(d);
		rt_doc_text(d, "a\n\nb");
		rt_doc_rawf(d, " %d</td>", 42);
		ck_assert_int_eq(rt_doc_free(d, &e), RT_OK);
		ck_assert_str_eq(rt_buf_str(&b), docs[i].want);
		rt_buf_release(&b);
	}
	/* The first failed write is the document's error. */
	rt_err_clear(&e);
	ck_assert_ptr_nonnull(d = rt_doc_new(RT_DOC_HTML, to_full, NULL));
	rt_doc_text(d, "x");
	ck_assert_int_eq(rt_doc_free(d, &e), RT_FAIL);
	ck_assert_str_eq(e.msg, "write: No space left on device");
	ck_assert_int_eq(rt_doc_free(NULL, &e), RT_OK);	/* a no-op */
}
END_TEST

#define N(a)	((int)(sizeof (a) / sizeof (a)[0]))

Suite *
rt_out_suite(void)
{
	Suite *s = suite_create("out");
	TCase *tc;

	tc = tcase_create("formats");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_three_rows, 0, N(three));
	tcase_add_loop_test(tc, test_zero_rows, 0, N(none));
	tcase_add_test(tc, test_numbers_blobs);
	tcase_add_test(tc, test_escapes);
	tcase_add_test(tc, test_json_valid);
	tcase_add_test(tc, test_csv_guard_rows);
	tcase_add_test(tc, test_csv_excel_rows);
	suite_add_tcase(s, tc);

	tc = tcase_create("table");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_table_wide);
	tcase_add_test(tc, test_table_mixed);
	tcase_add_loop_test(tc, test_table_cells, 0, N(cells));
	tcase_add_test(tc, test_table_bidi);
	tcase_add_test(tc, test_table_streams);
	tcase_add_test(tc, test_table_fits_width);
	suite_add_tcase(s, tc);

	tc = tcase_create("errors");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_step_error);
	tcase_add_loop_test(tc, test_write_error, 0, N(three));
	tcase_add_test(tc, test_csv_field_fail);
	suite_add_tcase(s, tc);

	tc = tcase_create("helpers");
	tcase_add_loop_test(tc, test_csv_field, 0, N(csvf));
	tcase_add_loop_test(tc, test_utf8_width, 0, N(widths));
	tcase_add_loop_test(tc, test_fmt_parse, 0, N(names));
	tcase_add_loop_test(tc, test_fmt_parse_bad, 0, N(bad_names));
	tcase_add_loop_test(tc, test_excel_converts, 0, N(excel));
	tcase_add_loop_test(tc, test_md_text, 0, N(mds));
	tcase_add_loop_test(tc, test_html_text, 0, N(htmls));
	tcase_add_loop_test(tc, test_term_text, 0, N(terms));
	tcase_add_loop_test(tc, test_ics_text, 0, N(icss));
	tcase_add_test(tc, test_ics_line);
	tcase_add_test(tc, test_doc);
	suite_add_tcase(s, tc);
	return s;
}
