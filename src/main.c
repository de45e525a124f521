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

#include "rectrack/cmd.h"
#include "rectrack/err.h"

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

	rc = rt_cmd_main(argc - 1, argv + 1, &e);
	if ((fflush(stdout) != 0 || ferror(stdout)) && rc == RT_OK)
		rc = rt_error(&e, RT_FAIL, "write: %s", strerror(errno));
	if (rc != RT_OK)
		rt_err_print(stderr, "rectrack: ", e.msg[0] ? e.msg : "failed");
	return rc;
}
