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

/* Length of the valid UTF-8 sequence at p (n bytes left), or 0. */
static size_t
utf8_len(const unsigned char *p, size_t n)
{
	size_t k, i;
	unsigned cp;

	if (p[0] >= 0xc2 && p[0] <= 0xdf)
		k = 2, cp = p[0] & 0x1f;
	else if (p[0] >= 0xe0 && p[0] <= 0xef)
		k = 3, cp = p[0] & 0x0f;
	else if (p[0] >= 0xf0 && p[0] <= 0xf4)
		k = 4, cp = p[0] & 0x07;
	else
		return 0;
	if (n < k)
		return 0;
	for (i = 1; i < k; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (p[i] & 0x3f);
	}
	if ((k == 3 && cp < 0x800) || (k == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	/* C1 controls (U+0080 to U+009F) act on terminals too. */
	if (cp >= 0x80 && cp <= 0x9f)
		return 0;
	return k;
}

void
rt_err_print(FILE *fp, const char *prefix, const char *msg)
{
	const unsigned char *p = (const unsigned char *)msg;
	size_t n = strlen(msg), k;

	fputs(prefix, fp);
	while (n > 0) {
		if (*p == '\n')
			fputs("\\n", fp), k = 1;
		else if (*p == '\r')
			fputs("\\r", fp), k = 1;
		else if (*p == '\t')
			fputs("\\t", fp), k = 1;
		else if (*p < 0x20 || *p == 0x7f)
			fprintf(fp, "\\x%02x", *p), k = 1;
		else if (*p < 0x80)
			fputc(*p, fp), k = 1;
		else if ((k = utf8_len(p, n)) > 0)
			fwrite(p, 1, k, fp);
		else
			fprintf(fp, "\\x%02x", *p), k = 1;
		p += k;
		n -= k;
	}
	fputc('\n', fp);
}
