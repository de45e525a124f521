/*
 * db.c - opening a rectrack database, migrating it, and the transaction and
 * statement helpers every command uses.
 *
 * Everything the contract promises about the file is enforced here, once:
 * the connection settings (WAL, foreign keys, busy timeout,
 * synchronous=FULL), the application_id that tells a rectrack database from
 * any other file, and the schema version check that refuses a database
 * newer than the program, one whose applied migrations were changed, and
 * (except for init and migrate) one that is behind.
 */
#include <errno.h>
#include <pwd.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rectrack/db.h"
#include "rectrack/schema.h"
#include "rectrack/sha256.h"
#include "rectrack/util.h"

#define BUSY_TIMEOUT_MS 10000

/* --allow-network-fs: see check_fs(). */
static int allow_network_fs;

void
rt_db_allow_network_fs(int on)
{
	allow_network_fs = on;
}

const struct rt_migration *
rt_db_migrations(int *n)
{
	/* Built once from the embedded sql/migrations/NNNN_*.sql, in name order. */
	static struct rt_migration migs[64];
	static int nmigs = -1;
	const struct rt_sqlfile *f;
	const char *prefix = "migrations/";
	size_t plen = strlen(prefix);

	if (nmigs < 0) {
		nmigs = 0;
		for (f = rt_sqlfiles; f->name != NULL; f++) {
			if (strncmp(f->name, prefix, plen) != 0 || nmigs == 64)
				continue;
			migs[nmigs].version = atoi(f->name + plen);
			migs[nmigs].name = f->name + plen;
			migs[nmigs].sql = f->text;
			migs[nmigs].len = f->len;
			nmigs++;
		}
	}
	*n = nmigs;
	return migs;
}

int
rt_db_error(struct rt_db *db, const char *what, struct rt_err *e)
{
	int rc = sqlite3_extended_errcode(db->h);
	const char *msg = sqlite3_errmsg(db->h);

	switch (rc & 0xff) {
	case SQLITE_CONSTRAINT:
		return rt_error(e, RT_INVALID, "%s: %s", what, msg);
	case SQLITE_NOTADB:
		return rt_error(e, RT_INVALID, "%s: '%s' is not a rectrack database (%s)",
		    what, db->path, msg);
	case SQLITE_CORRUPT:
		return rt_error(e, RT_INVALID, "%s: '%s' is damaged (%s): restore it "
		    "from a backup", what, db->path, msg);
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return rt_error(e, RT_FAIL, "%s: '%s' is busy: another process kept "
		    "it locked for %d s (%s)", what, db->path, BUSY_TIMEOUT_MS / 1000,
		    msg);
	default:
		return rt_error(e, RT_FAIL, "%s: %s", what, msg);
	}
}

int
rt_db_prepare(struct rt_db *db, const char *sql, sqlite3_stmt **st,
    struct rt_err *e)
{
	if (sqlite3_prepare_v2(db->h, sql, -1, st, NULL) != SQLITE_OK)
		return rt_db_error(db, "prepare", e);
	return RT_OK;
}

int
rt_db_prepare_sql(struct rt_db *db, enum rt_sql_id id, sqlite3_stmt **st,
    struct rt_err *e)
{
	const struct rt_sqltext *t = &rt_sqltexts[id];

	if (sqlite3_prepare_v2(db->h, t->text, (int)t->len + 1, st, NULL)
	    != SQLITE_OK)
		return rt_db_error(db, t->what, e);
	return RT_OK;
}

const char *
rt_col(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);

	return s ? s : "";
}

int
rt_has(sqlite3_stmt *st, int i)
{
	return sqlite3_column_type(st, i) != SQLITE_NULL &&
	    sqlite3_column_bytes(st, i) > 0;
}

int
rt_db_exec(struct rt_db *db, const char *sql, struct rt_err *e)
{
	if (sqlite3_exec(db->h, sql, NULL, NULL, NULL) != SQLITE_OK)
		return rt_db_error(db, "database", e);
	return RT_OK;
}

int
rt_db_exec_id(struct rt_db *db, const char *sql, sqlite3_int64 id,
    const char *what, struct rt_err *e)
{
	sqlite3_stmt *st;
	const char *tail = sql;
	int rc = RT_OK;

	while (rc == RT_OK && *tail != '\0') {
		if (sqlite3_prepare_v2(db->h, tail, -1, &st, &tail) != SQLITE_OK)
			return rt_db_error(db, what, e);
		if (st == NULL)	/* only white space or a comment was left */
			break;
		if (sqlite3_bind_parameter_count(st) > 0)
			sqlite3_bind_int64(st, 1, id);
		rc = rt_db_step(db, st, NULL, what, e);
		sqlite3_finalize(st);
	}
	return rc;
}

int
rt_bind_text(sqlite3_stmt *st, const char *name, const char *v)
{
	int i = sqlite3_bind_parameter_index(st, name);

	if (i == 0)
		return SQLITE_OK;
	if (v == NULL)
		return sqlite3_bind_null(st, i);
	return sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
}

int
rt_bind_int(sqlite3_stmt *st, const char *name, sqlite3_int64 v)
{
	int i = sqlite3_bind_parameter_index(st, name);

	return i == 0 ? SQLITE_OK : sqlite3_bind_int64(st, i, v);
}

int
rt_db_step(struct rt_db *db, sqlite3_stmt *st, int *row, const char *what,
    struct rt_err *e)
{
	int rc = sqlite3_step(st);

	if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
		if (row != NULL)
			*row = rc == SQLITE_ROW;
		return RT_OK;
	}
	return rt_db_error(db, what, e);
}

/* One integer from a statement without parameters (a PRAGMA, a count). */
static int
query_int(struct rt_db *db, const char *sql, int *v, struct rt_err *e)
{
	sqlite3_stmt *st;
	int row = 0, rc;

	if ((rc = rt_db_prepare(db, sql, &st, e)) != RT_OK)
		return rc;
	rc = rt_db_step(db, st, &row, "database", e);
	*v = rc == RT_OK && row ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	return rc;
}

/*
 * Network file systems.  SQLite's WAL keeps its index in shared memory,
 * which only works for processes on one host, and the locks of NFS and
 * SMB are not to be trusted: a database written over them is how councils
 * corrupt SQLite files.  f_type comes from statfs(); a FUSE mount says
 * which file system it is only in /proc/self/mountinfo ("fuse.sshfs").
 */
const char *
rt_fs_network(unsigned long f_type, const char *fuse)
{
	static const struct {
		unsigned long magic;
		const char *name;
	} magics[] = {
		{0x6969UL, "NFS"},
		{0x517BUL, "SMB"},
		{0xFF534D42UL, "SMB/CIFS"},
		{0xFE534D42UL, "SMB2"},
		{0x5346414FUL, "AFS"},
		{0x00C36400UL, "Ceph"},
		{0x73757245UL, "Coda"},
		{0x01021997UL, "9P"},
	};
	static const char *const fuses[] = {
		"fuse.sshfs", "fuse.rclone", "fuse.s3fs", "fuse.glusterfs",
		"fuse.davfs", "fuse.gcsfuse", "fuse.cifs", NULL
	};
	size_t i;

	for (i = 0; i < sizeof magics / sizeof magics[0]; i++)
		if (magics[i].magic == (f_type & 0xFFFFFFFFUL))
			return magics[i].name;
	if ((f_type & 0xFFFFFFFFUL) == 0x65735546UL && fuse != NULL)
		for (i = 0; fuses[i] != NULL; i++)
			if (strcmp(fuses[i], fuse) == 0)
				return fuses[i] + 5;
	return NULL;
}

/* The file system type of the mount holding dev ("fuse.sshfs"), or "". */
static void
mount_type(dev_t dev, char *out, size_t n)
{
	char line[4096], *dash;
	unsigned maj, min;
	FILE *fp;

	out[0] = '\0';
	if ((fp = fopen("/proc/self/mountinfo", "r")) == NULL)
		return;
	while (fgets(line, sizeof line, fp) != NULL) {
		if (sscanf(line, "%*s %*s %u:%u", &maj, &min) != 2 ||
		    maj != major(dev) || min != minor(dev) ||
		    (dash = strstr(line, " - ")) == NULL)
			continue;
		snprintf(out, n, "%.*s", (int)strcspn(dash + 3, " \n"), dash + 3);
		break;
	}
	fclose(fp);
}

/*
 * A writer refuses a database on a network file system (see above), unless
 * the user says --allow-network-fs.  where is the file, or for a file yet to
 * be made its directory.
 */
static int
check_fs(const char *path, const char *where, struct rt_err *e)
{
	struct statfs fs;
	struct stat sb;
	char type[64] = "";
	const char *name;

	if (statfs(where, &fs) != 0)
		return RT_OK;	/* nothing known: open will tell */
	if ((unsigned long)fs.f_type == 0x65735546UL && stat(where, &sb) == 0)
		mount_type(sb.st_dev, type, sizeof type);
	if ((name = rt_fs_network((unsigned long)fs.f_type, type)) == NULL)
		return RT_OK;
	return rt_error(e, RT_USAGE, "cannot write '%s': it is on a network file "
	    "system (%s), where SQLite's locks and shared memory do not hold and "
	    "databases get corrupted: keep it on a local disk (copy it with "
	    "'rectrack backup'), or give --allow-network-fs if you are sure only "
	    "this machine ever opens it", path, name);
}

/*
 * The path must name a regular file (a FIFO would hang the open, a device
 * would get a -journal beside it), exist unless it is to be created, and,
 * for writing, be writable: refuse it up front, naming it.  An empty path
 * or one too long to name its -wal file is a usage error, never truncated.
 */
static int
check_file(const char *path, enum rt_db_mode mode, int allow_netfs,
    struct rt_err *e)
{
	struct stat sb;
	char *dir, *slash;
	int rc = RT_OK;

	if (path[0] == '\0')
		return rt_error(e, RT_USAGE, "no database: the path is empty (give "
		    "--db PATH or set RECTRACK_DB)");
	if (strlen(path) > RT_DB_PATH_MAX)
		return rt_error(e, RT_USAGE, "cannot open '%.40s...': the path is "
		    "too long (%zu bytes, at most %d)", path, strlen(path),
		    RT_DB_PATH_MAX);
	if (lstat(path, &sb) != 0) {
		if (errno != ENOENT)
			return rt_error(e, RT_FAIL, "cannot open '%s': %s", path,
			    strerror(errno));
		if (mode != RT_DB_CREATE)
			return rt_error(e, RT_USAGE,
			    "cannot open '%s': no such database (give the path with "
			    "--db PATH or RECTRACK_DB, or create it with 'rectrack "
			    "init')", path);
		/* init: the directory it goes in must exist. */
		if ((dir = rt_strdup(path)) == NULL)
			return rt_error(e, RT_FAIL, "out of memory");
		if ((slash = strrchr(dir, '/')) != NULL)
			*(slash == dir ? slash + 1 : slash) = '\0';
		else
			snprintf(dir, strlen(dir) + 1, ".");
		if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode))
			rc = rt_error(e, RT_USAGE, "cannot create '%s': "
			    "no such directory '%s'", path, dir);
		else if (!allow_netfs)
			rc = check_fs(path, dir, e);
		rt_free(dir);
		return rc;
	}
	if (S_ISDIR(sb.st_mode))
		return rt_error(e, RT_USAGE, "cannot open '%s': is a directory", path);
	if (S_ISLNK(sb.st_mode))
		return rt_error(e, RT_USAGE, "cannot open '%s': is a symbolic link "
		    "(give the path of the file itself)", path);
	if (!S_ISREG(sb.st_mode))
		return rt_error(e, RT_USAGE, "cannot open '%s': not a regular file",
		    path);
	if (mode == RT_DB_READ)
		return RT_OK;
	/*
	 * root may write a file whose mode says read-only; the mode is the
	 * user's statement of intent, so honour it for everyone.
	 */
	if (access(path, W_OK) != 0 || (sb.st_mode & 0222) == 0)
		return rt_error(e, RT_USAGE, "cannot write '%s': the database is read-only",
		    path);
	return allow_netfs ? RT_OK : check_fs(path, path, e);
}

int
rt_db_check_new(const char *path, struct rt_err *e)
{
	return check_file(path, RT_DB_CREATE, allow_network_fs, e);
}

static int
migration_sha(const struct rt_migration *m, char hex[65])
{
	rt_sha256_str(m->sql, m->len, hex);
	return 0;
}

/*
 * Compare what the database has applied with what the program carries.
 * *behind is set when migrations are pending.
 */
static int
check_schema(struct rt_db *db, const struct rt_migration *migs, int nmigs,
    int *behind, struct rt_err *e)
{
	sqlite3_stmt *st;
	int version, have, row, rc, i, latest;
	char hex[65];

	*behind = 0;
	latest = nmigs > 0 ? migs[nmigs - 1].version : 0;
	if ((rc = rt_db_version(db, &version, e)) != RT_OK)
		return rc;
	if (version > latest)
		return rt_error(e, RT_INVALID, "cannot open '%s': its schema version %d "
		    "is newer than this program's %d (use a newer rectrack)",
		    db->path, version, latest);
	if ((rc = query_int(db, rt_sql(RT_SQL_SCHEMA_DB_HAS_MIGRATIONS), &have,
	    e)) != RT_OK)
		return rc;
	if (have) {
		if ((rc = rt_db_prepare_sql(db, RT_SQL_SCHEMA_DB_MIGRATIONS,
		    &st, e)) != RT_OK)
			return rc;
		while ((rc = rt_db_step(db, st, &row, "database", e)) == RT_OK && row) {
			int v = sqlite3_column_int(st, 0);
			const char *sha = (const char *)sqlite3_column_text(st, 2);

			for (i = 0; i < nmigs && migs[i].version != v; i++)
				;
			if (i == nmigs) {
				rc = rt_error(e, RT_INVALID, "cannot open '%s': migration "
				    "%d was applied but this program does not know it "
				    "(use a newer rectrack)", db->path, v);
				break;
			}
			migration_sha(&migs[i], hex);
			if (sha == NULL || strcmp(sha, hex) != 0) {
				rc = rt_error(e, RT_INVALID, "cannot open '%s': migration "
				    "%s was changed after it was applied (checksum %.12s, "
				    "now %.12s); restore it or rebuild the database",
				    db->path, migs[i].name, sha ? sha : "none", hex);
				break;
			}
		}
		sqlite3_finalize(st);
		if (rc != RT_OK)
			return rc;
	}
	*behind = version < latest;
	return RT_OK;
}

/*
 * A writer refuses a database whose schema is not what the migrations
 * made (schema.h): a dropped history trigger, a planted one, a view that
 * hides rows.  Only for the program's own migrations (tests bring others).
 */
static int
check_untampered(struct rt_db *db, const struct rt_migration *migs,
    struct rt_err *e)
{
	struct rt_buf have = RT_BUF_INIT;
	const char *want;
	int rc, version, n;

	if (migs != rt_db_migrations(&n) ||
	    (rc = rt_db_version(db, &version, e)) != RT_OK || version == 0 ||
	    (want = rt_schema_expected(version)) == NULL)
		return RT_OK;
	if ((rc = rt_schema_text(db->h, &have, e)) == RT_OK &&
	    (strcmp(want, rt_buf_str(&have)) != 0 ||
	    (rc = rt_db_migrations_missing(db, &n, e)) != RT_OK || n > 0))
		rc = rt_error(e, RT_INVALID, "cannot write '%s': its schema was "
		    "changed outside rectrack (run 'rectrack check')", db->path);
	rt_buf_release(&have);
	return rc;
}

int
rt_db_migrations_missing(struct rt_db *db, int *missing, struct rt_err *e)
{
	const struct rt_migration *migs;
	int version, have = 0, n, i, rc;

	*missing = 0;
	migs = rt_db_migrations(&n);
	if ((rc = rt_db_version(db, &version, e)) != RT_OK ||
	    (rc = query_int(db, rt_sql(RT_SQL_SCHEMA_DB_HAS_MIGRATIONS), &have,
	    e)) != RT_OK)
		return rc;
	if (have && (rc = query_int(db,
	    rt_sql(RT_SQL_SCHEMA_DB_MIGRATIONS_COUNT), &have, e)) != RT_OK)
		return rc;
	for (i = 0; i < n; i++)
		*missing += migs[i].version <= version;
	*missing -= have;
	return RT_OK;
}

int
rt_db_version(struct rt_db *db, int *version, struct rt_err *e)
{
	return query_int(db, "PRAGMA user_version", version, e);
}

/*
 * A bulk load killed half way (rt_db_bulk) leaves a hot rollback journal,
 * which the next connection that can write rolls back before it reads.
 * A read-only connection cannot, and SQLite refuses it every read
 * (SQLITE_READONLY_ROLLBACK), so a reader that finds one opens the file
 * for writing once, which rolls the journal back, as any writer's open
 * would, and reads on.  A file it may not write stays refused, saying why.
 */
static int
recover(struct rt_db *db, const char *name, struct rt_err *e)
{
	sqlite3 *w = NULL;
	int rc, v;

	if (sqlite3_exec(db->h, "PRAGMA schema_version", NULL, NULL, NULL) !=
	    SQLITE_READONLY_ROLLBACK)
		return RT_OK;
	if (sqlite3_open_v2(name, &w, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_NOFOLLOW, NULL) == SQLITE_OK) {
		sqlite3_busy_timeout(w, BUSY_TIMEOUT_MS);
		rc = sqlite3_exec(w, "PRAGMA schema_version", NULL, NULL, NULL);
	} else
		rc = SQLITE_CANTOPEN;
	sqlite3_close_v2(w);
	if (rc != SQLITE_OK)
		return rt_error(e, RT_FAIL, "cannot read '%s': a write to it was "
		    "interrupted, and only a command that may write to the file "
		    "can roll that back (run 'rectrack check' as its owner)",
		    db->path);
	/* The reader's own cache saw the file before: read it afresh. */
	return query_int(db, "PRAGMA schema_version", &v, e);
}

int
rt_db_open_with(struct rt_db *db, const char *path, enum rt_db_mode mode,
    const struct rt_migration *migs, int nmigs, struct rt_err *e)
{
	char name[RT_DB_PATH_MAX + 3];
	int flags, rc, appid, nobj, behind;

	db->h = NULL;
	db->path = path != NULL ? path : ":memory:";
	db->mode = mode;
	db->in_tx = 0;
	db->bulk = 0;
	if (path == NULL)	/* an in-memory database: the fuzzers' */
		snprintf(name, sizeof name, ":memory:");
	else if ((rc = check_file(path, mode, allow_network_fs, e)) != RT_OK)
		return rc;
	/*
	 * SQLite would read "file:x.db?mode=memory" as a URI and ":memory:"
	 * as no file at all, while the checks above looked at the path as a
	 * file name: a relative path goes to SQLite as "./path", which is
	 * always a plain file name (and URIs are off in main()).
	 */
	else if (path[0] == '/')
		snprintf(name, sizeof name, "%s", path);
	else
		snprintf(name, sizeof name, "./%s", path);
	flags = mode == RT_DB_READ ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
	if (mode == RT_DB_CREATE)
		flags |= SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(name, &db->h, flags | SQLITE_OPEN_NOFOLLOW, NULL)
	    != SQLITE_OK) {
		rc = rt_error(e, RT_FAIL, "cannot open '%s': %s", db->path,
		    db->h ? sqlite3_errmsg(db->h) : "out of memory");
		goto fail;
	}
	sqlite3_extended_result_codes(db->h, 1);
	sqlite3_busy_timeout(db->h, BUSY_TIMEOUT_MS);
	if (mode == RT_DB_READ && (rc = recover(db, name, e)) != RT_OK)
		goto fail;

	/* The first read of the file: a non-SQLite file fails here. */
	if ((rc = query_int(db, "PRAGMA application_id", &appid, e)) != RT_OK)
		goto fail;
	if ((rc = query_int(db, rt_sql(RT_SQL_SCHEMA_DB_OBJECTS), &nobj, e))
	    != RT_OK)
		goto fail;
	if (appid != RT_APPLICATION_ID) {
		if (appid != 0 || nobj != 0) {
			rc = rt_error(e, RT_INVALID, "cannot open '%s': not a rectrack "
			    "database", db->path);
			goto fail;
		}
		if (mode != RT_DB_CREATE && mode != RT_DB_MIGRATE) {
			rc = rt_error(e, RT_INVALID, "cannot open '%s': the database is "
			    "empty (run 'rectrack init')", db->path);
			goto fail;
		}
	}
	if ((rc = rt_db_exec(db, "PRAGMA foreign_keys = ON", e)) != RT_OK ||
	    (rc = rt_db_exec(db, "PRAGMA synchronous = FULL", e)) != RT_OK)
		goto fail;
	if ((rc = check_schema(db, migs, nmigs, &behind, e)) != RT_OK)
		goto fail;
	if (mode != RT_DB_READ &&
	    (rc = check_untampered(db, migs, e)) != RT_OK)
		goto fail;
	if (behind && mode != RT_DB_MIGRATE && mode != RT_DB_CREATE) {
		rc = rt_error(e, RT_INVALID, "cannot use '%s': its schema is out of "
		    "date (run 'rectrack migrate')", db->path);
		goto fail;
	}
	/*
	 * WAL, only once the file is known to be ours and to be written: an
	 * empty file stays untouched until a migration writes it, and a
	 * refused file is never converted.
	 */
	if (mode != RT_DB_READ && nobj > 0 &&
	    (rc = rt_db_exec(db, "PRAGMA journal_mode = WAL", e)) != RT_OK)
		goto fail;
	return RT_OK;
fail:
	rt_db_close(db);
	return rc;
}

int
rt_db_open(struct rt_db *db, const char *path, enum rt_db_mode mode,
    struct rt_err *e)
{
	int n;
	const struct rt_migration *migs = rt_db_migrations(&n);

	return rt_db_open_with(db, path, mode, migs, n, e);
}

void
rt_db_close(struct rt_db *db)
{
	if (db->h == NULL)
		return;
	rt_db_rollback(db);
	/*
	 * Back to WAL after a bulk load.  If that fails the file stays in
	 * rollback mode, which is whole and safe; the next writer's open
	 * turns WAL on again.
	 */
	if (db->bulk)
		sqlite3_exec(db->h, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
	db->bulk = 0;
	sqlite3_close_v2(db->h);
	db->h = NULL;
}

/* After a migration ran with foreign keys off: every reference resolves. */
static int
foreign_keys_hold(struct rt_db *db, const char *name, struct rt_err *e)
{
	sqlite3_stmt *st = NULL;
	int rc, row = 0;

	if ((rc = rt_db_prepare(db, "PRAGMA foreign_key_check", &st, e)) != RT_OK)
		return rc;
	if ((rc = rt_db_step(db, st, &row, "migration", e)) == RT_OK && row)
		rc = rt_error(e, RT_INVALID, "migration %s: a row of %s refers to "
		    "a missing row of %s (rowid %lld)", name,
		    (const char *)sqlite3_column_text(st, 0),
		    (const char *)sqlite3_column_text(st, 2),
		    (long long)sqlite3_column_int64(st, 1));
	sqlite3_finalize(st);
	return rc;
}

int
rt_db_migrate(struct rt_db *db, const struct rt_migration *migs, int nmigs,
    int *applied, struct rt_err *e)
{
	sqlite3_stmt *st = NULL;
	char hex[65], pragma[96];
	int version, rc, i;

	if (applied != NULL)
		*applied = 0;
	if ((rc = rt_db_version(db, &version, e)) != RT_OK)
		return rc;
	/* A new file: WAL before its first write (not inside a transaction). */
	if (version < (nmigs > 0 ? migs[nmigs - 1].version : 0) &&
	    (rc = rt_db_exec(db, "PRAGMA journal_mode = WAL", e)) != RT_OK)
		return rc;
	/*
	 * A migration may rebuild tables (copy, drop, rename), which SQLite
	 * allows only with foreign keys off; the pragma is a no-op inside a
	 * transaction, so it is set around each one, and the keys are
	 * checked before its COMMIT instead.
	 */
	for (i = 0; i < nmigs; i++) {
		const struct rt_migration *m = &migs[i];

		if (m->version <= version)
			continue;
		if ((rc = rt_db_exec(db, "PRAGMA foreign_keys = OFF", e)) != RT_OK ||
		    (rc = rt_db_exec(db, "BEGIN IMMEDIATE", e)) != RT_OK)
			return rc;
		if (sqlite3_exec(db->h, rt_sql(RT_SQL_SCHEMA_MIGRATIONS_TABLE),
		    NULL,
		    NULL, NULL) != SQLITE_OK ||
		    sqlite3_exec(db->h, m->sql, NULL, NULL, NULL) != SQLITE_OK) {
			rc = rt_error(e, RT_FAIL, "migration %s: %s", m->name,
			    sqlite3_errmsg(db->h));
			goto fail;
		}
		migration_sha(m, hex);
		if ((rc = rt_db_prepare_sql(db, RT_SQL_SCHEMA_DB_MIGRATION_ADD,
		    &st, e)) != RT_OK)
			goto fail;
		sqlite3_bind_int(st, 1, m->version);
		sqlite3_bind_text(st, 2, m->name, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, hex, -1, SQLITE_STATIC);
		rc = rt_db_step(db, st, NULL, "migration", e);
		sqlite3_finalize(st);
		if (rc != RT_OK)
			goto fail;
		/* PRAGMAs take no parameters; these are integers we formatted. */
		snprintf(pragma, sizeof pragma, "PRAGMA application_id = %d; "
		    "PRAGMA user_version = %d", RT_APPLICATION_ID, m->version);
		if ((rc = rt_db_exec(db, pragma, e)) != RT_OK ||
		    (rc = foreign_keys_hold(db, m->name, e)) != RT_OK ||
		    (rc = rt_db_exec(db, "COMMIT", e)) != RT_OK ||
		    (rc = rt_db_exec(db, "PRAGMA foreign_keys = ON", e)) != RT_OK)
			goto fail;
		if (applied != NULL)
			(*applied)++;
	}
	return RT_OK;
fail:
	sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_exec(db->h, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
	return rc;
}

/*
 * A bulk load into a database with no recommendation yet runs with a
 * rollback journal instead of the WAL.  In WAL mode every page of the one
 * transaction stays in the -wal file until the commit (9 GB for the
 * national import), and every read that misses the page cache searches
 * the WAL index for it; with a rollback journal, pages beyond the file's
 * old end are not journalled at all, so the rows go straight into the
 * database file, and the journal holds the few pages that existed.
 * Durability is the same (synchronous = FULL: the journal is synced
 * before the file is changed; a crash leaves a hot journal that the next
 * open rolls back).  The cost is that readers wait for the whole load,
 * which nobody minds for a database that holds nothing yet; a database in
 * use keeps WAL.  Changing the mode needs the file to itself (Litestream,
 * for one, keeps it open), so it is tried once without waiting.
 */
int
rt_db_bulk(struct rt_db *db, struct rt_err *e)
{
	sqlite3_stmt *st = NULL;
	int rc, empty;

	if ((rc = query_int(db, rt_sql(RT_SQL_SCHEMA_DB_EMPTY), &empty, e))
	    != RT_OK || !empty)
		return rc;
	sqlite3_busy_timeout(db->h, 0);
	if (sqlite3_prepare_v2(db->h, "PRAGMA journal_mode = DELETE", -1, &st,
	    NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
		const char *mode = (const char *)sqlite3_column_text(st, 0);

		db->bulk = mode != NULL && strcmp(mode, "delete") == 0;
	}
	sqlite3_finalize(st);
	sqlite3_busy_timeout(db->h, BUSY_TIMEOUT_MS);
	return RT_OK;
}

static const char *
os_user(void)
{
	struct passwd *pw = getpwuid(geteuid());
	const char *u;

	if (pw != NULL && pw->pw_name != NULL)
		return pw->pw_name;
	if ((u = getenv("USER")) != NULL || (u = getenv("LOGNAME")) != NULL)
		return u;
	return NULL;
}

int
rt_db_begin(struct rt_db *db, struct rt_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = rt_db_exec(db, "BEGIN IMMEDIATE", e)) != RT_OK)
		return rc;
	db->in_tx = 1;
	if ((rc = rt_db_prepare_sql(db, RT_SQL_SCHEMA_DB_ACTOR_SET, &st,
	    e)) != RT_OK)
		return rc;
	sqlite3_bind_text(st, 1, os_user(), -1, SQLITE_TRANSIENT);
	rc = rt_db_step(db, st, NULL, "database", e);
	sqlite3_finalize(st);
	return rc;
}

int
rt_db_commit(struct rt_db *db, struct rt_err *e)
{
	int rc;

	if ((rc = rt_db_exec(db, rt_sql(RT_SQL_SCHEMA_DB_ACTOR_CLEAR),
	    e)) != RT_OK ||
	    (rc = rt_db_exec(db, "COMMIT", e)) != RT_OK)
		return rc;
	db->in_tx = 0;
	return RT_OK;
}

void
rt_db_rollback(struct rt_db *db)
{
	if (db->h != NULL && !sqlite3_get_autocommit(db->h))
		sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
	db->in_tx = 0;
}

/*
 * Run sql, which must be exactly one statement.  The text of a view comes
 * from the database, which anyone may have edited with the sqlite3 shell:
 * "CREATE VIEW v AS SELECT 1; DELETE FROM history" is one view to SQLite
 * but two statements to sqlite3_exec(), so only the first is ever run, and
 * anything after it is refused.
 */
static int
exec_one(struct rt_db *db, const char *sql, const char *view, struct rt_err *e)
{
	sqlite3_stmt *st = NULL, *more = NULL;
	const char *tail = NULL;
	int rc;

	if (sqlite3_prepare_v2(db->h, sql, -1, &st, &tail) != SQLITE_OK)
		return rt_db_error(db, "as-of", e);
	if (tail != NULL && *tail != '\0' &&
	    (sqlite3_prepare_v2(db->h, tail, -1, &more, NULL) != SQLITE_OK ||
	    more != NULL)) {
		sqlite3_finalize(more);
		sqlite3_finalize(st);
		return rt_error(e, RT_INVALID, "cannot use '%s': the view '%s' holds "
		    "more than one statement: its schema was changed outside "
		    "rectrack (run 'rectrack check')", db->path, view ? view : "?");
	}
	rc = rt_db_step(db, st, NULL, "as-of", e);
	sqlite3_finalize(st);
	return rc;
}

int
rt_db_as_of(struct rt_db *db, const char *date, struct rt_err *e)
{
	static const char create[] = "CREATE VIEW ";
	sqlite3_stmt *st = NULL;
	struct rt_buf b = RT_BUF_INIT;
	int rc, row;

	if ((rc = rt_db_exec(db, rt_sql(RT_SQL_SCHEMA_DB_AS_OF_TABLE), e))
	    != RT_OK)
		return rc;
	if ((rc = rt_db_prepare_sql(db, RT_SQL_SCHEMA_DB_AS_OF_SET, &st,
	    e)) != RT_OK)
		return rc;
	sqlite3_bind_text(st, 1, date, -1, SQLITE_STATIC);
	rc = rt_db_step(db, st, NULL, "as-of", e);
	sqlite3_finalize(st);
	if (rc != RT_OK)
		return rc;
	/* Copy every view but as_of itself, in creation order (dependencies). */
	if ((rc = rt_db_prepare_sql(db, RT_SQL_SCHEMA_DB_VIEWS, &st,
	    e)) != RT_OK)
		return rc;
	while ((rc = rt_db_step(db, st, &row, "as-of", e)) == RT_OK && row) {
		const char *sql = (const char *)sqlite3_column_text(st, 1);

		if (sql == NULL || strncmp(sql, create, sizeof create - 1) != 0)
			continue;
		rt_buf_reset(&b);
		rt_buf_puts(&b, "CREATE TEMP VIEW ");
		rt_buf_puts(&b, sql + sizeof create - 1);
		if (b.oom) {
			rc = rt_error(e, RT_FAIL, "out of memory");
			break;
		}
		if ((rc = exec_one(db, rt_buf_str(&b),
		    (const char *)sqlite3_column_text(st, 0), e)) != RT_OK)
			break;
	}
	sqlite3_finalize(st);
	rt_buf_release(&b);
	return rc;
}
