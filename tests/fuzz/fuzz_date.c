/*
 * fuzz_date.c - libFuzzer harness for the date parser (src/date.c).
 *
 * The input is one value as a user types it (a C string: up to the first
 * NUL byte), read as an event date and as a due text.  Besides the
 * sanitizers' findings, it checks what date.h promises: an accepted value
 * becomes a valid ISO date that reads back as itself; every event date is
 * also a due date meaning the same day; a due text is a date, no date or
 * free text, and rt_due_parse() agrees with rt_due_read() except that it
 * refuses free text; a refusal leaves out empty, is RT_INVALID and quotes
 * the value; adding months to a date gives a valid date the right number
 * of months later, clamped to the month's end; adding days gives a valid
 * date that many days later, as rt_date_days_between() counts them.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "rectrack/date.h"
#include "fuzz.h"

/* The year, month and day of a valid ISO date. */
static void
split(const char *iso, int *y, int *m, int *d)
{
	*y = atoi(iso);
	*m = atoi(iso + 5);
	*d = atoi(iso + 8);
}

/* A count of months, -1200 to 1200, that follows the input. */
static int
months(const uint8_t *data, size_t size)
{
	unsigned long h = 0;
	size_t i;

	for (i = 0; i < size; i++)
		h = h * 31 + data[i];
	return (int)(h % 2401) - 1200;
}

static void
check_add(const char *iso, int n)
{
	char out[RT_DATE_LEN];
	struct rt_err e = {RT_OK, ""};
	int y, m, d, y2, m2, d2, rc;
	long long diff;

	rc = rt_date_add_months(iso, n, out, &e);
	if (rc != RT_OK) {
		FZ_CHECK(rc == RT_INVALID && out[0] == '\0' && e.msg[0] != '\0',
		    "add %d to %s: status %d '%s'", n, iso, rc, out);
		return;
	}
	FZ_CHECK(rt_date_is_iso(out), "add %d to %s: '%s'", n, iso, out);
	split(iso, &y, &m, &d);
	split(out, &y2, &m2, &d2);
	diff = ((long long)y2 * 12 + m2) - ((long long)y * 12 + m);
	FZ_CHECK(diff == n && (d2 == d || (d2 < d && d2 >= 28)),
	    "%s + %d months = %s", iso, n, out);
}

static void
check_days(const char *iso, int n)
{
	char out[RT_DATE_LEN], back[RT_DATE_LEN];
	struct rt_err e = {RT_OK, ""};
	int rc, days;

	rc = rt_date_add_days(iso, n, out, &e);
	if (rc != RT_OK) {
		FZ_CHECK(rc == RT_INVALID && out[0] == '\0' && e.msg[0] != '\0',
		    "add %d days to %s: status %d '%s'", n, iso, rc, out);
		return;
	}
	FZ_CHECK(rt_date_is_iso(out), "add %d days to %s: '%s'", n, iso, out);
	FZ_CHECK(rt_date_days_between(iso, out, &days, NULL) == RT_OK &&
	    days == n, "%s + %d days = %s, %d days apart", iso, n, out, days);
	FZ_CHECK(rt_date_add_days(out, -n, back, NULL) == RT_OK &&
	    strcmp(back, iso) == 0, "%s - %d days = %s, not %s", out, n, back,
	    iso);
}

/* What rt_due_read() said of s, checked against rt_due_parse(). */
static void
check_due(const char *s)
{
	char due[RT_DATE_LEN], strict[RT_DATE_LEN], again[RT_DATE_LEN];
	char warn[64];
	struct rt_err e = {RT_OK, ""}, se = {RT_OK, ""};
	enum rt_due_kind kind, k2;
	int rc, src;

	rc = rt_due_read(s, due, &kind, &e);
	src = rt_due_parse(s, strict, &se);
	if (rc != RT_OK) {
		FZ_CHECK(rc == RT_INVALID && due[0] == '\0' &&
		    strncmp(e.msg, "bad due date '", 14) == 0, "status %d: %s",
		    rc, e.msg);
		FZ_CHECK(src == RT_INVALID && strcmp(e.msg, se.msg) == 0,
		    "'%s': strict %d '%s', read '%s'", s, src, se.msg, e.msg);
		return;
	}
	FZ_CHECK(e.msg[0] == '\0', "'%s': status 0 with '%s'", s, e.msg);
	switch (kind) {
	case RT_DUE_DATE:
		FZ_CHECK(rt_date_is_iso(due), "'%s' read as due '%s'", s, due);
		FZ_CHECK(rt_due_read(due, again, &k2, NULL) == RT_OK &&
		    k2 == RT_DUE_DATE && strcmp(again, due) == 0,
		    "due '%s' does not read back", due);
		break;
	case RT_DUE_NONE:
	case RT_DUE_TEXT:
		FZ_CHECK(due[0] == '\0', "'%s': kind %d with date '%s'", s,
		    (int)kind, due);
		break;
	default:
		FZ_CHECK(0, "'%s': kind %d", s, (int)kind);
	}
	if (kind == RT_DUE_TEXT)
		FZ_CHECK(src == RT_INVALID && strict[0] == '\0' &&
		    strncmp(se.msg, "bad due date '", 14) == 0,
		    "'%s': free text, but strict says %d", s, src);
	else
		FZ_CHECK(src == RT_OK && strcmp(strict, due) == 0,
		    "'%s': strict %d '%s', read '%s'", s, src, strict, due);
	rt_due_warning(warn, sizeof warn, s);
	FZ_CHECK(strncmp(warn, "due '", 5) == 0, "warning '%s'", warn);
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
	char date[RT_DATE_LEN], due[RT_DATE_LEN], again[RT_DATE_LEN];
	struct rt_err e = {RT_OK, ""};
	enum rt_due_kind kind;
	char *s = fz_strndup(data, size);
	int rc;

	rc = rt_date_parse(s, date, &e);
	if (rc == RT_OK) {
		FZ_CHECK(rt_date_is_iso(date), "'%s' read as '%s'", s, date);
		FZ_CHECK(rt_date_parse(date, again, NULL) == RT_OK &&
		    strcmp(again, date) == 0, "'%s' does not read back", date);
		FZ_CHECK(rt_due_read(s, due, &kind, NULL) == RT_OK &&
		    kind == RT_DUE_DATE && strcmp(due, date) == 0, "'%s': "
		    "event date %s but due date '%s'", s, date, due);
		check_add(date, months(data, size));
		check_add(date, 2);	/* response_due, as rec add sets it */
		check_add(date, INT_MAX);
		check_add(date, INT_MIN);
		check_days(date, months(data, size) * 200);
		check_days(date, 56);
		check_days(date, INT_MAX);
		check_days(date, INT_MIN);
	} else
		FZ_CHECK(rc == RT_INVALID && date[0] == '\0' &&
		    strncmp(e.msg, "bad date '", 10) == 0, "status %d: %s", rc,
		    e.msg);
	check_due(s);
	FZ_CHECK(rt_date_is_iso(s) == (rc == RT_OK && strcmp(s, date) == 0),
	    "rt_date_is_iso('%s') disagrees with rt_date_parse", s);
	/* Any text, valid or not, as an ISO date to add months and days to. */
	check_add(s, months(data, size));
	check_days(s, months(data, size));
	free(s);
	return 0;
}
