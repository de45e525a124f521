/*
 * date.h - reading the dates councils write.
 *
 * Dates are stored as ISO "YYYY-MM-DD".  Event dates (meetings, responses,
 * updates) are read from the forms found in council papers; due dates
 * additionally accept months, financial-year quarters and "Ongoing", and
 * keep the verbatim text beside the date it means.
 */
#ifndef RECTRACK_DATE_H
#define RECTRACK_DATE_H

#include "rectrack/err.h"

#define RT_DATE_LEN 11 /* "YYYY-MM-DD" and its NUL */

/* The forms accepted, for error messages and --help. */
extern const char rt_date_forms[];
extern const char rt_due_forms[];

/*
 * Parse an event date: "2024-11-15", "15/11/2024", "15-Nov-24",
 * "15 November 2024" (and the same with "15 Nov 2024", "5th November").
 * Leading and trailing white space is ignored.  On success writes the ISO
 * form into out and returns RT_OK; on failure returns RT_INVALID with a
 * message that names the value and lists the accepted forms.  Impossible
 * dates (2025-02-30) are rejected.
 */
int rt_date_parse(const char *s, char out[RT_DATE_LEN], struct rt_err *e);

/*
 * Parse a due date: every event-date form, plus "March 2025" (its last
 * day), "Q1 23/24" (April-June 2023: 2023-06-30), "Q1 23/24 - ongoing"
 * (the quarter's last day), several quarters "Q4 22/23 Q1 23/24" (the
 * last day of the latest), and "Ongoing" (no date: out is "").
 * An empty or blank string also means no date.
 */
int rt_due_parse(const char *s, char out[RT_DATE_LEN], struct rt_err *e);

/* Today's local date in ISO form. */
void rt_date_today(char out[RT_DATE_LEN]);

/*
 * iso plus n months, clamped to the month's last day (2024-12-31 + 2 months
 * = 2025-02-28).  iso must be a valid ISO date; returns RT_INVALID if not.
 */
int rt_date_add_months(const char *iso, int n, char out[RT_DATE_LEN],
    struct rt_err *e);

/* 1 when s is exactly a valid ISO "YYYY-MM-DD" date, else 0. */
int rt_date_is_iso(const char *s);

#endif
