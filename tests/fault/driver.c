/*
 * driver.c - rt_fault: the fault-injection sweeps of rectrack-fault.
 *
 * For each command below the driver builds the state before it (a
 * fixture made by the program itself), runs the command once clean to
 * learn how many fault points it has (fault.h) and what the state after
 * it is, and then runs it again, on a fresh copy of the state before,
 * once for every point N with the N-th point failing: with an I/O error
 * and with a full disk (--mode io), or with no memory from the N-th
 * allocation on (--mode oom).  After every run it checks what the README
 * promises:
 *
 *   - no crash: the program exited, it was not killed by a signal;
 *   - exit 0, or exit 1 with exactly one line "rectrack: ..." on standard
 *     error and nothing on standard output; exit 0 only with the state of
 *     a clean run and its output (SQLite may absorb a fault, a failed
 *     checkpoint after the commit, say; a fault in the program's own
 *     writes must never be absorbed);
 *   - the database passes PRAGMA integrity_check and foreign_key_check,
 *     read with a plain SQLite connection as the next user would;
 *   - its content is the state before or the state after, nothing in
 *     between (history times and migration times left out: they differ
 *     from run to run);
 *   - no file is left behind but the database's own; a backup is the old
 *     file or a whole new one; a failed export leaves the previous files
 *     as they were, byte for byte.
 *
 * --quick samples the points (see points()); without it every point is
 * run.  Points are shared among --jobs worker processes.  The last line
 * is the summary; the exit status is 0 only when every run was
 * consistent.  RT_FAULT_KEEP=1 keeps the scratch directory.
 */
#include <sys/types.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#define RUN_TIMEOUT	300	/* seconds one run may take (ASan is slow) */
#define QUICK_STEP	7	/* --quick: every 7th point */
#define QUICK_IO	20	/* --quick: about this many I/O points at most */
#define QUICK_OOM	100	/* --quick: about this many allocations */
#define QUICK_TAIL	3	/* --quick: and always the last ones */
#define QUICK_OWN	250	/* --quick: of the program's own allocations */
#define MAX_REPORTED	20	/* failures printed in full per sweep */

static const char *bin;		/* rectrack-fault */
static char root[4096];		/* the scratch directory */
static int verbose;

/* Set by SIGINT, SIGTERM or SIGHUP (a ctest timeout): stop and clean up. */
static volatile sig_atomic_t stop;

static void
on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

static void
die(const char *fmt, ...)
{
	va_list ap;

	fputs("rt_fault: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (root[0] != '\0')
		fprintf(stderr, "rt_fault: the scratch directory %s is kept\n", root);
	exit(2);
}

static void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		die("out of memory");
	return p;
}

static char *
xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xmalloc(n), s, n);
}

/* A growable string. */
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
		if ((s = realloc(b->s, cap)) == NULL)
			die("out of memory");
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

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void
sb_printf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;
	char *tmp;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		die("vsnprintf failed");
	tmp = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(tmp, (size_t)n + 1, fmt, ap);
	va_end(ap);
	sb_add(b, tmp, (size_t)n);
	free(tmp);
}

/* The finished string ("" when nothing was added); the caller frees it. */
static char *
sb_done(struct sbuf *b)
{
	if (b->s == NULL)
		sb_add(b, "", 0);
	return b->s;
}

#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
static char *
xprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		die("vsnprintf failed");
	s = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/*
 * Files and directories.
 */

/* The bytes of path (NUL-terminated) or NULL; *n receives the length. */
static char *
file_read(const char *path, size_t *n)
{
	struct sbuf b = {NULL, 0, 0};
	char chunk[65536];
	ssize_t k;
	int fd;

	*n = 0;
	if ((fd = open(path, O_RDONLY)) < 0)
		return NULL;
	for (;;) {
		k = read(fd, chunk, sizeof chunk);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			die("read %s: %s", path, strerror(errno));
		if (k == 0)
			break;
		sb_add(&b, chunk, (size_t)k);
	}
	close(fd);
	*n = b.n;
	return sb_done(&b);
}

static void
file_write(const char *path, const char *p, size_t n)
{
	ssize_t k;
	int fd;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644)) < 0)
		die("create %s: %s", path, strerror(errno));
	while (n > 0) {
		if ((k = write(fd, p, n)) < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			die("write %s: %s", path, strerror(errno));
		p += k;
		n -= (size_t)k;
	}
	if (close(fd) != 0)
		die("close %s: %s", path, strerror(errno));
}

static int
exists(const char *path)
{
	struct stat sb;

	return lstat(path, &sb) == 0;
}

static void
remove_tree(const char *path)
{
	struct stat sb;
	struct dirent *de;
	DIR *d;
	char *sub;

	if (lstat(path, &sb) != 0)
		return;
	if (!S_ISDIR(sb.st_mode)) {
		if (unlink(path) != 0)
			die("unlink %s: %s", path, strerror(errno));
		return;
	}
	if ((d = opendir(path)) == NULL)
		die("opendir %s: %s", path, strerror(errno));
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		sub = xprintf("%s/%s", path, de->d_name);
		remove_tree(sub);
		free(sub);
	}
	closedir(d);
	if (rmdir(path) != 0)
		die("rmdir %s: %s", path, strerror(errno));
}

static void
make_dir(const char *path)
{
	if (mkdir(path, 0755) != 0)
		die("mkdir %s: %s", path, strerror(errno));
}

/* Copy the files and directories below from into to (made here). */
static void
copy_tree(const char *from, const char *to)
{
	struct stat sb;
	struct dirent *de;
	DIR *d;
	char *a, *b, *p;
	size_t n;

	make_dir(to);
	if ((d = opendir(from)) == NULL)
		die("opendir %s: %s", from, strerror(errno));
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		a = xprintf("%s/%s", from, de->d_name);
		b = xprintf("%s/%s", to, de->d_name);
		if (lstat(a, &sb) != 0)
			die("stat %s: %s", a, strerror(errno));
		if (S_ISDIR(sb.st_mode))
			copy_tree(a, b);
		else {
			if ((p = file_read(a, &n)) == NULL)
				die("read %s: %s", a, strerror(errno));
			file_write(b, p, n);
			free(p);
		}
		free(a);
		free(b);
	}
	closedir(d);
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in dir, sorted, one per line ("" when empty or missing). */
static char *
list_dir(const char *dir)
{
	struct sbuf b = {NULL, 0, 0};
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, i;
	DIR *d;

	if ((d = opendir(dir)) != NULL) {
		while ((de = readdir(d)) != NULL) {
			if (strcmp(de->d_name, ".") == 0 ||
			    strcmp(de->d_name, "..") == 0)
				continue;
			if ((names = realloc(names, (n + 1) * sizeof *names)) == NULL)
				die("out of memory");
			names[n++] = xstrdup(de->d_name);
		}
		closedir(d);
	}
	if (n > 0)
		qsort(names, n, sizeof *names, cmp_names);
	for (i = 0; i < n; i++) {
		sb_puts(&b, names[i]);
		sb_puts(&b, "\n");
		free(names[i]);
	}
	free(names);
	return sb_done(&b);
}

/*
 * Running the program.
 */

struct run {
	int code;		/* exit status, or 128 + signal number */
	char *out;		/* standard output */
	char *err;		/* standard error */
	long io, oom;		/* points the run counted */
	char hit[720];		/* what the injected fault hit; "" if none */
	long *own;		/* the allocations that were the program's own */
	long nown;
};

/* How to fail a run: nothing, the io_at-th I/O point, the oom_at-th alloc. */
struct fault {
	const char *kind;	/* "ioerr" or "full", for io_at */
	long io_at;
	long oom_at;
};

static const struct fault no_fault = {NULL, 0, 0};

/* Where one worker keeps the streams of its runs. */
struct scratch {
	char *out, *err, *count;
};

static void
scratch_init(struct scratch *s, const char *tag)
{
	s->out = xprintf("%s/%s.out", root, tag);
	s->err = xprintf("%s/%s.err", root, tag);
	s->count = xprintf("%s/%s.count", root, tag);
}

static void
scratch_release(struct scratch *s)
{
	free(s->out);
	free(s->err);
	free(s->count);
}

static void
run_free(struct run *r)
{
	free(r->out);
	free(r->err);
	free(r->own);
	r->out = r->err = NULL;
	r->own = NULL;
	r->nown = 0;
}

/*
 * Append a sanitizer option, so that a sanitizer's report can never pass
 * for the program's own exit status 1 (the one-line check would catch it
 * anyway).
 */
static void
sanitizer_env(const char *name, const char *add)
{
	const char *v = getenv(name);
	char *s = xprintf("%s%s%s", v != NULL ? v : "", v != NULL && *v ? ":" : "",
	    add);

	setenv(name, s, 1);
	free(s);
}

/* Run bin with args (after the program name) in dir, with fault f. */
static void
run(struct run *r, struct scratch *s, const char *dir,
    const char *const *args, const struct fault *f)
{
	const char **av;
	size_t n = 0, i;
	char num[32], line[700];
	long from, to;
	FILE *fp;
	int status, fd;
	pid_t pid;

	memset(r, 0, sizeof *r);
	while (args[n] != NULL)
		n++;
	av = xmalloc((n + 2) * sizeof *av);
	av[0] = bin;
	for (i = 0; i < n; i++)
		av[i + 1] = args[i];
	av[n + 1] = NULL;
	unlink(s->count);

	if ((pid = fork()) < 0)
		die("fork: %s", strerror(errno));
	if (pid == 0) {
		if ((fd = open("/dev/null", O_RDONLY)) < 0 || dup2(fd, 0) < 0)
			_exit(126);
		close(fd);
		if ((fd = open(s->out, O_WRONLY | O_CREAT | O_TRUNC, 0644)) < 0 ||
		    dup2(fd, 1) < 0)
			_exit(126);
		close(fd);
		if ((fd = open(s->err, O_WRONLY | O_CREAT | O_TRUNC, 0644)) < 0 ||
		    dup2(fd, 2) < 0)
			_exit(126);
		close(fd);
		if (chdir(dir) != 0)
			_exit(126);
		unsetenv("RECTRACK_DB");
		unsetenv("RT_FAULT_PERSIST");
		setenv("RT_FAULT_COUNT_FILE", s->count, 1);
		snprintf(num, sizeof num, "%ld", f->io_at);
		setenv("RT_FAULT_AT", num, 1);
		setenv("RT_FAULT_KIND", f->kind != NULL ? f->kind : "ioerr", 1);
		snprintf(num, sizeof num, "%ld", f->oom_at);
		setenv("RT_OOM_AT", num, 1);
		sanitizer_env("ASAN_OPTIONS", "exitcode=86");
		sanitizer_env("UBSAN_OPTIONS", "exitcode=87");
		alarm(RUN_TIMEOUT);
		execv(bin, (char *const *)av);
		_exit(127);
	}
	free(av);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			die("waitpid: %s", strerror(errno));
	if (WIFEXITED(status))
		r->code = WEXITSTATUS(status);
	else if (WIFSIGNALED(status))
		r->code = 128 + WTERMSIG(status);
	else
		r->code = -1;
	if ((r->out = file_read(s->out, &n)) == NULL ||
	    (r->err = file_read(s->err, &n)) == NULL)
		die("cannot read the output of a run: %s", strerror(errno));
	r->io = r->oom = -1;
	if ((fp = fopen(s->count, "r")) != NULL) {
		while (fgets(line, sizeof line, fp) != NULL) {
			line[strcspn(line, "\n")] = '\0';
			if (strncmp(line, "io ", 3) == 0)
				r->io = atol(line + 3);
			else if (strncmp(line, "oom ", 4) == 0)
				r->oom = atol(line + 4);
			else if (strncmp(line, "hit ", 4) == 0)
				snprintf(r->hit, sizeof r->hit, "%s", line + 4);
			else if (sscanf(line, "own %ld %ld", &from, &to) == 2)
				for (; from <= to; from++) {
					if ((r->own = realloc(r->own, (size_t)(r->nown + 1) *
					    sizeof *r->own)) == NULL)
						die("out of memory");
					r->own[r->nown++] = from;
				}
		}
		fclose(fp);
	}
}

/* Run, and insist on success: for building fixtures and clean runs. */
static void
run_ok(struct scratch *s, const char *dir, const char *const *args,
    struct run *keep)
{
	struct run r;
	struct sbuf cmd = {NULL, 0, 0};
	size_t i;

	run(&r, s, dir, args, &no_fault);
	if (r.code != 0 || r.err[0] != '\0') {
		for (i = 0; args[i] != NULL; i++)
			sb_printf(&cmd, " %s", args[i]);
		die("clean run failed in %s: rectrack%s: exit %d: %s", dir,
		    sb_done(&cmd), r.code, r.err);
	}
	if (keep != NULL)
		*keep = r;
	else
		run_free(&r);
}

#define ARGS(...) ((const char *const[]){__VA_ARGS__, NULL})

/*
 * The database as the next user sees it.
 */

/* Every row of sql, each value quote()d, '|' between, a line per row. */
static int
dump(sqlite3 *h, struct sbuf *b, const char *label, const char *sql)
{
	sqlite3_stmt *st;
	int rc, i, ncol;

	if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	ncol = sqlite3_column_count(st);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sb_puts(b, label);
		for (i = 0; i < ncol; i++) {
			const char *v = (const char *)sqlite3_column_text(st, i);

			sb_puts(b, "|");
			sb_puts(b, v != NULL ? v : "NULL");
		}
		sb_puts(b, "\n");
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* "name" as an SQL identifier. */
static void
sb_ident(struct sbuf *b, const char *name)
{
	sb_puts(b, "\"");
	for (; *name != '\0'; name++)
		sb_add(b, *name == '"' ? "\"\"" : name, *name == '"' ? 2 : 1);
	sb_puts(b, "\"");
}

/* Times that differ from run to run: not content. */
static int
skipped_column(const char *table, const char *column)
{
	return (strcmp(table, "history") == 0 && strcmp(column, "at") == 0) ||
	    (strcmp(table, "schema_migrations") == 0 &&
	    strcmp(column, "applied_at") == 0);
}

/* SELECT quote(c1), quote(c2), ... FROM t, without the skipped columns. */
static char *
table_select(sqlite3 *h, const char *table)
{
	struct sbuf b = {NULL, 0, 0}, q = {NULL, 0, 0};
	sqlite3_stmt *st;
	int ncol = 0;

	sb_puts(&q, "SELECT name FROM pragma_table_info(?1) ORDER BY cid");
	if (sqlite3_prepare_v2(h, sb_done(&q), -1, &st, NULL) != SQLITE_OK) {
		free(q.s);
		return NULL;
	}
	free(q.s);
	sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
	sb_puts(&b, "SELECT ");
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *c = (const char *)sqlite3_column_text(st, 0);

		if (c == NULL || skipped_column(table, c))
			continue;
		if (ncol++ > 0)
			sb_puts(&b, ", ");
		sb_puts(&b, "quote(");
		sb_ident(&b, c);
		sb_puts(&b, ")");
	}
	sqlite3_finalize(st);
	if (ncol == 0)
		sb_puts(&b, "NULL");
	sb_puts(&b, " FROM ");
	sb_ident(&b, table);
	return sb_done(&b);
}

/*
 * The state of the database at path: "absent", or the checks and the
 * content.  NULL with *problem set when the file is damaged or cannot be
 * read.  The file is opened read-write, as the next command would open
 * it, so that a WAL or a hot journal left behind is recovered first.
 */
static char *
db_state(const char *path, char **problem)
{
	struct sbuf b = {NULL, 0, 0}, chk = {NULL, 0, 0};
	sqlite3 *h = NULL;
	sqlite3_stmt *st = NULL;
	char **tables = NULL, *sql, *wal = xprintf("%s-wal", path);
	int ntab = 0, i, ok = 0;

	*problem = NULL;
	if (!exists(path)) {
		if (exists(wal))
			*problem = xprintf("%s is missing but its WAL is there", path);
		free(wal);
		return *problem != NULL ? NULL : xstrdup("absent\n");
	}
	free(wal);
	if (sqlite3_open_v2(path, &h, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		*problem = xprintf("cannot open %s: %s", path,
		    h ? sqlite3_errmsg(h) : "out of memory");
		goto out;
	}
	sqlite3_busy_timeout(h, 10000);
	/* Recovery and the checkpoint at close need not reach the disk. */
	sqlite3_exec(h, "PRAGMA synchronous = OFF", NULL, NULL, NULL);
	if (dump(h, &chk, "integrity", "PRAGMA integrity_check") != 0) {
		*problem = xprintf("integrity_check failed: %s", sqlite3_errmsg(h));
		goto out;
	}
	if (strcmp(sb_done(&chk), "integrity|ok\n") != 0) {
		*problem = xprintf("integrity_check: %s", chk.s);
		goto out;
	}
	chk.n = 0;
	chk.s[0] = '\0';
	if (dump(h, &chk, "fk", "PRAGMA foreign_key_check") != 0 ||
	    chk.s[0] != '\0') {
		*problem = xprintf("foreign_key_check: %s%s", chk.s,
		    sqlite3_errmsg(h));
		goto out;
	}
	if (dump(h, &b, "application_id", "PRAGMA application_id") != 0 ||
	    dump(h, &b, "user_version", "PRAGMA user_version") != 0 ||
	    dump(h, &b, "schema", "SELECT type, name, tbl_name, quote(sql) "
	    "FROM sqlite_schema ORDER BY type, name") != 0) {
		*problem = xprintf("cannot read %s: %s", path, sqlite3_errmsg(h));
		goto out;
	}
	if (sqlite3_prepare_v2(h, "SELECT name FROM sqlite_schema "
	    "WHERE type = 'table' ORDER BY name", -1, &st, NULL) != SQLITE_OK) {
		*problem = xprintf("cannot read %s: %s", path, sqlite3_errmsg(h));
		goto out;
	}
	while (sqlite3_step(st) == SQLITE_ROW) {
		if ((tables = realloc(tables, (size_t)(ntab + 1) * sizeof *tables))
		    == NULL)
			die("out of memory");
		tables[ntab++] = xstrdup((const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	for (i = 0; i < ntab; i++) {
		char *ordered;

		if ((sql = table_select(h, tables[i])) == NULL) {
			*problem = xprintf("cannot read table %s: %s", tables[i],
			    sqlite3_errmsg(h));
			goto out;
		}
		/* A WITHOUT ROWID table (FTS5 keeps two) scans in key order. */
		ordered = xprintf("%s ORDER BY rowid", sql);
		if (dump(h, &b, tables[i], ordered) != 0 &&
		    dump(h, &b, tables[i], sql) != 0) {
			*problem = xprintf("cannot read table %s: %s", tables[i],
			    sqlite3_errmsg(h));
			free(ordered);
			free(sql);
			goto out;
		}
		free(ordered);
		free(sql);
	}
	ok = 1;
out:
	for (i = 0; i < ntab; i++)
		free(tables[i]);
	free(tables);
	free(chk.s);
	if (h != NULL && sqlite3_close(h) != SQLITE_OK && ok) {
		*problem = xprintf("cannot close %s", path);
		ok = 0;
	}
	if (!ok) {
		free(b.s);
		return NULL;
	}
	return sb_done(&b);
}

/*
 * The fixtures.
 */

/* One RFC 4180 field. */
static void
csv_field(struct sbuf *b, const char *s, int last)
{
	if (strpbrk(s, ",\"\r\n") != NULL) {
		sb_puts(b, "\"");
		for (; *s != '\0'; s++)
			sb_add(b, *s == '"' ? "\"\"" : s, *s == '"' ? 2 : 1);
		sb_puts(b, "\"");
	} else
		sb_puts(b, s);
	sb_puts(b, last ? "\r\n" : ",");
}

/*
 * nrows rows of the flat layout: two updates per recommendation, ten
 * meetings of two committees (one existing, one created by name), five
 * recommendations per item, texts with commas and quotes, some without a
 * response or a lead.
 */
static void
write_import(const char *path, int nrows)
{
	static const char *const decisions[] = {"Agreed", "Partially Accepted",
	    "Not accepted"};
	struct sbuf b = {NULL, 0, 0};
	char v[13][160];
	int i, c;

	sb_puts(&b, "committee,meeting_date,item,rec_number,recommendation,lead,"
	    "response_date,response,response_text,update_date,update_status,"
	    "update_text,update_due\r\n");
	for (i = 0; i < nrows; i++) {
		int r = i / 2, second = i % 2, m = r / 50;

		snprintf(v[0], sizeof v[0], "%s", m % 2 ? "Audit & Governance "
		    "Committee" : "pcs-osc");
		snprintf(v[1], sizeof v[1], "2023-%02d-12", m % 10 + 1);
		snprintf(v[2], sizeof v[2], "Agenda item %d", r / 5);
		snprintf(v[3], sizeof v[3], "%d%s", r % 5 + 1, r % 7 ? "" : "a");
		snprintf(v[4], sizeof v[4], "Recommendation %d: that the council "
		    "reviews \"item\" costs, quarterly, and reports back.", r);
		if (r % 3 == 0)
			v[5][0] = '\0';
		else
			snprintf(v[5], sizeof v[5], "Lead %d; Officer %d", r % 11,
			    r % 13);
		if (r % 4 == 3)
			v[6][0] = v[7][0] = v[8][0] = '\0';
		else {
			snprintf(v[6], sizeof v[6], "01/12/2023");
			snprintf(v[7], sizeof v[7], "%s", decisions[r % 3]);
			snprintf(v[8], sizeof v[8], "Response to %d, as agreed.", r);
		}
		snprintf(v[9], sizeof v[9], "%s", second ? "2024-03-01" :
		    "15-Jan-24");
		snprintf(v[10], sizeof v[10], "%s", !second ? "In Progress" :
		    r % 2 ? "Completed" : "Update Pending");
		snprintf(v[11], sizeof v[11], "%s update on %d", second ? "Second" :
		    "First", r);
		snprintf(v[12], sizeof v[12], "%s", second && r % 2 == 0 ?
		    "Q1 24/25" : "");
		for (c = 0; c < 13; c++)
			csv_field(&b, v[c], c == 12);
	}
	file_write(path, sb_done(&b), b.n);
	free(b.s);
}

/* What the fixtures are made from, built once (build_base). */
static char *base_dir;		/* rt.db after a few meetings' work */
static char *old_backup;	/* an older backup.db */
static char *old_export;	/* an older export directory */

static void
build_base(struct scratch *s)
{
	char *dir = xprintf("%s/base", root);
	char *from, *to;

	make_dir(dir);
	run_ok(s, dir, ARGS("--db", "rt.db", "init"), NULL);
	run_ok(s, dir, ARGS("--db", "rt.db", "committee", "add", "pcs-osc",
	    "Performance & Corporate Services OSC", "--chair",
	    "Councillor Eddie Reeves"), NULL);
	/* The previous backup and export, from an earlier day. */
	run_ok(s, dir, ARGS("--db", "rt.db", "backup", "old-backup.db"), NULL);
	make_dir(old_export);
	run_ok(s, dir, ARGS("--db", "rt.db", "export", "--dir", old_export,
	    "--as-of", "2025-01-01"), NULL);
	from = xprintf("%s/old-backup.db", dir);
	if (rename(from, old_backup) != 0)
		die("rename %s: %s", from, strerror(errno));
	free(from);

	run_ok(s, dir, ARGS("--db", "rt.db", "rec", "add", "--committee",
	    "pcs-osc", "--meeting", "2024-11-15", "--item", "Budget monitoring",
	    "--number", "1", "--text", "Publish the quarterly budget monitoring "
	    "report.", "--lead", "Vic Kurzeja; Michael Smedley"), NULL);
	run_ok(s, dir, ARGS("--db", "rt.db", "rec", "add", "--committee",
	    "pcs-osc", "--meeting", "2024-11-15", "--item", "Budget monitoring",
	    "--number", "2", "--text", "Review the capital programme.", "--lead",
	    "Lorna Baxter"), NULL);
	run_ok(s, dir, ARGS("--db", "rt.db", "rec", "add", "--committee",
	    "pcs-osc", "--meeting", "2024-11-15", "--item", "Commercial strategy",
	    "--number", "1", "--text", "That the Council shares a more detailed "
	    "project plan, with milestones."), NULL);
	run_ok(s, dir, ARGS("--db", "rt.db", "respond", "1", "--decision",
	    "accepted", "--date", "2025-01-10", "--text", "Agreed; first report "
	    "in March."), NULL);
	run_ok(s, dir, ARGS("--db", "rt.db", "update", "1", "--status",
	    "complete", "--date", "2025-02-01", "--text", "Published."), NULL);
	run_ok(s, dir, ARGS("--db", "rt.db", "respond", "2", "--decision",
	    "Not accepted", "--date", "2025-01-10"), NULL);
	run_ok(s, dir, ARGS("--db", "rt.db", "action", "add", "--rec", "3",
	    "--text", "Draft the plan", "--lead", "Tom Hudson", "--due",
	    "Q4 24/25"), NULL);
	to = xprintf("%s/rt.db", base_dir);
	from = xprintf("%s/rt.db", dir);
	make_dir(base_dir);
	if (rename(from, to) != 0)
		die("rename %s: %s", from, strerror(errno));
	free(from);
	free(to);
	remove_tree(dir);
	free(dir);
}

/* The state before each command, made in dir (which exists, empty). */
static void
prep_none(const char *dir)
{
	(void)dir;
}

/*
 * migrate upgrades a database the previous release made (its demo data,
 * tests/fixtures/): each migration is one transaction, so a fault leaves
 * the release's database, the upgraded one, or one upgraded part way (the
 * migrations before the fault applied) from which a clean migrate makes
 * exactly the upgraded one (check_run).
 */
static void
prep_release(const char *dir)
{
	char *p = xprintf("%s/rt.db", dir), *sql;
	size_t n;
	sqlite3 *h = NULL;

	if ((sql = file_read(RT_SOURCE_DIR "/tests/fixtures/release-0.1.0.sql",
	    &n)) == NULL)
		die("read the release fixture: %s", strerror(errno));
	if (sqlite3_open(p, &h) != SQLITE_OK ||
	    sqlite3_exec(h, sql, NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_exec(h, "PRAGMA journal_mode = WAL", NULL, NULL, NULL) != SQLITE_OK)
		die("load the release fixture: %s", sqlite3_errmsg(h));
	sqlite3_close(h);
	free(sql);
	free(p);
}

static void
prep_base(const char *dir)
{
	char *from = xprintf("%s/rt.db", base_dir), *to = xprintf("%s/rt.db", dir);
	char *p;
	size_t n;

	if ((p = file_read(from, &n)) == NULL)
		die("read %s: %s", from, strerror(errno));
	file_write(to, p, n);
	free(p);
	free(from);
	free(to);
}

static void
prep_import(const char *dir, int nrows)
{
	char *p = xprintf("%s/data.csv", dir);

	prep_base(dir);
	write_import(p, nrows);
	free(p);
}

/*
 * An import into a database with no recommendation yet runs with a
 * rollback journal instead of the WAL (rt_db_bulk in src/db.c): the
 * older backup holds a committee and nothing else.
 */
static void
prep_import_empty(const char *dir)
{
	char *p = xprintf("%s/rt.db", dir), *q;
	size_t n;

	if ((q = file_read(old_backup, &n)) == NULL)
		die("read %s: %s", old_backup, strerror(errno));
	file_write(p, q, n);
	free(q);
	free(p);
	p = xprintf("%s/data.csv", dir);
	write_import(p, 300);
	free(p);
}

static void
prep_import1000(const char *dir)
{
	prep_import(dir, 1000);
}

static void
prep_import100(const char *dir)
{
	prep_import(dir, 100);
}

static void
prep_backup(const char *dir)
{
	char *to = xprintf("%s/backup.db", dir), *p;
	size_t n;

	prep_base(dir);
	if ((p = file_read(old_backup, &n)) == NULL)
		die("read %s: %s", old_backup, strerror(errno));
	file_write(to, p, n);
	free(p);
	free(to);
}

static void
prep_export(const char *dir)
{
	char *to = xprintf("%s/export", dir);

	prep_base(dir);
	copy_tree(old_export, to);
	free(to);
}

/*
 * The commands.
 */

enum extra {
	EXTRA_NONE,	/* the database is all there is */
	EXTRA_BACKUP,	/* and backup.db: the old one or a whole new one */
	EXTRA_EXPORT	/* and export/: the old files or all the new ones */
};

struct scenario {
	const char *name;	/* for the report */
	void (*prep)(const char *dir);
	const char *const *args; /* after the program name */
	enum extra extra;
	int oom;		/* in --mode oom */
	int io;			/* in --mode io */
};

static const struct scenario scenarios[] = {
	{"init", prep_none, ARGS("--db", "rt.db", "init"), EXTRA_NONE, 0, 1},
	{"migrate", prep_release, ARGS("--db", "rt.db", "migrate"), EXTRA_NONE, 0,
	    1},
	{"rec add", prep_base, ARGS("--db", "rt.db", "rec", "add", "--committee",
	    "pcs-osc", "--meeting", "2025-01-20", "--item", "Capital programme",
	    "--number", "1", "--text", "That the Council publishes, every quarter, "
	    "the \"slippage\" of each capital scheme.", "--lead",
	    "Vic Kurzeja; Michael Smedley", "--update-due", "March 2025"),
	    EXTRA_NONE, 1, 1},
	{"respond", prep_base, ARGS("--db", "rt.db", "respond", "3", "--decision",
	    "Partially accepted", "--date", "2025-02-11", "--text",
	    "Accepted in part: a summary plan will be shared."), EXTRA_NONE, 0, 1},
	{"update", prep_base, ARGS("--db", "rt.db", "update", "1", "--status",
	    "in-progress", "--date", "2025-03-01", "--text", "Second report "
	    "drafted.", "--due", "June 2025"), EXTRA_NONE, 0, 1},
	{"import 1000 rows", prep_import1000, ARGS("--db", "rt.db", "import",
	    "data.csv"), EXTRA_NONE, 0, 1},
	{"import 100 rows", prep_import100, ARGS("--db", "rt.db", "import",
	    "data.csv"), EXTRA_NONE, 1, 0},
	{"import 300 rows, empty database", prep_import_empty, ARGS("--db",
	    "rt.db", "import", "data.csv"), EXTRA_NONE, 0, 1},
	{"tracker --mark-reported", prep_base, ARGS("--db", "rt.db", "tracker",
	    "pcs-osc", "--meeting", "2025-03-14", "--mark-reported"), EXTRA_NONE,
	    0, 1},
	{"backup", prep_backup, ARGS("--db", "rt.db", "backup", "backup.db"),
	    EXTRA_BACKUP, 0, 1},
	{"export", prep_export, ARGS("--db", "rt.db", "export", "--dir", "export",
	    "--as-of", "2025-03-01"), EXTRA_EXPORT, 0, 1},
	{NULL, NULL, NULL, EXTRA_NONE, 0, 0}
};

/* The files of an export, as cmd-export.c writes them. */
static const char *const export_files[] = {
	"SHA256SUMS", "action_state.csv", "actions.csv", "committees.csv",
	"flat.csv", "items.csv", "leads.csv", "manifest.json", "meetings.csv",
	"recommendation_state.csv", "recommendations.csv", "reports.csv",
	"responses.csv", "revisions.csv", "updates.csv", "vocabulary.csv", NULL
};
#define NEXPORT 16

/* What is known of a command once its clean run is done. */
struct known {
	const struct scenario *sc;
	char *before_dir;	/* the state before: copied for every run */
	char *before;		/* db_state() before */
	char *after;		/* db_state() after a clean run */
	char *out;		/* the clean run's standard output */
	long io, oom;		/* its points */
	long *own, nown;	/* its allocations that were the program's */
	char *old_backup;	/* backup.db before (bytes) */
	size_t nold_backup;
	char *new_backup;	/* db_state() of backup.db after */
	char *old_files[NEXPORT], *new_files[NEXPORT]; /* export/ */
	size_t nold_files[NEXPORT];
};

/* A manifest without its snapshot time, which differs from run to run. */
static char *
strip_snapshot(char *p)
{
	char *line, *end;

	if (p != NULL && (line = strstr(p, "\"snapshot\"")) != NULL &&
	    (end = strchr(line, '\n')) != NULL)
		memmove(line, end + 1, strlen(end + 1) + 1);
	return p;
}

static char *
export_file(const char *dir, int i, size_t *n)
{
	char *path = xprintf("%s/export/%s", dir, export_files[i]);
	char *p = file_read(path, n);

	free(path);
	if (p != NULL && strcmp(export_files[i], "manifest.json") == 0)
		strip_snapshot(p);
	return p;
}

static void
known_release(struct known *k)
{
	int i;

	free(k->before_dir);
	free(k->before);
	free(k->after);
	free(k->out);
	free(k->own);
	free(k->old_backup);
	free(k->new_backup);
	for (i = 0; i < NEXPORT; i++) {
		free(k->old_files[i]);
		free(k->new_files[i]);
	}
}

/* A fresh copy of the state before, in work. */
static void
reset(const struct known *k, const char *work)
{
	remove_tree(work);
	copy_tree(k->before_dir, work);
}

/* Prepare the command's state before and run it clean. */
static void
learn(struct known *k, const struct scenario *sc, int index, struct scratch *s)
{
	char *work = xprintf("%s/clean", root), *p, *problem;
	struct run r, again;
	size_t n;
	int i;

	memset(k, 0, sizeof *k);
	k->sc = sc;
	k->before_dir = xprintf("%s/before-%d", root, index);
	make_dir(k->before_dir);
	sc->prep(k->before_dir);

	reset(k, work);
	p = xprintf("%s/rt.db", work);
	if ((k->before = db_state(p, &problem)) == NULL)
		die("%s: the state before: %s", sc->name, problem);
	reset(k, work);
	run_ok(s, work, sc->args, &r);
	if ((k->after = db_state(p, &problem)) == NULL)
		die("%s: the state after: %s", sc->name, problem);
	free(p);
	k->out = r.out;
	k->own = r.own;
	k->nown = r.nown;
	free(r.err);
	k->io = r.io;
	k->oom = r.oom;
	if (k->io < 0 || k->oom < 0)
		die("%s: the clean run wrote no counts", sc->name);

	if (sc->extra == EXTRA_BACKUP) {
		p = xprintf("%s/backup.db", k->before_dir);
		if ((k->old_backup = file_read(p, &k->nold_backup)) == NULL)
			die("read %s: %s", p, strerror(errno));
		free(p);
		p = xprintf("%s/backup.db", work);
		if ((k->new_backup = db_state(p, &problem)) == NULL)
			die("%s: the new backup: %s", sc->name, problem);
		free(p);
	}
	if (sc->extra == EXTRA_EXPORT)
		for (i = 0; i < NEXPORT; i++) {
			if ((k->old_files[i] = export_file(k->before_dir, i,
			    &k->nold_files[i])) == NULL ||
			    (k->new_files[i] = export_file(work, i, &n)) == NULL)
				die("%s: %s is missing", sc->name, export_files[i]);
		}

	/* The counts must not change between runs, or the sweep misses points. */
	reset(k, work);
	run_ok(s, work, sc->args, &again);
	if (again.io != k->io || again.oom != k->oom)
		fprintf(stderr, "rt_fault: %s: note: the counts vary between clean "
		    "runs (io %ld, %ld; oom %ld, %ld)\n", sc->name, k->io, again.io,
		    k->oom, again.oom);
	run_free(&again);
	remove_tree(work);
	free(work);
}

/*
 * Checking one run.
 */

/* The names the command's directory may hold afterwards. */
static int
allowed_name(const char *name)
{
	static const char *const ok[] = {"rt.db", "rt.db-wal", "rt.db-shm",
	    "rt.db-journal", "data.csv", "backup.db", "export", NULL};
	int i;

	for (i = 0; ok[i] != NULL; i++)
		if (strcmp(name, ok[i]) == 0)
			return 1;
	return 0;
}

/* Anything else in dir (and, for an export, in export/): a problem. */
static char *
left_behind(const struct known *k, const char *work)
{
	struct sbuf b = {NULL, 0, 0};
	char *names = list_dir(work), *name, *next, *sub;
	int i;

	for (name = names; *name != '\0'; name = next) {
		next = strchr(name, '\n');
		*next++ = '\0';
		if (!allowed_name(name))
			sb_printf(&b, "%s%s", b.n ? ", " : "", name);
	}
	free(names);
	if (k->sc->extra == EXTRA_EXPORT) {
		struct sbuf want = {NULL, 0, 0};

		sub = xprintf("%s/export", work);
		names = list_dir(sub);
		for (i = 0; export_files[i] != NULL; i++)
			sb_printf(&want, "%s\n", export_files[i]);
		if (strcmp(names, sb_done(&want)) != 0)
			sb_printf(&b, "%sexport/ holds: %s", b.n ? "; " : "", names);
		free(want.s);
		free(names);
		free(sub);
	}
	if (b.n == 0)
		return NULL;
	names = xprintf("left behind: %s", b.s);
	free(b.s);
	return names;
}

/* One line of s for a report, control characters shown. */
static char *
oneline(const char *s)
{
	struct sbuf b = {NULL, 0, 0};
	size_t n = 0;

	for (; *s != '\0' && n < 300; s++, n++) {
		if (*s == '\n')
			sb_puts(&b, "\\n");
		else
			sb_add(&b, s, 1);
	}
	return sb_done(&b);
}

/* What the backup scenario adds: backup.db is the old file or a new one. */
static char *
check_backup(const struct known *k, const char *work, int failed)
{
	char *p = xprintf("%s/backup.db", work), *bytes, *state, *problem;
	size_t n;

	bytes = file_read(p, &n);
	if (bytes == NULL) {
		free(p);
		return xstrdup("backup.db is gone");
	}
	if (failed && n == k->nold_backup &&
	    memcmp(bytes, k->old_backup, n) == 0) {
		free(bytes);
		free(p);
		return NULL;
	}
	free(bytes);
	state = db_state(p, &problem);
	free(p);
	if (state == NULL)
		return xprintf("backup.db is neither the old file nor a whole "
		    "backup: %s", problem);
	if (strcmp(state, k->new_backup) != 0) {
		free(state);
		return xstrdup("backup.db is neither the old file nor a whole "
		    "backup of the database");
	}
	free(state);
	return NULL;
}

/* What the export scenario adds: all files old (failed) or all new (done). */
static char *
check_export(const struct known *k, const char *work, int failed)
{
	char *p;
	size_t n;
	int i, old = 0, new = 0;

	for (i = 0; i < NEXPORT; i++) {
		if ((p = export_file(work, i, &n)) == NULL)
			return xprintf("export/%s is gone", export_files[i]);
		if (n == k->nold_files[i] && memcmp(p, k->old_files[i], n) == 0)
			old++;
		else if (strcmp(p, k->new_files[i]) == 0)
			new++;
		free(p);
	}
	if (failed && old != NEXPORT)
		return xprintf("a failed export changed the previous files (%d of "
		    "%d old, %d new)", old, NEXPORT, new);
	if (!failed && new != NEXPORT)
		return xprintf("a successful export left %d of %d files new",
		    new, NEXPORT);
	return NULL;
}

/* The verdict on one run: NULL when consistent, else why not. */
static char *
check_run(const struct known *k, const char *work, const struct run *r,
    int *committed, struct scratch *s)
{
	char *p, *state, *problem, *why = NULL, *line;
	int failed = r->code != 0;

	*committed = 0;
	if (r->code >= 128)
		return xprintf("killed by signal %d", r->code - 128);
	if (r->code != 0 && r->code != 1)
		return xprintf("exit %d, not 0 or 1", r->code);
	if (failed) {
		size_t n = strlen(r->err);

		if (strncmp(r->err, "rectrack: ", 10) != 0 || n == 0 ||
		    r->err[n - 1] != '\n' || strchr(r->err, '\n') != r->err + n - 1)
			return xprintf("standard error is not one line "
			    "\"rectrack: ...\"");
		if (r->out[0] != '\0')
			return xprintf("failed, but wrote to standard output");
	} else {
		if (r->err[0] != '\0')
			return xprintf("exit 0 with standard error");
		if (strcmp(r->out, k->out) != 0) {
			line = oneline(r->out);
			why = xprintf("exit 0 with other output: %s", line);
			free(line);
			return why;
		}
		/*
		 * SQLite may absorb a fault of its own (the shim's points are
		 * xWrite, xSync, xTruncate); a failed write of the program's own
		 * (fwrite, fsync, rename, ...) must never pass silently.
		 */
		if (r->hit[0] != '\0' && r->hit[0] != 'x')
			return xprintf("exit 0 although its own write failed");
	}

	p = xprintf("%s/rt.db", work);
	state = db_state(p, &problem);
	free(p);
	if (state == NULL)
		return problem;
	if (strcmp(state, k->after) == 0)
		*committed = strcmp(k->before, k->after) != 0;
	else if (!failed)
		why = xstrdup("exit 0, but the database is not the state after");
	else if (strcmp(state, k->before) != 0 && k->sc->prep == prep_release) {
		/* Part way: a clean migrate must finish it exactly. */
		struct run again;
		char *finished;

		run(&again, s, work, k->sc->args, &no_fault);
		p = xprintf("%s/rt.db", work);
		finished = again.code == 0 ? db_state(p, &problem) : NULL;
		free(p);
		if (finished == NULL || strcmp(finished, k->after) != 0)
			why = xstrdup("the database is neither the state before nor "
			    "the state after, and a clean migrate does not finish it");
		free(finished);
		run_free(&again);
	} else if (strcmp(state, k->before) != 0)
		why = xstrdup("the database is neither the state before nor the "
		    "state after");
	free(state);
	if (why == NULL && k->sc->extra == EXTRA_BACKUP)
		why = check_backup(k, work, failed);
	if (why == NULL && k->sc->extra == EXTRA_EXPORT)
		why = check_export(k, work, failed);
	if (why == NULL)
		why = left_behind(k, work);
	return why;
}

/*
 * The sweeps.
 */

/* What a sweep found, summed over its workers. */
struct tally {
	long runs;		/* runs made */
	long bad;		/* inconsistent runs */
	long absorbed;		/* exit 0 although a fault was injected */
	long late;		/* exit 1 with the change made (after the commit) */
	long missed;		/* the point was never reached */
};

/*
 * The points of a sweep: every one, or with --quick a sample: every 7th
 * (at most about QUICK_IO or QUICK_OOM), the last few, and for allocations
 * up to QUICK_OWN of the program's own, whose error paths are the
 * program's.
 */
static long *
points(const struct known *k, int oom, int quick, long *n)
{
	long count = oom ? k->oom : k->io, *pt, i, step = QUICK_STEP;
	long most = oom ? QUICK_OOM : QUICK_IO;
	char *take = xmalloc((size_t)count + 1);

	memset(take, !quick, (size_t)count + 1);
	if (quick) {
		if (count / step > most)
			step = (count + most - 1) / most;
		for (i = 1; i <= count; i++)
			take[i] = (i - 1) % step == 0 || i > count - QUICK_TAIL;
		step = oom && k->nown > QUICK_OWN ?
		    (k->nown + QUICK_OWN - 1) / QUICK_OWN : 1;
		for (i = 0; oom && i < k->nown; i += step)
			if (k->own[i] <= count)
				take[k->own[i]] = 1;
	}
	pt = xmalloc((size_t)(count > 0 ? count : 1) * sizeof *pt);
	for (*n = 0, i = 1; i <= count; i++)
		if (take[i])
			pt[(*n)++] = i;
	free(take);
	return pt;
}

/* Report one inconsistent run, with what is needed to reproduce it. */
static void
report(const struct known *k, const struct fault *f, const struct run *r,
    const char *why, long nbad)
{
	char *err;
	size_t i;

	if (nbad > MAX_REPORTED)
		return;
	err = oneline(r->err);
	printf("FAIL %s: %s at %ld (hit: %s): %s; exit %d; stderr: %s\n",
	    k->sc->name, f->io_at ? f->kind : "oom", f->io_at ? f->io_at :
	    f->oom_at, r->hit[0] ? r->hit : "-", why, r->code, err);
	printf("     reproduce: %s=%ld%s%s rectrack-fault",
	    f->io_at ? "RT_FAULT_AT" : "RT_OOM_AT", f->io_at ? f->io_at :
	    f->oom_at, f->io_at ? " RT_FAULT_KIND=" : "", f->io_at ? f->kind : "");
	for (i = 0; k->sc->args[i] != NULL; i++)
		printf(" '%s'", k->sc->args[i]);
	printf("\n");
	free(err);
	fflush(stdout);
}

/* Worker w of jobs: every jobs-th point from the w-th. */
static void
sweep_worker(const struct known *k, const char *kind, const long *pt, long npt,
    int w, int jobs, struct tally *t)
{
	struct scratch s;
	struct fault f;
	struct run r;
	char *work, *tag, *why;
	long i;
	int committed, reached;

	tag = xprintf("w%d", w);
	scratch_init(&s, tag);
	work = xprintf("%s/work-%d", root, w);
	memset(t, 0, sizeof *t);
	for (i = w; i < npt && !stop; i += jobs) {
		f.kind = kind;
		f.io_at = kind != NULL ? pt[i] : 0;
		f.oom_at = kind == NULL ? pt[i] : 0;
		reset(k, work);
		run(&r, &s, work, k->sc->args, &f);
		why = check_run(k, work, &r, &committed, &s);
		/* Did the run get as far as the point?  (oom counts failures.) */
		reached = kind != NULL ? r.hit[0] != '\0' : r.oom >= f.oom_at;
		t->runs++;
		if (why != NULL) {
			t->bad++;
			report(k, &f, &r, why, t->bad);
			free(why);
		} else if (!reached)
			t->missed++;
		else if (r.code == 0)
			t->absorbed++;
		else if (committed)
			t->late++;
		if (verbose)
			printf("  %s %s %ld: exit %d%s%s%s%s\n", k->sc->name,
			    kind ? kind : "oom", pt[i], r.code, r.hit[0] ? " (hit " : "",
			    r.hit, r.hit[0] ? ")" : "", committed ? ", committed" : "");
		run_free(&r);
	}
	remove_tree(work);
	free(work);
	scratch_release(&s);
	free(tag);
}

/* Run the points on jobs processes; the tallies are summed into t. */
static void
sweep(const struct known *k, const char *kind, const long *pt, long npt,
    int jobs, struct tally *t)
{
	struct tally part;
	pid_t *pids;
	char *path, *p;
	size_t n;
	int w, j, status;

	memset(t, 0, sizeof *t);
	if (jobs <= 1 || npt < 2 * jobs) {
		sweep_worker(k, kind, pt, npt, 0, 1, t);
		return;
	}
	fflush(stdout);
	pids = xmalloc((size_t)jobs * sizeof *pids);
	for (w = 0; w < jobs; w++) {
		if ((pids[w] = fork()) < 0)
			die("fork: %s", strerror(errno));
		if (pids[w] == 0) {
			sweep_worker(k, kind, pt, npt, w, jobs, &part);
			path = xprintf("%s/tally-%d", root, w);
			file_write(path, (const char *)&part, sizeof part);
			free(path);
			fflush(stdout);
			_exit(0);
		}
	}
	for (w = 0; w < jobs; w++) {
		while (waitpid(pids[w], &status, 0) < 0) {
			if (errno != EINTR)
				die("waitpid: %s", strerror(errno));
			/* Told to stop: so are the workers, after their run. */
			for (j = 0; stop && j < jobs; j++)
				kill(pids[j], SIGTERM);
		}
		path = xprintf("%s/tally-%d", root, w);
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 ||
		    (p = file_read(path, &n)) == NULL || n != sizeof part)
			die("worker %d failed", w);
		memcpy(&part, p, sizeof part);
		free(p);
		unlink(path);
		free(path);
		t->runs += part.runs;
		t->bad += part.bad;
		t->absorbed += part.absorbed;
		t->late += part.late;
		t->missed += part.missed;
	}
	free(pids);
}

static void
usage(void)
{
	fprintf(stderr, "usage: rt_fault --bin PATH --mode io|oom [--quick] "
	    "[--jobs N] [--only NAME] [--verbose]\n");
	exit(2);
}

int
main(int argc, char **argv)
{
	static const char *const kinds[] = {"ioerr", "full"};
	const char *mode = NULL, *only = NULL, *tmp, *keep;
	char *binpath = NULL;
	const struct scenario *sc;
	struct sigaction sa;
	struct scratch s;
	struct tally t, total;
	struct known k;
	double start = now(), t0;
	long *pt, npt, count, ncmd = 0;
	int quick = 0, jobs, i, j, oom, nkinds;

	jobs = (int)sysconf(_SC_NPROCESSORS_ONLN);
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--bin") == 0 && i + 1 < argc)
			bin = argv[++i];
		else if (strcmp(argv[i], "--mode") == 0 && i + 1 < argc)
			mode = argv[++i];
		else if (strcmp(argv[i], "--only") == 0 && i + 1 < argc)
			only = argv[++i];
		else if (strcmp(argv[i], "--jobs") == 0 && i + 1 < argc)
			jobs = atoi(argv[++i]);
		else if (strcmp(argv[i], "--quick") == 0)
			quick = 1;
		else if (strcmp(argv[i], "--verbose") == 0)
			verbose = 1;
		else
			usage();
	}
	if (bin == NULL || mode == NULL ||
	    (strcmp(mode, "io") != 0 && strcmp(mode, "oom") != 0))
		usage();
	/* Runs happen in their own directories: the path must not be relative. */
	if (access(bin, X_OK) != 0)
		die("cannot run %s: build it first", bin);
	if (bin[0] != '/') {
		char cwd[4096];

		if (getcwd(cwd, sizeof cwd) == NULL)
			die("getcwd: %s", strerror(errno));
		bin = binpath = xprintf("%s/%s", cwd, bin);
	}
	if (jobs < 1)
		jobs = 1;
	oom = strcmp(mode, "oom") == 0;
	nkinds = oom ? 1 : 2;
	setvbuf(stdout, NULL, _IOLBF, 0);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);

	/*
	 * Every run fsyncs (synchronous=FULL), which on a disk costs more
	 * than the run itself: work in memory (tmpfs) unless told otherwise.
	 */
	if ((tmp = getenv("TMPDIR")) == NULL || *tmp == '\0')
		tmp = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
	snprintf(root, sizeof root, "%s/rt_fault.XXXXXX", tmp);
	if (mkdtemp(root) == NULL)
		die("mkdtemp %s: %s", root, strerror(errno));
	scratch_init(&s, "main");
	base_dir = xprintf("%s/base-db", root);
	old_backup = xprintf("%s/old-backup.db", root);
	old_export = xprintf("%s/old-export", root);
	build_base(&s);

	memset(&total, 0, sizeof total);
	for (i = 0; scenarios[i].name != NULL && !stop; i++) {
		sc = &scenarios[i];
		if (!(oom ? sc->oom : sc->io) ||
		    (only != NULL && strcmp(only, sc->name) != 0))
			continue;
		t0 = now();
		learn(&k, sc, i, &s);
		count = oom ? k.oom : k.io;
		pt = points(&k, oom, quick, &npt);
		ncmd++;
		for (j = 0; j < nkinds; j++) {
			sweep(&k, oom ? NULL : kinds[j], pt, npt, jobs, &t);
			total.runs += t.runs;
			total.bad += t.bad;
			total.absorbed += t.absorbed;
			total.late += t.late;
			total.missed += t.missed;
			printf("%-24s %-5s %5ld points, %5ld run: %s", sc->name,
			    oom ? "oom" : kinds[j], count, t.runs, t.bad ? "" : "ok");
			if (t.bad)
				printf("%ld INCONSISTENT", t.bad);
			if (t.absorbed)
				printf(", %ld absorbed (exit 0)", t.absorbed);
			if (t.late)
				printf(", %ld failed after the commit", t.late);
			if (t.missed)
				printf(", %ld not reached", t.missed);
			printf("\n");
		}
		if (verbose)
			printf("  (%.1f s)\n", now() - t0);
		free(pt);
		known_release(&k);
	}

	keep = getenv("RT_FAULT_KEEP");
	if (keep != NULL && strcmp(keep, "1") == 0)
		fprintf(stderr, "rt_fault: kept %s\n", root);
	else
		remove_tree(root);
	scratch_release(&s);
	free(base_dir);
	free(old_backup);
	free(old_export);
	free(binpath);

	printf("fault injection (%s%s): %ld points in %ld commands, %s", mode,
	    quick ? ", quick" : "", total.runs, ncmd, total.bad ? "" :
	    "all consistent");
	if (total.bad)
		printf("%ld INCONSISTENT", total.bad);
	printf(" (%.0f s)%s\n", now() - start, stop ? ", INTERRUPTED" : "");
	return total.bad == 0 && ncmd > 0 && !stop ? 0 : 1;
}
