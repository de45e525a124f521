/*
 * util.h - allocation and growable strings.
 *
 * Every allocation of the program goes through rt_malloc()/rt_realloc(),
 * so that a test can make any one of them fail.  They return NULL on
 * failure like malloc(); callers turn that into "out of memory".
 */
#ifndef RECTRACK_UTIL_H
#define RECTRACK_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include "rectrack/err.h"

void *rt_malloc(size_t n);
/*
 * For out-of-memory tests: the n-th allocation from now (1 = the next one)
 * and every later one fail; 0 turns failing off.  The count of allocations
 * made so far is returned by rt_alloc_count().
 */
void rt_alloc_fail_at(long n);
long rt_alloc_count(void);
void *rt_realloc(void *p, size_t n);
void rt_free(void *p);
char *rt_strdup(const char *s);

/*
 * What a document writes between a recommendation's or action's number and
 * its text: ". " ("3. That the Council"), or a space when the number ends
 * in its own mark ("ii) That", "3.1. That").
 */
const char *rt_number_sep(const char *number);

/*
 * Edit distance between a and b, for "did you mean" suggestions: the
 * insertions, deletions, substitutions and swaps of two neighbouring
 * bytes it takes ("opne" -> "open" is 1); (size_t)-1 for words of 64
 * bytes or more.
 */
size_t rt_edit_distance(const char *a, const char *b);

/*
 * How well word, as typed, names name, for "did you mean": lower is
 * better, RT_NOT_CLOSE when not at all.  First a name that has word as
 * one of its '-' parts ("overdue": response-overdue, update-overdue,
 * overdue-actions, all equal), then a name that word begins, the shorter
 * before the longer ("ope" is open, not open-actions), then a name within
 * an edit distance of 2 ("opne" is open), then a name with a '-' part
 * within 2 ("acepted" is accepted-pending).
 */
#define RT_NOT_CLOSE ((size_t)-1)
size_t rt_closeness(const char *name, const char *word);

/*
 * The names closest to a word, for one "did you mean" message: every name
 * offered goes through rt_suggest_add(); those that tie for the best
 * rt_closeness() are all kept, in the order offered (so the message never
 * prefers one of equals for being listed first).
 */
#define RT_SUGGEST_MAX 4
struct rt_suggest {
	const char *word;                 /* as typed; not owned */
	size_t best;                      /* rt_closeness of the names kept */
	char names[RT_SUGGEST_MAX][64];   /* the names to show */
	int n;                            /* how many */
	int more;                         /* further ties not kept */
};

void rt_suggest_init(struct rt_suggest *s, const char *word);
/* Offer name (compared) to be shown as shown (e.g. a slug for a name). */
void rt_suggest_add(struct rt_suggest *s, const char *name, const char *shown);
/* "'a'", "'a' or 'b'", "'a', 'b' or 'c'" into buf; "" when none. */
const char *rt_suggest_text(const struct rt_suggest *s, char *buf,
    size_t size);

/*
 * fsync the directory that holds path, so that a file just created or
 * renamed there survives a crash.  0, or -1 with errno set.
 */
int rt_sync_dir(const char *path);

/* A growable, always NUL-terminated byte string. */
struct rt_buf {
	char *s;     /* the bytes; NULL until the first append */
	size_t len;  /* bytes used, not counting the NUL */
	size_t cap;  /* bytes allocated */
	int oom;     /* set once an append failed; later appends do nothing */
};

#define RT_BUF_INIT {NULL, 0, 0, 0}

void rt_buf_add(struct rt_buf *b, const char *s, size_t n);
void rt_buf_puts(struct rt_buf *b, const char *s);
/* One byte; inline, since the CSV reader stores every byte this way. */
static inline void
rt_buf_putc(struct rt_buf *b, char c)
{
	if (b->len + 1 < b->cap) {
		b->s[b->len++] = c;
		b->s[b->len] = '\0';
	} else
		rt_buf_add(b, &c, 1);
}
void rt_buf_printf(struct rt_buf *b, const char *fmt, ...) RT_PRINTF(2, 3);
void rt_buf_vprintf(struct rt_buf *b, const char *fmt, va_list ap);
/* The text so far ("" when empty); valid until the next append. */
const char *rt_buf_str(const struct rt_buf *b);
void rt_buf_reset(struct rt_buf *b);   /* empty it, keep the memory */
void rt_buf_release(struct rt_buf *b); /* free the memory; b reusable */

#endif
