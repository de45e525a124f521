/*
 * input.c - checking what users type (see input.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rectrack/date.h"
#include "rectrack/input.h"
#include "rectrack/util.h"

int
rt_utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;

	while (p < end) {
		unsigned c = *p++;
		int k;
		unsigned cp, min;

		if (c < 0x80)
			continue;
		if (c >= 0xc2 && c <= 0xdf) {
			k = 1; cp = c & 0x1f; min = 0x80;
		} else if (c >= 0xe0 && c <= 0xef) {
			k = 2; cp = c & 0x0f; min = 0x800;
		} else if (c >= 0xf0 && c <= 0xf4) {
			k = 3; cp = c & 0x07; min = 0x10000;
		} else
			return 0;
		if (end - p < k)
			return 0;
		while (k-- > 0) {
			if ((*p & 0xc0) != 0x80)
				return 0;
			cp = cp << 6 | (*p++ & 0x3f);
		}
		/* Overlong forms, surrogates and code points past U+10FFFF. */
		if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
			return 0;
	}
	return 1;
}

/* Shared by texts and lines: allow_nl says whether line ends may appear. */
static int
check(const char *what, const char *s, int required, int allow_nl, size_t max,
    struct rt_err *e)
{
	size_t n = strlen(s), i;
	int blank = 1;

	if (n > max)
		return rt_error(e, RT_INVALID, "%s: too long (%zu bytes, at most %zu)",
		    what, n, max);
	if (!rt_utf8_valid(s, n))
		return rt_error(e, RT_INVALID, "%s: not valid UTF-8", what);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '\n' || c == '\r') {
			if (!allow_nl)
				return rt_error(e, RT_INVALID,
				    "%s '%.40s': must be one line", what, s);
		} else if ((c < 0x20 && c != '\t') || c == 0x7f)
			return rt_error(e, RT_INVALID, "%s: contains the control "
			    "character 0x%02x at byte %zu", what, c, i);
		/*
		 * C1 controls, U+0080 to U+009F (0xc2 0x80-0x9f in UTF-8, which
		 * was checked above): a terminal reads U+009B as CSI, the start
		 * of an escape sequence, just as it reads ESC [.
		 */
		else if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] <= 0x9f)
			return rt_error(e, RT_INVALID, "%s: contains the control "
			    "character U+%04X at byte %zu", what,
			    (unsigned char)s[i + 1], i);
		if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
			blank = 0;
	}
	if (required && blank)
		return rt_error(e, RT_INVALID, "%s: must not be empty", what);
	return RT_OK;
}

size_t
rt_input_eol(char *s)
{
	char *r = s, *w = s;

	for (; *r != '\0'; r++) {
		if (*r != '\r')
			*w++ = *r;
		else if (r[1] != '\n')
			*w++ = '\n';
	}
	*w = '\0';
	return (size_t)(w - s);
}

int
rt_input_check_text(const char *what, const char *s, int required,
    struct rt_err *e)
{
	return check(what, s, required, 1, RT_TEXT_MAX, e);
}

int
rt_input_check_line(const char *what, const char *s, struct rt_err *e)
{
	return check(what, s, 1, 0, RT_LINE_MAX, e);
}

/* Read all of fp, at most RT_TEXT_MAX bytes (one more tells it is longer). */
static int
slurp(FILE *fp, const char *what, char **out, struct rt_err *e)
{
	struct rt_buf b = RT_BUF_INIT;
	char chunk[8192];
	size_t n;

	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
		if (memchr(chunk, '\0', n) != NULL) {
			rt_buf_release(&b);
			return rt_error(e, RT_INVALID, "%s: contains a NUL byte", what);
		}
		rt_buf_add(&b, chunk, n);
		if (b.len > RT_TEXT_MAX)
			break;
	}
	if (ferror(fp) || b.oom) {
		rt_buf_release(&b);
		return rt_error(e, RT_FAIL, "%s: %s", what,
		    b.oom ? "out of memory" : strerror(errno));
	}
	if (b.len > RT_TEXT_MAX) {
		rt_buf_release(&b);
		return rt_error(e, RT_INVALID, "%s: too long (more than %d bytes)",
		    what, RT_TEXT_MAX);
	}
	*out = b.s != NULL ? b.s : rt_strdup("");
	return *out != NULL ? RT_OK : rt_error(e, RT_FAIL, "out of memory");
}

int
rt_input_text(const struct rt_args *a, const char *name, int required,
    char **out, struct rt_err *e)
{
	char fname[64], what[80];
	const char *v = rt_arg(a, name), *file;
	FILE *fp;
	int rc;

	*out = NULL;
	snprintf(fname, sizeof fname, "%s-file", name);
	snprintf(what, sizeof what, "--%s", name);
	file = rt_arg(a, fname);
	if (v != NULL && file != NULL)
		return rt_error(e, RT_USAGE, "--%s and --%s: give one, not both",
		    name, fname);
	if (file != NULL) {
		if ((fp = fopen(file, "rb")) == NULL)
			return rt_error(e, RT_USAGE, "cannot read '%s': %s", file,
			    strerror(errno));
		rc = slurp(fp, what, out, e);
		fclose(fp);
	} else if (v != NULL && strcmp(v, "-") == 0)
		rc = slurp(stdin, what, out, e);
	else if (v != NULL)
		rc = (*out = rt_strdup(v)) ? RT_OK : rt_error(e, RT_FAIL, "out of memory");
	else
		return required ? rt_error(e, RT_USAGE, "%s is required", what) : RT_OK;
	if (rc == RT_OK)
		rt_input_eol(*out);
	if (rc == RT_OK && (rc = rt_input_check_text(what, *out, required, e)) != RT_OK) {
		rt_free(*out);
		*out = NULL;
	}
	return rc;
}

int
rt_input_id(const char *what, const char *s, sqlite3_int64 *id, struct rt_err *e)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (s[0] < '0' || s[0] > '9' || *end != '\0' || errno != 0 || v <= 0)
		return rt_error(e, RT_USAGE, "invalid %s '%s': expected a positive "
		    "whole number", what, s);
	*id = v;
	return RT_OK;
}

void
rt_input_free_list(char **list, int n)
{
	int i;

	for (i = 0; i < n; i++)
		rt_free(list[i]);
	rt_free(list);
}

int
rt_input_leads(const char **vals, int nvals, char ***names, int *n,
    struct rt_err *e)
{
	char **list = NULL, *name;
	int cap = 0, count = 0, i, rc = RT_OK;
	const char *p, *q, *end;

	for (i = 0; i < nvals && rc == RT_OK; i++) {
		int before = count;

		for (p = vals[i]; rc == RT_OK; p = q + 1) {
			q = strchr(p, ';');
			end = q ? q : p + strlen(p);
			while (p < end && (*p == ' ' || *p == '\t'))
				p++;
			while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
				end--;
			if (end > p) {
				if (count == cap) {
					char **l = rt_realloc(list, sizeof *list *
					    (size_t)(cap = cap ? 2 * cap : 4));
					if (l == NULL) {
						rc = rt_error(e, RT_FAIL, "out of memory");
						break;
					}
					list = l;
				}
				if ((name = rt_malloc((size_t)(end - p) + 1)) == NULL) {
					rc = rt_error(e, RT_FAIL, "out of memory");
					break;
				}
				memcpy(name, p, (size_t)(end - p));
				name[end - p] = '\0';
				list[count++] = name;
				rc = rt_input_check_line("--lead", name, e);
			}
			if (q == NULL)
				break;
		}
		/* "--lead ';;'" names nobody: a slip, not a wish for no lead. */
		if (rc == RT_OK && count == before)
			rc = rt_error(e, RT_INVALID, "--lead '%s': no name in it",
			    vals[i]);
	}
	if (rc != RT_OK) {
		rt_input_free_list(list, count);
		return rc;
	}
	*names = list;
	*n = count;
	return RT_OK;
}

int
rt_input_check_number(const char *s, struct rt_err *e)
{
	size_t i, n = strlen(s);

	for (i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= 'A' && s[i] <= 'Z') || strchr(".()-", s[i]) != NULL))
			break;
	if (n == 0 || n > RT_NUMBER_MAX || i < n)
		return rt_error(e, RT_INVALID, "invalid recommendation number '%s': "
		    "use up to %d letters, digits, '.', '(', ')' or '-' (e.g. 3a)",
		    s, RT_NUMBER_MAX);
	return RT_OK;
}

int
rt_input_is_slug(const char *s)
{
	size_t n = strlen(s), i;

	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
		    s[i] == '-'))
			return 0;
	return n >= 1 && n <= 64;
}

int
rt_input_check_slug(const char *slug, struct rt_err *e)
{
	if (!rt_input_is_slug(slug))
		return rt_error(e, RT_INVALID, "invalid committee slug '%s': use 1 to "
		    "64 lower-case letters, digits and '-' (e.g. pcs-osc)", slug);
	return RT_OK;
}

int
rt_input_due(const char *opt, const char *s, char due[11], struct rt_err *e)
{
	enum rt_due_kind kind;
	char warn[RT_LINE_MAX + 64];
	int rc;

	if ((rc = rt_input_check_line(opt, s, e)) != RT_OK ||
	    (rc = rt_due_read(s, due, &kind, e)) != RT_OK)
		return rc;
	/* Kept as written, with no date: say so, and go on. */
	if (kind == RT_DUE_TEXT) {
		rt_due_warning(warn, sizeof warn, s);
		rt_err_print(stderr, "rectrack: warning: ", warn);
	}
	return RT_OK;
}

int
rt_input_rag(const char *s, const char **out, struct rt_err *e)
{
	static const char *const words[] = {"red", "amber", "green", "blue"};
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcasecmp(s, words[i]) == 0) {
			*out = words[i];
			return RT_OK;
		}
	return rt_error(e, RT_INVALID, "bad --rag '%s': expected red, amber, "
	    "green or blue", s);
}

int
rt_input_percent(const char *s, int *out, struct rt_err *e)
{
	const char *p = s;
	int v = 0;

	while (*p >= '0' && *p <= '9' && v <= 100)
		v = v * 10 + (*p++ - '0');
	if (*p == '%')
		p++;
	if (p == s || *p != '\0' || v > 100 || (*s == '0' && s[1] >= '0' &&
	    s[1] <= '9'))
		return rt_error(e, RT_INVALID, "bad --percent '%s': expected a whole "
		    "number from 0 to 100", s);
	*out = v;
	return RT_OK;
}
