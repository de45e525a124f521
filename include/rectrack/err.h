/*
 * err.h - the one error path.
 *
 * Every function that can fail returns an int status and, on failure, fills
 * a caller-provided struct rt_err with a message of the form
 * "<what failed>: <why>".  Nothing below main() prints an error; main()
 * prints "rectrack: <msg>" once and exits with the status as exit code.
 */
#ifndef RECTRACK_ERR_H
#define RECTRACK_ERR_H

#include <stdarg.h>
#include <stdio.h>

/* Statuses double as the documented exit codes. */
enum {
	RT_OK = 0,      /* done */
	RT_FAIL = 1,    /* I/O, database, busy */
	RT_USAGE = 2,   /* bad command, flag or argument */
	RT_INVALID = 3  /* invalid data: bad date or word, unknown id, conflict */
};

struct rt_err {
	int code;       /* the status last set, RT_OK when none */
	char msg[1024]; /* "<what failed>: <why>", NUL-terminated */
};

#if defined(__GNUC__)
#define RT_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define RT_PRINTF(a, b)
#endif

/*
 * Set the error (a NULL e is allowed and ignored) and return code, so that
 * callers can write "return rt_error(e, RT_INVALID, "bad date '%s'", s);".
 * The first error set wins: a later rt_error() on an already failed e only
 * returns its code, so cleanup paths cannot overwrite the real cause.
 */
int rt_error(struct rt_err *e, int code, const char *fmt, ...) RT_PRINTF(3, 4);
int rt_verror(struct rt_err *e, int code, const char *fmt, va_list ap);

/*
 * Print prefix, msg and a line end to fp as one line a terminal cannot be
 * fooled by (rt_out_line_text, out.c, does the escaping).  Every message
 * quotes what the user typed, and what they typed may hold anything.
 */
void rt_err_print(FILE *fp, const char *prefix, const char *msg);

/* Forget any error, making e ready for reuse. */
void rt_err_clear(struct rt_err *e);

#endif
