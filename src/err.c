/*
 * err.c - the one error path (see err.h).
 */
#include <stdio.h>
#include <string.h>

#include "rectrack/err.h"

int
rt_verror(struct rt_err *e, int code, const char *fmt, va_list ap)
{
	if (e == NULL || e->code != RT_OK)
		return e && e->code ? e->code : code;
	e->code = code;
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	return code;
}

int
rt_error(struct rt_err *e, int code, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = rt_verror(e, code, fmt, ap);
	va_end(ap);
	return rc;
}

void
rt_err_clear(struct rt_err *e)
{
	e->code = RT_OK;
	e->msg[0] = '\0';
}
