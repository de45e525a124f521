/*
 * date.c - reading the dates councils write (see date.h).
 *
 * Council papers are typed by hand into Word tables, so the same date
 * turns up as "2024-11-15", "15/11/2024", "15-Nov-24" or "Friday 15th
 * November 2024", and due dates are fuzzier still: "March 2025",
 * "Q1 23/24", "Q4 22/23 – ongoing", "Winter 2025", "TBC".  Everything here
 * reads those forms into ISO "YYYY-MM-DD" and nothing else: each form has
 * its own small parser, and a text must be one form from end to end.  An
 * event date that fits no form is refused with the forms that would work;
 * a due text that fits none is handed back as free text, for the caller to
 * keep as written and warn about, never to guess a date from.
 *
 * The parsers read the shape of a form and leave the question "does this
 * day exist?" to check_ymd(), which says why not in words a user can act
 * on ("2025 is not a leap year").  A reason is given only when the whole
 * text is the form, so that free text which merely starts like a date
 * ("1000 homes by 2030") is not refused for an impossible "year 1000".
 *
 * The reading is done by hand on bytes, without <ctype.h>, strptime() or
 * any other locale-dependent call: the month names are English whatever
 * the locale, and non-ASCII bytes (the en dash, a no-break space pasted
 * from Word) must never reach a function that could misclassify them.
 * Numeric dates are day first, as everywhere in the UK.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rectrack/date.h"
#include "rectrack/err.h"

#define MIN_YEAR 1900
#define MAX_YEAR 2999

#define WHY_LEN 192

const char rt_date_forms[] = "YYYY-MM-DD, DD/MM/YYYY, DD.MM.YYYY, "
    "DD-Mon-YY, DD Month YYYY (after a weekday or not), a range such as "
    "6-9 December 2022, today or yesterday";
const char rt_due_forms[] = "a date, Month YYYY, a quarter (Q1 23/24, "
    "Q1 2024), a financial year (2024/25), a year, a season (Spring 2025), "
    "early, mid or late YYYY, end of Month YYYY or by DATE (each may be "
    "followed by - ongoing, and ongoing or onwards), Ongoing, TBC or TBA";

/*
 * The text being read: [p, end).  Parsers take a scan by pointer and move
 * p only when they succeed, so that an alternative can be tried from the
 * same place by simply calling the next parser.
 */
struct scan {
	const char *p;
	const char *end;
};

struct ymd {
	int y, m, d;
};

/*
 * What a form read means.  A parser fills it when the shape fits, even if
 * the day does not exist: then why says so, and the caller decides whether
 * the reason is worth telling (the form took the whole text) or not.
 */
struct when {
	struct ymd day;		/* the date meant: a day, a range's first
				   day, a period's last day */
	struct ymd first;	/* a period's first day, offered instead
				   when a day is wanted */
	const char *period;	/* "a month", "a year"...; NULL for a day */
	char why[WHY_LEN];	/* why no such day exists; "" when it does */
};

typedef int take_fn(struct scan *, struct when *);

static const char *const month_names[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

static const char *const day_names[7] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday"
};

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
to_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
days_in_month(int y, int m)
{
	static const int days[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

static int
valid_ymd(const struct ymd *t)
{
	if (t->y < MIN_YEAR || t->y > MAX_YEAR || t->m < 1 || t->m > 12)
		return 0;
	return t->d >= 1 && t->d <= days_in_month(t->y, t->m);
}

/* Compare two dates as a single number, the later the larger. */
static long
ymd_key(const struct ymd *t)
{
	return (long)t->y * 10000L + t->m * 100L + t->d;
}

static struct ymd
ymd_of(int y, int m, int d)
{
	struct ymd t;

	t.y = y;
	t.m = m;
	t.d = d;
	return t;
}

/*
 * Days since 1970-01-01 of a valid date, and back: the proleptic Gregorian
 * calendar counted in 400-year eras, after H. Hinnant's "chrono-compatible
 * low-level date algorithms", so that no loop and no libc time zone is
 * involved.
 */
static long
day_number(const struct ymd *t)
{
	long y = t->y - (t->m <= 2);
	long era = y / 400;	/* y >= 1899: never negative */
	long yoe = y - era * 400;
	long doy = (153L * (t->m > 2 ? t->m - 3 : t->m + 9) + 2) / 5 +
	    t->d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

static struct ymd
from_day_number(long z)
{
	long era, doe, yoe, doy, mp, m;

	z += 719468;	/* days since 0000-03-01, positive for our years */
	era = z / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	m = mp < 10 ? mp + 3 : mp - 9;
	return ymd_of((int)(yoe + era * 400 + (m <= 2)), (int)m,
	    (int)(doy - (153 * mp + 2) / 5 + 1));
}

/* 0 for Sunday to 6 for Saturday; 1970-01-01 was a Thursday. */
static int
weekday(const struct ymd *t)
{
	long r = (day_number(t) + 4) % 7;

	return (int)(r < 0 ? r + 7 : r);
}

/*
 * Write a valid date as ISO.  Done digit by digit rather than with
 * snprintf() so that no compiler can suspect a truncation of out.
 */
static void
format_iso(const struct ymd *t, char out[RT_DATE_LEN])
{
	out[0] = (char)('0' + t->y / 1000);
	out[1] = (char)('0' + t->y / 100 % 10);
	out[2] = (char)('0' + t->y / 10 % 10);
	out[3] = (char)('0' + t->y % 10);
	out[4] = '-';
	out[5] = (char)('0' + t->m / 10);
	out[6] = (char)('0' + t->m % 10);
	out[7] = '-';
	out[8] = (char)('0' + t->d / 10);
	out[9] = (char)('0' + t->d % 10);
	out[10] = '\0';
}

/* Read a string that rt_date_is_iso() has accepted. */
static struct ymd
iso_ymd(const char *iso)
{
	return ymd_of((iso[0] - '0') * 1000 + (iso[1] - '0') * 100 +
	    (iso[2] - '0') * 10 + (iso[3] - '0'),
	    (iso[5] - '0') * 10 + (iso[6] - '0'),
	    (iso[8] - '0') * 10 + (iso[9] - '0'));
}

/* Set the reason, unless one is already given: the first one is the cause. */
static void say(struct when *w, const char *fmt, ...) RT_PRINTF(2, 3);

static void
say(struct when *w, const char *fmt, ...)
{
	va_list ap;

	if (w->why[0] != '\0')
		return;
	va_start(ap, fmt);
	vsnprintf(w->why, sizeof w->why, fmt, ap);
	va_end(ap);
}

/*
 * Is t a day that exists?  If not, say why.  numeric is set for the forms
 * written all in numbers, where a month over 12 with a day that could be a
 * month is someone writing the American way round.
 */
static int
check_ymd(struct when *w, const struct ymd *t, int numeric)
{
	if (t->y < MIN_YEAR || t->y > MAX_YEAR)
		say(w, "%d is outside the years %d-%d", t->y, MIN_YEAR,
		    MAX_YEAR);
	else if (t->m < 1 || t->m > 12)
		say(w, "there is no month %d%s", t->m, numeric && t->d >= 1 &&
		    t->d <= 12 ? "; dates are day first" : "");
	else if (t->d < 1)
		say(w, "there is no day %d", t->d);
	else if (t->d <= days_in_month(t->y, t->m))
		return 1;
	else if (t->m == 2 && t->d == 29)
		say(w, "%d is not a leap year", t->y);
	else if (t->m == 2)
		say(w, "February %d has %d days", t->y,
		    days_in_month(t->y, 2));
	else
		say(w, "%s has %d days", month_names[t->m - 1],
		    days_in_month(t->y, t->m));
	return 0;
}

/* w is the day t, checked. */
static void
set_day(struct when *w, const struct ymd *t, int numeric)
{
	w->day = w->first = *t;
	w->period = NULL;
	check_ymd(w, t, numeric);
}

/* w is the period called name, from first to last, checked. */
static void
set_period(struct when *w, const char *name, struct ymd first,
    struct ymd last)
{
	w->first = first;
	w->day = last;
	w->period = name;
	if (check_ymd(w, &first, 0))
		check_ymd(w, &last, 0);
}

/*
 * The length of the white space character at p, or 0.  Besides ASCII
 * white space this counts U+00A0, the no-break space that Word puts
 * between a day and its month.
 */
static size_t
space_at(const struct scan *s)
{
	const unsigned char *u = (const unsigned char *)s->p;

	if (s->p >= s->end)
		return 0;
	if (*u == ' ' || *u == '\t' || *u == '\n' || *u == '\r' ||
	    *u == '\v' || *u == '\f')
		return 1;
	if (*u == 0xc2 && s->end - s->p >= 2 && u[1] == 0xa0)
		return 2;
	return 0;
}

/* Skip white space; returns 1 when there was any. */
static int
skip_space(struct scan *s)
{
	size_t n;
	int any = 0;

	while ((n = space_at(s)) > 0) {
		s->p += n;
		any = 1;
	}
	return any;
}

/* Drop white space from both ends. */
static void
trim(struct scan *s)
{
	const unsigned char *u;

	skip_space(s);
	for (;;) {
		u = (const unsigned char *)s->end;
		if (s->end > s->p && (u[-1] == ' ' || u[-1] == '\t' ||
		    u[-1] == '\n' || u[-1] == '\r' || u[-1] == '\v' ||
		    u[-1] == '\f'))
			s->end--;
		else if (s->end - s->p >= 2 && u[-2] == 0xc2 && u[-1] == 0xa0)
			s->end -= 2;
		else
			break;
	}
}

/* Take the single byte c. */
static int
take_char(struct scan *s, char c)
{
	if (s->p >= s->end || *s->p != c)
		return 0;
	s->p++;
	return 1;
}

/*
 * Take a dash: a hyphen, or the en dash (U+2013) that Word substitutes
 * for " - ", or an em dash (U+2014), which people type for the same.
 */
static int
take_dash(struct scan *s)
{
	const unsigned char *u = (const unsigned char *)s->p;

	if (take_char(s, '-'))
		return 1;
	if (s->end - s->p >= 3 && u[0] == 0xe2 && u[1] == 0x80 &&
	    (u[2] == 0x93 || u[2] == 0x94)) {
		s->p += 3;
		return 1;
	}
	return 0;
}

/* A dash with optional white space either side: " - ", "–", " – ". */
static int
take_spaced_dash(struct scan *s)
{
	struct scan u = *s;

	skip_space(&u);
	if (!take_dash(&u))
		return 0;
	skip_space(&u);
	*s = u;
	return 1;
}

/*
 * Take a run of digits of length min to max, and its value.  A longer run
 * is refused as a whole, so that "020245" is not read as "0202".
 */
static int
take_number(struct scan *s, size_t min, size_t max, int *v, size_t *len)
{
	const char *q = s->p;
	int n = 0;

	while (q < s->end && is_digit((unsigned char)*q)) {
		if ((size_t)(q - s->p) >= max)
			return 0;
		n = n * 10 + (*q - '0');
		q++;
	}
	if ((size_t)(q - s->p) < min)
		return 0;
	*len = (size_t)(q - s->p);
	*v = n;
	s->p = q;
	return 1;
}

/* The run of ASCII letters at p: its length (possibly 0). */
static size_t
word_len(const struct scan *s)
{
	const char *q = s->p;

	while (q < s->end && is_alpha((unsigned char)*q))
		q++;
	return (size_t)(q - s->p);
}

/* Is the word of length n at p the first n letters of w, ignoring case? */
static int
word_starts(const char *p, size_t n, const char *w)
{
	size_t i;

	if (n > strlen(w))
		return 0;
	for (i = 0; i < n; i++)
		if (to_lower((unsigned char)p[i]) !=
		    to_lower((unsigned char)w[i]))
			return 0;
	return 1;
}

/* Does the word of length n at p equal w, ignoring case? */
static int
word_is(const char *p, size_t n, const char *w)
{
	return strlen(w) == n && word_starts(p, n, w);
}

/* Take the whole word w, ignoring case. */
static int
take_word(struct scan *s, const char *w)
{
	size_t n = word_len(s);

	if (n == 0 || !word_is(s->p, n, w))
		return 0;
	s->p += n;
	return 1;
}

/* Take the word w and the white space that must follow it. */
static int
take_word_space(struct scan *s, const char *w)
{
	struct scan u = *s;

	if (!take_word(&u, w) || !skip_space(&u))
		return 0;
	*s = u;
	return 1;
}

/*
 * Take an English month name, in full or as its first three letters, or
 * "Sept", which is common enough in council papers to be worth a rule.
 */
static int
take_month(struct scan *s, int *m)
{
	size_t n = word_len(s);
	int i;

	if (n == 0)
		return 0;
	for (i = 0; i < 12; i++)
		if (word_is(s->p, n, month_names[i]) ||
		    (n == 3 && word_starts(s->p, 3, month_names[i])))
			break;
	if (i == 12 && word_is(s->p, n, "sept"))
		i = 8;
	if (i == 12)
		return 0;
	*m = i + 1;
	s->p += n;
	return 1;
}

/*
 * Take a weekday name: in full, its first three letters, or "Tues",
 * "Thur", "Thurs" (0 for Sunday).
 */
static int
take_weekday(struct scan *s, int *wd)
{
	size_t n = word_len(s);
	int i;

	if (n < 3)
		return 0;
	for (i = 0; i < 7; i++)
		if (word_is(s->p, n, day_names[i]) || (n == 3 &&
		    word_starts(s->p, 3, day_names[i])))
			break;
	if (i == 7 && word_is(s->p, n, "tues"))
		i = 2;
	if (i == 7 && (word_is(s->p, n, "thur") || word_is(s->p, n, "thurs")))
		i = 4;
	if (i == 7)
		return 0;
	*wd = i;
	s->p += n;
	return 1;
}

/*
 * Take a year: four digits as written, or two digits meaning 20YY, the
 * only century in which anyone abbreviates a council date.
 */
static int
take_year(struct scan *s, int four_only, int *y)
{
	struct scan t = *s;
	size_t len;
	int v;

	if (!take_number(&t, 2, 4, &v, &len) || len == 3 ||
	    (four_only && len != 4))
		return 0;
	*y = len == 2 ? 2000 + v : v;
	*s = t;
	return 1;
}

/*
 * A day of the month in words' company, "5", "05", "5th": any of the
 * ordinal suffixes is taken after any day, "22th" is a slip, not a
 * different date.
 */
static int
take_mday(struct scan *s, int *d)
{
	size_t len;

	if (!take_number(s, 1, 2, d, &len))
		return 0;
	if (!take_word(s, "st") && !take_word(s, "nd") && !take_word(s, "rd"))
		take_word(s, "th");
	return 1;
}

/* "2024-11-15" */
static int
take_iso(struct scan *s, struct ymd *t)
{
	struct scan u = *s;
	size_t len;

	if (!take_number(&u, 4, 4, &t->y, &len) || !take_char(&u, '-') ||
	    !take_number(&u, 2, 2, &t->m, &len) || !take_char(&u, '-') ||
	    !take_number(&u, 2, 2, &t->d, &len))
		return 0;
	*s = u;
	return 1;
}

/*
 * "15/11/2024", "5/3/2024", "15/11/24", and the same with dots as sep,
 * "15.11.2024", as Europe writes them: day first.
 */
static int
take_numeric(struct scan *s, char sep, struct ymd *t)
{
	struct scan u = *s;
	size_t len;

	if (!take_number(&u, 1, 2, &t->d, &len) || !take_char(&u, sep) ||
	    !take_number(&u, 1, 2, &t->m, &len) || !take_char(&u, sep) ||
	    !take_year(&u, 0, &t->y))
		return 0;
	*s = u;
	return 1;
}

/* "15-Nov-24", "15-Nov-2024" (Excel's habit). */
static int
take_dashed(struct scan *s, struct ymd *t)
{
	struct scan u = *s;
	size_t len;

	if (!take_number(&u, 1, 2, &t->d, &len) || !take_char(&u, '-') ||
	    !take_month(&u, &t->m) || !take_char(&u, '-') ||
	    !take_year(&u, 0, &t->y))
		return 0;
	*s = u;
	return 1;
}

/* "15 November 2024", "15 Nov 2024", "5th November 24". */
static int
take_spelled(struct scan *s, struct ymd *t)
{
	struct scan u = *s;

	if (!take_mday(&u, &t->d) || !skip_space(&u) ||
	    !take_month(&u, &t->m) || !skip_space(&u) ||
	    !take_year(&u, 0, &t->y))
		return 0;
	*s = u;
	return 1;
}

/*
 * One date in any of the forms above; numeric says it was written day
 * first in numbers, where a month over 12 may be the American order.
 */
static int
take_ymd(struct scan *s, struct ymd *t, int *numeric)
{
	*numeric = 1;
	if (take_numeric(s, '/', t) || take_numeric(s, '.', t))
		return 1;
	*numeric = 0;
	return take_iso(s, t) || take_dashed(s, t) || take_spelled(s, t);
}

/* A single day, "15 November 2024". */
static int
take_single(struct scan *s, struct when *w)
{
	struct scan u = *s;
	struct ymd t;
	int numeric;

	if (!take_ymd(&u, &t, &numeric))
		return 0;
	set_day(w, &t, numeric);
	*s = u;
	return 1;
}

/*
 * "Friday 15 November 2024", "Fri, 15/11/2024": the weekday is a check
 * the writer gives for free, so a day that does not match it is refused
 * rather than one of the two believed.
 */
static int
take_dated_weekday(struct scan *s, struct when *w)
{
	struct scan u = *s;
	struct ymd t;
	int wd, numeric;

	if (!take_weekday(&u, &wd))
		return 0;
	if (!take_char(&u, ',') && space_at(&u) == 0)
		return 0;
	skip_space(&u);
	if (!take_ymd(&u, &t, &numeric))
		return 0;
	set_day(w, &t, numeric);
	if (w->why[0] == '\0' && weekday(&t) != wd)
		say(w, "%d %s %d is a %s, not a %s", t.d, month_names[t.m - 1],
		    t.y, day_names[weekday(&t)], day_names[wd]);
	*s = u;
	return 1;
}

/*
 * A range of days, read as its first day (a meeting held over several
 * days is dated by the day it opened): "6-9 December 2022", "6 – 9
 * December 2022", "30 November - 2 December 2022", "30 December 2022 -
 * 2 January 2023".  A start without its year is in the end's year, or
 * the year before when it falls later in the year than the end.
 */
static int
take_range(struct scan *s, struct when *w)
{
	struct scan u = *s, v;
	struct ymd a, b;
	int has_m = 0, has_y = 0;

	if (!take_mday(&u, &a.d))
		return 0;
	v = u;
	if (skip_space(&v) && take_month(&v, &a.m)) {
		has_m = 1;
		u = v;
		if (skip_space(&v) && take_year(&v, 0, &a.y)) {
			has_y = 1;
			u = v;
		}
	}
	if (!take_spaced_dash(&u) || !take_spelled(&u, &b))
		return 0;
	if (!has_m)
		a.m = b.m;
	if (!has_y)
		a.y = has_m && a.m * 100 + a.d > b.m * 100 + b.d ? b.y - 1 :
		    b.y;
	set_day(w, &a, 0);
	if (check_ymd(w, &b, 0) && ymd_key(&b) < ymd_key(&a))
		say(w, "the range ends before it starts");
	*s = u;
	return 1;
}

/*
 * Today's date: RECTRACK_TODAY when it is set (and not empty), else the
 * local clock.  Returns 0, with t the local date, when RECTRACK_TODAY is
 * set to anything but a valid ISO date.
 */
static int
today_is(struct ymd *t, const char **env)
{
	struct tm tm;
	time_t now;

	*env = getenv("RECTRACK_TODAY");
	if (*env != NULL && **env != '\0' && rt_date_is_iso(*env)) {
		*t = iso_ymd(*env);
		return 1;
	}
	/*
	 * localtime_r() fails only for a time_t beyond any calendar; fall
	 * back to UTC, then to the epoch, rather than leave t unset.
	 */
	now = time(NULL);
	if (localtime_r(&now, &tm) == NULL && gmtime_r(&now, &tm) == NULL) {
		memset(&tm, 0, sizeof tm);
		tm.tm_year = 70;
		tm.tm_mday = 1;
	}
	*t = ymd_of(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	if (!valid_ymd(t))
		*t = ymd_of(1970, 1, 1);
	return *env == NULL || **env == '\0';
}

/* "today", "yesterday", in any case. */
static int
take_relative(struct scan *s, struct when *w)
{
	struct scan u = *s;
	struct ymd t;
	const char *env;
	int back;

	if (take_word(&u, "today"))
		back = 0;
	else if (take_word(&u, "yesterday"))
		back = 1;
	else
		return 0;
	if (!today_is(&t, &env))
		say(w, "RECTRACK_TODAY is '%.40s', not a date in the form "
		    "YYYY-MM-DD", env);
	else if (back && ymd_key(&t) == (long)MIN_YEAR * 10000L + 101)
		say(w, "%d-12-31 is outside the years %d-%d", MIN_YEAR - 1,
		    MIN_YEAR, MAX_YEAR);
	else {
		t = from_day_number(day_number(&t) - back);
		set_day(w, &t, 0);
	}
	*s = u;
	return 1;
}

/*
 * "March 2025": the month's last day, since a deadline given as a month
 * is met by doing the work at any time in it.  The year must be written
 * in full: "Mar 25" could as well be the 25th of March.
 */
static int
take_month_year(struct scan *s, struct when *w)
{
	struct scan u = *s;
	int m, y;

	if (!take_month(&u, &m) || !skip_space(&u) || !take_year(&u, 1, &y))
		return 0;
	set_period(w, "a month", ymd_of(y, m, 1),
	    ymd_of(y, m, y >= MIN_YEAR && y <= MAX_YEAR ?
	    days_in_month(y, m) : 1));
	*s = u;
	return 1;
}

/*
 * A financial year's two years, "23/24", "2023/24", "2023/2024": the
 * first year, and whether it was written in two digits.  The second year
 * must be the one after the first, which catches typos such as "23/25"
 * rather than guessing which year was meant.
 */
static int
take_fy_years(struct scan *s, struct when *w, int *y1, int *short_first)
{
	struct scan u = *s;
	size_t len1, len2;
	int y2;

	if (!take_number(&u, 2, 4, y1, &len1) || len1 == 3 ||
	    !take_char(&u, '/') || !take_number(&u, 2, 4, &y2, &len2) ||
	    len2 == 3 || (len1 == 2 && len2 == 4))
		return 0;
	*short_first = len1 == 2;
	if (len1 == 2)
		*y1 += 2000;
	if (len2 == 2 ? (*y1 + 1) % 100 != y2 : *y1 + 1 != y2)
		say(w, "%.*s is not a financial year: its second year must "
		    "follow the first", (int)(u.p - s->p), s->p);
	*s = u;
	return 1;
}

/*
 * "Q1 23/24", also "Q1 2023/24" and "Q1 2023/2024": a quarter of the
 * financial year that starts in April; "Q1 2024": a quarter of the
 * calendar year.  Read as the quarter's last day.
 */
static int
take_quarter(struct scan *s, struct when *w)
{
	struct scan u = *s;
	size_t len;
	int q, y, fy, short_first, m;

	if (!take_char(&u, 'Q') && !take_char(&u, 'q'))
		return 0;
	if (!take_number(&u, 1, 1, &q, &len) || !skip_space(&u))
		return 0;
	if (take_fy_years(&u, w, &y, &short_first))
		fy = 1;
	else if (take_year(&u, 1, &y) && (u.p == u.end || *u.p != '/'))
		fy = 0;
	else
		return 0;
	if (q < 1 || q > 4) {
		say(w, "there is no quarter Q%d: quarters run Q1 to Q4", q);
		set_period(w, "a quarter", ymd_of(y, 1, 1), ymd_of(y, 1, 1));
	} else {
		/* The first month: Q1 of a financial year is April. */
		m = fy ? q * 3 % 12 + 1 : q * 3 - 2;
		if (fy && q == 4)
			y++;
		set_period(w, "a quarter", ymd_of(y, m, 1),
		    ymd_of(y, m + 2, m + 2 == 6 || m + 2 == 9 ? 30 : 31));
	}
	*s = u;
	return 1;
}

/*
 * One or more quarters, "Q4 22/23 Q1 23/24" or "Q4 22/23 – Q1 23/24",
 * read as the last day of the latest: the work is due by then.
 */
static int
take_quarters(struct scan *s, struct when *w)
{
	struct scan u = *s, v;
	struct when next;

	if (!take_quarter(&u, w))
		return 0;
	for (;;) {
		v = u;
		skip_space(&v);
		if (take_dash(&v))
			skip_space(&v);
		memset(&next, 0, sizeof next);
		if (!take_quarter(&v, &next))
			break;
		say(w, "%s", next.why);
		if (ymd_key(&next.day) > ymd_key(&w->day))
			w->day = next.day;
		if (ymd_key(&next.first) < ymd_key(&w->first))
			w->first = next.first;
		u = v;
	}
	*s = u;
	return 1;
}

/*
 * "2024/25", "2024/2025", "FY 2024/25", "FY24/25": a financial year, to
 * its last day, 31 March.  Two-digit years only after "FY": a bare
 * "11/12" is as likely a day and a month.
 */
static int
take_fy(struct scan *s, struct when *w)
{
	struct scan u = *s;
	int fy, y, short_first;

	fy = take_word(&u, "fy");
	if (fy)
		skip_space(&u);
	if (!take_fy_years(&u, w, &y, &short_first) || (!fy && short_first))
		return 0;
	set_period(w, "a financial year", ymd_of(y, 4, 1),
	    ymd_of(y + 1, 3, 31));
	*s = u;
	return 1;
}

/*
 * "Spring 2025" to 31 May, "Summer" 31 August, "Autumn" 30 November,
 * "Winter 2025" (also "Winter 2025/26") to the end of February 2026: the
 * meteorological seasons, which are whole months.
 */
static int
take_season(struct scan *s, struct when *w)
{
	static const char *const names[4] = {
		"spring", "summer", "autumn", "winter"
	};
	struct scan u = *s;
	int i, y, short_first, last;

	for (i = 0; i < 4; i++)
		if (take_word(&u, names[i]))
			break;
	if (i == 4 || !skip_space(&u))
		return 0;
	if (!(i == 3 && take_fy_years(&u, w, &y, &short_first)) &&
	    !take_year(&u, 1, &y))
		return 0;
	if (i < 3)
		set_period(w, "a season", ymd_of(y, i * 3 + 3, 1),
		    ymd_of(y, i * 3 + 5, i == 2 ? 30 : 31));
	else {
		last = y + 1 >= MIN_YEAR && y + 1 <= MAX_YEAR ?
		    days_in_month(y + 1, 2) : 28;
		set_period(w, "a season", ymd_of(y, 12, 1),
		    ymd_of(y + 1, 2, last));
	}
	*s = u;
	return 1;
}

/*
 * "early 2025" to 30 April, "mid 2025" (or "mid-2025") to 31 August,
 * "late 2025" to 31 December: the year in thirds.
 */
static int
take_part(struct scan *s, struct when *w)
{
	static const char *const names[3] = { "early", "mid", "late" };
	static const int last_day[3] = { 30, 31, 31 };
	struct scan u = *s;
	int i, y;

	for (i = 0; i < 3; i++)
		if (take_word(&u, names[i]))
			break;
	if (i == 3 || (!take_char(&u, '-') && !skip_space(&u)) ||
	    !take_year(&u, 1, &y))
		return 0;
	set_period(w, "part of a year", ymd_of(y, i * 4 + 1, 1),
	    ymd_of(y, i * 4 + 4, last_day[i]));
	*s = u;
	return 1;
}

/* "2025": the year, to 31 December. */
static int
take_year_alone(struct scan *s, struct when *w)
{
	struct scan u = *s;
	int y;

	if (!take_year(&u, 1, &y))
		return 0;
	set_period(w, "a year", ymd_of(y, 1, 1), ymd_of(y, 12, 31));
	*s = u;
	return 1;
}

/* "Ongoing", "On going", "On-going", in any case. */
static int
take_ongoing(struct scan *s)
{
	struct scan u = *s;

	if (take_word(&u, "ongoing")) {
		*s = u;
		return 1;
	}
	if (!take_word(&u, "on"))
		return 0;
	if (!take_char(&u, '-'))
		skip_space(&u);
	if (!take_word(&u, "going"))
		return 0;
	*s = u;
	return 1;
}

/* The words for "no date yet": Ongoing, TBC, TBA, To be confirmed. */
static int
take_no_date(struct scan *s)
{
	struct scan u = *s;

	if (take_ongoing(s) || take_word(s, "tbc") || take_word(s, "tba"))
		return 1;
	if (!take_word_space(&u, "to") || !take_word_space(&u, "be"))
		return 0;
	if (!take_word(&u, "confirmed") && !take_word(&u, "agreed") &&
	    !take_word(&u, "announced"))
		return 0;
	*s = u;
	return 1;
}

/*
 * What may follow a due date without changing it: " – ongoing", " and
 * ongoing", " onwards" (the work starts by then and carries on, so the
 * date stands).
 */
static void
take_ongoing_tail(struct scan *s)
{
	struct scan u = *s;

	if (take_spaced_dash(&u) && take_ongoing(&u)) {
		*s = u;
		return;
	}
	u = *s;
	skip_space(&u);
	if ((take_word_space(&u, "and") && take_ongoing(&u)) ||
	    take_word(&u, "onwards") || take_word(&u, "onward"))
		*s = u;
}

/*
 * A trailing note in brackets, "March 2025 (IPS)", says which part of the
 * action the date is for; the date is the same whatever it says.  It must
 * close at the very end, so that it cannot hide text after it.
 */
static void
take_note(struct scan *s)
{
	struct scan u = *s;

	skip_space(&u);
	if (!take_char(&u, '('))
		return;
	while (u.p < u.end && *u.p != '(' && *u.p != ')')
		u.p++;
	if (take_char(&u, ')'))
		*s = u;
}

/*
 * Before a due date: "by", "end of", "by the end of", "the end of".
 * Returns 2 after an "end of" (only a period has an end), 1 after a bare
 * "by", else 0.
 */
static int
take_due_prefix(struct scan *s)
{
	struct scan u = *s;
	int by, the;

	by = take_word_space(&u, "by");
	the = take_word_space(&u, "the");
	if (take_word_space(&u, "end") && take_word_space(&u, "of")) {
		*s = u;
		return 2;
	}
	if (the || !by)
		return 0;
	s->p = u.p;
	return 1;
}

/* The forms of one day, and of a period, in the order they are tried. */
static take_fn *const day_forms[] = {
	take_relative, take_dated_weekday, take_range, take_single
};
static take_fn *const period_forms[] = {
	take_quarters, take_fy, take_season, take_part, take_month_year,
	take_year_alone
};

#define NFORMS(a) (sizeof(a) / sizeof((a)[0]))

/*
 * Does one of forms read the whole of s?  The first that does fills w.
 * Each is tried from the same place, so that a form which fits only the
 * start of the text ("15 November 2024" in "15 November 2024 - 2
 * December 2024") does not stop a longer one from being tried.
 */
static int
take_whole(const struct scan *s, take_fn *const *forms, size_t n,
    struct when *w)
{
	struct scan u;
	size_t i;

	for (i = 0; i < n; i++) {
		u = *s;
		memset(w, 0, sizeof *w);
		if (forms[i](&u, w) && u.p == u.end)
			return 1;
	}
	return 0;
}

/* The same for a due text: a prefix, a form, its tails, to the end. */
static int
take_whole_due(const struct scan *s, take_fn *const *forms, size_t n,
    int periods, struct when *w)
{
	struct scan u;
	size_t i;
	int prefix;

	for (i = 0; i < n; i++) {
		u = *s;
		memset(w, 0, sizeof *w);
		prefix = take_due_prefix(&u);
		if (prefix == 2 && !periods)
			return 0;
		if (!forms[i](&u, w))
			continue;
		take_ongoing_tail(&u);
		take_note(&u);
		if (u.p == u.end)
			return 1;
	}
	return 0;
}

/* The text s, without white space at either end. */
static struct scan
scan_of(const char *str)
{
	struct scan s;

	s.p = str;
	s.end = str + strlen(str);
	trim(&s);
	return s;
}

int
rt_date_parse(const char *str, char out[RT_DATE_LEN], struct rt_err *e)
{
	struct scan s;
	struct when w;

	if (str == NULL)
		str = "";
	s = scan_of(str);
	out[0] = '\0';
	if (take_whole(&s, day_forms, NFORMS(day_forms), &w)) {
		if (w.why[0] != '\0')
			return rt_error(e, RT_INVALID, "bad date '%s': %s", str,
			    w.why);
		format_iso(&w.day, out);
		return RT_OK;
	}
	if (take_whole(&s, period_forms, NFORMS(period_forms), &w)) {
		if (w.why[0] != '\0')
			return rt_error(e, RT_INVALID, "bad date '%s': %s", str,
			    w.why);
		return rt_error(e, RT_INVALID, "bad date '%s': %s is not a "
		    "day: write the day (its first day, %02d/%02d/%04d, if "
		    "nothing better is known)", str, w.period, w.first.d,
		    w.first.m, w.first.y);
	}
	return rt_error(e, RT_INVALID, "bad date '%s': expected %s", str,
	    rt_date_forms);
}

int
rt_due_read(const char *str, char out[RT_DATE_LEN], enum rt_due_kind *kind,
    struct rt_err *e)
{
	struct scan s, u;
	struct when w;
	enum rt_due_kind k;

	if (kind == NULL)
		kind = &k;
	if (str == NULL)
		str = "";
	s = scan_of(str);
	out[0] = '\0';
	*kind = RT_DUE_NONE;
	if (s.p == s.end)
		return RT_OK;
	u = s;
	if (take_no_date(&u)) {
		take_note(&u);
		if (u.p == u.end)
			return RT_OK;
	}
	if (take_whole_due(&s, day_forms, NFORMS(day_forms), 0, &w) ||
	    take_whole_due(&s, period_forms, NFORMS(period_forms), 1, &w)) {
		if (w.why[0] != '\0')
			return rt_error(e, RT_INVALID, "bad due date '%s': %s",
			    str, w.why);
		format_iso(&w.day, out);
		*kind = RT_DUE_DATE;
		return RT_OK;
	}
	*kind = RT_DUE_TEXT;
	return RT_OK;
}

int
rt_due_parse(const char *str, char out[RT_DATE_LEN], struct rt_err *e)
{
	enum rt_due_kind kind;
	int rc;

	if ((rc = rt_due_read(str, out, &kind, e)) != RT_OK)
		return rc;
	if (kind == RT_DUE_TEXT)
		return rt_error(e, RT_INVALID, "bad due date '%s': expected %s",
		    str, rt_due_forms);
	return RT_OK;
}

void
rt_due_warning(char *buf, size_t size, const char *text)
{
	if (size > 0)
		snprintf(buf, size, "due '%s' is kept as written; it has no "
		    "date", text ? text : "");
}

void
rt_date_today(char out[RT_DATE_LEN])
{
	struct ymd t;
	const char *env;

	today_is(&t, &env);
	format_iso(&t, out);
}

int
rt_date_today_checked(char out[RT_DATE_LEN], struct rt_err *e)
{
	struct ymd t;
	const char *env;

	if (!today_is(&t, &env)) {
		out[0] = '\0';
		return rt_error(e, RT_INVALID, "bad RECTRACK_TODAY '%s': "
		    "expected YYYY-MM-DD", env);
	}
	format_iso(&t, out);
	return RT_OK;
}

/* Refuse iso unless it is a valid ISO date. */
static int
need_iso(const char *iso, char out[RT_DATE_LEN], struct rt_err *e)
{
	if (rt_date_is_iso(iso))
		return RT_OK;
	if (out != NULL)
		out[0] = '\0';
	return rt_error(e, RT_INVALID, "bad date '%s': expected YYYY-MM-DD",
	    iso ? iso : "");
}

int
rt_date_add_months(const char *iso, int n, char out[RT_DATE_LEN],
    struct rt_err *e)
{
	struct ymd t;
	long long mon;
	int last;

	if (need_iso(iso, out, e) != RT_OK)
		return RT_INVALID;
	t = iso_ymd(iso);

	/* Count in months since year 0, wide enough for any int n. */
	mon = (long long)t.y * 12 + (t.m - 1) + n;
	if (mon < (long long)MIN_YEAR * 12 ||
	    mon > (long long)MAX_YEAR * 12 + 11) {
		out[0] = '\0';
		return rt_error(e, RT_INVALID, "adding %d months to '%s': "
		    "the result is outside the years %d-%d", n, iso,
		    MIN_YEAR, MAX_YEAR);
	}
	t.y = (int)(mon / 12);
	t.m = (int)(mon % 12) + 1;
	last = days_in_month(t.y, t.m);
	if (t.d > last)
		t.d = last;
	format_iso(&t, out);
	return RT_OK;
}

int
rt_date_add_days(const char *iso, int n, char out[RT_DATE_LEN],
    struct rt_err *e)
{
	struct ymd t, lo = { MIN_YEAR, 1, 1 }, hi = { MAX_YEAR, 12, 31 };
	long long z;

	if (need_iso(iso, out, e) != RT_OK)
		return RT_INVALID;
	t = iso_ymd(iso);
	z = (long long)day_number(&t) + n;
	if (z < day_number(&lo) || z > day_number(&hi)) {
		out[0] = '\0';
		return rt_error(e, RT_INVALID, "adding %d days to '%s': the "
		    "result is outside the years %d-%d", n, iso, MIN_YEAR,
		    MAX_YEAR);
	}
	t = from_day_number((long)z);
	format_iso(&t, out);
	return RT_OK;
}

int
rt_date_days_between(const char *from, const char *to, int *days,
    struct rt_err *e)
{
	struct ymd a, b;

	*days = 0;
	if (need_iso(from, NULL, e) != RT_OK || need_iso(to, NULL, e) != RT_OK)
		return RT_INVALID;
	a = iso_ymd(from);
	b = iso_ymd(to);
	*days = (int)(day_number(&b) - day_number(&a));
	return RT_OK;
}

int
rt_date_is_iso(const char *s)
{
	struct scan sc;
	struct ymd t;

	if (s == NULL)
		return 0;
	sc.p = s;
	sc.end = s + strlen(s);
	return take_iso(&sc, &t) && sc.p == sc.end && valid_ymd(&t);
}

const char *
rt_date_short(const char *iso, char out[RT_DATE_SHORT_LEN])
{
	int m;

	if (!rt_date_is_iso(iso)) {
		snprintf(out, RT_DATE_SHORT_LEN, "%s", iso);
		return out;
	}
	m = (iso[5] - '0') * 10 + (iso[6] - '0');
	snprintf(out, RT_DATE_SHORT_LEN, "%.2s-%.3s-%.2s", iso + 8,
	    month_names[m - 1], iso + 2);
	return out;
}

const char *
rt_date_long(const char *iso, char out[RT_DATE_LONG_LEN])
{
	int m;

	if (!rt_date_is_iso(iso)) {
		snprintf(out, RT_DATE_LONG_LEN, "%s", iso);
		return out;
	}
	m = (iso[5] - '0') * 10 + (iso[6] - '0');
	snprintf(out, RT_DATE_LONG_LEN, "%d %s %.4s",
	    (iso[8] - '0') * 10 + (iso[9] - '0'), month_names[m - 1], iso);
	return out;
}
