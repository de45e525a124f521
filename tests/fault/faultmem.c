/*
 * faultmem.c - SQLite's allocator for the test-only build: every block
 * SQLite asks for comes from rt_malloc()/rt_realloc(), so that the one
 * counter of util.c numbers the program's allocations and SQLite's
 * together and rt_alloc_fail_at() can fail any one of them (see fault.h).
 *
 * SQLite wants to know the size of a block it holds (xSize); each block
 * carries it in a header in front.  The header is 16 bytes, so the block
 * handed out keeps the alignment malloc() gives.
 *
 * The count file also says which allocations were the program's own
 * ("own FROM TO" lines), so that a quick sweep can try every one of them.
 */
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "rectrack/util.h"
#include "fault.h"

#define HEADER 16
#define MAX_RANGES 16384

/*
 * Which allocations were the program's own, as ranges of the counter: a
 * driver samples those first, since their error paths are the program's
 * (SQLite's are SQLite's).  Everything between two of SQLite's is ours.
 */
static struct range {
	long from, to;
} own[MAX_RANGES];
static int nown;
static long next_unseen = 1;	/* the first allocation not yet placed */

/* Called just before SQLite's allocation: the ones before it were ours. */
static void
note_sqlite(void)
{
	long done = rt_alloc_count();

	if (done >= next_unseen && nown < MAX_RANGES) {
		own[nown].from = next_unseen;
		own[nown].to = done;
		nown++;
	}
	next_unseen = done + 2;
}

static void *
mem_malloc(int n)
{
	sqlite3_int64 size = n;
	char *p;

	if (n <= 0)
		return NULL;
	note_sqlite();
	if ((p = rt_malloc((size_t)n + HEADER)) == NULL)
		return NULL;
	memcpy(p, &size, sizeof size);
	return p + HEADER;
}

static void
mem_free(void *p)
{
	if (p != NULL)
		rt_free((char *)p - HEADER);
}

static void *
mem_realloc(void *p, int n)
{
	sqlite3_int64 size = n;
	char *q;

	if (p == NULL)
		return mem_malloc(n);
	if (n <= 0)
		return NULL;
	/* On failure the old block stays valid, as SQLite expects. */
	note_sqlite();
	if ((q = rt_realloc((char *)p - HEADER, (size_t)n + HEADER)) == NULL)
		return NULL;
	memcpy(q, &size, sizeof size);
	return q + HEADER;
}

static int
mem_size(void *p)
{
	sqlite3_int64 size;

	if (p == NULL)
		return 0;
	memcpy(&size, (char *)p - HEADER, sizeof size);
	return (int)size;
}

static int
mem_roundup(int n)
{
	return n > 0x7ffffff0 ? n : (n + 7) & ~7;
}

static int
mem_init(void *app)
{
	(void)app;
	return SQLITE_OK;
}

static void
mem_shutdown(void *app)
{
	(void)app;
}

static const sqlite3_mem_methods methods = {
	mem_malloc, mem_free, mem_realloc, mem_size, mem_roundup, mem_init,
	mem_shutdown, NULL
};

int
fault_mem_install(void)
{
	return sqlite3_config(SQLITE_CONFIG_MALLOC, &methods);
}

void
fault_mem_report(FILE *fp)
{
	long done = rt_alloc_count();
	int i;

	for (i = 0; i < nown; i++)
		fprintf(fp, "own %ld %ld\n", own[i].from, own[i].to);
	if (done >= next_unseen && nown < MAX_RANGES)
		fprintf(fp, "own %ld %ld\n", next_unseen, done);
}
