/*
 * check_date.c - the date reader against the forms found in council papers.
 *
 * Table-driven: each table row is one input and what it must give: the
 * ISO date, or no date, or the exact reason it is refused.  Every form of
 * the contract is here with its boundaries (leap years, month ends,
 * quarter and financial-year ends, winter across the year, two-digit
 * years, what Word pastes: en dashes and no-break spaces), next to the
 * near misses that must be refused or kept as text.  A refusal must name
 * the value the user typed, so that they can find it in a long import,
 * and say why in words they can act on.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <check.h>

#include "rectrack/date.h"
#include "rectrack/err.h"
#include "suites.h"

/* The dashes and the space Word puts into "Q1 23/24 – ongoing". */
#define EN_DASH "\xe2\x80\x93"
#define EM_DASH "\xe2\x80\x94"
#define NBSP "\xc2\xa0"

#define NCASES(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* Refusals that list the accepted forms rather than give a reason. */
#define FORMS NULL

struct dcase {
	const char *in;
	const char *want;	/* the ISO date, "" when refused */
	int rc;
	const char *why;	/* the reason after "bad date 'IN': ", or FORMS */
};

#define D_OK(in, want) { in, want, RT_OK, NULL }
#define D_BAD(in, why) { in, "", RT_INVALID, why }

/* rt_date_parse(): event dates. */
static const struct dcase date_cases[] = {
	/* ISO */
	D_OK("2024-11-15", "2024-11-15"),
	D_OK("1900-01-01", "1900-01-01"),
	D_OK("2999-12-31", "2999-12-31"),
	D_OK("2024-02-29", "2024-02-29"),
	/* day first, with slashes */
	D_OK("15/11/2024", "2024-11-15"),
	D_OK("5/3/2024", "2024-03-05"),
	D_OK("05/03/2024", "2024-03-05"),
	D_OK("01/01/1900", "1900-01-01"),
	D_OK("31/12/2999", "2999-12-31"),
	D_OK("15/11/00", "2000-11-15"),
	D_OK("31/01/2025", "2025-01-31"),
	D_OK("15/11/24", "2024-11-15"),
	D_OK("29/02/2024", "2024-02-29"),
	D_OK("29/02/2000", "2000-02-29"),
	D_OK("31/12/99", "2099-12-31"),
	D_OK("1/1/00", "2000-01-01"),
	/* day first, with dots */
	D_OK("15.11.2024", "2024-11-15"),
	D_OK("5.3.2024", "2024-03-05"),
	D_OK("15.11.24", "2024-11-15"),
	D_OK("29.02.2024", "2024-02-29"),
	D_OK("31.12.2024", "2024-12-31"),
	/* DD-Mon-YY, as in 002 (Oxfordshire's tracker) */
	D_OK("15-Nov-24", "2024-11-15"),
	D_OK("19-Mar-24", "2024-03-19"),
	D_OK("15-Oct-24", "2024-10-15"),
	D_OK("17-Dec-24", "2024-12-17"),
	D_OK("17-Jan-25", "2025-01-17"),
	D_OK("15-Nov-2024", "2024-11-15"),
	D_OK("15-nov-24", "2024-11-15"),
	D_OK("15-NOV-24", "2024-11-15"),
	D_OK("5-Sep-24", "2024-09-05"),
	D_OK("5-Sept-24", "2024-09-05"),
	D_OK("29-Feb-00", "2000-02-29"),
	D_OK("29-Feb-24", "2024-02-29"),
	D_OK("31-Dec-99", "2099-12-31"),
	D_OK("01-Jan-1900", "1900-01-01"),
	/* DD Month YYYY */
	D_OK("05 February 2025", "2025-02-05"),
	D_OK("15 November 2024", "2024-11-15"),
	D_OK("15 Nov 2024", "2024-11-15"),
	D_OK("5th November 2024", "2024-11-05"),
	D_OK("15th November 2024", "2024-11-15"),
	D_OK("2nd February 2025", "2025-02-02"),
	D_OK("23rd March 2025", "2025-03-23"),
	D_OK("31st December 2024", "2024-12-31"),
	D_OK("11th November 2024", "2024-11-11"),
	D_OK("1st January 1900", "1900-01-01"),
	D_OK("1st March 2025", "2025-03-01"),
	D_OK("22nd June 2025", "2025-06-22"),
	D_OK("3rd July 2025", "2025-07-03"),
	D_OK("30 SEPTEMBER 2024", "2024-09-30"),
	D_OK("5 Sept 2024", "2024-09-05"),
	D_OK("15 Nov 24", "2024-11-15"),
	D_OK("1 may 2024", "2024-05-01"),
	D_OK("31 December 2024", "2024-12-31"),
	/* after a weekday, which must match */
	D_OK("Friday 15 November 2024", "2024-11-15"),
	D_OK("friday 15 november 2024", "2024-11-15"),
	D_OK("FRIDAY 15 NOVEMBER 2024", "2024-11-15"),
	D_OK("Fri 15 Nov 2024", "2024-11-15"),
	D_OK("Friday, 15 November 2024", "2024-11-15"),
	D_OK("Friday 15th November 2024", "2024-11-15"),
	D_OK("Fri, 15/11/2024", "2024-11-15"),
	D_OK("Friday, 15-Nov-24", "2024-11-15"),
	D_OK("Thurs 14/11/2024", "2024-11-14"),
	D_OK("Thur 14.11.2024", "2024-11-14"),
	D_OK("Tues 12-Nov-24", "2024-11-12"),
	D_OK("Saturday 29 February 2020", "2020-02-29"),
	D_OK("Wednesday 1 January 2025", "2025-01-01"),
	D_OK("Monday 1 January 1900", "1900-01-01"),
	D_OK("Tuesday 31 December 2999", "2999-12-31"),
	D_OK("Friday" NBSP "15" NBSP "November" NBSP "2024", "2024-11-15"),
	/* a range: its first day */
	D_OK("6-9 December 2022", "2022-12-06"),
	D_OK("6 - 9 December 2022", "2022-12-06"),
	D_OK("6" EN_DASH "9 December 2022", "2022-12-06"),
	D_OK("6 " EN_DASH " 9 December 2022", "2022-12-06"),
	D_OK("6th-9th December 2022", "2022-12-06"),
	D_OK("6-6 December 2022", "2022-12-06"),
	D_OK("6-9 Dec 2022", "2022-12-06"),
	D_OK("30-31 December 2024", "2024-12-30"),
	D_OK("1-31 January 2025", "2025-01-01"),
	D_OK("30 November - 2 December 2022", "2022-11-30"),
	D_OK("30 Nov " EN_DASH " 2 Dec 2022", "2022-11-30"),
	D_OK("30 November 2022 - 2 December 2022", "2022-11-30"),
	D_OK("30 December - 2 January 2023", "2022-12-30"),
	D_OK("31 December 2022 - 2 January 2023", "2022-12-31"),
	D_OK("28 February - 1 March 2024", "2024-02-28"),
	D_OK("29 February - 1 March 2024", "2024-02-29"),
	/* white space around and inside */
	D_OK("  2024-11-15\t", "2024-11-15"),
	D_OK("\n15-Nov-24\r\n", "2024-11-15"),
	D_OK("15  November\t2024", "2024-11-15"),
	D_OK("15" NBSP "November" NBSP "2024" NBSP, "2024-11-15"),

	/* impossible dates: the reason */
	D_BAD("29/02/2025", "2025 is not a leap year"),
	D_BAD("29/02/2023", "2023 is not a leap year"),
	D_BAD("29/02/1900", "1900 is not a leap year"),
	D_BAD("29 Feb 2100", "2100 is not a leap year"),
	D_BAD("29-Feb-25", "2025 is not a leap year"),
	D_BAD("31 Feb 2024", "February 2024 has 29 days"),
	D_BAD("15-Nov-1899", "1899 is outside the years 1900-2999"),
	D_BAD("03/14/2025", "there is no month 14; dates are day first"),
	D_BAD("11/15/2024", "there is no month 15; dates are day first"),
	D_BAD("12.31.2024", "there is no month 31; dates are day first"),
	D_BAD("15/13/2025", "there is no month 13"),
	D_BAD("2024-13-01", "there is no month 13"),
	D_BAD("2024-00-10", "there is no month 0"),
	D_BAD("00/00/2025", "there is no month 0"),
	D_BAD("31/04/2025", "April has 30 days"),
	D_BAD("31 June 2025", "June has 30 days"),
	D_BAD("31-Sep-24", "September has 30 days"),
	D_BAD("31.11.2024", "November has 30 days"),
	D_BAD("32/01/2025", "January has 31 days"),
	D_BAD("2025-02-30", "February 2025 has 28 days"),
	D_BAD("30.02.2024", "February 2024 has 29 days"),
	D_BAD("00/01/2025", "there is no day 0"),
	D_BAD("0/11/2024", "there is no day 0"),
	D_BAD("1899-12-31", "1899 is outside the years 1900-2999"),
	D_BAD("3000-01-01", "3000 is outside the years 1900-2999"),
	/* a weekday that does not match */
	D_BAD("Thursday 15 November 2024",
	    "15 November 2024 is a Friday, not a Thursday"),
	D_BAD("Mon 15/11/2024", "15 November 2024 is a Friday, not a Monday"),
	D_BAD("Friday 29 February 2020",
	    "29 February 2020 is a Saturday, not a Friday"),
	D_BAD("Friday 31 June 2025", "June has 30 days"),
	/* a range that cannot be */
	D_BAD("9-6 December 2022", "the range ends before it starts"),
	D_BAD("2 January 2023 - 30 December 2022",
	    "the range ends before it starts"),
	D_BAD("30-31 November 2022", "November has 30 days"),
	D_BAD("29 February - 1 March 2023", "2023 is not a leap year"),
	/* a period is not a day: the message offers its first day */
	D_BAD("2012", "a year is not a day: write the day (its first day, "
	    "01/01/2012, if nothing better is known)"),
	D_BAD("March 2025", "a month is not a day: write the day (its first "
	    "day, 01/03/2025, if nothing better is known)"),
	D_BAD("Q1 23/24", "a quarter is not a day: write the day (its first "
	    "day, 01/04/2023, if nothing better is known)"),
	D_BAD("Q4 22/23 Q1 23/24", "a quarter is not a day: write the day "
	    "(its first day, 01/01/2023, if nothing better is known)"),
	D_BAD("Q3 2024", "a quarter is not a day: write the day (its first "
	    "day, 01/07/2024, if nothing better is known)"),
	D_BAD("2024/25", "a financial year is not a day: write the day (its "
	    "first day, 01/04/2024, if nothing better is known)"),
	D_BAD("FY24/25", "a financial year is not a day: write the day (its "
	    "first day, 01/04/2024, if nothing better is known)"),
	D_BAD("Winter 2025", "a season is not a day: write the day (its "
	    "first day, 01/12/2025, if nothing better is known)"),
	D_BAD("mid-2025", "part of a year is not a day: write the day (its "
	    "first day, 01/05/2025, if nothing better is known)"),
	D_BAD("Dec 2024", "a month is not a day: write the day (its first "
	    "day, 01/12/2024, if nothing better is known)"),
	D_BAD("February 2024", "a month is not a day: write the day (its "
	    "first day, 01/02/2024, if nothing better is known)"),
	D_BAD("Q1 2024", "a quarter is not a day: write the day (its first "
	    "day, 01/01/2024, if nothing better is known)"),
	D_BAD("FY 2024/25", "a financial year is not a day: write the day (its "
	    "first day, 01/04/2024, if nothing better is known)"),
	D_BAD("Spring 2025", "a season is not a day: write the day (its "
	    "first day, 01/03/2025, if nothing better is known)"),
	D_BAD("Summer 2024", "a season is not a day: write the day (its "
	    "first day, 01/06/2024, if nothing better is known)"),
	D_BAD("Autumn 2024", "a season is not a day: write the day (its "
	    "first day, 01/09/2024, if nothing better is known)"),
	D_BAD("early 2025", "part of a year is not a day: write the day (its "
	    "first day, 01/01/2025, if nothing better is known)"),
	D_BAD("late 2025", "part of a year is not a day: write the day (its "
	    "first day, 01/09/2025, if nothing better is known)"),
	D_BAD("1900", "a year is not a day: write the day (its first day, "
	    "01/01/1900, if nothing better is known)"),
	D_BAD("Q5 22/23", "there is no quarter Q5: quarters run Q1 to Q4"),
	/* nothing like a date: the forms */
	D_BAD("", FORMS),
	D_BAD("   ", FORMS),
	D_BAD("2024-11-15x", FORMS),
	D_BAD("2024-11-15 extra", FORMS),
	D_BAD("15/11/2024/", FORMS),
	D_BAD("29/02/2025 or so", FORMS),
	D_BAD("2024-1-5", FORMS),
	D_BAD("2024/11/15", FORMS),
	D_BAD("15-11-2024", FORMS),
	D_BAD("15.11-2024", FORMS),
	D_BAD("15-Nov-024", FORMS),
	D_BAD("15-Nov-02024", FORMS),
	D_BAD("15-Foo-24", FORMS),
	D_BAD("15 Novem 2024", FORMS),
	D_BAD("15 November", FORMS),
	D_BAD("15November 2024", FORMS),
	D_BAD("115 November 2024", FORMS),
	D_BAD("Friday15 November 2024", FORMS),
	D_BAD("Fryday 15 November 2024", FORMS),
	D_BAD("Friday", FORMS),
	D_BAD("6-9 December", FORMS),
	D_BAD("6-9-December 2022", FORMS),
	D_BAD("end of March 2025", FORMS),
	D_BAD("by 31 March 2025", FORMS),
	D_BAD("Ongoing", FORMS),
	D_BAD("TBC", FORMS),
	D_BAD("To be confirmed", FORMS),
	D_BAD("March 2025 onwards", FORMS),
	D_BAD("15 November 2024 - ongoing", FORMS),
	D_BAD("15 Novmber 2024", FORMS),
	D_BAD("tomorrow", FORMS),
	D_BAD("today's", FORMS),
};

struct duecase {
	const char *in;
	const char *want;	/* the ISO date, "" for none */
	enum rt_due_kind kind;
	int rc;
	const char *why;	/* the reason after "bad due date 'IN': " */
};

#define U_DATE(in, want) { in, want, RT_DUE_DATE, RT_OK, NULL }
#define U_NONE(in) { in, "", RT_DUE_NONE, RT_OK, NULL }
#define U_TEXT(in) { in, "", RT_DUE_TEXT, RT_OK, NULL }
#define U_BAD(in, why) { in, "", RT_DUE_NONE, RT_INVALID, why }

/* rt_due_read(): due texts; every accepted date case is also run. */
static const struct duecase due_cases[] = {
	/* Month YYYY, as in 000 (Oxford's peer review plan): its last day */
	U_DATE("March 2025", "2025-03-31"),
	U_DATE("December 2024", "2024-12-31"),
	U_DATE("April 2025", "2025-04-30"),
	U_DATE("September 2024", "2024-09-30"),
	U_DATE("March 2025 (IPS)", "2025-03-31"),
	U_DATE("Mar 2025", "2025-03-31"),
	U_DATE("Sept 2024", "2024-09-30"),
	U_DATE("February 2024", "2024-02-29"),
	U_DATE("february 2023", "2023-02-28"),
	U_DATE("February 2000", "2000-02-29"),
	U_DATE("February 1900", "1900-02-28"),
	U_DATE("Dec 2024", "2024-12-31"),
	U_DATE("January 1900", "1900-01-31"),
	U_DATE("December 2999", "2999-12-31"),
	U_DATE("June 2024 (draft)", "2024-06-30"),
	U_DATE("March 2025 " EN_DASH " ongoing", "2025-03-31"),
	U_DATE(NBSP "March" NBSP "2025" NBSP, "2025-03-31"),
	/* financial-year quarters, as in 003 (Cherwell's peer review plan) */
	U_DATE("Q1 23/24", "2023-06-30"),
	U_DATE("Q2 23/24", "2023-09-30"),
	U_DATE("Q3 23/24", "2023-12-31"),
	U_DATE("Q4 23/24", "2024-03-31"),
	U_DATE("Q4 22/23", "2023-03-31"),
	U_DATE("Q1 22/23", "2022-06-30"),
	U_DATE("Q1 2023/24", "2023-06-30"),
	U_DATE("Q1 2023/2024", "2023-06-30"),
	U_DATE("q1 23/24", "2023-06-30"),
	U_DATE("Q4 99/00", "2100-03-31"),
	U_DATE("Q4 1999/00", "2000-03-31"),
	U_DATE("Q4 22/23 Q1 23/24", "2023-06-30"),
	U_DATE("Q1 23/24 Q4 22/23", "2023-06-30"),
	U_DATE("Q4 22/23\nQ1 23/24", "2023-06-30"),
	U_DATE("Q1 23/24 " EN_DASH " ongoing", "2023-06-30"),
	U_DATE("Q1 23/24 - ongoing", "2023-06-30"),
	U_DATE("Q1 23/24 " EM_DASH " Ongoing", "2023-06-30"),
	U_DATE("Q4 22/23 " EN_DASH " ongoing", "2023-03-31"),
	U_DATE("Q4 22/23 " EN_DASH " Q1 23/24", "2023-06-30"),
	U_DATE("Q4 22/23-Q1 23/24", "2023-06-30"),
	U_DATE("Q4 22/23 " EN_DASH " Q1 23/24 " EN_DASH " ongoing",
	    "2023-06-30"),
	/* calendar quarters */
	U_DATE("Q1 2024", "2024-03-31"),
	U_DATE("Q2 2024", "2024-06-30"),
	U_DATE("Q3 2024", "2024-09-30"),
	U_DATE("Q4 2024", "2024-12-31"),
	U_DATE("q4 2999", "2999-12-31"),
	U_DATE("Q1 2024 - Q2 2024", "2024-06-30"),
	U_DATE("Q4 2023 Q1 24/25", "2024-06-30"),
	U_DATE("Q2 2024 onwards", "2024-06-30"),
	U_DATE("Q1 1900", "1900-03-31"),
	/* financial years, April to March */
	U_DATE("2024/25", "2025-03-31"),
	U_DATE("2024/2025", "2025-03-31"),
	U_DATE("FY 2024/25", "2025-03-31"),
	U_DATE("FY24/25", "2025-03-31"),
	U_DATE("FY 24/25", "2025-03-31"),
	U_DATE("fy2024/25", "2025-03-31"),
	U_DATE("1999/00", "2000-03-31"),
	U_DATE("FY 99/00", "2100-03-31"),
	U_DATE("2024/25 (draft)", "2025-03-31"),
	U_DATE("FY2024/25", "2025-03-31"),
	U_DATE("FY 2024/25 and ongoing", "2025-03-31"),
	U_DATE("2024/25 - ongoing", "2025-03-31"),
	U_DATE("FY 2023/24 onwards", "2024-03-31"),
	U_DATE("1900/01", "1901-03-31"),
	/* years */
	U_DATE("2025", "2025-12-31"),
	U_DATE("1900", "1900-12-31"),
	U_DATE("2999", "2999-12-31"),
	U_DATE("2025 onwards", "2025-12-31"),
	U_DATE("2025 - ongoing", "2025-12-31"),
	U_DATE("2025 and ongoing", "2025-12-31"),
	U_DATE("2024", "2024-12-31"),
	/* seasons; winter runs into the next year */
	U_DATE("Spring 2025", "2025-05-31"),
	U_DATE("summer 2025", "2025-08-31"),
	U_DATE("AUTUMN 2025", "2025-11-30"),
	U_DATE("Winter 2025", "2026-02-28"),
	U_DATE("Winter 2023", "2024-02-29"),
	U_DATE("Winter 2025/26", "2026-02-28"),
	U_DATE("Spring" NBSP "2025", "2025-05-31"),
	U_DATE("Spring 2024", "2024-05-31"),
	U_DATE("Summer 2024", "2024-08-31"),
	U_DATE("Autumn 2024", "2024-11-30"),
	U_DATE("Winter 2024", "2025-02-28"),
	U_DATE("Winter 2027", "2028-02-29"),
	U_DATE("Winter 2024/25", "2025-02-28"),
	U_DATE("Winter 2025/2026", "2026-02-28"),
	U_DATE("Winter 2998", "2999-02-28"),
	U_DATE("Spring 2025 (IPS)", "2025-05-31"),
	U_DATE("Winter 2025 onwards", "2026-02-28"),
	/* early, mid, late */
	U_DATE("early 2025", "2025-04-30"),
	U_DATE("Early 2025", "2025-04-30"),
	U_DATE("mid 2025", "2025-08-31"),
	U_DATE("mid-2025", "2025-08-31"),
	U_DATE("Mid-2025", "2025-08-31"),
	U_DATE("late 2025", "2025-12-31"),
	U_DATE("early-2025", "2025-04-30"),
	U_DATE("early 1900", "1900-04-30"),
	U_DATE("late 2999", "2999-12-31"),
	U_DATE("Early 2025 (IPS)", "2025-04-30"),
	U_DATE("mid 2024 onwards", "2024-08-31"),
	U_DATE("Late 2025 - ongoing", "2025-12-31"),
	/* end of, by */
	U_DATE("end of March 2025", "2025-03-31"),
	U_DATE("End of February 2024", "2024-02-29"),
	U_DATE("the end of March 2025", "2025-03-31"),
	U_DATE("by the end of March 2025", "2025-03-31"),
	U_DATE("by end of Q1 2024", "2024-03-31"),
	U_DATE("end of 2025", "2025-12-31"),
	U_DATE("by 31 March 2025", "2025-03-31"),
	U_DATE("By 31/03/2025", "2025-03-31"),
	U_DATE("by March 2025", "2025-03-31"),
	U_DATE("by Friday 15 November 2024", "2024-11-15"),
	U_DATE("end of Q4 23/24", "2024-03-31"),
	U_DATE("by Q1 2024", "2024-03-31"),
	U_DATE("end of December 2999", "2999-12-31"),
	U_DATE("by end of 2025", "2025-12-31"),
	U_DATE("by the end of 2025", "2025-12-31"),
	U_DATE("end of Spring 2025", "2025-05-31"),
	U_DATE("by Winter 2025", "2026-02-28"),
	/* X and ongoing, X - ongoing, X onwards: X's date */
	U_DATE("March 2025 and ongoing", "2025-03-31"),
	U_DATE("Q1 23/24 and ongoing", "2023-06-30"),
	U_DATE("March 2025 - ongoing", "2025-03-31"),
	U_DATE("March 2025 onwards", "2025-03-31"),
	U_DATE("April 2025 onward", "2025-04-30"),
	U_DATE("15 November 2024 onwards", "2024-11-15"),
	U_DATE("15-Nov-24 - ongoing", "2024-11-15"),
	U_DATE("March 2025 onwards (IPS)", "2025-03-31"),
	U_DATE("Q4 2023/24 and ongoing", "2024-03-31"),
	U_DATE("December 2025 - ongoing", "2025-12-31"),
	U_DATE("15 November 2024 - ongoing", "2024-11-15"),
	U_DATE("6-9 December 2022 onwards", "2022-12-06"),
	/* event dates, ranges included */
	U_DATE("15-Nov-24", "2024-11-15"),
	U_DATE("05 February 2025", "2025-02-05"),
	U_DATE("6-9 December 2022", "2022-12-06"),
	/* no date */
	U_NONE("Ongoing"),
	U_NONE("On going"),
	U_NONE("ongoing"),
	U_NONE("ONGOING"),
	U_NONE("on-going"),
	U_NONE("TBC"),
	U_NONE("tbc"),
	U_NONE("TBA"),
	U_NONE("To be confirmed"),
	U_NONE("to be confirmed"),
	U_NONE("To be agreed"),
	U_NONE("TBC (IPS)"),
	U_NONE("TBA (IPS)"),
	U_NONE("tba"),
	U_NONE("To Be Confirmed"),
	U_NONE("Ongoing (IPS)"),
	U_NONE(""),
	U_NONE("  \t "),
	U_NONE(NBSP),

	/* impossible dates inside a form: refused with the reason */
	U_BAD("31 June 2025", "June has 30 days"),
	U_BAD("by 31 June 2025", "June has 30 days"),
	U_BAD("31 June 2025 onwards", "June has 30 days"),
	U_BAD("29/02/2025", "2025 is not a leap year"),
	U_BAD("2025-02-30", "February 2025 has 28 days"),
	U_BAD("31/04/2025", "April has 30 days"),
	U_BAD("03/14/2025 (IPS)", "there is no month 14; dates are day first"),
	U_BAD("Friday 15 March 2025",
	    "15 March 2025 is a Saturday, not a Friday"),
	U_BAD("Q1 23/25", "23/25 is not a financial year: its second year "
	    "must follow the first"),
	U_BAD("Q1 24/23", "24/23 is not a financial year: its second year "
	    "must follow the first"),
	U_BAD("2024/26", "2024/26 is not a financial year: its second year "
	    "must follow the first"),
	U_BAD("Winter 2025/27", "2025/27 is not a financial year: its second "
	    "year must follow the first"),
	U_BAD("Q4 22/23 Q1 23/25", "23/25 is not a financial year: its "
	    "second year must follow the first"),
	U_BAD("Q5 22/23", "there is no quarter Q5: quarters run Q1 to Q4"),
	U_BAD("Q0 2024", "there is no quarter Q0: quarters run Q1 to Q4"),
	U_BAD("Q4 2999/3000", "3000 is outside the years 1900-2999"),
	U_BAD("FY 2999/00", "3000 is outside the years 1900-2999"),
	U_BAD("Winter 2999", "3000 is outside the years 1900-2999"),
	U_BAD("Winter 1899", "1899 is outside the years 1900-2999"),
	U_BAD("March 3000", "3000 is outside the years 1900-2999"),
	U_BAD("1899", "1899 is outside the years 1900-2999"),
	U_BAD("9-6 December 2022", "the range ends before it starts"),
	U_BAD("31 Feb 2024", "February 2024 has 29 days"),
	U_BAD("29-Feb-25", "2025 is not a leap year"),
	U_BAD("Winter 2024/26", "2024/26 is not a financial year: its second "
	    "year must follow the first"),
	U_BAD("15-Nov-1899", "1899 is outside the years 1900-2999"),

	/* anything else: kept as written, no date */
	U_TEXT("when procured"),
	U_TEXT("soon"),
	U_TEXT("1000 homes by 2030"),
	U_TEXT("31 June 2025 subject to funding"),
	U_TEXT("Q1 23/24 agree plan"),
	U_TEXT("Q1 23/24 agree plan (Q3 23/24 draft proposal to at least "
	    "meet 24/25) savings requirement."),
	U_TEXT("Q1 23/24 ongoing"),
	U_TEXT("Q1 23-24"),
	U_TEXT("Q1 23/2024"),
	U_TEXT("Q123/24"),
	U_TEXT("Q1 23/24,"),
	U_TEXT("Q1 24"),
	U_TEXT("Mar 25"),
	U_TEXT("March"),
	U_TEXT("Marchember 2025"),
	U_TEXT("24/25"),
	U_TEXT("2024-25"),
	U_TEXT("20250"),
	U_TEXT("Spring"),
	U_TEXT("Spring 25"),
	U_TEXT("Spring 2025/26"),
	U_TEXT("mid2025"),
	U_TEXT("end of 31 March 2025"),
	U_TEXT("by the 31 March 2025"),
	U_TEXT("by"),
	U_TEXT("end of"),
	U_TEXT("March 2025 and"),
	U_TEXT("onwards"),
	U_TEXT("(IPS)"),
	U_TEXT("March 2025 (IPS"),
	U_TEXT("March 2025 (IPS) later"),
	U_TEXT("Ongoing work"),
	U_TEXT("going"),
	U_TEXT("To be"),
	U_TEXT("TBC later"),
	U_TEXT("6-9 December"),
	U_TEXT("Summer"),
	U_TEXT("TBD"),
	U_TEXT("N/A"),
	U_TEXT("To be determined"),
	U_TEXT("TBC - ongoing"),
	U_TEXT("Q1 FY 2024/25"),
	U_TEXT("Q1 2024 and Q2 2024"),
	U_TEXT("15 Novmber 2024"),
};

/* rt_date_parse() with RECTRACK_TODAY set: today and yesterday. */
struct relcase {
	const char *today;	/* RECTRACK_TODAY */
	const char *in;
	const char *want;
	const char *why;	/* the reason when refused */
};

static const struct relcase rel_cases[] = {
	{ "2025-03-01", "today", "2025-03-01", NULL },
	{ "2025-03-01", "TODAY", "2025-03-01", NULL },
	{ "2025-03-01", "  Today ", "2025-03-01", NULL },
	{ "2025-03-01", "yesterday", "2025-02-28", NULL },
	{ "2024-03-01", "Yesterday", "2024-02-29", NULL },
	{ "2025-01-01", "yesterday", "2024-12-31", NULL },
	{ "2024-11-16", "yesterday", "2024-11-15", NULL },
	{ "1900-01-02", "yesterday", "1900-01-01", NULL },
	{ "2999-12-31", "today", "2999-12-31", NULL },
	{ "1900-01-01", "yesterday", "",
	    "1899-12-31 is outside the years 1900-2999" },
	{ "2025-13-01", "today", "", "RECTRACK_TODAY is '2025-13-01', not a "
	    "date in the form YYYY-MM-DD" },
	{ "15/11/2024", "yesterday", "", "RECTRACK_TODAY is '15/11/2024', not "
	    "a date in the form YYYY-MM-DD" },
};

/* The message of a refusal: the value, then why or the forms. */
static void
want_msg(char *buf, size_t size, const char *what, const char *in,
    const char *why, const char *forms)
{
	if (why != NULL)
		snprintf(buf, size, "%s '%s': %s", what, in, why);
	else
		snprintf(buf, size, "%s '%s': expected %s", what, in, forms);
}

static void
check_date_case(const struct dcase *c)
{
	struct rt_err e;
	char out[RT_DATE_LEN], msg[1024];
	int rc;

	rt_err_clear(&e);
	memset(out, 'x', sizeof out);
	rc = rt_date_parse(c->in, out, &e);
	ck_assert_msg(rc == c->rc, "rt_date_parse('%s') = %d (%s), want %d",
	    c->in, rc, e.msg, c->rc);
	ck_assert_int_eq(e.code, c->rc);
	ck_assert_msg(strcmp(out, c->want) == 0,
	    "rt_date_parse('%s') = '%s', want '%s'", c->in, out, c->want);
	if (c->rc == RT_OK)
		return;
	want_msg(msg, sizeof msg, "bad date", c->in, c->why, rt_date_forms);
	ck_assert_str_eq(e.msg, msg);
}

START_TEST(test_date_parse)
{
	check_date_case(&date_cases[_i]);
}
END_TEST

static void
check_due_case(const struct duecase *c)
{
	struct rt_err e;
	char out[RT_DATE_LEN], msg[1024];
	enum rt_due_kind kind = (enum rt_due_kind)-1;
	int rc;

	rt_err_clear(&e);
	memset(out, 'x', sizeof out);
	rc = rt_due_read(c->in, out, &kind, &e);
	ck_assert_msg(rc == c->rc, "rt_due_read('%s') = %d (%s), want %d",
	    c->in, rc, e.msg, c->rc);
	ck_assert_int_eq(e.code, c->rc);
	ck_assert_msg(kind == c->kind, "rt_due_read('%s'): kind %d, want %d",
	    c->in, (int)kind, (int)c->kind);
	ck_assert_msg(strcmp(out, c->want) == 0,
	    "rt_due_read('%s') = '%s', want '%s'", c->in, out, c->want);
	if (c->rc != RT_OK) {
		want_msg(msg, sizeof msg, "bad due date", c->in, c->why, "");
		ck_assert_str_eq(e.msg, msg);
	} else
		ck_assert_str_eq(e.msg, "");
}

START_TEST(test_due_read)
{
	check_due_case(&due_cases[_i]);
}
END_TEST

/* A due text may be any event date, read the same way. */
START_TEST(test_due_takes_dates)
{
	const struct dcase *d = &date_cases[_i];
	struct duecase c = { d->in, d->want, RT_DUE_DATE, RT_OK, NULL };

	if (d->rc == RT_OK)
		check_due_case(&c);
}
END_TEST

/*
 * rt_due_parse(), for the callers that keep no free text, answers as
 * rt_due_read() does, except that a text no form fits is an error.
 */
START_TEST(test_due_parse_strict)
{
	const struct duecase *c = &due_cases[_i];
	struct rt_err e;
	char out[RT_DATE_LEN], msg[1024];
	int rc;

	rt_err_clear(&e);
	memset(out, 'x', sizeof out);
	rc = rt_due_parse(c->in, out, &e);
	ck_assert_str_eq(out, c->want);
	if (c->kind == RT_DUE_TEXT) {
		ck_assert_int_eq(rc, RT_INVALID);
		want_msg(msg, sizeof msg, "bad due date", c->in, NULL,
		    rt_due_forms);
		ck_assert_str_eq(e.msg, msg);
	} else if (c->rc != RT_OK) {
		ck_assert_int_eq(rc, RT_INVALID);
		want_msg(msg, sizeof msg, "bad due date", c->in, c->why, "");
		ck_assert_str_eq(e.msg, msg);
	} else
		ck_assert_int_eq(rc, RT_OK);
}
END_TEST

START_TEST(test_relative)
{
	const struct relcase *c = &rel_cases[_i];
	struct rt_err e;
	char out[RT_DATE_LEN], msg[1024];
	enum rt_due_kind kind;
	int rc;

	ck_assert_int_eq(setenv("RECTRACK_TODAY", c->today, 1), 0);
	rt_err_clear(&e);
	rc = rt_date_parse(c->in, out, &e);
	ck_assert_msg(strcmp(out, c->want) == 0, "'%s' on %s = '%s' (%s), "
	    "want '%s'", c->in, c->today, out, e.msg, c->want);
	if (c->why == NULL) {
		ck_assert_int_eq(rc, RT_OK);
		/* The same in a due text. */
		ck_assert_int_eq(rt_due_read(c->in, out, &kind, &e), RT_OK);
		ck_assert_int_eq(kind, RT_DUE_DATE);
		ck_assert_str_eq(out, c->want);
	} else {
		ck_assert_int_eq(rc, RT_INVALID);
		want_msg(msg, sizeof msg, "bad date", c->in, c->why, "");
		ck_assert_str_eq(e.msg, msg);
	}
	unsetenv("RECTRACK_TODAY");
}
END_TEST

START_TEST(test_null_err)
{
	char out[RT_DATE_LEN];
	enum rt_due_kind kind;

	/* A NULL rt_err is allowed: the status alone is wanted. */
	ck_assert_int_eq(rt_date_parse("2025-02-30", out, NULL), RT_INVALID);
	ck_assert_int_eq(rt_due_parse("Q5 22/23", out, NULL), RT_INVALID);
	ck_assert_int_eq(rt_due_parse("soon", out, NULL), RT_INVALID);
	ck_assert_int_eq(rt_date_parse(NULL, out, NULL), RT_INVALID);
	ck_assert_int_eq(rt_due_parse(NULL, out, NULL), RT_OK);
	ck_assert_str_eq(out, "");
	ck_assert_int_eq(rt_due_read(NULL, out, &kind, NULL), RT_OK);
	ck_assert_int_eq(kind, RT_DUE_NONE);
	/* And a NULL kind. */
	ck_assert_int_eq(rt_due_read("Q1 2024", out, NULL, NULL), RT_OK);
	ck_assert_str_eq(out, "2024-03-31");
	ck_assert_int_eq(rt_due_read("31 June 2025", out, NULL, NULL),
	    RT_INVALID);
}
END_TEST

START_TEST(test_message)
{
	struct rt_err e;
	char out[RT_DATE_LEN];

	/* The exact wordings that the CLI shows. */
	rt_err_clear(&e);
	rt_date_parse("2012", out, &e);
	ck_assert_str_eq(e.msg, "bad date '2012': a year is not a day: write "
	    "the day (its first day, 01/01/2012, if nothing better is known)");
	rt_err_clear(&e);
	rt_date_parse("soon", out, &e);
	ck_assert_str_eq(e.msg, "bad date 'soon': expected YYYY-MM-DD, "
	    "DD/MM/YYYY, DD.MM.YYYY, DD-Mon-YY, DD Month YYYY (after a "
	    "weekday or not), a range such as 6-9 December 2022, today or "
	    "yesterday");
	rt_err_clear(&e);
	rt_due_parse("when procured", out, &e);
	ck_assert_str_eq(e.msg, "bad due date 'when procured': expected a "
	    "date, Month YYYY, a quarter (Q1 23/24, Q1 2024), a financial "
	    "year (2024/25), a year, a season (Spring 2025), early, mid or "
	    "late YYYY, end of Month YYYY or by DATE (each may be followed by "
	    "- ongoing, and ongoing or onwards), Ongoing, TBC or TBA");
}
END_TEST

START_TEST(test_warning)
{
	char buf[128], small[16];

	rt_due_warning(buf, sizeof buf, "when procured");
	ck_assert_str_eq(buf, "due 'when procured' is kept as written; it "
	    "has no date");
	rt_due_warning(small, sizeof small, "when procured");
	ck_assert_str_eq(small, "due 'when procu");
	rt_due_warning(buf, sizeof buf, NULL);
	ck_assert_str_eq(buf, "due '' is kept as written; it has no date");
	rt_due_warning(buf, 0, "x");	/* nothing written, no crash */
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

struct days_case {
	const char *in;
	int n;
	const char *want;
	int rc;
};

static const struct days_case days_cases[] = {
	{ "2024-02-28", 1, "2024-02-29", RT_OK },
	{ "2024-02-29", 1, "2024-03-01", RT_OK },
	{ "2023-02-28", 1, "2023-03-01", RT_OK },
	{ "2024-12-31", 1, "2025-01-01", RT_OK },
	{ "2025-01-01", -1, "2024-12-31", RT_OK },
	{ "2024-01-01", 366, "2025-01-01", RT_OK },
	{ "2025-01-01", 365, "2026-01-01", RT_OK },
	{ "1900-03-01", -1, "1900-02-28", RT_OK },
	{ "2000-03-01", -1, "2000-02-29", RT_OK },
	{ "2100-03-01", -1, "2100-02-28", RT_OK },
	{ "2024-11-15", 0, "2024-11-15", RT_OK },
	{ "2024-11-15", 56, "2025-01-10", RT_OK },
	{ "1900-01-01", 401766, "2999-12-31", RT_OK },
	{ "2999-12-31", -401766, "1900-01-01", RT_OK },
	{ "1900-01-01", -1, "", RT_INVALID },
	{ "2999-12-31", 1, "", RT_INVALID },
	{ "2024-01-01", INT_MAX, "", RT_INVALID },
	{ "2024-01-01", INT_MIN, "", RT_INVALID },
	{ "2024-02-30", 1, "", RT_INVALID },
	{ "15/11/2024", 1, "", RT_INVALID },
	{ "", 1, "", RT_INVALID },
};

START_TEST(test_add_days)
{
	const struct days_case *c = &days_cases[_i];
	struct rt_err e;
	char out[RT_DATE_LEN];
	int rc, back;

	rt_err_clear(&e);
	rc = rt_date_add_days(c->in, c->n, out, &e);
	ck_assert_msg(rc == c->rc, "add_days('%s', %d) = %d, want %d",
	    c->in, c->n, rc, c->rc);
	ck_assert_msg(strcmp(out, c->want) == 0,
	    "add_days('%s', %d) = '%s', want '%s'", c->in, c->n, out,
	    c->want);
	if (c->rc != RT_OK) {
		ck_assert_msg(strstr(e.msg, c->in) != NULL,
		    "message does not name '%s': %s", c->in, e.msg);
		return;
	}
	/* And back: the days between are the days added. */
	ck_assert_int_eq(rt_date_days_between(c->in, out, &back, &e), RT_OK);
	ck_assert_int_eq(back, c->n);
}
END_TEST

START_TEST(test_days_between)
{
	struct rt_err e;
	int d;

	ck_assert_int_eq(rt_date_days_between("2024-02-28", "2024-03-01", &d,
	    &e), RT_OK);
	ck_assert_int_eq(d, 2);
	ck_assert_int_eq(rt_date_days_between("2023-02-28", "2023-03-01", &d,
	    &e), RT_OK);
	ck_assert_int_eq(d, 1);
	ck_assert_int_eq(rt_date_days_between("2025-01-01", "2024-01-01", &d,
	    &e), RT_OK);
	ck_assert_int_eq(d, -366);
	ck_assert_int_eq(rt_date_days_between("2024-11-15", "2024-11-15", &d,
	    &e), RT_OK);
	ck_assert_int_eq(d, 0);
	rt_err_clear(&e);
	d = 7;
	ck_assert_int_eq(rt_date_days_between("2024-11-15", "2025-02-30", &d,
	    &e), RT_INVALID);
	ck_assert_int_eq(d, 0);
	ck_assert_str_eq(e.msg, "bad date '2025-02-30': expected YYYY-MM-DD");
	rt_err_clear(&e);
	ck_assert_int_eq(rt_date_days_between(NULL, "2024-11-15", &d, &e),
	    RT_INVALID);
	ck_assert_str_eq(e.msg, "bad date '': expected YYYY-MM-DD");
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
	unsetenv("RECTRACK_TODAY");
	local_iso(before);
	rt_date_today(today);
	local_iso(after);
	ck_assert_int_eq(rt_date_is_iso(today), 1);
	ck_assert_msg(strcmp(today, before) == 0 || strcmp(today, after) == 0,
	    "today '%s', local time says '%s'", today, before);
}
END_TEST

/* RECTRACK_TODAY stands in for the clock; a bad one is ignored or refused. */
START_TEST(test_today_env)
{
	struct rt_err e;
	char today[RT_DATE_LEN], clock[RT_DATE_LEN];

	ck_assert_int_eq(setenv("RECTRACK_TODAY", "2024-02-29", 1), 0);
	rt_date_today(today);
	ck_assert_str_eq(today, "2024-02-29");
	rt_err_clear(&e);
	ck_assert_int_eq(rt_date_today_checked(today, &e), RT_OK);
	ck_assert_str_eq(today, "2024-02-29");

	ck_assert_int_eq(setenv("RECTRACK_TODAY", "2023-02-29", 1), 0);
	ck_assert_int_eq(rt_date_today_checked(today, &e), RT_INVALID);
	ck_assert_str_eq(today, "");
	ck_assert_str_eq(e.msg, "bad RECTRACK_TODAY '2023-02-29': expected "
	    "YYYY-MM-DD");
	rt_date_today(today);		/* the clock, not the bad value */
	ck_assert_int_eq(rt_date_is_iso(today), 1);
	ck_assert_str_ne(today, "2023-02-29");

	/* Empty is unset. */
	ck_assert_int_eq(setenv("RECTRACK_TODAY", "", 1), 0);
	rt_err_clear(&e);
	ck_assert_int_eq(rt_date_today_checked(today, &e), RT_OK);
	unsetenv("RECTRACK_TODAY");
	rt_date_today(clock);
	ck_assert_int_eq(rt_date_is_iso(clock), 1);
}
END_TEST

Suite *
rt_date_suite(void)
{
	Suite *s = suite_create("date");
	TCase *tc = tcase_create("parse");

	tcase_add_loop_test(tc, test_date_parse, 0, NCASES(date_cases));
	tcase_add_loop_test(tc, test_due_read, 0, NCASES(due_cases));
	tcase_add_loop_test(tc, test_due_takes_dates, 0, NCASES(date_cases));
	tcase_add_loop_test(tc, test_due_parse_strict, 0, NCASES(due_cases));
	tcase_add_loop_test(tc, test_relative, 0, NCASES(rel_cases));
	tcase_add_test(tc, test_null_err);
	tcase_add_test(tc, test_message);
	tcase_add_test(tc, test_warning);
	suite_add_tcase(s, tc);

	tc = tcase_create("arith");
	tcase_add_loop_test(tc, test_add_months, 0, NCASES(month_cases));
	tcase_add_loop_test(tc, test_add_days, 0, NCASES(days_cases));
	tcase_add_test(tc, test_days_between);
	tcase_add_test(tc, test_is_iso);
	tcase_add_test(tc, test_today);
	tcase_add_test(tc, test_today_env);
	suite_add_tcase(s, tc);
	return s;
}
