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
	 * Keep statement journals in memory up to 4 MB (SQLite's default
	 * spills them to a temporary file at 64 KB).  Every insert that fires
	 * the history and search triggers inside a larger transaction needs
	 * one; on disk that was two pwrite() calls per page per statement, 90%
	 * of an import's system calls.
	 */
	sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, 4 * 1024 * 1024);
	rc = rt_cmd_main(argc - 1, argv + 1, &e);
	if ((fflush(stdout) != 0 || ferror(stdout)) && rc == RT_OK)
		rc = rt_error(&e, RT_FAIL, "write: %s", strerror(errno));
	if (rc != RT_OK)
		rt_err_print(stderr, "rectrack: ", e.msg[0] ? e.msg : "failed");
	return rc;
}
