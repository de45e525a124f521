/*
 * fault.h - fault injection for the test-only build of the program
 * (rectrack-fault, see fault_main.c).
 *
 * Two kinds of fault, each counted over the whole run of one command so
 * that a driver can make any one of them fail:
 *
 * I/O points: every write, sync and truncate SQLite makes (through the
 * shim VFS "faulty" of faultvfs.c, registered as the default) and every
 * write-like call the program makes itself on a file (fwrite, fflush,
 * fclose with bytes pending, fsync, rename, link, open with O_CREAT:
 * link-time wrappers, faultio.c).  RT_FAULT_AT=N makes the N-th point
 * fail, RT_FAULT_KIND=ioerr (the default) with an I/O error, or =full as
 * a full disk does.  An I/O error fails that one call; a full disk stays
 * full, so with full every later point fails too (RT_FAULT_PERSIST=0 or 1
 * overrides either), except a rename (see faultio.c).
 *
 * Allocations: every rt_malloc/rt_realloc of the program and, through the
 * allocator installed with SQLITE_CONFIG_MALLOC (faultmem.c), every one
 * of SQLite, on the one counter of util.c.  RT_OOM_AT=N makes the N-th
 * and every later one fail (rt_alloc_fail_at()).
 *
 * RT_FAULT_COUNT_FILE=path: when the command is done, write "io N",
 * "oom M", "own FROM TO" for each run of allocations that were the
 * program's own and, when an I/O fault was injected, "hit WHAT" there, so
 * that a driver learns how many points a clean run has and what a fault
 * hit.
 */
#ifndef RT_FAULT_H
#define RT_FAULT_H

#include <stdio.h>

enum fault_kind {
	FAULT_NONE,	/* the call goes through */
	FAULT_IOERR,	/* an I/O error (EIO, SQLITE_IOERR_*) */
	FAULT_FULL	/* no space left (ENOSPC, SQLITE_FULL) */
};

/*
 * Read the environment, install the allocator and register the VFS.
 * Returns 0, or -1 with a message on standard error.
 */
int fault_setup(void);

/*
 * Count one I/O point: op is the call ("xWrite", "fsync"), name the file
 * it acts on (may be NULL).  Returns what this call must do.
 */
enum fault_kind fault_point(const char *op, const char *name);

/* Was the point just counted the one RT_FAULT_AT names? */
int fault_first(void);

/* Stop counting and write RT_FAULT_COUNT_FILE, if asked for. */
void fault_report(void);

/* Install the allocator (faultmem.c); 0 or an SQLite error code. */
int fault_mem_install(void);
/* Write "own FROM TO": the ranges of allocations that were not SQLite's. */
void fault_mem_report(FILE *fp);

#endif
