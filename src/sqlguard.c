/*
 * sqlguard.c - the fence around the user's own SQL (see sqlguard.h).
 *
 * Opening the database read-only is not enough.  With Debian 12's
 * libsqlite3 3.40.1 on this platform, a read-only connection:
 *
 * - runs "VACUUM INTO 'file'" and creates the file (sqlite3_stmt_readonly()
 *   is 0 for it, and VACUUM asks the authorizer nothing before it runs:
 *   the read-only check refuses it, and SQLITE_LIMIT_ATTACHED 0 would
 *   stop it anyway, since VACUUM INTO attaches its target);
 * - writes TEMP tables and "PRAGMA temp.user_version = 5" (read-only is 0);
 * - passes sqlite3_stmt_readonly() for "PRAGMA query_only = 0",
 *   "PRAGMA writable_schema = 1", "PRAGMA foreign_keys = OFF", ATTACH,
 *   DETACH, BEGIN, COMMIT, SAVEPOINT, RELEASE and REINDEX: so only named
 *   pragmas are allowed, each without a value unless the value names a
 *   table, and the authorizer refuses the rest;
 * - answers "SELECT fts3_tokenizer('simple')" with the address of a
 *   structure in the library (the build enables the tokenizer) and lets
 *   the two-argument form install a forged one: with
 *   SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER off the first returns NULL and
 *   the second fails, and the authorizer denies the function besides;
 * - spends 14 s in one sqlite3_step() on printf('%.*c', 2000000000, 'x'),
 *   and still 8 s with SQLITE_LIMIT_LENGTH at 16 MB: 3.40 keeps looping
 *   over the precision after the string has become too big, and then
 *   returns NULL instead of an error.  A progress handler is not called
 *   inside a function, so printf() and format() are replaced here by a
 *   wrapper that refuses a format asking for more than the length limit
 *   ("string or blob too big") and otherwise hands the call to the
 *   built-in printf() of a private in-memory connection;
 * - zeroblob(N) and randomblob(N) fail at once with "string or blob too
 *   big" under the length limit.
 *
 * Other functions also run long inside one step: trim(X, Y) is O(|X|*|Y|)
 * (43 s for two 100 KB strings), instr() and LIKE/GLOB are O(n*m) (22 s,
 * and over 100 s, for a 15 MB text and a long needle or pattern).  The
 * progress handler is never called meanwhile, and nothing short of the
 * process's end stops those, so a second Ctrl-C ends the process as it
 * would without the guard, and with --timeout an alarm a second after the
 * deadline ends it with the timeout message.
 *
 * Exit statuses: everything wrong with what was typed is RT_USAGE (2), as
 * a bad argument of any other command is: no statement, a syntax error,
 * an unknown table or column, and a statement the guard refuses ("not
 * allowed: <statement>: <why>").  So is a statement that SQLite accepts
 * but that fails on its own terms when it runs (SQLITE_ERROR: a table
 * function given a bad argument, "pragma_journal_mode('DELETE')", an FTS
 * MATCH it cannot read, an integer overflow): no data made it fail.  A
 * statement stopped or failed for another reason is RT_FAIL (1):
 * interrupted, timed out, too big, out of memory, I/O.  RT_INVALID (3)
 * stays what it is everywhere: bad data.
 *
 * Memory: every format streams (the table measures its first rows and
 * then streams, see out.h), and the output of the whole run is held back
 * in memory up to HOLD_BYTES: a run that fails before writing that much
 * prints nothing at all; one that fails later has printed what it
 * printed, up to the failing row.
 */
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "rectrack/sqlguard.h"
#include "rectrack/util.h"

#define HEAP_LIMIT	((sqlite3_int64)512 * 1024 * 1024)
#define MAX_VDBE_OP	1000000	/* program size: bounds prepare time */
#define PROGRESS_OPS	1000	/* VM steps between checks of the clock */
#define GRACE_SECONDS	1	/* after the deadline, before the alarm */
#define SNIPPET_CHARS	60	/* of a statement, in a message */
#define HOLD_BYTES	(1024 * 1024)	/* output held back before a failure */

/* The state of the one guarded run; a CLI runs one at a time. */
static struct guard {
	char why[200];     /* the authorizer's reason for its first denial */
	double deadline;   /* CLOCK_MONOTONIC seconds; 0 for none */
	double timeout;    /* as given, for the message */
	int timed_out;     /* the progress handler saw the deadline pass */
} guard;

static volatile sig_atomic_t got_sigint;
static char alarm_msg[128];	/* written by the alarm: no printf there */
static size_t alarm_len;

/*
 * Pragmas that only report.  An argument names what to report on
 * ("PRAGMA table_info(recommendations)"), it sets nothing.
 */
static const char *const report_pragmas[] = {
	"table_info", "table_xinfo", "table_list", "index_list",
	"index_info", "index_xinfo", "foreign_key_list", "collation_list",
	"database_list", "function_list", "compile_options", NULL
};

/* Settings that may be read; an argument would set them. */
static const char *const read_pragmas[] = {
	"user_version", "application_id", "schema_version", "data_version",
	"encoding", "page_size", "page_count", "freelist_count", NULL
};

/*
 * Functions refused although reading: fts3_tokenizer() leaks a library
 * address and installs a forged one; load_extension() runs any
 * shared library; rtreenode() and rtreedepth() are debugging aids that
 * decode any blob as an r-tree node (CVE-2019-8457 was one of them);
 * optimize() rewrites a full-text index.
 */
static const char *const denied_functions[] = {
	"fts3_tokenizer", "load_extension", "rtreenode", "rtreedepth",
	"optimize", NULL
};

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int
listed(const char *const *list, const char *name)
{
	int i;

	for (i = 0; name != NULL && list[i] != NULL; i++)
		if (sqlite3_stricmp(list[i], name) == 0)
			return 1;
	return 0;
}

static int deny(struct guard *, const char *, ...) RT_PRINTF(2, 3);

/* Keep the first reason of a statement: it is the one the user caused. */
static int
deny(struct guard *g, const char *fmt, ...)
{
	va_list ap;

	if (g->why[0] == '\0') {
		va_start(ap, fmt);
		vsnprintf(g->why, sizeof g->why, fmt, ap);
		va_end(ap);
	}
	return SQLITE_DENY;
}

static int
authorize(void *arg, int action, const char *a3, const char *a4,
    const char *dbname, const char *trigger)
{
	struct guard *g = arg;

	(void)dbname;
	(void)trigger;
	switch (action) {
	case SQLITE_SELECT:
	case SQLITE_READ:
	case SQLITE_RECURSIVE:
		return SQLITE_OK;
	case SQLITE_FUNCTION:	/* a4 is the name */
		if (listed(denied_functions, a4))
			return deny(g, "function %s() is not allowed", a4);
		return SQLITE_OK;
	case SQLITE_PRAGMA:	/* a3 is the name, a4 the value or NULL */
		if (listed(report_pragmas, a3))
			return SQLITE_OK;
		if (listed(read_pragmas, a3))
			return a4 == NULL ? SQLITE_OK :
			    deny(g, "pragma %s may be read, not set", a3);
		return deny(g, "pragma %s is not one of the read-only pragmas "
		    "allowed (see 'rectrack sql --help')", a3);
	case SQLITE_UPDATE:
		/*
		 * 3.40 asks this while an eponymous virtual table
		 * (json_each, pragma_table_info, ...) declares its columns on
		 * first use, and runs nothing.  A real UPDATE of the schema
		 * table is not read-only, and is refused for that.
		 */
		if (a3 != NULL && sqlite3_stricmp(a3, "sqlite_master") == 0)
			return SQLITE_OK;
		/* FALLTHROUGH */
	case SQLITE_INSERT:
	case SQLITE_DELETE:
		return deny(g, "it would change table %s", a3 ? a3 : "?");
	case SQLITE_ATTACH:
	case SQLITE_DETACH:
		return deny(g, "ATTACH and DETACH are not allowed");
	case SQLITE_TRANSACTION:
	case SQLITE_SAVEPOINT:
		return deny(g, "transactions are not allowed (every "
		    "statement only reads)");
	case SQLITE_ANALYZE:
	case SQLITE_REINDEX:
		return deny(g, "it would write to the database");
	default:	/* CREATE, DROP, ALTER, virtual tables, and any new code */
		return deny(g, "it would change the schema or the "
		    "connection");
	}
}

static int
on_progress(void *arg)
{
	struct guard *g = arg;

	if (got_sigint)
		return 1;
	if (g->deadline > 0 && now() >= g->deadline) {
		g->timed_out = 1;
		return 1;
	}
	return 0;
}

/*
 * The first Ctrl-C asks the running statement to stop at its next
 * progress check.  One stuck inside a single function call never gets
 * there, so the handler also puts the default back: a second Ctrl-C ends
 * the process, as it would have without the guard.
 */
static void
on_sigint(int sig)
{
	(void)sig;
	got_sigint = 1;
	signal(SIGINT, SIG_DFL);
}

/* The deadline passed a while ago and no interrupt got through. */
static void
on_alarm(int sig)
{
	ssize_t n;

	(void)sig;
	n = write(STDERR_FILENO, alarm_msg, alarm_len);
	(void)n;
	_exit(RT_FAIL);
}

/*
 * printf() and format(): see the top of the file.  Each registration owns
 * a private connection whose built-in printf() does the formatting once
 * the format has been found to ask for no more than the length limit.
 */
struct printf_fn {
	sqlite3 *h;        /* private in-memory connection */
	sqlite3_stmt *st;  /* "SELECT printf(?1, ..., ?n)" */
	int nargs;         /* n, or 0 before the first call */
};

static void
printf_free(void *p)
{
	struct printf_fn *f = p;

	if (f == NULL)
		return;
	sqlite3_finalize(f->st);
	sqlite3_close(f->h);
	rt_free(f);
}

/* The integer argument a '*' takes, as SQLite takes it: 0 past the end. */
static sqlite3_int64
star_arg(int argc, sqlite3_value **argv, int *next)
{
	sqlite3_int64 v;

	if (*next >= argc)
		return 0;
	v = sqlite3_value_int64(argv[(*next)++]);
	return v < 0 ? (v < -INT64_C(0x7fffffff) ? INT64_C(0x7fffffff) : -v) : v;
}

/* A width or precision in digits, saturating above limit. */
static sqlite3_int64
digits(const char **p, sqlite3_int64 limit)
{
	sqlite3_int64 v = 0;

	while (**p >= '0' && **p <= '9') {
		if (v <= limit)
			v = v * 10 + (**p - '0');
		(*p)++;
	}
	return v;
}

/*
 * Does fmt ask for more than limit bytes?  Its own length plus every
 * width, plus every precision that produces characters (%c repeats its
 * character that often, %d and %f pad with zeros; for %s, %q, %Q, %w and
 * %z it only truncates), with '*' read from the arguments in the order
 * SQLite reads them.  An unknown conversion is counted as one taking an
 * argument: erring that way can only refuse more.
 */
static int
printf_too_big(const char *fmt, int argc, sqlite3_value **argv,
    sqlite3_int64 limit)
{
	sqlite3_int64 total = (sqlite3_int64)strlen(fmt), width, prec;
	const char *p = fmt;
	int next = 1;

	while ((p = strchr(p, '%')) != NULL) {
		p++;
		while (*p != '\0' && strchr("-+ #!0,", *p) != NULL)
			p++;
		width = *p == '*' ? (p++, star_arg(argc, argv, &next)) :
		    digits(&p, limit);
		prec = 0;
		if (*p == '.') {
			p++;
			prec = *p == '*' ? (p++, star_arg(argc, argv, &next)) :
			    digits(&p, limit);
		}
		while (*p == 'l')
			p++;
		if (*p == '\0')
			break;
		if (*p != '%' && *p != 'n')
			next++;
		if (strchr("sqQwz", *p) != NULL)
			prec = 0;
		p++;
		if (width > limit || prec > limit ||
		    (total += width + prec) > limit)
			return 1;
	}
	return 0;
}

static void
printf_call(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct printf_fn *f = sqlite3_user_data(ctx);
	sqlite3 *db = sqlite3_context_db_handle(ctx);
	const char *fmt;
	char sql[16 + 6 * 128];
	int i, n, rc;

	if (argc < 1 || (fmt = (const char *)sqlite3_value_text(argv[0])) == NULL)
		return;	/* NULL, as the built-in answers */
	if (printf_too_big(fmt, argc, argv,
	    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1))) {
		sqlite3_result_error_toobig(ctx);
		return;
	}
	if (f->nargs != argc) {
		sqlite3_finalize(f->st);
		f->st = NULL;
		f->nargs = 0;
		n = snprintf(sql, sizeof sql, "SELECT printf(?1");
		for (i = 2; i <= argc && n < (int)sizeof sql; i++)
			n += snprintf(sql + n, sizeof sql - (size_t)n, ", ?%d", i);
		if (n + 2 > (int)sizeof sql) {
			sqlite3_result_error(ctx, "printf: too many arguments", -1);
			return;
		}
		strcat(sql, ")");
		if (sqlite3_prepare_v2(f->h, sql, -1, &f->st, NULL) != SQLITE_OK) {
			sqlite3_result_error(ctx, sqlite3_errmsg(f->h), -1);
			return;
		}
		f->nargs = argc;
	}
	for (i = 0; i < argc; i++)
		sqlite3_bind_value(f->st, i + 1, argv[i]);
	if ((rc = sqlite3_step(f->st)) == SQLITE_ROW)
		sqlite3_result_value(ctx, sqlite3_column_value(f->st, 0));
	else {
		sqlite3_result_error(ctx, sqlite3_errmsg(f->h), -1);
		sqlite3_result_error_code(ctx, rc);
	}
	sqlite3_reset(f->st);
	sqlite3_clear_bindings(f->st);
}

static int
replace_printf(sqlite3 *db, const char *name, struct rt_err *e)
{
	struct printf_fn *f;

	if ((f = rt_malloc(sizeof *f)) == NULL)
		return rt_error(e, RT_FAIL, "out of memory");
	f->st = NULL;
	f->nargs = 0;
	if (sqlite3_open_v2(":memory:", &f->h, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		rt_error(e, RT_FAIL, "sql: cannot guard the connection: %s",
		    f->h ? sqlite3_errmsg(f->h) : "out of memory");
		printf_free(f);
		return RT_FAIL;
	}
	sqlite3_limit(f->h, SQLITE_LIMIT_LENGTH,
	    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1));
	/* On failure sqlite3_create_function_v2() calls printf_free() itself. */
	if (sqlite3_create_function_v2(db, name, -1, SQLITE_UTF8 |
	    SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, f, printf_call, NULL, NULL,
	    printf_free) != SQLITE_OK)
		return rt_error(e, RT_FAIL, "sql: cannot guard the connection: %s",
		    sqlite3_errmsg(db));
	return RT_OK;
}

int
rt_sqlguard_setup(struct rt_db *db, const char *as_of, struct rt_err *e)
{
	int rc;

	/* Changing temp_store drops TEMP objects: before rt_db_as_of(). */
	if ((rc = rt_db_exec(db, "PRAGMA temp_store = MEMORY", e)) != RT_OK ||
	    (rc = rt_db_as_of(db, as_of, e)) != RT_OK)
		return rc;
	return rt_sqlguard_install(db->h, e);
}

int
rt_sqlguard_install(sqlite3 *db, struct rt_err *e)
{
	static const struct {
		int op, value;
	} config[] = {
		{SQLITE_DBCONFIG_DEFENSIVE, 1},
		{SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0},
		{SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0},
		{SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0},
		/* the state views are views: keep them working */
		{SQLITE_DBCONFIG_ENABLE_VIEW, 1},
	};
	static const struct {
		int id, value;
	} limits[] = {
		{SQLITE_LIMIT_LENGTH, RT_SQLGUARD_MAX_LENGTH},
		{SQLITE_LIMIT_SQL_LENGTH, RT_SQLGUARD_MAX_SQL},
		{SQLITE_LIMIT_ATTACHED, 0},
		{SQLITE_LIMIT_VDBE_OP, MAX_VDBE_OP},
	};
	sqlite3_int64 heap;
	size_t i;
	int v, rc;

	for (i = 0; i < sizeof config / sizeof config[0]; i++)
		if (sqlite3_db_config(db, config[i].op, config[i].value, &v) !=
		    SQLITE_OK || v != config[i].value)
			return rt_error(e, RT_FAIL, "sql: cannot guard the "
			    "connection: setting %d refused", config[i].op);
	sqlite3_enable_load_extension(db, 0);
	for (i = 0; i < sizeof limits / sizeof limits[0]; i++)
		sqlite3_limit(db, limits[i].id, limits[i].value);
	heap = sqlite3_hard_heap_limit64(-1);
	if (heap == 0 || heap > HEAP_LIMIT)
		sqlite3_hard_heap_limit64(HEAP_LIMIT);
	if ((rc = replace_printf(db, "printf", e)) != RT_OK ||
	    (rc = replace_printf(db, "format", e)) != RT_OK)
		return rc;
	/* Also refuses writes to TEMP, which a read-only open allows. */
	if (sqlite3_exec(db, "PRAGMA query_only = 1", NULL, NULL, NULL) != SQLITE_OK)
		return rt_error(e, RT_FAIL, "sql: cannot guard the connection: %s",
		    sqlite3_errmsg(db));
	memset(&guard, 0, sizeof guard);
	sqlite3_progress_handler(db, PROGRESS_OPS, on_progress, &guard);
	if (sqlite3_set_authorizer(db, authorize, &guard) != SQLITE_OK)
		return rt_error(e, RT_FAIL, "sql: cannot guard the connection: %s",
		    sqlite3_errmsg(db));
	return RT_OK;
}

/*
 * The statement from sql to end (NULL: to the end of sql), for a message:
 * up to its ';', comments dropped, white space and controls collapsed to
 * one blank, at most SNIPPET_CHARS characters and "..." when there was
 * more.  buf holds at least SNIPPET_CHARS * 4 + 4 bytes.
 */
static void
snippet(const char *sql, const char *end, char *buf, size_t size)
{
	size_t n = 0, chars = 0;
	int blank = 0;

	if (end == NULL || end <= sql)
		end = sql + strlen(sql);
	while (sql < end && *sql != ';' && n + 8 < size) {
		unsigned char c = (unsigned char)*sql;

		if (c == '-' && sql[1] == '-') {
			while (sql < end && *sql != '\n')
				sql++;
			blank = 1;
		} else if (c == '/' && sql[1] == '*') {
			const char *close = strstr(sql + 2, "*/");

			sql = close != NULL && close < end ? close + 2 : end;
			blank = 1;
		} else if (c <= ' ' || c == 0x7f) {
			sql++;
			blank = 1;
		} else {
			if (blank && n > 0 && chars < SNIPPET_CHARS) {
				buf[n++] = ' ';
				chars++;
			}
			blank = 0;
			if ((c & 0xc0) != 0x80 && chars++ == SNIPPET_CHARS) {
				memcpy(buf + n, "...", 3);
				n += 3;
				break;
			}
			buf[n++] = (char)c;
			sql++;
		}
	}
	buf[n] = '\0';
}

/* A statement that did not prepare: the guard's refusal, or the SQL's fault. */
static int
prepare_error(sqlite3 *db, const char *sql, struct rt_err *e)
{
	char what[SNIPPET_CHARS * 4 + 8];
	int code = sqlite3_errcode(db);

	/* Not up to the tail: on an error it points at the bad token. */
	snippet(sql, NULL, what, sizeof what);
	if (guard.why[0] != '\0')
		return rt_error(e, RT_USAGE, "sql: not allowed: %s: %s", what,
		    guard.why);
	if (code == SQLITE_ERROR || code == SQLITE_AUTH || code == SQLITE_TOOBIG)
		return rt_error(e, RT_USAGE, "sql: %s: %s", what, sqlite3_errmsg(db));
	return rt_error(e, RT_FAIL, "sql: %s: %s", what, sqlite3_errmsg(db));
}

/* Why a run stopped early, when it was stopped rather than failed. */
static int
interrupted(struct rt_err *e)
{
	if (guard.timed_out)
		return rt_error(e, RT_FAIL, "sql: interrupted (timeout of %g s)",
		    guard.timeout);
	if (got_sigint)
		return rt_error(e, RT_FAIL, "sql: interrupted");
	return RT_OK;
}

/*
 * The output of a run, held back in buf until the run ends or buf would
 * pass HOLD_BYTES; from then on it goes straight to fp.
 */
struct hold {
	FILE *fp;		/* the real output */
	struct rt_buf buf;	/* held back, while !passing */
	int passing;		/* the bound was passed: write through */
};

static ssize_t
hold_write(void *arg, const unsigned char *p, size_t n)
{
	struct hold *h = arg;

	if (!h->passing) {
		if (h->buf.len + n <= HOLD_BYTES) {
			rt_buf_add(&h->buf, (const char *)p, n);
			if (h->buf.oom) {
				errno = ENOMEM;
				return -1;
			}
			return (ssize_t)n;
		}
		h->passing = 1;
		if (h->buf.len > 0 && rt_out_fwrite(h->fp,
		    (const unsigned char *)h->buf.s, h->buf.len) < 0)
			return -1;
		rt_buf_release(&h->buf);
	}
	return rt_out_fwrite(h->fp, p, n);
}

/* Is the failure of a running statement the statement's own fault? */
static int
run_error_code(sqlite3 *db, const struct rt_err *run)
{
	if (strncmp(run->msg, "query: ", 7) == 0 &&
	    (sqlite3_errcode(db) & 0xff) == SQLITE_ERROR)
		return RT_USAGE;
	return run->code;
}

/*
 * Walk the statements of sql: only prepare and check them (out NULL), or
 * run them and print their rows.  *count receives how many there were.
 */
static int
each_statement(sqlite3 *db, const char *sql, const struct rt_out *o,
    FILE *out, int *count, struct rt_err *e)
{
	const char *p = sql, *tail;
	char what[SNIPPET_CHARS * 4 + 8];
	struct rt_err run;
	sqlite3_stmt *st;
	int rc = RT_OK;

	*count = 0;
	while (*p != '\0' && rc == RT_OK) {
		if ((rc = interrupted(e)) != RT_OK)
			break;
		guard.why[0] = '\0';
		tail = NULL;
		if (sqlite3_prepare_v2(db, p, -1, &st, &tail) != SQLITE_OK) {
			rc = prepare_error(db, p, e);
			break;
		}
		if (st == NULL) {	/* only blanks or comments were left */
			if (tail == NULL || tail <= p)
				break;
			p = tail;
			continue;
		}
		(*count)++;
		snippet(p, tail, what, sizeof what);
		if (!sqlite3_stmt_readonly(st))
			rc = rt_error(e, RT_USAGE, "sql: not allowed: %s: %s", what,
			    guard.why[0] ? guard.why : "it would write");
		else if (out != NULL) {
			rt_err_clear(&run);
			if (rt_out_file(st, o, out, &run) != RT_OK &&
			    (rc = interrupted(e)) == RT_OK) {
				if (guard.why[0] != '\0')	/* e.g. pragma_x() */
					rc = rt_error(e, RT_USAGE, "sql: not allowed: "
					    "%s: %s", what, guard.why);
				else
					rc = rt_error(e, run_error_code(db, &run),
					    "sql: %s: %s", what,
					    strncmp(run.msg, "query: ", 7) == 0 ?
					    run.msg + 7 : run.msg);
			}
		}
		sqlite3_finalize(st);
		p = tail;
	}
	if (rc == RT_OK)
		rc = interrupted(e);
	return rc;
}

int
rt_sqlguard_run(struct rt_db *db, const char *sql, enum rt_fmt fmt,
    FILE *out, double timeout_seconds, struct rt_err *e)
{
	struct rt_out o;

	memset(&o, 0, sizeof o);
	o.fmt = fmt;
	return rt_sqlguard_exec(db, sql, &o, out, timeout_seconds, e);
}

int
rt_sqlguard_exec(struct rt_db *db, const char *sql, const struct rt_out *o,
    FILE *out, double timeout_seconds, struct rt_err *e)
{
	struct sigaction sa, old_int, old_alrm;
	struct hold hold = {out, RT_BUF_INIT, 0};
	struct rt_out ho = *o;
	int rc, count, catch_int, armed = 0;
	double secs;

	if (!(timeout_seconds >= 0) || !isfinite(timeout_seconds))
		return rt_error(e, RT_USAGE, "sql: invalid timeout %g",
		    timeout_seconds);
	guard.timeout = timeout_seconds;
	guard.timed_out = 0;
	guard.deadline = timeout_seconds > 0 ? now() + timeout_seconds : 0;
	got_sigint = 0;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;	/* no SA_RESTART: a blocked write ends too */
	/* A shell that started us with Ctrl-C ignored meant it. */
	catch_int = sigaction(SIGINT, NULL, &old_int) == 0 &&
	    old_int.sa_handler != SIG_IGN;
	if (catch_int) {
		sa.sa_handler = on_sigint;
		sigaction(SIGINT, &sa, NULL);
	}
	secs = ceil(timeout_seconds) + GRACE_SECONDS;
	if (timeout_seconds > 0 && secs < 1e9) {
		snprintf(alarm_msg, sizeof alarm_msg,
		    "rectrack: sql: interrupted (timeout of %g s)\n", timeout_seconds);
		alarm_len = strlen(alarm_msg);
		sa.sa_handler = on_alarm;
		armed = sigaction(SIGALRM, &sa, &old_alrm) == 0;
		if (armed)
			alarm((unsigned)secs);
	}

	if ((rc = each_statement(db->h, sql, o, NULL, &count, e)) == RT_OK) {
		if (count == 0)
			rc = rt_error(e, RT_USAGE, "sql: no statement given");
		else {
			ho.xWrite = hold_write;
			ho.pWriteArg = &hold;
			rc = each_statement(db->h, sql, &ho, out, &count, e);
		}
	}
	/* Held back: written when all went well, dropped when not. */
	if (rc == RT_OK && hold.buf.len > 0 &&
	    rt_out_fwrite(out, (const unsigned char *)hold.buf.s,
	    hold.buf.len) < 0)
		rc = rt_error(e, RT_FAIL, "sql: write: %s", strerror(errno));
	if (rc == RT_OK && fflush(out) != 0)
		rc = rt_error(e, RT_FAIL, "sql: write: %s", strerror(errno));
	rt_buf_release(&hold.buf);

	if (armed) {
		alarm(0);
		sigaction(SIGALRM, &old_alrm, NULL);
	}
	if (catch_int)
		sigaction(SIGINT, &old_int, NULL);
	return rc;
}
