/*
 * date.c - reading the dates councils write (see date.h).
 *
 * Council papers are typed by hand into Word tables, so the same date
 * turns up as "2024-11-15", "15/11/2024", "15-Nov-24" or "15th November
 * 2024", and due dates are fuzzier still: "March 2025", "Q1 23/24",
 * "Q4 22/23 – ongoing".  Everything here reads those forms into ISO
 * "YYYY-MM-DD" and nothing else: the rules are deliberately narrow, so
 * that free text ("Q1 23/24 agree plan") is refused and the user is told
 * which forms would work rather than having a guess stored silently.
 *
 * The reading is done by hand on bytes, without <ctype.h>, strptime() or
 * any other locale-dependent call: the month names are English whatever
 * the locale, and non-ASCII bytes (the en dash, a no-break space pasted
 * from Word) must never reach a function that could misclassify them.
 * Slash dates are day first, as everywhere in the UK.
 */
#include <string.h>
#include <time.h>

#include "rectrack/date.h"
#include "rectrack/err.h"

#define MIN_YEAR 1900
#define MAX_YEAR 2999

#define DATE_FORMS "YYYY-MM-DD, DD/MM/YYYY, DD-Mon-YY"

const char rt_date_forms[] = DATE_FORMS " or DD Month YYYY";
const char rt_due_forms[] = DATE_FORMS ", DD Month YYYY, Month YYYY, "
    "a financial-year quarter such as Q1 23/24 (several may be given, "
    "and the last may be followed by - ongoing) or Ongoing";

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

static const char *const month_names[12] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"
};

static const char *const month_abbrs[12] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
	"nov", "dec"
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

/* Does the word of length n at p equal the lowercase w, ignoring case? */
static int
word_is(const char *p, size_t n, const char *w)
{
	size_t i;

	if (strlen(w) != n)
		return 0;
	for (i = 0; i < n; i++)
		if (to_lower((unsigned char)p[i]) != w[i])
			return 0;
	return 1;
}

/* Take the whole word w (lowercase), ignoring case. */
static int
take_word(struct scan *s, const char *w)
{
	size_t n = word_len(s);

	if (n == 0 || !word_is(s->p, n, w))
		return 0;
	s->p += n;
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
		    (n == 3 && word_is(s->p, 3, month_abbrs[i])))
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

/* "15/11/2024", "5/3/2024", "15/11/24": day first. */
static int
take_slashed(struct scan *s, struct ymd *t)
{
	struct scan u = *s;
	size_t len;

	if (!take_number(&u, 1, 2, &t->d, &len) || !take_char(&u, '/') ||
	    !take_number(&u, 1, 2, &t->m, &len) || !take_char(&u, '/') ||
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

/*
 * "15 November 2024", "15 Nov 2024", "5th November 2024".  Any of the
 * ordinal suffixes is taken after any day: "22th" is a slip, not a
 * different date.
 */
static int
take_spelled(struct scan *s, struct ymd *t)
{
	struct scan u = *s;
	size_t len;

	if (!take_number(&u, 1, 2, &t->d, &len))
		return 0;
	if (!take_word(&u, "st") && !take_word(&u, "nd") &&
	    !take_word(&u, "rd"))
		take_word(&u, "th");
	if (!skip_space(&u) || !take_month(&u, &t->m) || !skip_space(&u) ||
	    !take_year(&u, 0, &t->y))
		return 0;
	*s = u;
	return 1;
}

/* Any event date, checked for existence. */
static int
take_date(struct scan *s, struct ymd *t)
{
	struct scan u = *s;

	if (!take_iso(&u, t) && !take_slashed(&u, t) &&
	    !take_dashed(&u, t) && !take_spelled(&u, t))
		return 0;
	if (!valid_ymd(t))
		return 0;
	*s = u;
	return 1;
}

/*
 * "March 2025": the month's last day, since a deadline given as a month
 * is met by doing the work at any time in it.  The year must be written
 * in full: "Mar 25" could as well be the 25th of March.
 */
static int
take_month_year(struct scan *s, struct ymd *t)
{
	struct scan u = *s;

	if (!take_month(&u, &t->m) || !skip_space(&u) ||
	    !take_year(&u, 1, &t->y))
		return 0;
	if (t->y < MIN_YEAR || t->y > MAX_YEAR)
		return 0;
	t->d = days_in_month(t->y, t->m);
	*s = u;
	return 1;
}

/*
 * "Q1 23/24", also "Q1 2023/24" and "Q1 2023/2024": a quarter of the
 * financial year that starts in April, read as the quarter's last day.
 * The second year must be the one after the first, which catches typos
 * such as "23/25" rather than guessing which year was meant.
 */
static int
take_quarter(struct scan *s, struct ymd *t)
{
	static const int end_month[4] = { 6, 9, 12, 3 };
	struct scan u = *s;
	size_t len1, len2;
	int q, y1, y2;

	if (!take_char(&u, 'Q') && !take_char(&u, 'q'))
		return 0;
	if (!take_number(&u, 1, 1, &q, &len1) || q < 1 || q > 4 ||
	    !skip_space(&u))
		return 0;
	if (!take_number(&u, 2, 4, &y1, &len1) || len1 == 3 ||
	    !take_char(&u, '/') || !take_number(&u, 2, 4, &y2, &len2) ||
	    len2 == 3 || (len1 == 2 && len2 == 4))
		return 0;
	if (len1 == 2)
		y1 += 2000;
	if (len2 == 2 ? (y1 + 1) % 100 != y2 : y1 + 1 != y2)
		return 0;
	t->y = q == 4 ? y1 + 1 : y1;
	t->m = end_month[q - 1];
	t->d = days_in_month(t->y, t->m);
	if (!valid_ymd(t))
		return 0;
	*s = u;
	return 1;
}

/*
 * One or more quarters, "Q4 22/23 Q1 23/24" or "Q4 22/23 – Q1 23/24",
 * read as the last day of the latest: the work is due by then.
 */
static int
take_quarters(struct scan *s, struct ymd *t)
{
	struct scan u = *s, v;
	struct ymd next;

	if (!take_quarter(&u, t))
		return 0;
	for (;;) {
		v = u;
		skip_space(&v);
		if (take_dash(&v))
			skip_space(&v);
		if (!take_quarter(&v, &next))
			break;
		if (ymd_key(&next) > ymd_key(t))
			*t = next;
		u = v;
	}
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

/*
 * " – ongoing" after a due date: the work starts by then and carries on,
 * so the date stands.
 */
static void
take_dash_ongoing(struct scan *s)
{
	struct scan u = *s;

	skip_space(&u);
	if (!take_dash(&u))
		return;
	skip_space(&u);
	if (take_ongoing(&u))
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

int
rt_date_parse(const char *str, char out[RT_DATE_LEN], struct rt_err *e)
{
	struct scan s;
	struct ymd t;

	if (str == NULL)
		str = "";
	s.p = str;
	s.end = str + strlen(str);
	trim(&s);
	if (take_date(&s, &t) && s.p == s.end) {
		format_iso(&t, out);
		return RT_OK;
	}
	out[0] = '\0';
	return rt_error(e, RT_INVALID, "bad date '%s': expected %s", str,
	    rt_date_forms);
}

int
rt_due_parse(const char *str, char out[RT_DATE_LEN], struct rt_err *e)
{
	struct scan s;
	struct ymd t;

	if (str == NULL)
		str = "";
	s.p = str;
	s.end = str + strlen(str);
	trim(&s);
	out[0] = '\0';
	if (s.p == s.end)
		return RT_OK;
	if (take_ongoing(&s)) {
		take_note(&s);
		if (s.p == s.end)
			return RT_OK;
	} else if (take_quarters(&s, &t) || take_month_year(&s, &t) ||
	    take_date(&s, &t)) {
		take_dash_ongoing(&s);
		take_note(&s);
		if (s.p == s.end) {
			format_iso(&t, out);
			return RT_OK;
		}
	}
	return rt_error(e, RT_INVALID, "bad due date '%s': expected %s", str,
	    rt_due_forms);
}

void
rt_date_today(char out[RT_DATE_LEN])
{
	struct tm tm;
	struct ymd t;
	time_t now = time(NULL);

	/*
	 * localtime_r() fails only for a time_t beyond any calendar; fall
	 * back to UTC, then to the epoch, rather than leave out unset.
	 */
	if (localtime_r(&now, &tm) == NULL && gmtime_r(&now, &tm) == NULL) {
		memset(&tm, 0, sizeof tm);
		tm.tm_year = 70;
		tm.tm_mday = 1;
	}
	t.y = tm.tm_year + 1900;
	t.m = tm.tm_mon + 1;
	t.d = tm.tm_mday;
	if (!valid_ymd(&t)) {
		t.y = 1970;
		t.m = t.d = 1;
	}
	format_iso(&t, out);
}

int
rt_date_add_months(const char *iso, int n, char out[RT_DATE_LEN],
    struct rt_err *e)
{
	struct ymd t;
	long long mon;
	int last;

	if (!rt_date_is_iso(iso)) {
		out[0] = '\0';
		return rt_error(e, RT_INVALID, "bad date '%s': expected "
		    "YYYY-MM-DD", iso ? iso : "");
	}
	t.y = (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 +
	    (iso[2] - '0') * 10 + (iso[3] - '0');
	t.m = (iso[5] - '0') * 10 + (iso[6] - '0');
	t.d = (iso[8] - '0') * 10 + (iso[9] - '0');

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
