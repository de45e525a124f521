/*
 * check_date.c - the date reader against the forms found in council papers.
 *
 * Table-driven: each table row is one input, the ISO date it must give
 * (or "" for no date) and the status.  Every form seen in the seed papers
 * (tests are named after them where they come from one) is here, next to
 * the near misses that must be refused.  A refusal must name the value
 * the user typed, so that they can find it in a long import.
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <check.h>

#include "rectrack/date.h"
#include "rectrack/err.h"
#include "suites.h"

/* The dashes Word puts into "Q1 23/24 – ongoing". */
#define EN_DASH "\xe2\x80\x93"
#define EM_DASH "\xe2\x80\x94"
#define NBSP "\xc2\xa0"

struct dcase {
	const char *in;
	const char *want;
	int rc;
};

#define NCASES(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* rt_date_parse(): event dates. */
static const struct dcase date_cases[] = {
	/* ISO */
	{ "2024-11-15", "2024-11-15", RT_OK },
	{ "1900-01-01", "1900-01-01", RT_OK },
	{ "2999-12-31", "2999-12-31", RT_OK },
	{ "2024-02-29", "2024-02-29", RT_OK },
	/* day first, with slashes */
	{ "15/11/2024", "2024-11-15", RT_OK },
	{ "5/3/2024", "2024-03-05", RT_OK },
	{ "05/03/2024", "2024-03-05", RT_OK },
	{ "15/11/24", "2024-11-15", RT_OK },
	{ "29/02/2024", "2024-02-29", RT_OK },
	{ "29/02/2000", "2000-02-29", RT_OK },
	/* DD-Mon-YY, as in 002 (Oxfordshire's tracker) */
	{ "15-Nov-24", "2024-11-15", RT_OK },
	{ "19-Mar-24", "2024-03-19", RT_OK },
	{ "15-Oct-24", "2024-10-15", RT_OK },
	{ "17-Dec-24", "2024-12-17", RT_OK },
	{ "17-Jan-25", "2025-01-17", RT_OK },
	{ "15-Nov-2024", "2024-11-15", RT_OK },
	{ "15-nov-24", "2024-11-15", RT_OK },
	{ "15-NOV-24", "2024-11-15", RT_OK },
	{ "5-Sep-24", "2024-09-05", RT_OK },
	{ "5-Sept-24", "2024-09-05", RT_OK },
	{ "29-Feb-00", "2000-02-29", RT_OK },
	/* DD Month YYYY */
	{ "05 February 2025", "2025-02-05", RT_OK },
	{ "15 November 2024", "2024-11-15", RT_OK },
	{ "15 Nov 2024", "2024-11-15", RT_OK },
	{ "5th November 2024", "2024-11-05", RT_OK },
	{ "1st March 2025", "2025-03-01", RT_OK },
	{ "22nd June 2025", "2025-06-22", RT_OK },
	{ "3rd July 2025", "2025-07-03", RT_OK },
	{ "30 SEPTEMBER 2024", "2024-09-30", RT_OK },
	{ "5 Sept 2024", "2024-09-05", RT_OK },
	{ "15 Nov 24", "2024-11-15", RT_OK },
	{ "1 may 2024", "2024-05-01", RT_OK },
	/* white space around and inside */
	{ "  2024-11-15\t", "2024-11-15", RT_OK },
	{ "\n15-Nov-24\r\n", "2024-11-15", RT_OK },
	{ "15  November\t2024", "2024-11-15", RT_OK },
	{ "15" NBSP "November" NBSP "2024" NBSP, "2024-11-15", RT_OK },

	/* refused */
	{ "", "", RT_INVALID },
	{ "   ", "", RT_INVALID },
	{ "2025-02-30", "", RT_INVALID },
	{ "31/04/2025", "", RT_INVALID },
	{ "29/02/2023", "", RT_INVALID },
	{ "29/02/1900", "", RT_INVALID },
	{ "2024-13-01", "", RT_INVALID },
	{ "2024-00-10", "", RT_INVALID },
	{ "0/11/2024", "", RT_INVALID },
	{ "1899-12-31", "", RT_INVALID },
	{ "3000-01-01", "", RT_INVALID },
	{ "2024-11-15x", "", RT_INVALID },
	{ "2024-11-15 extra", "", RT_INVALID },
	{ "15/11/2024/", "", RT_INVALID },
	{ "11/15/2024", "", RT_INVALID },
	{ "2024-1-5", "", RT_INVALID },
	{ "2024/11/15", "", RT_INVALID },
	{ "15.11.2024", "", RT_INVALID },
	{ "15-11-2024", "", RT_INVALID },
	{ "15-Nov-024", "", RT_INVALID },
	{ "15-Nov-02024", "", RT_INVALID },
	{ "15-Foo-24", "", RT_INVALID },
	{ "15 Novem 2024", "", RT_INVALID },
	{ "15 November", "", RT_INVALID },
	{ "15November 2024", "", RT_INVALID },
	{ "115 November 2024", "", RT_INVALID },
	{ "March 2025", "", RT_INVALID },
	{ "Q1 23/24", "", RT_INVALID },
	{ "Ongoing", "", RT_INVALID },
	{ "tomorrow", "", RT_INVALID },
};

/* rt_due_parse(): due dates; every accepted date case is also run. */
static const struct dcase due_cases[] = {
	/* Month YYYY, as in 000 (Oxford's peer review plan): its last day */
	{ "March 2025", "2025-03-31", RT_OK },
	{ "December 2024", "2024-12-31", RT_OK },
	{ "April 2025", "2025-04-30", RT_OK },
	{ "September 2024", "2024-09-30", RT_OK },
	{ "December 2025", "2025-12-31", RT_OK },
	{ "March 2025 (IPS)", "2025-03-31", RT_OK },
	{ "Mar 2025", "2025-03-31", RT_OK },
	{ "Sept 2024", "2024-09-30", RT_OK },
	{ "February 2024", "2024-02-29", RT_OK },
	{ "february 2023", "2023-02-28", RT_OK },
	{ "June 2024 (draft)", "2024-06-30", RT_OK },
	{ "March 2025 " EN_DASH " ongoing", "2025-03-31", RT_OK },
	/* financial-year quarters, as in 003 (Cherwell's peer review plan) */
	{ "Q1 23/24", "2023-06-30", RT_OK },
	{ "Q2 23/24", "2023-09-30", RT_OK },
	{ "Q3 23/24", "2023-12-31", RT_OK },
	{ "Q4 23/24", "2024-03-31", RT_OK },
	{ "Q4 22/23", "2023-03-31", RT_OK },
	{ "Q1 22/23", "2022-06-30", RT_OK },
	{ "Q1 2023/24", "2023-06-30", RT_OK },
	{ "Q1 2023/2024", "2023-06-30", RT_OK },
	{ "q1 23/24", "2023-06-30", RT_OK },
	{ "Q4 99/00", "2100-03-31", RT_OK },
	{ "Q4 1999/00", "2000-03-31", RT_OK },
	{ "Q4 22/23 Q1 23/24", "2023-06-30", RT_OK },
	{ "Q1 23/24 Q4 22/23", "2023-06-30", RT_OK },
	{ "Q4 22/23\nQ1 23/24", "2023-06-30", RT_OK },
	{ "Q1 23/24 " EN_DASH " ongoing", "2023-06-30", RT_OK },
	{ "Q1 23/24 - ongoing", "2023-06-30", RT_OK },
	{ "Q1 23/24 " EM_DASH " Ongoing", "2023-06-30", RT_OK },
	{ "Q4 22/23 " EN_DASH " ongoing", "2023-03-31", RT_OK },
	{ "Q4 22/23 " EN_DASH " Q1 23/24", "2023-06-30", RT_OK },
	{ "Q4 22/23-Q1 23/24", "2023-06-30", RT_OK },
	{ "Q4 22/23 " EN_DASH " Q1 23/24 " EN_DASH " ongoing", "2023-06-30",
	    RT_OK },
	/* no date */
	{ "Ongoing", "", RT_OK },
	{ "On going", "", RT_OK },
	{ "ongoing", "", RT_OK },
	{ "ONGOING", "", RT_OK },
	{ "on-going", "", RT_OK },
	{ "", "", RT_OK },
	{ "  \t ", "", RT_OK },
	/* event dates */
	{ "15-Nov-24", "2024-11-15", RT_OK },
	{ "05 February 2025", "2025-02-05", RT_OK },
	{ "15-Nov-24 - ongoing", "2024-11-15", RT_OK },

	/* refused */
	{ "Q1 23/25", "", RT_INVALID },
	{ "Q1 24/23", "", RT_INVALID },
	{ "Q5 22/23", "", RT_INVALID },
	{ "Q0 22/23", "", RT_INVALID },
	{ "Q1 23/24 agree plan", "", RT_INVALID },
	{ "Q1 23/24 agree plan (Q3 23/24 draft proposal to at least meet "
	    "24/25) savings requirement.", "", RT_INVALID },
	{ "Q1 23/24 agree priorities", "", RT_INVALID },
	{ "Q1 23/24 ongoing", "", RT_INVALID },
	{ "Q1 23-24", "", RT_INVALID },
	{ "Q1 23/2024", "", RT_INVALID },
	{ "Q1 2023", "", RT_INVALID },
	{ "Q123/24", "", RT_INVALID },
	{ "Q4 2999/3000", "", RT_INVALID },
	{ "Q1 23/24,", "", RT_INVALID },
	{ "Mar 25", "", RT_INVALID },
	{ "March", "", RT_INVALID },
	{ "2025", "", RT_INVALID },
	{ "Marchember 2025", "", RT_INVALID },
	{ "March 3000", "", RT_INVALID },
	{ "TBC", "", RT_INVALID },
	{ "(IPS)", "", RT_INVALID },
	{ "March 2025 (IPS", "", RT_INVALID },
	{ "March 2025 (IPS) later", "", RT_INVALID },
	{ "Ongoing work", "", RT_INVALID },
	{ "going", "", RT_INVALID },
	{ "2025-02-30", "", RT_INVALID },
	{ "31/04/2025", "", RT_INVALID },
};

/* Check one refusal: status, no date, and a message naming the value. */
static void
check_refusal(const char *what, const struct dcase *c, int rc,
    const char *out, const struct rt_err *e, const char *forms)
{
	char quoted[512];

	snprintf(quoted, sizeof quoted, "'%s'", c->in);
	ck_assert_msg(rc == RT_INVALID, "%s('%s') = %d, want %d", what,
	    c->in, rc, RT_INVALID);
	ck_assert_int_eq(e->code, RT_INVALID);
	ck_assert_str_eq(out, "");
	ck_assert_msg(strstr(e->msg, quoted) != NULL,
	    "%s('%s'): message does not name the value: %s", what, c->in,
	    e->msg);
	ck_assert_msg(strstr(e->msg, forms) != NULL,
	    "%s('%s'): message does not list the forms: %s", what, c->in,
	    e->msg);
}

static void
check_case(const char *what, const struct dcase *c,
    int (*parse)(const char *, char[RT_DATE_LEN], struct rt_err *),
    const char *forms)
{
	struct rt_err e;
	char out[RT_DATE_LEN];
	int rc;

	rt_err_clear(&e);
	memset(out, 'x', sizeof out);
	rc = parse(c->in, out, &e);
	if (c->rc != RT_OK) {
		check_refusal(what, c, rc, out, &e, forms);
		return;
	}
	ck_assert_msg(rc == RT_OK, "%s('%s') = %d (%s), want 0", what, c->in,
	    rc, e.msg);
	ck_assert_int_eq(e.code, RT_OK);
	ck_assert_msg(strcmp(out, c->want) == 0, "%s('%s') = '%s', want '%s'",
	    what, c->in, out, c->want);
}

START_TEST(test_date_parse)
{
	check_case("rt_date_parse", &date_cases[_i], rt_date_parse,
	    rt_date_forms);
}
END_TEST

START_TEST(test_due_parse)
{
	check_case("rt_due_parse", &due_cases[_i], rt_due_parse,
	    rt_due_forms);
}
END_TEST

/* A due date may be any event date, read the same way. */
START_TEST(test_due_takes_dates)
{
	if (date_cases[_i].rc == RT_OK)
		check_case("rt_due_parse", &date_cases[_i], rt_due_parse,
		    rt_due_forms);
}
END_TEST

START_TEST(test_null_err)
{
	char out[RT_DATE_LEN];

	/* A NULL rt_err is allowed: the status alone is wanted. */
	ck_assert_int_eq(rt_date_parse("2025-02-30", out, NULL), RT_INVALID);
	ck_assert_int_eq(rt_due_parse("Q5 22/23", out, NULL), RT_INVALID);
	ck_assert_int_eq(rt_date_parse(NULL, out, NULL), RT_INVALID);
	ck_assert_int_eq(rt_due_parse(NULL, out, NULL), RT_OK);
	ck_assert_str_eq(out, "");
}
END_TEST

START_TEST(test_message)
{
	struct rt_err e;
	char out[RT_DATE_LEN];

	/* The exact wording that the CLI shows. */
	rt_err_clear(&e);
	rt_date_parse("2025-02-30", out, &e);
	ck_assert_str_eq(e.msg, "bad date '2025-02-30': expected YYYY-MM-DD, "
	    "DD/MM/YYYY, DD-Mon-YY or DD Month YYYY");
	rt_err_clear(&e);
	rt_due_parse("Q1 23/25", out, &e);
	ck_assert_msg(strncmp(e.msg, "bad due date 'Q1 23/25': expected ",
	    34) == 0, "got: %s", e.msg);
}
END_TEST

struct month_case {
	const char *in;
	int n;
	const char *want;
	int rc;
};

static const struct month_case month_cases[] = {
	{ "2024-12-31", 2, "2025-02-28", RT_OK },
	{ "2024-01-31", 1, "2024-02-29", RT_OK },
	{ "2023-01-31", 1, "2023-02-28", RT_OK },
	{ "2024-03-31", -1, "2024-02-29", RT_OK },
	{ "2024-05-31", 1, "2024-06-30", RT_OK },
	{ "2024-08-31", 6, "2025-02-28", RT_OK },
	{ "2024-02-29", 12, "2025-02-28", RT_OK },
	{ "2024-02-29", 48, "2028-02-29", RT_OK },
	{ "2024-11-15", 0, "2024-11-15", RT_OK },
	{ "2024-11-15", 2, "2025-01-15", RT_OK },
	{ "2024-01-15", -13, "2022-12-15", RT_OK },
	{ "2024-01-15", -1, "2023-12-15", RT_OK },
	{ "2999-11-30", 1, "2999-12-30", RT_OK },
	{ "2999-12-01", 1, "", RT_INVALID },
	{ "1900-01-01", -1, "", RT_INVALID },
	{ "2024-01-01", INT_MAX, "", RT_INVALID },
	{ "2024-01-01", INT_MIN, "", RT_INVALID },
	{ "2024-02-30", 1, "", RT_INVALID },
	{ "15/11/2024", 1, "", RT_INVALID },
	{ "", 1, "", RT_INVALID },
};

START_TEST(test_add_months)
{
	const struct month_case *c = &month_cases[_i];
	struct rt_err e;
	char out[RT_DATE_LEN];
	int rc;

	rt_err_clear(&e);
	rc = rt_date_add_months(c->in, c->n, out, &e);
	ck_assert_msg(rc == c->rc, "add_months('%s', %d) = %d, want %d",
	    c->in, c->n, rc, c->rc);
	ck_assert_msg(strcmp(out, c->want) == 0,
	    "add_months('%s', %d) = '%s', want '%s'", c->in, c->n, out,
	    c->want);
	if (c->rc != RT_OK)
		ck_assert_msg(strstr(e.msg, c->in) != NULL,
		    "message does not name '%s': %s", c->in, e.msg);
}
END_TEST

START_TEST(test_is_iso)
{
	ck_assert_int_eq(rt_date_is_iso("2024-02-29"), 1);
	ck_assert_int_eq(rt_date_is_iso("1900-01-01"), 1);
	ck_assert_int_eq(rt_date_is_iso("2023-02-29"), 0);
	ck_assert_int_eq(rt_date_is_iso("2024-2-29"), 0);
	ck_assert_int_eq(rt_date_is_iso(" 2024-02-29"), 0);
	ck_assert_int_eq(rt_date_is_iso("2024-02-29 "), 0);
	ck_assert_int_eq(rt_date_is_iso("2024-02-290"), 0);
	ck_assert_int_eq(rt_date_is_iso("29/02/2024"), 0);
	ck_assert_int_eq(rt_date_is_iso("0000-01-01"), 0);
	ck_assert_int_eq(rt_date_is_iso(""), 0);
	ck_assert_int_eq(rt_date_is_iso(NULL), 0);
}
END_TEST

static void
local_iso(char out[RT_DATE_LEN])
{
	time_t now = time(NULL);
	struct tm tm;

	ck_assert_ptr_nonnull(localtime_r(&now, &tm));
	ck_assert_uint_eq(strftime(out, RT_DATE_LEN, "%Y-%m-%d", &tm), 10);
}

START_TEST(test_today)
{
	char before[RT_DATE_LEN], today[RT_DATE_LEN], after[RT_DATE_LEN];

	/* Bracketed, so that a run across midnight still passes. */
	local_iso(before);
	rt_date_today(today);
	local_iso(after);
	ck_assert_int_eq(rt_date_is_iso(today), 1);
	ck_assert_msg(strcmp(today, before) == 0 || strcmp(today, after) == 0,
	    "today '%s', local time says '%s'", today, before);
}
END_TEST

Suite *
rt_date_suite(void)
{
	Suite *s = suite_create("date");
	TCase *tc = tcase_create("parse");

	tcase_add_loop_test(tc, test_date_parse, 0, NCASES(date_cases));
	tcase_add_loop_test(tc, test_due_parse, 0, NCASES(due_cases));
	tcase_add_loop_test(tc, test_due_takes_dates, 0, NCASES(date_cases));
	tcase_add_test(tc, test_null_err);
	tcase_add_test(tc, test_message);
	suite_add_tcase(s, tc);

	tc = tcase_create("arith");
	tcase_add_loop_test(tc, test_add_months, 0, NCASES(month_cases));
	tcase_add_test(tc, test_is_iso);
	tcase_add_test(tc, test_today);
	suite_add_tcase(s, tc);
	return s;
}
