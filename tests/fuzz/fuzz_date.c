/*
 * fuzz_date.c - libFuzzer harness for the date parser (src/date.c).
 *
 * The input is one value as a user types it (a C string: up to the first
 * NUL byte), read as an event date and as a due date.  Besides the
 * sanitizers' findings, it checks what date.h promises: an accepted value
 * becomes a valid ISO date that reads back as itself; every event date is
 * also a due date meaning the same day; a refusal leaves out empty, is
 * RT_INVALID and quotes the value; adding months to a date gives a valid
 * date the right number of months later, clamped to the month's end.
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
	struct rt_err e = {RT_OK, ""}, de = {RT_OK, ""};
	char *s = fz_strndup(data, size);
	int rc, drc;

	rc = rt_date_parse(s, date, &e);
	drc = rt_due_parse(s, due, &de);
	if (rc == RT_OK) {
		FZ_CHECK(rt_date_is_iso(date), "'%s' read as '%s'", s, date);
		FZ_CHECK(rt_date_parse(date, again, NULL) == RT_OK &&
		    strcmp(again, date) == 0, "'%s' does not read back", date);
		FZ_CHECK(drc == RT_OK && strcmp(due, date) == 0, "'%s': event "
		    "date %s but due date '%s' (status %d)", s, date, due, drc);
		check_add(date, months(data, size));
		check_add(date, 2);	/* response_due, as rec add sets it */
		check_add(date, INT_MAX);
		check_add(date, INT_MIN);
	} else
		FZ_CHECK(rc == RT_INVALID && date[0] == '\0' &&
		    strncmp(e.msg, "bad date '", 10) == 0, "status %d: %s", rc,
		    e.msg);
	if (drc == RT_OK) {
		FZ_CHECK(due[0] == '\0' || rt_date_is_iso(due), "'%s' read as "
		    "due '%s'", s, due);
		if (due[0] != '\0')
			FZ_CHECK(rt_due_parse(due, again, NULL) == RT_OK &&
			    strcmp(again, due) == 0, "due '%s' does not read back",
			    due);
	} else
		FZ_CHECK(drc == RT_INVALID && due[0] == '\0' &&
		    strncmp(de.msg, "bad due date '", 14) == 0, "status %d: %s",
		    drc, de.msg);
	FZ_CHECK(rt_date_is_iso(s) == (rc == RT_OK && strcmp(s, date) == 0),
	    "rt_date_is_iso('%s') disagrees with rt_date_parse", s);
	/* Any text, valid or not, as an ISO date to add months to. */
	check_add(s, months(data, size));
	free(s);
	return 0;
}
