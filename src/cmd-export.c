/*
 * cmd-export.c - export: every table as CSV for colleagues who live in
 * Excel, from one consistent snapshot, or one table on standard output.
 *
 * The nightly job runs "export --dir DIR".  All files are read inside one
 * read transaction, which in WAL mode is a snapshot: writers go on, and
 * the export shows the database as it was when the transaction made its
 * first read.  Each file is written beside its target under a hidden
 * temporary name, flushed and fsynced; only when every file, and the
 * manifest that describes them, has been written are they renamed into
 * place, the manifest last.  A reader therefore never sees half a file,
 * and a failed export leaves the previous night's files as they were:
 * the targets are hard-linked to backup names first, so that when a
 * rename fails half way the files already replaced can be put back.
 *
 * The bytes are RFC 4180 (rt_csv_field) with the formula guard on text
 * cells, rows in primary-key order as the SQL of sql/export/ gives them,
 * so that two exports of the same data are byte-identical.  Rows are
 * formatted into a small memory stream, hashed (SHA-256, for the
 * manifest) and written out in chunks: memory does not grow with the
 * number of rows.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "rectrack/cmd.h"
#include "rectrack/date.h"
#include "rectrack/export.h"
#include "rectrack/sha256.h"
#include "rectrack/util.h"

#define CHUNK		65536	/* bytes formatted before they are written */
#define PROGRESS_EVERY	0.5	/* seconds between progress lines */

/* The files of an export, in the order written and listed. */
const char *const rt_export_tables[] = {
	"committees", "meetings", "items", "recommendations", "responses",
	"updates", "actions", "leads", "revisions", "vocabulary", "reports",
	"flat", "recommendation_state", "action_state", NULL
};
#define tables rt_export_tables
#define NTABLES 14

/* Their statements, in the same order. */
static const enum rt_sql_id table_sql[NTABLES] = {
	RT_SQL_EXPORT_COMMITTEES, RT_SQL_EXPORT_MEETINGS, RT_SQL_EXPORT_ITEMS,
	RT_SQL_EXPORT_RECOMMENDATIONS, RT_SQL_EXPORT_RESPONSES,
	RT_SQL_EXPORT_UPDATES, RT_SQL_EXPORT_ACTIONS, RT_SQL_EXPORT_LEADS,
	RT_SQL_EXPORT_REVISIONS, RT_SQL_EXPORT_VOCABULARY,
	    RT_SQL_EXPORT_REPORTS,
	RT_SQL_EXPORT_FLAT, RT_SQL_EXPORT_RECOMMENDATION_STATE,
	RT_SQL_EXPORT_ACTION_STATE
};

int
rt_export_sql(const char *table, enum rt_sql_id *id)
{
	int i;

	for (i = 0; i < NTABLES; i++)
		if (strcmp(tables[i], table) == 0) {
			*id = table_sql[i];
			return 1;
		}
	return 0;
}
#define SUMS NTABLES		/* files[SUMS]: SHA256SUMS */
#define MANIFEST (NTABLES + 1)	/* files[MANIFEST]: manifest.json, last */
#define NFILES (NTABLES + 2)

static const char names_list[] = "committees, meetings, items, "
    "recommendations, responses, updates, actions, leads, revisions, "
    "vocabulary, reports, flat, recommendation_state, action_state";

/* What the previous target was, for putting it back. */
enum prev {
	PREV_NONE,	/* there was no file: remove the new one */
	PREV_KEPT,	/* linked to the backup name: rename it back */
	PREV_LOST	/* could not be linked: it stays replaced */
};

/* One output file of "export --dir". */
struct file {
	const char *name;	/* "committees.csv" (points into out) */
	struct rt_buf target;	/* DIR/committees.csv */
	struct rt_buf tmp;	/* DIR/.committees.csv.tmp-PID */
	struct rt_buf old;	/* DIR/.committees.csv.old-PID */
	int have_tmp;		/* tmp exists and is ours to remove */
	int renamed;		/* tmp now is target */
	enum prev prev;		/* what target was before */
	long long rows;		/* data rows, header not counted */
	unsigned long long bytes; /* file size */
	char sha[65];		/* SHA-256 of the file, hex */
};

/*
 * Where the bytes of one CSV go: the output engine formats every row
 * (out.c: RFC 4180, the formula guard, --excel) and hands it to
 * sink_write(), which gathers rows in a buffer and writes it to the real
 * file a chunk at a time, through the hash when the caller wants one
 * (export --dir's manifest and SHA256SUMS).
 */
struct sink {
	FILE *fp;		/* the destination */
	struct rt_buf buf;	/* rows are gathered here first */
	int hash;		/* keep sha of every byte */
	struct rt_sha256 sha;	/* of every byte written to fp */
	unsigned long long bytes; /* how many */
	int err;		/* errno of the first failed write, or 0 */
	int bom;		/* a byte-order mark is still to come first */
	const char *name;	/* the file, for progress lines */
	int progress;		/* show progress on stderr */
	long long writes;	/* calls so far: a row each, about */
	double start, last;	/* when the file was begun, last progress */
};

/* One export run. */
struct export {
	struct rt_ctx *ctx;
	int guard;		/* formula guard (default on) */
	int bom;		/* --bom */
	int excel;		/* --excel */
	int progress;		/* progress lines on stderr */
	char as_of[RT_DATE_LEN]; /* derived states as of this date */
	char snapshot[32];	/* UTC time of the snapshot, ISO 8601 */
	int schema_version;	/* PRAGMA user_version of the snapshot */
	const char *dir;	/* --dir, without trailing slashes */
	struct file files[NFILES];
};

/* Set by SIGINT, SIGTERM or SIGHUP while files are being written. */
static volatile sig_atomic_t interrupted;

static void
on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
show_progress(const char *name, long long rows, double start, int last)
{
	double t = now() - start;

	fprintf(stderr, "\rexport: %s: %lld rows (%.0f rows/s)%s", name, rows,
	    (double)rows / (t > 0 ? t : 1), last ? "\n" : "");
}

static void
sink_open(struct sink *s, FILE *fp, int hash)
{
	memset(s, 0, sizeof *s);
	s->fp = fp;
	s->hash = hash;
	if (hash)
		rt_sha256_init(&s->sha);
	s->start = s->last = now();
}

/* Hash and write what buf holds, then empty it for the next chunk. */
static int
sink_drain(struct sink *s)
{
	if (s->err != 0)
		return -1;
	if (s->buf.oom) {
		s->err = ENOMEM;
		return -1;
	}
	if (s->buf.len > 0) {
		if (s->hash)
			rt_sha256_update(&s->sha, s->buf.s, s->buf.len);
		errno = 0;
		if (fwrite(s->buf.s, 1, s->buf.len, s->fp) != s->buf.len) {
			s->err = errno != 0 ? errno : EIO;
			return -1;
		}
		s->bytes += s->buf.len;
	}
	rt_buf_reset(&s->buf);
	return 0;
}

/*
 * The engine's write callback.  A signal that asked the export to stop
 * ends the rows here (EINTR), so a huge table stops at once.
 */
static ssize_t
sink_write(void *arg, const unsigned char *p, size_t n)
{
	struct sink *s = arg;

	if (interrupted) {
		errno = EINTR;
		return -1;
	}
	if (s->bom) {
		rt_buf_puts(&s->buf, "\xEF\xBB\xBF");
		s->bom = 0;
	}
	rt_buf_add(&s->buf, (const char *)p, n);
	if (s->buf.len >= CHUNK && sink_drain(s) != 0) {
		errno = s->err;
		return -1;
	}
	if (s->progress && (++s->writes & 255) == 0 &&
	    now() - s->last >= PROGRESS_EVERY) {
		s->last = now();
		show_progress(s->name, s->writes, s->start, 0);
	}
	return (ssize_t)n;
}

static void
sink_close(struct sink *s)
{
	rt_buf_release(&s->buf);
}

/*
 * Write one table's CSV (sql/export/TABLE.sql) to fp.  *rows, *bytes and
 * sha (when not NULL) receive what was written.  label names the file in
 * messages.
 */
static int
export_table(struct export *x, const char *table, const char *label, FILE *fp,
    enum rt_fmt fmt, long long *rows, unsigned long long *bytes, char sha[65])
{
	struct rt_db *db = &x->ctx->db;
	struct rt_err *e = x->ctx->e, run;
	struct rt_out o;
	struct sink s;
	sqlite3_stmt *st = NULL;
	char what[128], name[64];
	enum rt_sql_id id;
	int rc;

	*rows = 0;
	snprintf(name, sizeof name, "%s.%s", table, fmt == RT_FMT_JSON ? "json" :
	    "csv");
	snprintf(what, sizeof what, "export: %s", label);
	if (!rt_export_sql(table, &id))
		return rt_error(e, RT_FAIL, "export: no table '%s'", table);
	sink_open(&s, fp, sha != NULL);
	s.bom = x->bom;
	s.name = name;
	s.progress = x->progress;
	if (sqlite3_prepare_v2(db->h, rt_sql(id), -1, &st, NULL) != SQLITE_OK) {
		rc = rt_db_error(db, what, e);
		goto out;
	}
	rt_bind_text(st, ":as_of", x->as_of);
	memset(&o, 0, sizeof o);
	o.fmt = fmt;
	o.no_guard = !x->guard;
	o.excel = x->excel;
	o.xWrite = sink_write;
	o.pWriteArg = &s;
	o.pRows = rows;
	rt_err_clear(&run);
	if (rt_out_rows(st, &o, &run) != RT_OK) {
		if (interrupted)
			rc = rt_error(e, RT_FAIL, "%s: interrupted", what);
		else if (s.err != 0)
			rc = rt_error(e, RT_FAIL, "%s: %s", what, strerror(s.err));
		else
			rc = rt_error(e, run.code, "%s: %s", what,
			    strncmp(run.msg, "query: ", 7) == 0 ? run.msg + 7 :
			    run.msg);
		goto out;
	}
	if (sink_drain(&s) != 0) {
		rc = rt_error(e, RT_FAIL, "%s: %s", what, strerror(s.err));
		goto out;
	}
	if (x->progress)
		show_progress(name, *rows, s.start, 1);
	if (bytes != NULL)
		*bytes = s.bytes;
	if (sha != NULL)
		rt_sha256_hex(&s.sha, sha);
	rc = RT_OK;
out:
	sqlite3_finalize(st);
	sink_close(&s);
	return rc;
}

/*
 * Open the snapshot: BEGIN, then a first read, which in WAL mode fixes
 * what every later read of the transaction sees.  The state views are
 * then computed as of x->as_of (TEMP objects: a read-only connection may
 * create them).
 */
static int
snapshot_begin(struct export *x)
{
	struct rt_db *db = &x->ctx->db;
	struct tm tm;
	time_t t;
	int rc;

	if ((rc = rt_db_exec(db, "BEGIN", x->ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_db_version(db, &x->schema_version, x->ctx->e)) != RT_OK ||
	    (rc = rt_db_exec(db, rt_sql(RT_SQL_SCHEMA_DB_OBJECTS), x->ctx->e))
	    != RT_OK)
		return rc;
	t = time(NULL);
	if (gmtime_r(&t, &tm) == NULL ||
	    strftime(x->snapshot, sizeof x->snapshot, "%Y-%m-%dT%H:%M:%SZ", &tm)
	    == 0)
		snprintf(x->snapshot, sizeof x->snapshot, "unknown");
	return rt_db_as_of(db, x->as_of, x->ctx->e);
}

static int
snapshot_end(struct export *x, int rc)
{
	if (rc == RT_OK)
		return rt_db_exec(&x->ctx->db, "COMMIT", x->ctx->e);
	sqlite3_exec(x->ctx->db.h, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

/* fsync the directory, so that the renames in it are durable. */
static int
sync_dir(const char *dir)
{
	int fd, rc;

	if ((fd = open(dir, O_RDONLY)) < 0)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

/*
 * Create f->tmp, which must not exist: O_EXCL refuses a file planted under
 * that name (another user's would stay writable by them; a hard link would
 * have its target truncated) and O_NOFOLLOW a symbolic link.
 */
static FILE *
tmp_open(struct file *f)
{
	FILE *fp;
	int fd;

	fd = open(rt_buf_str(&f->tmp), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC, 0666);
	if (fd < 0)
		return NULL;
	f->have_tmp = 1;
	if ((fp = fdopen(fd, "w")) == NULL)
		close(fd);
	return fp;
}

/* Flush, fsync and close: after this the bytes are on disk. */
static int
tmp_close(FILE *fp)
{
	int rc = 0, saved = 0;

	if (fflush(fp) != 0 || ferror(fp) || fsync(fileno(fp)) != 0) {
		saved = errno != 0 ? errno : EIO;
		rc = -1;
	}
	if (fclose(fp) != 0 && rc == 0) {
		saved = errno;
		rc = -1;
	}
	errno = saved;
	return rc;
}

/* Write one CSV of the export to its temporary file. */
static int
write_csv(struct export *x, struct file *f, const char *table)
{
	FILE *fp;
	int rc;

	errno = 0;
	if ((fp = tmp_open(f)) == NULL)
		return rt_error(x->ctx->e, RT_FAIL, "export: %s: cannot create: %s",
		    rt_buf_str(&f->tmp), strerror(errno != 0 ? errno : ENOMEM));
	rc = export_table(x, table, rt_buf_str(&f->target), fp, RT_FMT_CSV,
	    &f->rows, &f->bytes, f->sha);
	if (tmp_close(fp) != 0 && rc == RT_OK)
		rc = rt_error(x->ctx->e, RT_FAIL, "export: %s: %s",
		    rt_buf_str(&f->target), strerror(errno));
	return rc;
}

/* s as a JSON string, by the output engine's one encoder. */
static void
json_str(struct rt_buf *b, const char *s)
{
	rt_out_json_str(b, s, strlen(s));
}

/*
 * manifest.json: what a consumer checks before trusting the CSVs (that
 * every file is there with these rows and this SHA-256), and what the
 * files mean (snapshot time, as-of date of the derived states, BOM and
 * formula guard).
 */
static void
manifest(struct export *x, struct rt_buf *b)
{
	int i;

	rt_buf_puts(b, "{\n  \"snapshot\": ");
	json_str(b, x->snapshot);
	rt_buf_puts(b, ",\n  \"as_of\": ");
	json_str(b, x->as_of);
	rt_buf_puts(b, ",\n  \"rectrack\": ");
	json_str(b, RT_VERSION);
	rt_buf_printf(b, ",\n  \"schema_version\": %d,\n", x->schema_version);
	rt_buf_printf(b, "  \"bom\": %s,\n", x->bom ? "true" : "false");
	rt_buf_printf(b, "  \"formula_guard\": %s,\n",
	    x->guard ? "true" : "false");
	rt_buf_printf(b, "  \"excel\": %s,\n", x->excel ? "true" : "false");
	rt_buf_puts(b, "  \"files\": [\n");
	for (i = 0; i < NTABLES; i++) {
		const struct file *f = &x->files[i];

		rt_buf_puts(b, "    {\n      \"name\": ");
		json_str(b, f->name);
		rt_buf_printf(b, ",\n      \"rows\": %lld,\n      \"bytes\": %llu,\n"
		    "      \"sha256\": ", f->rows, f->bytes);
		json_str(b, f->sha);
		rt_buf_printf(b, "\n    }%s\n", i + 1 < NTABLES ? "," : "");
	}
	rt_buf_puts(b, "  ]\n}\n");
}

/*
 * SHA256SUMS, in the format of sha256sum(1), so that "sha256sum -c
 * SHA256SUMS" in DIR checks every CSV.  The manifest is not in it: its
 * snapshot time changes from run to run, and it lists the same sums.
 */
static void
sums(struct export *x, struct rt_buf *b)
{
	int i;

	for (i = 0; i < NTABLES; i++)
		rt_buf_printf(b, "%s  %s\n", x->files[i].sha, x->files[i].name);
}

/* Write the text that build makes to f's temporary file. */
static int
write_text(struct export *x, struct file *f,
    void (*build)(struct export *, struct rt_buf *))
{
	struct rt_buf b = RT_BUF_INIT;
	FILE *fp;
	int rc = RT_OK;

	build(x, &b);
	if (b.oom)
		return rt_error(x->ctx->e, RT_FAIL, "out of memory");
	errno = 0;
	if ((fp = tmp_open(f)) == NULL)
		rc = rt_error(x->ctx->e, RT_FAIL, "export: %s: cannot create: %s",
		    rt_buf_str(&f->tmp), strerror(errno != 0 ? errno : ENOMEM));
	else {
		int shortw = fwrite(b.s, 1, b.len, fp) != b.len;
		int saved = errno;

		if (tmp_close(fp) != 0 || shortw)
			rc = rt_error(x->ctx->e, RT_FAIL, "export: %s: %s",
			    rt_buf_str(&f->target), strerror(shortw && saved != 0 ?
			    saved : errno != 0 ? errno : EIO));
	}
	rt_buf_release(&b);
	return rc;
}

/*
 * Put every new file in place, the manifest last.  Each existing target
 * is first hard-linked to its backup name, so that if a rename fails half
 * way the files already replaced are renamed back and the previous set
 * stays whole.  A file system without hard links gives no backup; the
 * files are still replaced whole, one by one, and the old manifest, kept
 * when anything fails, no longer matches them, which a consumer checks.
 * Any other failure to make a backup (an I/O error, a full disk) fails
 * the export before anything is replaced.  The renames are durable only
 * once the directory is synced, so the backups are kept until then: when
 * that sync fails, the previous files are put back too.
 */
static int
install(struct export *x)
{
	struct file *f;
	int i, j, rc = RT_OK;

	for (i = 0; i < NFILES && rc == RT_OK; i++) {
		f = &x->files[i];
		unlink(rt_buf_str(&f->old));	/* a stale one of a reused pid */
		if (link(rt_buf_str(&f->target), rt_buf_str(&f->old)) == 0)
			f->prev = PREV_KEPT;
		else if (errno == ENOENT)
			f->prev = PREV_NONE;
		else if (errno == EPERM || errno == ENOTSUP || errno == EOPNOTSUPP ||
		    errno == ENOSYS)
			f->prev = PREV_LOST;	/* no hard links here */
		else
			rc = rt_error(x->ctx->e, RT_FAIL, "export: %s: cannot keep the "
			    "previous file: %s", rt_buf_str(&f->target),
			    strerror(errno));
	}
	for (i = 0; i < NFILES && rc == RT_OK; i++) {
		f = &x->files[i];
		if (rename(rt_buf_str(&f->tmp), rt_buf_str(&f->target)) != 0) {
			rc = rt_error(x->ctx->e, RT_FAIL, "export: %s: cannot replace: %s",
			    rt_buf_str(&f->target), strerror(errno));
			break;
		}
		f->renamed = 1;
		f->have_tmp = 0;
	}
	if (rc == RT_OK && sync_dir(x->dir) != 0)
		rc = rt_error(x->ctx->e, RT_FAIL, "export: %s: fsync: %s", x->dir,
		    strerror(errno));
	if (rc != RT_OK) {
		for (j = 0; j < NFILES; j++) {
			f = &x->files[j];
			if (!f->renamed)
				continue;
			if (f->prev == PREV_KEPT)
				rename(rt_buf_str(&f->old), rt_buf_str(&f->target));
			else if (f->prev == PREV_NONE)
				unlink(rt_buf_str(&f->target));
		}
		sync_dir(x->dir);	/* best effort: it has just failed */
	}
	for (i = 0; i < NFILES; i++)
		if (x->files[i].prev == PREV_KEPT)
			unlink(rt_buf_str(&x->files[i].old));
	return rc;
}

static void
files_release(struct export *x)
{
	int i;

	for (i = 0; i < NFILES; i++) {
		struct file *f = &x->files[i];

		if (f->have_tmp)
			unlink(rt_buf_str(&f->tmp));
		rt_buf_release(&f->target);
		rt_buf_release(&f->tmp);
		rt_buf_release(&f->old);
	}
}

static int
files_init(struct export *x)
{
	char name[64];
	long pid = (long)getpid();
	int i, oom = 0;

	for (i = 0; i < NFILES; i++) {
		struct file *f = &x->files[i];

		if (i < NTABLES)
			snprintf(name, sizeof name, "%s.csv", tables[i]);
		else
			snprintf(name, sizeof name, "%s", i == MANIFEST ?
			    "manifest.json" : "SHA256SUMS");
		rt_buf_printf(&f->target, "%s/%s", x->dir, name);
		rt_buf_printf(&f->tmp, "%s/.%s.tmp-%ld", x->dir, name, pid);
		rt_buf_printf(&f->old, "%s/.%s.old-%ld", x->dir, name, pid);
		oom |= f->target.oom | f->tmp.oom | f->old.oom;
		if (!oom)
			f->name = rt_buf_str(&f->target) + strlen(x->dir) + 1;
	}
	return oom ? -1 : 0;
}

/* export --dir DIR */
static int
export_dir(struct export *x, const char *dir)
{
	struct sigaction sa, old[3];
	static const int sigs[3] = {SIGINT, SIGTERM, SIGHUP};
	struct stat sb;
	char *d;
	size_t n;
	int rc, i, made = 0;

	/* DIR is made when missing, and removed again if the export fails. */
	if (stat(dir, &sb) != 0 && errno == ENOENT && mkdir(dir, 0777) == 0) {
		made = 1;
		if (stat(dir, &sb) != 0)
			made = 0;
	}
	if (!made && stat(dir, &sb) != 0)
		return rt_error(x->ctx->e, RT_USAGE, "export: cannot use directory "
		    "'%s': %s", dir, strerror(errno));
	if (!S_ISDIR(sb.st_mode))
		return rt_error(x->ctx->e, RT_USAGE, "export: '%s' is not a directory",
		    dir);
	if ((d = rt_strdup(dir)) == NULL) {
		if (made)
			rmdir(dir);
		return rt_error(x->ctx->e, RT_FAIL, "out of memory");
	}
	for (n = strlen(d); n > 1 && d[n - 1] == '/'; n--)
		d[n - 1] = '\0';
	x->dir = d;
	if (files_init(x) != 0) {
		rc = rt_error(x->ctx->e, RT_FAIL, "out of memory");
		goto out;
	}

	/* Interrupted, the export still cleans up its temporary files. */
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < 3; i++) {
		sigaction(sigs[i], NULL, &old[i]);
		/* A signal ignored by who started us (nohup) stays ignored. */
		if (old[i].sa_handler != SIG_IGN)
			sigaction(sigs[i], &sa, NULL);
	}

	rc = snapshot_begin(x);
	for (i = 0; i < NTABLES && rc == RT_OK; i++)
		rc = write_csv(x, &x->files[i], tables[i]);
	rc = snapshot_end(x, rc);
	if (rc == RT_OK && interrupted)
		rc = rt_error(x->ctx->e, RT_FAIL, "export: interrupted");
	if (rc == RT_OK)
		rc = write_text(x, &x->files[SUMS], sums);
	if (rc == RT_OK)
		rc = write_text(x, &x->files[MANIFEST], manifest);
	if (rc == RT_OK)
		rc = install(x);

	for (i = 0; i < 3; i++)
		sigaction(sigs[i], &old[i], NULL);
out:
	files_release(x);
	rt_free(d);
	if (rc != RT_OK && made)
		rmdir(dir);	/* only if empty: it is ours */
	return rc;
}

/* export TABLE: one CSV on standard output. */
static int
export_stdout(struct export *x, const char *table)
{
	long long rows;
	int rc, i;

	for (i = 0; tables[i] != NULL; i++)
		if (strcmp(tables[i], table) == 0)
			break;
	if (tables[i] == NULL)
		return rt_error(x->ctx->e, RT_USAGE, "export: unknown table '%s' "
		    "(tables: %s)", table, names_list);
	/* Progress and the CSV would interleave on one terminal. */
	if (isatty(fileno(x->ctx->out)))
		x->progress = 0;
	rc = snapshot_begin(x);
	if (rc == RT_OK)
		rc = export_table(x, table, table, x->ctx->out, RT_FMT_CSV,
		    &rows, NULL, NULL);
	return snapshot_end(x, rc);
}

int
rt_export_write(struct rt_ctx *ctx, const char *table, const char *as_of,
    enum rt_fmt fmt, FILE *fp, const char *label, long long *rows,
    unsigned long long *bytes, char sha[65], struct rt_err *e)
{
	struct rt_ctx c = *ctx;
	struct export x;
	long long n;

	c.e = e;
	memset(&x, 0, sizeof x);
	x.ctx = &c;
	x.guard = 1;
	if (rows == NULL)
		rows = &n;
	snprintf(x.as_of, sizeof x.as_of, "%s", as_of);
	return export_table(&x, table, label, fp, fmt, rows, bytes, sha);
}

static int
export_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	struct export x;
	const char *dir = rt_arg(a, "dir");
	int rc;

	memset(&x, 0, sizeof x);
	x.ctx = ctx;
	x.guard = !rt_arg_set(a, "no-formula-guard");
	x.bom = rt_arg_set(a, "bom");
	x.excel = rt_arg_set(a, "excel");
	x.progress = !ctx->quiet && isatty(2);
	if ((rc = rt_cmd_as_of(a, x.as_of, ctx->e)) != RT_OK)
		return rc;
	if (dir != NULL && a->npos > 0)
		return rt_error(ctx->e, RT_USAGE, "export: give --dir DIR or a TABLE, "
		    "not both");
	if (dir != NULL)
		return export_dir(&x, dir);
	if (a->npos == 0)
		return rt_error(ctx->e, RT_USAGE, "export: give --dir DIR, or a TABLE "
		    "for standard output (tables: %s)", names_list);
	return export_stdout(&x, a->pos[0]);
}

static const struct rt_opt opts[] = {
	{"dir", RT_OPT_VALUE}, {"bom", RT_OPT_FLAG},
	{"no-formula-guard", RT_OPT_FLAG}, {"excel", RT_OPT_FLAG},
	{"as-of", RT_OPT_VALUE}, {NULL, 0}
};

const struct rt_cmd rt_cmd_export = {
	.name = "export",
	.args = "[--dir DIR | TABLE] [--bom] [--no-formula-guard] [--excel] "
	    "[--as-of DATE]",
	.summary = "CSV export of every table, for spreadsheets and nightly jobs",
	.help =
	    "--dir DIR (made when missing) writes committees.csv, meetings.csv,\n"
	    "items.csv, recommendations.csv, responses.csv, updates.csv,\n"
	    "actions.csv, leads.csv, revisions.csv, vocabulary.csv, reports.csv,\n"
	    "flat.csv (one row per update, the import layout) and the state views\n"
	    "recommendation_state.csv and action_state.csv from one\n"
	    "consistent snapshot, then manifest.json (the snapshot time, the as-of\n"
	    "date, each file's row count and SHA-256) and SHA256SUMS (for\n"
	    "sha256sum -c).  Every file is written beside its target and renamed\n"
	    "into place once all are written, SHA256SUMS and the manifest last; a\n"
	    "failed export leaves the previous files as they were.  'import --dir\n"
	    "DIR' restores such a directory into an empty database.\n"
	    "TABLE (committees, meetings, items, recommendations, responses,\n"
	    "updates, actions, leads, revisions, vocabulary, reports, flat,\n"
	    "recommendation_state or action_state) writes that one CSV on standard\n"
	    "output.\n"
	    "\n"
	    "RFC 4180: header row, comma, CRLF, NULL as empty, UTF-8, rows by\n"
	    "primary key.  --bom starts each file with a byte-order mark for\n"
	    "Excel.  A text cell starting with =, +, -, @, TAB or CR gets a\n"
	    "leading ' so that a spreadsheet does not run it as a formula (import\n"
	    "removes it again); --no-formula-guard turns that off.  --excel writes\n"
	    "a text Excel would turn into a number or a date (007, 3.10, 1E5, 1-2,\n"
	    "March 2025) as =\"007\", which Excel shows as the text; such a file is\n"
	    "for reading in Excel, not for import.  The states in\n"
	    "recommendations.csv and actions.csv are as of --as-of (default\n"
	    "today).  Progress goes to standard error when it is a terminal,\n"
	    "unless --quiet.\n",
	.opts = opts,
	.maxpos = 1,
	.db = RT_CMD_READ,
	.exec = export_exec,
};
