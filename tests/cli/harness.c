/*
 * harness.c - running the rectrack binary from the command-line tests
 * (see harness.h).
 *
 * Standard input, output and error of a run go through unlinked temporary
 * files rather than pipes: the program may stop reading its input early
 * (a text over the limit), and a file never blocks either side or raises
 * SIGPIPE.  Everything the harness hands a test is freed at teardown, so
 * that the tests stay leak-free under LeakSanitizer without freeing by
 * hand.
 */
#include <sys/types.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "harness.h"

#define DIR_MAX 4096

char rt_dir[DIR_MAX];
static char root[256];	/* "/tmp/rt_cli.XXXXXX" */

/*
 * The arena: every allocation handed to a test, freed at teardown.
 */
static void **arena;
static size_t narena, carena;

static void *
keep(void *p)
{
	void **a;

	if (p == NULL)
		return NULL;
	if (narena == carena) {
		carena = carena ? 2 * carena : 64;
		if ((a = realloc(arena, carena * sizeof *a)) == NULL) {
			free(p);
			ck_abort_msg("out of memory");
		}
		arena = a;
	}
	arena[narena++] = p;
	return p;
}

static void
unkeep(void *p)
{
	size_t i;

	if (p == NULL)
		return;
	for (i = 0; i < narena; i++)
		if (arena[i] == p) {
			arena[i] = NULL;
			break;
		}
	free(p);
}

static void
arena_release(void)
{
	size_t i;

	for (i = 0; i < narena; i++)
		free(arena[i]);
	free(arena);
	arena = NULL;
	narena = carena = 0;
}

static void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	ck_assert_msg(p != NULL, "out of memory");
	return keep(p);
}

/* A growable string, kept in the arena once finished. */
struct sbuf {
	char *s;
	size_t n, cap;
};

static void
sb_add(struct sbuf *b, const char *p, size_t n)
{
	char *s;

	if (b->n + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;

		while (b->n + n + 1 > cap)
			cap *= 2;
		s = realloc(b->s, cap);
		ck_assert_msg(s != NULL, "out of memory");
		b->s = s;
		b->cap = cap;
	}
	memcpy(b->s + b->n, p, n);
	b->n += n;
	b->s[b->n] = '\0';
}

static void
sb_puts(struct sbuf *b, const char *s)
{
	sb_add(b, s, strlen(s));
}

static void
sb_vprintf(struct sbuf *b, const char *fmt, va_list ap)
{
	char small[256], *big;
	va_list aq;
	int n;

	va_copy(aq, ap);
	n = vsnprintf(small, sizeof small, fmt, aq);
	va_end(aq);
	ck_assert(n >= 0);
	if ((size_t)n < sizeof small) {
		sb_add(b, small, (size_t)n);
		return;
	}
	big = malloc((size_t)n + 1);
	ck_assert_msg(big != NULL, "out of memory");
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	sb_add(b, big, (size_t)n);
	free(big);
}

static void
sb_printf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sb_vprintf(b, fmt, ap);
	va_end(ap);
}

/* The finished string, kept in the arena; "" when nothing was added. */
static char *
sb_done(struct sbuf *b)
{
	if (b->s == NULL)
		sb_add(b, "", 0);
	return keep(b->s);
}

char *
xprintf(const char *fmt, ...)
{
	struct sbuf b = {NULL, 0, 0};
	va_list ap;

	va_start(ap, fmt);
	sb_vprintf(&b, fmt, ap);
	va_end(ap);
	return sb_done(&b);
}

char *
long_text(size_t n)
{
	char *p = xmalloc(n + 1);
	size_t i;

	for (i = 0; i < n; i++)
		p[i] = i % 64 == 63 ? ' ' : (char)('a' + i / 64 % 26);
	p[n] = '\0';
	return p;
}

char *
rt_path(const char *name)
{
	return xprintf("%s/%s", rt_dir, name);
}

/* Remove path and, when it is a directory, everything below it. */
static void
remove_tree(const char *path)
{
	struct stat sb;
	struct dirent *de;
	DIR *d;
	char *sub;
	size_t n;

	if (lstat(path, &sb) != 0)
		return;
	if (!S_ISDIR(sb.st_mode)) {
		unlink(path);
		return;
	}
	if ((d = opendir(path)) != NULL) {
		while ((de = readdir(d)) != NULL) {
			if (strcmp(de->d_name, ".") == 0 ||
			    strcmp(de->d_name, "..") == 0)
				continue;
			n = strlen(path) + strlen(de->d_name) + 2;
			if ((sub = malloc(n)) == NULL)
				break;
			snprintf(sub, n, "%s/%s", path, de->d_name);
			remove_tree(sub);
			free(sub);
		}
		closedir(d);
	}
	rmdir(path);
}

static int
keep_dirs(void)
{
	const char *v = getenv("RT_CLI_KEEP");

	return v != NULL && strcmp(v, "1") == 0;
}

void
rt_root_create(void)
{
	snprintf(root, sizeof root, "/tmp/rt_cli.XXXXXX");
	if (mkdtemp(root) == NULL) {
		fprintf(stderr, "rt_cli: mkdtemp: %s\n", strerror(errno));
		exit(EXIT_FAILURE);
	}
}

void
rt_root_remove(void)
{
	if (root[0] == '\0')
		return;
	if (keep_dirs())
		fprintf(stderr, "rt_cli: kept %s\n", root);
	else
		remove_tree(root);
}

void
rt_fixture_setup(void)
{
	snprintf(rt_dir, sizeof rt_dir, "%s/t.XXXXXX",
	    root[0] != '\0' ? root : "/tmp");
	ck_assert_msg(mkdtemp(rt_dir) != NULL, "mkdtemp: %s", strerror(errno));
}

void
rt_fixture_teardown(void)
{
	if (!keep_dirs())
		remove_tree(rt_dir);
	arena_release();
}

TCase *
rt_tcase(const char *name)
{
	TCase *tc = tcase_create(name);

	tcase_add_checked_fixture(tc, rt_fixture_setup, rt_fixture_teardown);
	tcase_set_timeout(tc, 120);
	return tc;
}

/* An unlinked temporary file, open read-write. */
static int
temp_fd(void)
{
	char path[DIR_MAX];
	int fd;

	snprintf(path, sizeof path, "%s/run.XXXXXX",
	    root[0] != '\0' ? root : "/tmp");
	fd = mkstemp(path);
	ck_assert_msg(fd >= 0, "mkstemp: %s", strerror(errno));
	unlink(path);
	return fd;
}

static void
write_all(int fd, const char *p, size_t n)
{
	ssize_t k;

	while (n > 0) {
		k = write(fd, p, n);
		if (k < 0 && errno == EINTR)
			continue;
		ck_assert_msg(k > 0, "write: %s", strerror(errno));
		p += k;
		n -= (size_t)k;
	}
}

/* Everything in fd from its start, NUL-terminated, not yet kept. */
static char *
read_fd(int fd, size_t *n)
{
	struct sbuf b = {NULL, 0, 0};
	char chunk[65536];
	ssize_t k;

	ck_assert(lseek(fd, 0, SEEK_SET) == 0);
	for (;;) {
		k = read(fd, chunk, sizeof chunk);
		if (k < 0 && errno == EINTR)
			continue;
		ck_assert_msg(k >= 0, "read: %s", strerror(errno));
		if (k == 0)
			break;
		sb_add(&b, chunk, (size_t)k);
	}
	if (b.s == NULL)
		sb_add(&b, "", 0);
	*n = b.n;
	return b.s;
}

void
run_free(struct run *r)
{
	unkeep(r->out);
	unkeep(r->err);
	r->out = r->err = NULL;
	r->nout = r->nerr = 0;
	r->code = 0;
}

/*
 * The program under test: RT_BIN, or $RT_CLI_BIN when set (a wrapper
 * such as tests/valgrind/rectrack-vg that runs RT_BIN under a checker).
 */
const char *rt_run_stdout;

static const char *
program(void)
{
	const char *p = getenv("RT_CLI_BIN");

	return p != NULL && p[0] != '\0' ? p : RT_BIN;
}

int
rt_run_env(struct run *r, const char *db, const char *stdin_text,
    const char *env_db, const char *const argv[])
{
	const char **av;
	size_t n = 0, i, k = 0;
	int in, out, err, status;
	pid_t pid;

	/* What r held stays valid (in the arena): a test may keep it. */
	r->out = r->err = NULL;
	r->nout = r->nerr = 0;
	while (argv[n] != NULL)
		n++;
	av = malloc((n + 4) * sizeof *av);
	ck_assert_msg(av != NULL, "out of memory");
	av[k++] = program();
	if (db != NULL) {
		av[k++] = "--db";
		av[k++] = db;
	}
	for (i = 0; i < n; i++)
		av[k++] = argv[i];
	av[k] = NULL;

	if (stdin_text != NULL) {
		in = temp_fd();
		write_all(in, stdin_text, strlen(stdin_text));
		ck_assert(lseek(in, 0, SEEK_SET) == 0);
	} else
		ck_assert((in = open("/dev/null", O_RDONLY)) >= 0);
	out = rt_run_stdout != NULL ? open(rt_run_stdout, O_WRONLY) : temp_fd();
	ck_assert_msg(out >= 0, "%s: %s", rt_run_stdout, strerror(errno));
	err = temp_fd();

	pid = fork();
	ck_assert_msg(pid >= 0, "fork: %s", strerror(errno));
	if (pid == 0) {
		if (dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
			_exit(126);
		close(in);
		close(out);
		close(err);
		if (env_db != NULL)
			setenv("RECTRACK_DB", env_db, 1);
		else
			unsetenv("RECTRACK_DB");
		if (rt_dir[0] != '\0' && chdir(rt_dir) != 0)
			_exit(126);
		execv(av[0], (char *const *)av);
		_exit(127);
	}
	free(av);
	close(in);
	while (waitpid(pid, &status, 0) < 0)
		ck_assert_msg(errno == EINTR, "waitpid: %s", strerror(errno));
	if (WIFEXITED(status))
		r->code = WEXITSTATUS(status);
	else if (WIFSIGNALED(status))
		r->code = 128 + WTERMSIG(status);
	else
		r->code = -1;
	if (rt_run_stdout != NULL) {
		close(out);
		out = temp_fd();
	}
	r->out = keep(read_fd(out, &r->nout));
	r->err = keep(read_fd(err, &r->nerr));
	close(out);
	close(err);
	return r->code;
}

int
rt_run(struct run *r, const char *db, const char *stdin_text,
    const char *const argv[])
{
	return rt_run_env(r, db, stdin_text, NULL, argv);
}

/* One value of the current row as an SQL literal. */
static void
quote_value(struct sbuf *b, sqlite3_stmt *st, int i)
{
	const unsigned char *p;
	int n, k;

	switch (sqlite3_column_type(st, i)) {
	case SQLITE_NULL:
		sb_puts(b, "NULL");
		break;
	case SQLITE_INTEGER:
		sb_printf(b, "%lld", (long long)sqlite3_column_int64(st, i));
		break;
	case SQLITE_FLOAT:
		sb_printf(b, "%.17g", sqlite3_column_double(st, i));
		break;
	case SQLITE_BLOB:
		p = sqlite3_column_blob(st, i);
		n = sqlite3_column_bytes(st, i);
		sb_puts(b, "X'");
		for (k = 0; k < n; k++)
			sb_printf(b, "%02x", p[k]);
		sb_puts(b, "'");
		break;
	default:
		p = sqlite3_column_text(st, i);
		n = sqlite3_column_bytes(st, i);
		sb_puts(b, "'");
		for (k = 0; k < n; k++) {
			if (p[k] == '\'')
				sb_puts(b, "''");
			else
				sb_add(b, (const char *)p + k, 1);
		}
		sb_puts(b, "'");
		break;
	}
}

/*
 * Append every row of sql, each "label|v1|v2|...\n"; 0 or -1.  A statement
 * that does not prepare is reported only when loud is set.
 */
static int
dump_rows(sqlite3 *h, struct sbuf *b, const char *label, const char *sql,
    int loud)
{
	sqlite3_stmt *st;
	int rc, i, ncol;

	if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK) {
		if (loud)
			fprintf(stderr, "fingerprint: %s: %s\n", sql,
			    sqlite3_errmsg(h));
		return -1;
	}
	ncol = sqlite3_column_count(st);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sb_puts(b, label);
		for (i = 0; i < ncol; i++) {
			sb_puts(b, "|");
			quote_value(b, st, i);
		}
		sb_puts(b, "\n");
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		fprintf(stderr, "fingerprint: %s: %s\n", sql, sqlite3_errmsg(h));
		return -1;
	}
	return 0;
}

/* "name" as an SQL identifier. */
static char *
quote_ident(const char *name)
{
	struct sbuf b = {NULL, 0, 0};

	sb_puts(&b, "\"");
	for (; *name != '\0'; name++)
		sb_add(&b, *name == '"' ? "\"\"" : name, *name == '"' ? 2 : 1);
	sb_puts(&b, "\"");
	return b.s;
}

char *
db_fingerprint(const char *db)
{
	struct sbuf b = {NULL, 0, 0};
	sqlite3 *h = NULL;
	sqlite3_stmt *st = NULL;
	char **names = NULL, *ident, *sql;
	int ntab = 0, i, rc = -1;

	if (sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		fprintf(stderr, "fingerprint: %s: %s\n", db,
		    h ? sqlite3_errmsg(h) : "out of memory");
		goto out;
	}
	if (dump_rows(h, &b, "application_id", "PRAGMA application_id", 1) != 0 ||
	    dump_rows(h, &b, "user_version", "PRAGMA user_version", 1) != 0 ||
	    dump_rows(h, &b, "sqlite_schema", "SELECT type, name, tbl_name, sql "
	    "FROM sqlite_schema ORDER BY rowid", 1) != 0)
		goto out;
	if (sqlite3_prepare_v2(h, "SELECT name FROM sqlite_schema "
	    "WHERE type = 'table' ORDER BY rowid", -1, &st, NULL) != SQLITE_OK)
		goto out;
	while (sqlite3_step(st) == SQLITE_ROW) {
		char **nn = realloc(names, (size_t)(ntab + 1) * sizeof *names);

		ck_assert_msg(nn != NULL, "out of memory");
		names = nn;
		names[ntab] = strdup((const char *)sqlite3_column_text(st, 0));
		ck_assert_msg(names[ntab] != NULL, "out of memory");
		ntab++;
	}
	sqlite3_finalize(st);
	for (i = 0; i < ntab; i++) {
		ident = quote_ident(names[i]);
		sql = malloc(strlen(ident) + 64);
		ck_assert_msg(sql != NULL, "out of memory");
		sprintf(sql, "SELECT * FROM %s ORDER BY rowid", ident);
		/*
		 * A WITHOUT ROWID table (FTS5 keeps some) has no rowid: its
		 * primary key order is as stable.
		 */
		if (dump_rows(h, &b, names[i], sql, 0) != 0) {
			sprintf(sql, "SELECT * FROM %s", ident);
			if (dump_rows(h, &b, names[i], sql, 1) != 0) {
				free(ident);
				free(sql);
				goto out;
			}
		}
		free(ident);
		free(sql);
	}
	rc = 0;
out:
	for (i = 0; i < ntab; i++)
		free(names[i]);
	free(names);
	sqlite3_close(h);
	if (rc != 0) {
		free(b.s);
		return NULL;
	}
	return sb_done(&b);
}

char *
db_query(const char *db, const char *sql)
{
	struct sbuf b = {NULL, 0, 0};
	sqlite3 *h = NULL;
	sqlite3_stmt *st;
	const char *s;
	int rc, i, ncol;

	if (sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK) {
		char *msg = xprintf("%s", h ? sqlite3_errmsg(h) : "out of memory");

		sqlite3_close(h);
		ck_abort_msg("db_query %s: %s: %s", db, sql, msg);
	}
	ncol = sqlite3_column_count(st);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		for (i = 0; i < ncol; i++) {
			if (i > 0)
				sb_puts(&b, "|");
			s = (const char *)sqlite3_column_text(st, i);
			sb_puts(&b, s != NULL ? s : "NULL");
		}
		sb_puts(&b, "\n");
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		char *msg = xprintf("%s", sqlite3_errmsg(h));

		free(b.s);
		sqlite3_close(h);
		ck_abort_msg("db_query %s: %s: %s", db, sql, msg);
	}
	sqlite3_close(h);
	return sb_done(&b);
}

void
db_exec(const char *db, const char *sql)
{
	sqlite3 *h = NULL;
	char *msg = NULL;

	if (sqlite3_open_v2(db, &h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
	    NULL) != SQLITE_OK) {
		msg = xprintf("%s", h ? sqlite3_errmsg(h) : "out of memory");
		sqlite3_close(h);
		ck_abort_msg("db_exec %s: %s", db, msg);
	}
	sqlite3_busy_timeout(h, 10000);
	if (sqlite3_exec(h, sql, NULL, NULL, NULL) != SQLITE_OK) {
		msg = xprintf("%s", sqlite3_errmsg(h));
		sqlite3_close(h);
		ck_abort_msg("db_exec %s: %s: %s", db, sql, msg);
	}
	sqlite3_close(h);
}

char *
file_read(const char *path, size_t *n)
{
	struct stat sb;
	char *p;
	int fd;

	*n = 0;
	if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode) ||
	    (fd = open(path, O_RDONLY)) < 0)
		return NULL;
	p = read_fd(fd, n);
	close(fd);
	return keep(p);
}

void
file_write(const char *path, const char *p, size_t n)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	ck_assert_msg(fd >= 0, "open %s: %s", path, strerror(errno));
	write_all(fd, p, n);
	ck_assert(close(fd) == 0);
}

const char *
os_user(void)
{
	struct passwd *pw = getpwuid(geteuid());

	ck_assert_msg(pw != NULL && pw->pw_name != NULL, "no passwd entry");
	return pw->pw_name;
}

char *
setup_db(void)
{
	struct run r = RUN_INIT;
	char *db = rt_path("rt.db");

	RUN_OK(&r, db, NULL, "init");
	RUN_OK(&r, db, NULL, "committee", "add", "pcs-osc",
	    "Performance & Corporate Services OSC");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc",
	    "--meeting", "2024-11-15", "--item", "Budget monitoring",
	    "--number", "1", "--text",
	    "Publish the quarterly budget monitoring report.",
	    "--lead", "Vic Kurzeja; Michael Smedley");
	ck_assert_str_eq(r.out, "1\n");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc",
	    "--meeting", "2024-11-15", "--item", "Budget monitoring",
	    "--number", "2", "--text", "Review the capital programme.",
	    "--lead", "Lorna Baxter");
	ck_assert_str_eq(r.out, "2\n");
	RUN_OK(&r, db, NULL, "respond", "1", "--decision", "accepted",
	    "--date", "2025-01-10", "--text", "Agreed; first report in March.");
	ck_assert_str_eq(r.out, "1\n");
	run_free(&r);
	return db;
}

int
has(const char *s, const char *sub)
{
	return s != NULL && sub != NULL && strstr(s, sub) != NULL;
}

int
starts(const char *s, const char *prefix)
{
	return s != NULL && prefix != NULL &&
	    strncmp(s, prefix, strlen(prefix)) == 0;
}

int
nlines(const char *s)
{
	int n = 0;

	if (s == NULL || *s == '\0')
		return 0;
	for (; *s != '\0'; s++)
		if (*s == '\n')
			n++;
	return s[-1] == '\n' ? n : n + 1;
}
