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
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || buf_grow(b, (size_t)n) != 0)
		return;
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
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

size_t
rt_edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, prev, cur, tmp;
	size_t row[64];

	if (la >= 64 || lb >= 64)
		return (size_t)-1;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			cur = row[j];
			tmp = prev + (a[i - 1] != b[j - 1]);
			if (row[j] + 1 < tmp)
				tmp = row[j] + 1;
			if (row[j - 1] + 1 < tmp)
				tmp = row[j - 1] + 1;
			row[j] = tmp;
			prev = cur;
		}
	}
	return row[lb];
}

size_t
rt_closeness(const char *name, const char *word)
{
	size_t n = strlen(word), d;

	if (n > 0 && strncmp(name, word, n) == 0)
		return strlen(name) - n;	/* under 64 for a name that helps */
	if ((d = rt_edit_distance(name, word)) < 3)
		return 1000 + d;
	return RT_NOT_CLOSE;
}
