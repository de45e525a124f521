/*
 * util.c - allocation and growable strings (see util.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rectrack/util.h"

int
rt_sync_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir;
	int fd, rc, saved;

	if (slash == NULL)
		dir = rt_strdup(".");
	else if ((dir = rt_malloc((size_t)(slash - path) + 2)) != NULL) {
		memcpy(dir, path, (size_t)(slash - path) + 1);
		dir[slash == path ? 1 : slash - path] = '\0';
	}
	if (dir == NULL) {
		errno = ENOMEM;
		return -1;
	}
	fd = open(dir, O_RDONLY | O_CLOEXEC);
	rt_free(dir);
	if (fd < 0)
		return -1;
	rc = fsync(fd);
	saved = errno;
	close(fd);
	errno = saved;
	return rc;
}

/* Out-of-memory injection (tests only): see rt_alloc_fail_at(). */
static long alloc_count, alloc_fail_at;

void
rt_alloc_fail_at(long n)
{
	alloc_fail_at = n > 0 ? alloc_count + n : 0;
}

long
rt_alloc_count(void)
{
	return alloc_count;
}

static int
alloc_fails(void)
{
	return ++alloc_count >= alloc_fail_at && alloc_fail_at > 0;
}

void *
rt_malloc(size_t n)
{
	return alloc_fails() ? NULL : malloc(n ? n : 1);
}

void *
rt_realloc(void *p, size_t n)
{
	return alloc_fails() ? NULL : realloc(p, n ? n : 1);
}

void
rt_free(void *p)
{
	free(p);
}

char *
rt_strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = rt_malloc(n);

	if (d != NULL)
		memcpy(d, s, n);
	return d;
}

static int
buf_grow(struct rt_buf *b, size_t need)
{
	size_t cap;
	char *s;

	if (b->oom)
		return -1;
	if (b->len + need + 1 <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 64;
	while (cap < b->len + need + 1)
		cap *= 2;
	if ((s = rt_realloc(b->s, cap)) == NULL) {
		b->oom = 1;
		return -1;
	}
	b->s = s;
	b->cap = cap;
	return 0;
}

void
rt_buf_add(struct rt_buf *b, const char *s, size_t n)
{
	if (buf_grow(b, n) != 0)
		return;
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
rt_buf_puts(struct rt_buf *b, const char *s)
{
	rt_buf_add(b, s, strlen(s));
}

void
rt_buf_printf(struct rt_buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	rt_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void
rt_buf_vprintf(struct rt_buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0 || buf_grow(b, (size_t)n) != 0)
		return;
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

const char *
rt_buf_str(const struct rt_buf *b)
{
	return b->s ? b->s : "";
}

void
rt_buf_reset(struct rt_buf *b)
{
	b->len = 0;
	if (b->s)
		b->s[0] = '\0';
}

void
rt_buf_release(struct rt_buf *b)
{
	rt_free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
	b->oom = 0;
}

/*
 * The optimal string alignment distance: Levenshtein's insertions,
 * deletions and substitutions, plus the swap of two neighbours, the
 * commonest slip of a typist ("opne" is one step from "open", not two).
 */
size_t
rt_edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, cost, best;
	size_t rows[3][64], *prev2 = rows[0], *prev = rows[1], *cur = rows[2],
	    *tmp;

	if (la >= 64 || lb >= 64)
		return (size_t)-1;
	for (j = 0; j <= lb; j++)
		prev[j] = j;
	for (i = 1; i <= la; i++) {
		cur[0] = i;
		for (j = 1; j <= lb; j++) {
			cost = a[i - 1] != b[j - 1];
			best = prev[j - 1] + cost;
			if (prev[j] + 1 < best)
				best = prev[j] + 1;
			if (cur[j - 1] + 1 < best)
				best = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < best)
				best = prev2[j - 2] + 1;
			cur[j] = best;
		}
		tmp = prev2;
		prev2 = prev;
		prev = cur;
		cur = tmp;
	}
	return prev[lb];
}

/*
 * The ranks, best first; within one, the smaller the better and equals
 * tie:
 *   0      word is a whole '-' part of name: "overdue" names
 *          response-overdue, update-overdue and overdue-actions alike;
 *   100+r  name begins with word, r bytes left over: "ope" is open (1)
 *          before open-actions (9);
 *   1000+d the whole name within an edit distance d of 2: "opne" is
 *          open (1, a swap);
 *   2000+d one '-' part of name within d of 2: "acepted" is
 *          accepted-pending.
 */
size_t
rt_closeness(const char *name, const char *word)
{
	size_t n = strlen(word), d, best = RT_NOT_CLOSE;
	const char *p, *q;
	char part[64];

	if (n == 0)
		return RT_NOT_CLOSE;
	for (p = name; ; p = q + 1) {
		q = strchr(p, '-');
		if ((q ? (size_t)(q - p) : strlen(p)) == n && strncmp(p, word, n) == 0)
			return 0;
		if (q == NULL)
			break;
	}
	if (strncmp(name, word, n) == 0)
		return 100 + (strlen(name) - n < 800 ? strlen(name) - n : 800);
	if ((d = rt_edit_distance(name, word)) < 3)
		return 1000 + d;
	for (p = name; ; p = q + 1) {
		q = strchr(p, '-');
		snprintf(part, sizeof part, "%.*s", (int)(q ? q - p :
		    (long)strlen(p)), p);
		if (strchr(name, '-') != NULL &&
		    (d = rt_edit_distance(part, word)) < 3 && 2000 + d < best)
			best = 2000 + d;
		if (q == NULL)
			break;
	}
	return best;
}

void
rt_suggest_init(struct rt_suggest *s, const char *word)
{
	s->word = word;
	s->best = RT_NOT_CLOSE;
	s->n = 0;
	s->more = 0;
}

void
rt_suggest_add(struct rt_suggest *s, const char *name, const char *shown)
{
	size_t d = rt_closeness(name, s->word);
	int i;

	if (d == RT_NOT_CLOSE || d > s->best)
		return;
	if (d < s->best) {
		s->best = d;
		s->n = 0;
		s->more = 0;
	}
	for (i = 0; i < s->n; i++)
		if (strcmp(s->names[i], shown) == 0)
			return;
	if (s->n < RT_SUGGEST_MAX)
		snprintf(s->names[s->n++], sizeof s->names[0], "%s", shown);
	else
		s->more++;
}

const char *
rt_suggest_text(const struct rt_suggest *s, char *buf, size_t size)
{
	size_t len = 0;
	int i;

	buf[0] = '\0';
	for (i = 0; i < s->n && len < size; i++) {
		snprintf(buf + len, size - len, "%s'%s'", i == 0 ? "" :
		    i < s->n - 1 || s->more ? ", " : " or ", s->names[i]);
		len += strlen(buf + len);
	}
	if (s->more && len < size)
		snprintf(buf + len, size - len, " or %d more", s->more);
	return buf;
}

const char *
rt_number_sep(const char *number)
{
	size_t n = strlen(number);

	return n > 0 && strchr(").:", number[n - 1]) != NULL ? " " : ". ";
}
