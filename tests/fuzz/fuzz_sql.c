/*
 * fuzz_sql.c - libFuzzer harness for the guard of the sql command
 * (src/sqlguard.c).
 *
 * The database is a small real rectrack file made once per process in the
 * harness's private directory: "rectrack init", "rectrack import" of the
 * sample document (fuzz.h), then a few actions, updates and a report, so
 * that every table and view has rows.  It is then opened the way the sql
 * command opens it (read-only, rt_sqlguard_setup() as of a fixed date) and
 * every input runs on that one fenced connection through
 * rt_sqlguard_run(), its rows printed to /dev/null.
 *
 * The input is the SQL text as typed.  An input with a NUL byte is skipped
 * (the command refuses one before the guard sees it).  A first byte 0x01
 * to 0x05 picks the output format (table, csv, tsv, json, markdown) and is
 * not part of the SQL; otherwise the format is table.
 *
 * Besides the sanitizers' findings, it checks what the guard promises:
 * the status is 0, 1 or 2, with a message "sql: ..." unless 0; no
 * statement that writes ever starts (a trace callback sees each one
 * start); and after each input the database file has the same size and
 * modification time, another connection sees no change (PRAGMA
 * data_version), no file appeared in or vanished from its directory and,
 * every CHECKSUM_EVERY inputs, its SHA-256 is the same.
 *
 * Time.  Each input runs with a deadline of TIMEOUT seconds, which the
 * guard's progress handler enforces.  The guard also arms an alarm that
 * ends the process a second after the deadline when a statement is stuck
 * inside one SQL function (sqlguard.c lists the ones that can be); in a
 * fuzzer that would end the whole run without a report, so SIGALRM is
 * blocked here, and a pending one is taken after the input and counted as
 * what it is: the documented hazard, not a finding.  To keep those rare
 * and short, the length limit of strings and blobs is lowered from 16 MB
 * to MAX_LENGTH bytes: an O(n*m) function such as trim(X, Y) then ends in
 * well under a second, and the guard's own checks run unchanged against
 * the lower limit.  (The guard's alarm resets the process's one interval
 * timer, which libFuzzer's -timeout uses too: this harness relies on the
 * guard's deadline instead.)
 */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "rectrack/cmd.h"
#include "rectrack/db.h"
#include "rectrack/sha256.h"
#include "rectrack/sqlguard.h"
#include "rectrack/util.h"
#include "fuzz.h"

#define AS_OF		"2025-03-01"
#define TIMEOUT		0.2	/* seconds for one input */
#define MAX_LENGTH	10000	/* SQLITE_LIMIT_LENGTH here: see above */
#define CHECKSUM_EVERY	1024

/* Rows every table and view should have, beyond what import makes. */
static const char more_rows[] =
    "INSERT INTO actions(item_id, text, due_text, due_date) VALUES "
    "((SELECT min(id) FROM items), 'Share the disposal list with members', "
    "'Q4 22/23', '2023-03-31'), "
    "((SELECT max(id) FROM items), 'Agree the repair programme', "
    "'Ongoing', NULL);"
    "INSERT INTO actions(recommendation_id, text, due_text, due_date) "
    "VALUES ((SELECT min(id) FROM recommendations), 'Brief members', "
    "'March 2025', '2025-03-31');"
    "INSERT INTO leads(action_id, position, name) "
    "VALUES ((SELECT min(id) FROM actions), 1, 'Vic Kurzeja');"
    "INSERT INTO updates(action_id, date, status, text) VALUES "
    "((SELECT min(id) FROM actions), '2023-04-20', 'complete', 'Done.'), "
    "((SELECT max(id) FROM actions), '2025-02-01', 'delayed', NULL);"
    "INSERT INTO reports(meeting_id, response_id) VALUES "
    "((SELECT max(id) FROM meetings), (SELECT min(id) FROM responses));";

static struct rt_db db;		/* the fenced connection */
static sqlite3 *watch;		/* another connection, to see changes */
static char path[512];		/* the database file */
static struct stat base_sb;	/* its size and time before any input */
static int base_version;	/* watch's data_version before any input */
static char base_sha[65];	/* the file's SHA-256 before any input */
static char base_dir[1024];	/* the directory's names before any input */
static long inputs, stuck;	/* inputs run; how many met the alarm */

/* Run argv as the program would, "rectrack --db path --quiet ...". */
static void
command(const char *const *argv)
{
	char *av[16];
	struct rt_err e = {RT_OK, ""};
	int n = 0, rc;

	av[n++] = "--db";
	av[n++] = path;
	av[n++] = "--quiet";
	while (*argv != NULL && n < 15)
		av[n++] = (char *)*argv++;
	av[n] = NULL;
	rc = rt_cmd_main(n, av, &e);
	FZ_CHECK(rc == RT_OK, "rectrack %s: %s", av[3], e.msg);
}

static void
file_sha(char hex[65])
{
	struct rt_sha256 c;
	unsigned char buf[8192];
	size_t n;
	FILE *fp = fopen(path, "rb");

	FZ_CHECK(fp != NULL, "%s: %s", path, strerror(errno));
	rt_sha256_init(&c);
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		rt_sha256_update(&c, buf, n);
	FZ_CHECK(!ferror(fp), "%s: %s", path, strerror(errno));
	fclose(fp);
	rt_sha256_hex(&c, hex);
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The directory's file names but the shared-memory index, sorted. */
static void
list_dir(char *out, size_t size)
{
	char *names[32];
	struct dirent *d;
	size_t n = 0, i, len, used = 0;
	DIR *dp = opendir(fz_dir());

	FZ_CHECK(dp != NULL, "%s: %s", fz_dir(), strerror(errno));
	while ((d = readdir(dp)) != NULL) {
		len = strlen(d->d_name);
		if (d->d_name[0] == '.' ||
		    (len > 4 && strcmp(d->d_name + len - 4, "-shm") == 0))
			continue;
		FZ_CHECK(n < 32, "%zu files in %s", n, fz_dir());
		names[n++] = d->d_name;
	}
	qsort(names, n, sizeof names[0], by_name);
	out[0] = '\0';
	for (i = 0; i < n; i++)
		used += (size_t)snprintf(out + used, used < size ? size - used : 0,
		    "%s/", names[i]);
	closedir(dp);
	FZ_CHECK(used < size, "too many names in %s", fz_dir());
}

static int
data_version(void)
{
	sqlite3_stmt *st;
	int v;

	FZ_CHECK(sqlite3_prepare_v2(watch, "PRAGMA data_version", -1, &st, NULL)
	    == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW, "data_version: %s",
	    sqlite3_errmsg(watch));
	v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Every statement that starts on the fenced connection must only read. */
static int
on_trace(unsigned type, void *arg, void *p, void *x)
{
	sqlite3_stmt *st = p;

	(void)arg;
	if (type == SQLITE_TRACE_STMT)
		FZ_CHECK(sqlite3_stmt_readonly(st), "a statement that writes "
		    "started: %s", (const char *)x);
	return 0;
}

/* Take a pending SIGALRM, the guard's alarm; 1 when there was one. */
static int
took_alarm(void)
{
	static const struct timespec zero = {0, 0};
	sigset_t set, pending;

	FZ_CHECK(sigpending(&pending) == 0, "sigpending");
	if (!sigismember(&pending, SIGALRM))
		return 0;
	sigemptyset(&set);
	sigaddset(&set, SIGALRM);
	FZ_CHECK(sigtimedwait(&set, NULL, &zero) == SIGALRM, "sigtimedwait: %s",
	    strerror(errno));
	return 1;
}

static void
report(void)
{
	if (stuck > 0)
		fprintf(stderr, "fuzz_sql: %ld of %ld inputs were stuck in one "
		    "function past the deadline (the guard's alarm)\n", stuck,
		    inputs);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char *const init[] = {"init", NULL};
	const char *import[] = {"import", NULL, NULL};
	char sample[512];
	struct rt_err e = {RT_OK, ""};
	sigset_t set;
	int rc;

	(void)argc;
	(void)argv;
	snprintf(sample, sizeof sample, "%s", fz_path("sample.csv"));
	fz_write_file(sample, fz_sample_csv, strlen(fz_sample_csv));
	snprintf(path, sizeof path, "%s", fz_path("rt.db"));
	command(init);
	import[1] = sample;
	command(import);
	remove(sample);
	rc = rt_db_open(&db, path, RT_DB_WRITE, &e);
	if (rc == RT_OK && (rc = rt_db_begin(&db, &e)) == RT_OK &&
	    (rc = rt_db_exec(&db, more_rows, &e)) == RT_OK)
		rc = rt_db_commit(&db, &e);
	rt_db_close(&db);
	FZ_CHECK(rc == RT_OK, "more rows: %s", e.msg);

	/* As the sql command opens it. */
	rc = rt_db_open(&db, path, RT_DB_READ, &e);
	if (rc == RT_OK)
		rc = rt_sqlguard_setup(&db, AS_OF, &e);
	FZ_CHECK(rc == RT_OK, "sql: %s", e.msg);
	sqlite3_limit(db.h, SQLITE_LIMIT_LENGTH, MAX_LENGTH);
	sqlite3_trace_v2(db.h, SQLITE_TRACE_STMT, on_trace, NULL);

	FZ_CHECK(sqlite3_open_v2(path, &watch, SQLITE_OPEN_READONLY, NULL) ==
	    SQLITE_OK, "%s: %s", path, sqlite3_errmsg(watch));
	FZ_CHECK(stat(path, &base_sb) == 0, "%s: %s", path, strerror(errno));
	base_version = data_version();
	file_sha(base_sha);
	list_dir(base_dir, sizeof base_dir);

	sigemptyset(&set);
	sigaddset(&set, SIGALRM);
	FZ_CHECK(sigprocmask(SIG_BLOCK, &set, NULL) == 0, "sigprocmask");
	atexit(report);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rt_err e = {RT_OK, ""};
	enum rt_fmt fmt = RT_FMT_TABLE;
	char sha[65], names[sizeof base_dir];
	struct stat sb;
	char *sql;
	int rc;

	if (memchr(data, '\0', size) != NULL)
		return 0;
	if (size > 0 && data[0] >= 1 && data[0] <= 5) {
		fmt = (enum rt_fmt)(data[0] - 1);
		data++;
		size--;
	}
	sql = fz_strndup(data, size);
	rc = rt_sqlguard_run(&db, sql, fmt, fz_devnull(), TIMEOUT, &e);
	free(sql);
	inputs++;
	stuck += took_alarm();

	FZ_CHECK(rc == RT_OK || rc == RT_FAIL || rc == RT_USAGE, "status %d: %s",
	    rc, e.msg);
	FZ_CHECK(rc == RT_OK ? e.msg[0] == '\0' : strncmp(e.msg, "sql: ", 5) == 0,
	    "status %d with message '%s'", rc, e.msg);
	FZ_CHECK(sqlite3_get_autocommit(db.h), "a transaction was left open");

	FZ_CHECK(stat(path, &sb) == 0, "%s: %s", path, strerror(errno));
	FZ_CHECK(sb.st_size == base_sb.st_size &&
	    sb.st_mtim.tv_sec == base_sb.st_mtim.tv_sec &&
	    sb.st_mtim.tv_nsec == base_sb.st_mtim.tv_nsec,
	    "the database file changed (size %lld, was %lld)",
	    (long long)sb.st_size, (long long)base_sb.st_size);
	FZ_CHECK(data_version() == base_version, "another connection sees a "
	    "change (data_version)");
	list_dir(names, sizeof names);
	FZ_CHECK(strcmp(names, base_dir) == 0, "the directory changed: %s, "
	    "was %s", names, base_dir);
	if (inputs % CHECKSUM_EVERY == 0) {
		file_sha(sha);
		FZ_CHECK(strcmp(sha, base_sha) == 0, "the database file changed "
		    "(SHA-256)");
	}
	return 0;
}
