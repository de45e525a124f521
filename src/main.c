/*
 * main.c - rectrack: a recommendation tracker for councils.
 *
 * Runs one command and is the only place that prints an error: the
 * command returns a status with its message, and main prints
 * "rectrack: <message>" once and exits with the status.  Standard output
 * is flushed and checked here, so a full disk is an error, not silence.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "rectrack/cmd.h"
#include "rectrack/date.h"
#include "rectrack/err.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

/*
 * A test-only build of the program (tests/fault) renames this function
 * and calls it after installing its fault injection.
 */
#ifndef RT_MAIN_NAME
#define RT_MAIN_NAME main
#endif

int RT_MAIN_NAME(int argc, char **argv);

int
RT_MAIN_NAME(int argc, char **argv)
{
	struct rt_err e = {RT_OK, ""};
	int rc;

#if defined(__GLIBC__)
	/*
	 * Keep freed memory at the top of the heap instead of handing it back
	 * to the kernel at once.  FTS5 and SQLite's page cache free and retake
	 * megabytes at a time during an import; glibc's default (trim above
	 * 128 KB) made that a brk() pair each time, which on a virtual machine
	 * tripled the import's time.  Bounded: at most 16 MB is kept.
	 */
	mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024);
	mallopt(M_TOP_PAD, 4 * 1024 * 1024);
	mallopt(M_MMAP_THRESHOLD, 8 * 1024 * 1024);
#endif
	/*
	 * Keep statement journals in memory up to 120 KB (SQLite's default
	 * spills them to a temporary file at 64 KB).  Every insert that fires
	 * the history triggers inside a larger transaction needs one, and once
	 * one has spilled, the file serves every later statement of the
	 * transaction: two pwrite() calls per page.  An import of 25,000 rows
	 * took 3.0 s with 64 KB, 2.3 s with 120 KB (bench/README.md).
	 *
	 * Not more: SQLite 3.40's in-memory journal keeps one chunk of this
	 * size and, when it spills, writes the chunk in one call that the unix
	 * VFS caps at 128 KB - 1 (seekAndWriteFd: nBuf &= 0x1ffff), so a
	 * chunk of 256 KB or more fails as "database or disk is full".  With
	 * 4 MB an import of 10,000 recommendations failed so.
	 */
	sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, 120 * 1024);
	/*
	 * A database path is a file name, never a URI ("file:x.db?mode=ro"):
	 * Debian's SQLite is built to read URIs by default.  db.c also gives
	 * SQLite relative paths as "./path".
	 */
	sqlite3_config(SQLITE_CONFIG_URI, 0);
	/* A mistyped RECTRACK_TODAY must not silently become the clock. */
	{
		char today[RT_DATE_LEN];

		rc = rt_date_today_checked(today, &e);
	}
	if (rc == RT_OK)
		rc = rt_cmd_main(argc - 1, argv + 1, &e);
	if ((fflush(stdout) != 0 || ferror(stdout)) && rc == RT_OK)
		rc = rt_error(&e, RT_FAIL, "write: %s", strerror(errno));
	if (rc != RT_OK)
		rt_err_print(stderr, "rectrack: ", e.msg[0] ? e.msg : "failed");
	return rc;
}
