/*
 * date.h - reading the dates councils write.
 *
 * Dates are stored as ISO "YYYY-MM-DD".  Event dates (meetings, responses,
 * updates) are read from the forms found in council papers; due texts
 * (--due, --target, --update-due) additionally accept periods (a month, a
 * quarter, a financial year, a season...), read as their last day, and
 * words that mean no date; a due text is kept verbatim beside the date it
 * means.
 *
 * "today" is the local date, or RECTRACK_TODAY when that is set to an ISO
 * date: tests, and anyone who wants to work as of another day, set it.
 */
#ifndef RECTRACK_DATE_H
#define RECTRACK_DATE_H

#include <stddef.h>

#include "rectrack/err.h"

#define RT_DATE_LEN 11 /* "YYYY-MM-DD" and its NUL */

/* The forms accepted, for error messages and --help. */
extern const char rt_date_forms[];
extern const char rt_due_forms[];

/*
 * Parse an event date: "2024-11-15", "15/11/2024", "15.11.2024",
 * "15-Nov-24", "15 November 2024" (also "15 Nov 2024", "5th November
 * 2024"), any of these after a weekday that must match ("Friday 15
 * November 2024"), a range ("6-9 December 2022", "30 November - 2 December
 * 2022": its first day), "today" and "yesterday".  Leading and trailing
 * white space is ignored.  On success writes the ISO form into out and
 * returns RT_OK.  On failure returns RT_INVALID, out is "", and the
 * message names the value and says why: an impossible date gives the
 * reason ("bad date '29/02/2025': 2025 is not a leap year"), a period asks
 * for a day ("bad date '2012': a year is not a day: write the day (its
 * first day, 01/01/2012, if nothing better is known)"), anything else
 * lists the accepted forms.
 */
int rt_date_parse(const char *s, char out[RT_DATE_LEN], struct rt_err *e);

/* What a due text means (rt_due_read()). */
enum rt_due_kind {
	RT_DUE_DATE,	/* a date: out holds it */
	RT_DUE_NONE,	/* no date, knowingly: blank, Ongoing, TBC... */
	RT_DUE_TEXT	/* no form fits: keep the text as written, no date */
};

/*
 * Read a due text: every event-date form (a range means its first day),
 * and a month ("March 2025"), a financial-year quarter ("Q1 23/24"; several:
 * the latest), a calendar quarter ("Q1 2024"), a financial year ("2024/25",
 * "FY24/25"), a year ("2025"), a season ("Spring 2025"; "Winter 2025" ends
 * in February 2026), "early"/"mid"/"late 2025", each read as its last day;
 * "end of March 2025", "by 31 March 2025"; followed by "- ongoing", "and
 * ongoing" or "onwards" (the date stands) and a note in brackets.
 * "Ongoing", "TBC", "TBA", "To be confirmed" (and a blank text) mean no
 * date.
 *
 * Returns RT_OK and sets *kind (kind may be NULL): RT_DUE_DATE with the
 * ISO date in out, or RT_DUE_NONE or RT_DUE_TEXT with out "" (the
 * caller stores no date for both, and the text as written for both
 * unless blank).  RT_DUE_TEXT
 * sets no error: the caller keeps the text, warns (rt_due_warning()) and
 * carries on.  Returns RT_INVALID, with out "" and the reason in e, when
 * the whole text is one of the forms but names a day that does not exist
 * ("bad due date '31 June 2025': June has 30 days"), so that a typo is
 * not stored as free text; *kind is then RT_DUE_NONE.
 */
int rt_due_read(const char *s, char out[RT_DATE_LEN], enum rt_due_kind *kind,
    struct rt_err *e);

/*
 * rt_due_read(), strict: a text no form fits is an error too ("bad due
 * date 'soon': expected ..."), for callers that cannot keep free text.
 * RT_OK with out "" means no date.
 */
int rt_due_parse(const char *s, char out[RT_DATE_LEN], struct rt_err *e);

/*
 * The warning for a due text kept as written, into buf (truncated to
 * size): "due 'when procured' is kept as written; it has no date".  The
 * caller prints it as rt_err_print(stderr, "rectrack: warning: ", buf).
 */
void rt_due_warning(char *buf, size_t size, const char *text);

/*
 * Today's date in ISO form: RECTRACK_TODAY when it is set to a valid ISO
 * date, else the local date.  An invalid RECTRACK_TODAY is ignored here;
 * rt_date_today_checked() refuses it.
 */
void rt_date_today(char out[RT_DATE_LEN]);

/*
 * The same, but a RECTRACK_TODAY that is set and not empty must be a valid
 * ISO date: RT_INVALID otherwise ("bad RECTRACK_TODAY '2025-13-01':
 * expected YYYY-MM-DD").  main() can call it once so that a mistyped
 * value is never silently replaced by the clock.
 */
int rt_date_today_checked(char out[RT_DATE_LEN], struct rt_err *e);

/*
 * iso plus n months, clamped to the month's last day (2024-12-31 + 2 months
 * = 2025-02-28).  iso must be a valid ISO date; returns RT_INVALID if not.
 */
int rt_date_add_months(const char *iso, int n, char out[RT_DATE_LEN],
    struct rt_err *e);

/*
 * iso plus n days (n may be negative).  RT_INVALID when iso is not a valid
 * ISO date or the result falls outside the years 1900-2999.
 */
int rt_date_add_days(const char *iso, int n, char out[RT_DATE_LEN],
    struct rt_err *e);

/*
 * The whole days from one ISO date to another, into *days: 1 from
 * 2024-02-28 to 2024-02-29, negative when to is earlier.  RT_INVALID when
 * either is not a valid ISO date.
 */
int rt_date_days_between(const char *from, const char *to, int *days,
    struct rt_err *e);

/* 1 when s is exactly a valid ISO "YYYY-MM-DD" date, else 0. */
int rt_date_is_iso(const char *s);

/*
 * An ISO date the way documents write it: short "15-Nov-24" (as council
 * trackers do) or long "15 November 2024" (headings).  Anything that is
 * not an ISO date is copied as it is.  Returns out.
 */
#define RT_DATE_SHORT_LEN 16
#define RT_DATE_LONG_LEN 32
const char *rt_date_short(const char *iso, char out[RT_DATE_SHORT_LEN]);
const char *rt_date_long(const char *iso, char out[RT_DATE_LONG_LEN]);

#endif
