/*
 * check_sqlguard.c - the guard around the user's own SQL.
 *
 * Every test works on a real rectrack database in a fresh directory,
 * opened the way the sql command opens it.  A fingerprint of the database
 * (every schema object, every row of every table, the pragmas that are
 * settings) and of the directory (each file and its size) is taken before
 * and compared after each statement: a hostile statement must fail with
 * the expected status and message, print nothing, finish in bounded time
 * and leave the fingerprint exactly as it was.
 */
#include <check.h>
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "rectrack/db.h"
#include "rectrack/err.h"
#include "rectrack/sqlguard.h"
#include "rectrack/util.h"
#include "suites.h"

#define AS_OF		"2024-12-31"
#define MAX_SECONDS	5.0	/* no case may take longer */

/* Counts forever; only an interrupt ends it. */
#define FOREVER "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL " \
	"SELECT x + 1 FROM c) SELECT count(*) FROM c"

static char dir[64];
static char path[128];
static struct rt_db db;
static char *base;	/* the fingerprint before anything ran */

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The files of the directory with their sizes, in name order. */
static void
list_dir(struct rt_buf *b)
{
	char *names[64], file[256];
	struct dirent *d;
	struct stat sb;
	size_t n = 0, i;
	DIR *dp = opendir(dir);

	ck_assert_ptr_nonnull(dp);
	while ((d = readdir(dp)) != NULL && n < 64) {
		size_t len = strlen(d->d_name);

		/* The shared-memory index changes with every reader. */
		if (d->d_name[0] == '.' ||
		    (len > 4 && strcmp(d->d_name + len - 4, "-shm") == 0))
			continue;
		names[n++] = rt_strdup(d->d_name);
	}
	closedir(dp);
	qsort(names, n, sizeof names[0], by_name);
	for (i = 0; i < n; i++) {
		snprintf(file, sizeof file, "%s/%s", dir, names[i]);
		ck_assert_int_eq(stat(file, &sb), 0);
		rt_buf_printf(b, "file %s %lld\n", names[i], (long long)sb.st_size);
		rt_free(names[i]);
	}
}

/* Append every row of sql, each value with its type. */
static void
dump(sqlite3 *h, const char *sql, struct rt_buf *b)
{
	sqlite3_stmt *st;
	int i, n;

	ck_assert_msg(sqlite3_prepare_v2(h, sql, -1, &st, NULL) == SQLITE_OK,
	    "fingerprint: %s: %s", sql, sqlite3_errmsg(h));
	n = sqlite3_column_count(st);
	while (sqlite3_step(st) == SQLITE_ROW) {
		for (i = 0; i < n; i++) {
			const unsigned char *t = sqlite3_column_text(st, i);

			rt_buf_printf(b, "%d:%s|", sqlite3_column_type(st, i),
			    t ? (const char *)t : "");
		}
		rt_buf_putc(b, '\n');
	}
	ck_assert_int_eq(sqlite3_finalize(st), SQLITE_OK);
}

/* Everything a write could change; the caller frees it with rt_free(). */
static char *
fingerprint(void)
{
	struct rt_buf b = RT_BUF_INIT;
	sqlite3_stmt *st;
	sqlite3 *h;
	char *sql;

	ck_assert_int_eq(sqlite3_open_v2(path, &h, SQLITE_OPEN_READONLY, NULL),
	    SQLITE_OK);
	dump(h, "SELECT type, name, tbl_name, sql FROM sqlite_schema "
	    "ORDER BY type, name", &b);
	dump(h, "PRAGMA user_version", &b);
	dump(h, "PRAGMA application_id", &b);
	dump(h, "PRAGMA schema_version", &b);
	dump(h, "PRAGMA journal_mode", &b);
	ck_assert_int_eq(sqlite3_prepare_v2(h, "SELECT name FROM sqlite_schema "
	    "WHERE type = 'table' ORDER BY name", -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		rt_buf_printf(&b, "table %s\n", sqlite3_column_text(st, 0));
		sql = sqlite3_mprintf("SELECT * FROM \"%w\"",
		    (const char *)sqlite3_column_text(st, 0));
		dump(h, sql, &b);
		sqlite3_free(sql);
	}
	sqlite3_finalize(st);
	ck_assert_int_eq(sqlite3_close(h), SQLITE_OK);
	list_dir(&b);
	ck_assert(!b.oom);
	return b.s;
}

static void
exec_ok(struct rt_db *d, const char *sql)
{
	struct rt_err e = {0, ""};

	ck_assert_msg(rt_db_exec(d, sql, &e) == RT_OK, "%s: %s", sql, e.msg);
}

/* A current rectrack database with one recommendation, opened as sql does. */
static void
setup(void)
{
	struct rt_err e = {0, ""};
	struct rt_db w;
	int n;
	const struct rt_migration *m = rt_db_migrations(&n);

	snprintf(dir, sizeof dir, "/tmp/rt-sqlguard-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/t.db", dir);
	ck_assert_int_eq(rt_db_open(&w, path, RT_DB_CREATE, &e), RT_OK);
	ck_assert_int_eq(rt_db_migrate(&w, m, n, NULL, &e), RT_OK);
	exec_ok(&w, "INSERT INTO committees(slug, name) VALUES ('pcs-osc', "
	    "'Policy and Corporate Services OSC')");
	exec_ok(&w, "INSERT INTO meetings(committee_id, date) VALUES (1, "
	    "'2024-11-15')");
	exec_ok(&w, "INSERT INTO items(meeting_id, title) VALUES (1, 'Budget')");
	exec_ok(&w, "INSERT INTO recommendations(item_id, number, text, "
	    "response_due) VALUES (1, '1', 'Publish the plan', '2025-01-15')");
	rt_db_close(&w);

	ck_assert_int_eq(rt_db_open(&db, path, RT_DB_READ, &e), RT_OK);
	ck_assert_msg(rt_sqlguard_setup(&db, AS_OF, &e) == RT_OK, "%s", e.msg);
	base = fingerprint();
}

static void
teardown(void)
{
	char cmd[160];

	rt_db_close(&db);
	rt_free(base);
	base = NULL;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

/* sql with every "@DIR@" replaced by the test directory. */
static char *
in_dir(const char *sql)
{
	struct rt_buf b = RT_BUF_INIT;
	const char *at;

	while ((at = strstr(sql, "@DIR@")) != NULL) {
		rt_buf_add(&b, sql, (size_t)(at - sql));
		rt_buf_puts(&b, dir);
		sql = at + 5;
	}
	rt_buf_puts(&b, sql);
	ck_assert(!b.oom);
	return b.s;
}

/* Run sql as CSV; *out receives what was printed (free() it). */
static int
run(const char *sql, double timeout, char **out, double *took,
    struct rt_err *e)
{
	char *text = in_dir(sql);
	size_t len;
	double t0;
	FILE *fp;
	int rc;

	ck_assert_ptr_nonnull(fp = open_memstream(out, &len));
	rt_err_clear(e);
	t0 = now();
	rc = rt_sqlguard_run(&db, text, RT_FMT_CSV, fp, timeout, e);
	*took = now() - t0;
	fclose(fp);
	rt_free(text);
	return rc;
}

static void
assert_unchanged(const char *sql)
{
	char *after = fingerprint();

	ck_assert_msg(strcmp(base, after) == 0, "%s changed the database:\n"
	    "before:\n%s\nafter:\n%s", sql, base, after);
	rt_free(after);
}

struct hostile {
	const char *sql;    /* "@DIR@" is the test directory */
	double timeout;     /* 0: none */
	int status;         /* expected */
	const char *msg;    /* a part of the expected message */
};

static const struct hostile hostile[] = {
	{"DELETE FROM committees", 0, RT_USAGE,
	    "not allowed: DELETE FROM committees: it would change table committees"},
	{"UPDATE committees SET name = 'x'", 0, RT_USAGE, "it would change table"},
	{"INSERT INTO committees(slug, name) VALUES ('x', 'y')", 0, RT_USAGE,
	    "it would change table committees"},
	{"INSERT INTO temp.as_of VALUES ('2000-01-01')", 0, RT_USAGE,
	    "it would change table as_of"},
	{"UPDATE sqlite_master SET sql = 'x'", 0, RT_USAGE,
	    "table sqlite_master may not be modified"},
	{"DROP TABLE history", 0, RT_USAGE, "not allowed: DROP TABLE history"},
	{"DROP VIEW recommendation_state", 0, RT_USAGE, "not allowed"},
	{"CREATE TABLE x(y)", 0, RT_USAGE, "not allowed"},
	{"CREATE TEMP TABLE x(y)", 0, RT_USAGE, "not allowed"},
	{"CREATE TEMP VIEW v AS SELECT 1", 0, RT_USAGE, "not allowed"},
	{"CREATE VIRTUAL TABLE temp.t USING fts5(x)", 0, RT_USAGE, "not allowed"},
	{"ALTER TABLE committees ADD COLUMN z TEXT", 0, RT_USAGE, "not allowed"},
	{"ATTACH '@DIR@/x.db' AS x", 0, RT_USAGE,
	    "ATTACH and DETACH are not allowed"},
	{"ATTACH 'file:@DIR@/y.db?mode=rwc' AS y", 0, RT_USAGE, "not allowed"},
	{"DETACH temp", 0, RT_USAGE, "ATTACH and DETACH are not allowed"},
	{"PRAGMA writable_schema = 1", 0, RT_USAGE,
	    "pragma writable_schema is not one of the read-only pragmas"},
	{"PRAGMA query_only = 0", 0, RT_USAGE, "pragma query_only is not one"},
	{"PRAGMA journal_mode = DELETE", 0, RT_USAGE, "pragma journal_mode"},
	{"PRAGMA user_version = 5", 0, RT_USAGE,
	    "pragma user_version may be read, not set"},
	{"PRAGMA temp.user_version = 5", 0, RT_USAGE, "may be read, not set"},
	{"PRAGMA foreign_keys = OFF", 0, RT_USAGE, "pragma foreign_keys"},
	{"PRAGMA trusted_schema = 1", 0, RT_USAGE, "pragma trusted_schema"},
	{"PRAGMA temp_store = FILE", 0, RT_USAGE, "pragma temp_store"},
	{"SELECT * FROM pragma_integrity_check", 0, RT_USAGE,
	    "pragma integrity_check is not one"},
	{"VACUUM", 0, RT_USAGE, "not allowed: VACUUM: it would write"},
	{"VACUUM INTO '@DIR@/copy.db'", 0, RT_USAGE, "it would write"},
	{"REINDEX", 0, RT_USAGE, "not allowed: REINDEX"},
	{"ANALYZE", 0, RT_USAGE, "not allowed: ANALYZE"},
	{"SAVEPOINT a", 0, RT_USAGE, "transactions are not allowed"},
	{"BEGIN; DELETE FROM committees", 0, RT_USAGE,
	    "not allowed: BEGIN: transactions"},
	{"SELECT 1; DELETE FROM committees", 0, RT_USAGE,
	    "not allowed: DELETE FROM committees"},
	{"EXPLAIN DELETE FROM committees", 0, RT_USAGE, "not allowed"},
	{"SELECT load_extension('x')", 0, RT_USAGE,
	    "function load_extension() is not allowed"},
	{"SELECT fts3_tokenizer('simple')", 0, RT_USAGE,
	    "function fts3_tokenizer() is not allowed"},
	{"SELECT rtreenode(2, x'00')", 0, RT_USAGE, "function rtreenode()"},
	{"SELECT printf('%.*c', 2000000000, 'x')", 0, RT_FAIL, "too big"},
	{"SELECT format('%2000000000c', 'x')", 0, RT_FAIL, "too big"},
	{"SELECT printf('%.*c%.*c', 10000000, 'x', 10000000, 'y')", 0, RT_FAIL,
	    "too big"},
	{"SELECT zeroblob(2000000000)", 0, RT_FAIL, "too big"},
	{"SELECT randomblob(2000000000)", 0, RT_FAIL, "too big"},
	{"SELECT length(group_concat(printf('%.*c', 10000000, 'x'))) FROM "
	    "(SELECT 1 UNION ALL SELECT 2)", 0, RT_FAIL, "too big"},
	{FOREVER, 1, RT_FAIL, "sql: interrupted (timeout of 1 s)"},
	{FOREVER, 0.3, RT_FAIL, "sql: interrupted (timeout of 0.3 s)"},
	{"SELEC 1", 0, RT_USAGE, "sql: SELEC 1: near \"SELEC\": syntax error"},
	{"SELECT 1 FROM no_such_table", 0, RT_USAGE, "no such table"},
	{"SELECT * FROM pragma_user_version(5)", 0, RT_USAGE, "too many arguments"},
	{"  -- only a comment\n", 0, RT_USAGE, "sql: no statement given"},
	{"", 0, RT_USAGE, "sql: no statement given"},
};

START_TEST(test_hostile)
{
	const struct hostile *h = &hostile[_i];
	struct rt_err e = {0, ""};
	char *out = NULL;
	double took;
	int rc;

	rc = run(h->sql, h->timeout, &out, &took, &e);
	ck_assert_msg(rc == h->status, "%s: status %d, expected %d (%s)", h->sql,
	    rc, h->status, e.msg);
	ck_assert_msg(strstr(e.msg, h->msg) != NULL, "%s: message '%s' lacks '%s'",
	    h->sql, e.msg, h->msg);
	ck_assert_msg(out[0] == '\0', "%s printed '%s'", h->sql, out);
	ck_assert_msg(took < MAX_SECONDS, "%s took %.1f s", h->sql, took);
	free(out);
	assert_unchanged(h->sql);
}
END_TEST

struct allowed {
	const char *sql;
	const char *out;    /* exactly, or ... */
	const char *part;   /* ... containing this */
};

static const struct allowed allowed[] = {
	{"SELECT count(*) FROM recommendations", "count(*)\r\n1\r\n", NULL},
	{"SELECT id, state, overdue, as_of FROM recommendation_state",
	    "id,state,overdue,as_of\r\n1,awaiting-response,0," AS_OF "\r\n", NULL},
	{"SELECT count(*) AS n FROM action_state", "n\r\n0\r\n", NULL},
	{"WITH t(n) AS (VALUES (1), (2)) SELECT n * 10 AS x FROM t",
	    "x\r\n10\r\n20\r\n", NULL},
	{"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
	    "WHERE x < 3) SELECT x FROM c", "x\r\n1\r\n2\r\n3\r\n", NULL},
	{"SELECT 1 AS a; SELECT 2 AS b", "a\r\n1\r\nb\r\n2\r\n", NULL},
	{"PRAGMA user_version", "user_version\r\n3\r\n", NULL},
	{"PRAGMA table_info(recommendations)", NULL, "response_due"},
	{"SELECT name FROM pragma_table_info('committees') WHERE pk",
	    "name\r\nid\r\n", NULL},
	{"PRAGMA compile_options", NULL, "THREADSAFE"},
	{"SELECT sqlite_version() LIKE '3.%' AS v", "v\r\n1\r\n", NULL},
	{"SELECT value FROM json_each('[1, 2]')", "value\r\n1\r\n2\r\n", NULL},
	{"SELECT printf('%05.1f|%-3s|%.3c|%,d', 3.14159, 'ab', '-', 1234567) "
	    "AS p, format('%d%%', 42) AS f",
	    "p,f\r\n\"003.1|ab |---|1,234,567\",42%\r\n", NULL},
	{"SELECT length(printf('%.*c', 15000000, 'x')) AS n",
	    "n\r\n15000000\r\n", NULL},
	{"SELECT printf() IS NULL AS a, printf(NULL) IS NULL AS b",
	    "a,b\r\n1,1\r\n", NULL},
	{"EXPLAIN QUERY PLAN SELECT * FROM committees", NULL, "SCAN committees"},
};

START_TEST(test_allowed)
{
	const struct allowed *a = &allowed[_i];
	struct rt_err e = {0, ""};
	char *out = NULL;
	double took;
	int rc;

	rc = run(a->sql, 0, &out, &took, &e);
	ck_assert_msg(rc == RT_OK, "%s: %s", a->sql, e.msg);
	if (a->out != NULL)
		ck_assert_str_eq(out, a->out);
	else
		ck_assert_msg(strstr(out, a->part) != NULL, "%s: '%s' lacks '%s'",
		    a->sql, out, a->part);
	free(out);
	assert_unchanged(a->sql);
}
END_TEST

/* Ctrl-C, from another process, 200 ms into a query with no timeout. */
START_TEST(test_sigint)
{
	struct timespec pause = {0, 200 * 1000 * 1000};
	struct rt_err e = {0, ""};
	struct sigaction before, after;
	char *out = NULL;
	double took;
	pid_t child;
	int rc, status;

	ck_assert_int_eq(sigaction(SIGINT, NULL, &before), 0);
	ck_assert_int_ne(child = fork(), -1);
	if (child == 0) {
		nanosleep(&pause, NULL);
		kill(getppid(), SIGINT);
		_exit(0);
	}
	rc = run(FOREVER, 0, &out, &took, &e);
	ck_assert_int_eq(waitpid(child, &status, 0), child);
	ck_assert_int_eq(rc, RT_FAIL);
	ck_assert_str_eq(e.msg, "sql: interrupted");
	ck_assert_msg(took < MAX_SECONDS, "took %.1f s", took);
	ck_assert_str_eq(out, "");
	free(out);
	/* The handler the process had before is back. */
	ck_assert_int_eq(sigaction(SIGINT, NULL, &after), 0);
	ck_assert(after.sa_handler == before.sa_handler);
	assert_unchanged(FOREVER);
}
END_TEST

/*
 * A query stuck inside one function call (trim() is quadratic) never
 * reaches the progress handler: the alarm a second after the timeout
 * ends the process with the timeout message and status 1.
 */
START_TEST(test_backstop)
{
	static const char stuck[] = "SELECT length(trim(printf('%.*c', 100000, "
	    "'a'), printf('%.*c', 100000, 'b') || 'a'))";
	char msg[256];
	struct rt_err e = {0, ""};
	size_t n = 0;
	ssize_t k;
	double t0, took;
	int fd[2], status;
	pid_t child;
	FILE *fp;

	ck_assert_int_eq(pipe(fd), 0);
	t0 = now();
	ck_assert_int_ne(child = fork(), -1);
	if (child == 0) {
		close(fd[0]);
		dup2(fd[1], STDERR_FILENO);
		fp = fopen("/dev/null", "w");
		rt_sqlguard_run(&db, stuck, RT_FMT_CSV, fp, 1, &e);
		_exit(100);	/* the guard did not end it */
	}
	close(fd[1]);
	while (n < sizeof msg - 1 &&
	    (k = read(fd[0], msg + n, sizeof msg - 1 - n)) > 0)
		n += (size_t)k;
	msg[n] = '\0';
	close(fd[0]);
	ck_assert_int_eq(waitpid(child, &status, 0), child);
	took = now() - t0;
	ck_assert(WIFEXITED(status));
	ck_assert_int_eq(WEXITSTATUS(status), RT_FAIL);
	ck_assert_str_eq(msg, "rectrack: sql: interrupted (timeout of 1 s)\n");
	ck_assert_msg(took >= 1.0 && took < MAX_SECONDS, "took %.1f s", took);
	assert_unchanged(stuck);
}
END_TEST

/* The fingerprint itself sees a changed row and a new file. */
START_TEST(test_fingerprint)
{
	char file[160], *after;
	sqlite3 *h;
	FILE *fp;

	ck_assert_int_eq(sqlite3_open(path, &h), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(h, "UPDATE recommendations SET text = "
	    "'Publish the plan.'", NULL, NULL, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_close(h), SQLITE_OK);
	after = fingerprint();
	ck_assert_str_ne(base, after);
	rt_free(after);
	rt_free(base);
	base = fingerprint();
	snprintf(file, sizeof file, "%s/copy.db", dir);
	ck_assert_ptr_nonnull(fp = fopen(file, "w"));
	fclose(fp);
	after = fingerprint();
	ck_assert_str_ne(base, after);
	rt_free(after);
}
END_TEST

/* Bad arguments to the run itself. */
START_TEST(test_bad_timeout)
{
	struct rt_err e = {0, ""};
	char *out = NULL;
	double took;

	ck_assert_int_eq(run("SELECT 1", -1, &out, &took, &e), RT_USAGE);
	ck_assert_ptr_nonnull(strstr(e.msg, "timeout"));
	free(out);
}
END_TEST

Suite *
rt_sqlguard_suite(void)
{
	Suite *s = suite_create("sqlguard");
	TCase *tc = tcase_create("guard");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_hostile, 0,
	    (int)(sizeof hostile / sizeof hostile[0]));
	tcase_add_loop_test(tc, test_allowed, 0,
	    (int)(sizeof allowed / sizeof allowed[0]));
	tcase_add_test(tc, test_sigint);
	tcase_add_test(tc, test_backstop);
	tcase_add_test(tc, test_bad_timeout);
	tcase_add_test(tc, test_fingerprint);
	suite_add_tcase(s, tc);
	return s;
}
