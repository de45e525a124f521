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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rectrack/db.h"
#include "rectrack/sha256.h"
#include "rectrack/util.h"

#define BUSY_TIMEOUT_MS 10000

static const char MIGRATIONS_TABLE[] =
    "CREATE TABLE IF NOT EXISTS schema_migrations (\n"
    "\tversion    INTEGER PRIMARY KEY,\n"
    "\tname       TEXT NOT NULL,\n"
    "\tsha256     TEXT NOT NULL,\n"
    "\tapplied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))\n"
    ") STRICT";

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

/* The file must exist and, for writing, be writable: refuse it up front. */
static int
check_file(const char *path, enum rt_db_mode mode, struct rt_err *e)
{
	struct stat sb;
	char *dir, *slash;
	int rc = RT_OK;

	if (stat(path, &sb) != 0) {
		if (errno != ENOENT)
			return rt_error(e, RT_FAIL, "cannot open '%s': %s", path,
			    strerror(errno));
		if (mode != RT_DB_CREATE)
			return rt_error(e, RT_USAGE,
			    "cannot open '%s': no such database (create it with "
			    "'rectrack init')", path);
		/* init: the directory it goes in must exist. */
		if ((dir = rt_strdup(path)) == NULL)
			return rt_error(e, RT_FAIL, "out of memory");
		if ((slash = strrchr(dir, '/')) != NULL) {
			*(slash == dir ? slash + 1 : slash) = '\0';
			if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode))
				rc = rt_error(e, RT_USAGE, "cannot create '%s': "
				    "no such directory '%s'", path, dir);
		}
		rt_free(dir);
		return rc;
	}
	if (S_ISDIR(sb.st_mode))
		return rt_error(e, RT_USAGE, "cannot open '%s': is a directory", path);
	/*
	 * root may write a file whose mode says read-only; the mode is the
	 * user's statement of intent, so honour it for everyone.
	 */
	if (mode != RT_DB_READ &&
	    (access(path, W_OK) != 0 || (sb.st_mode & 0222) == 0))
		return rt_error(e, RT_USAGE, "cannot write '%s': the database is read-only",
		    path);
	return RT_OK;
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
	if ((rc = query_int(db, "SELECT count(*) FROM sqlite_schema "
	    "WHERE type = 'table' AND name = 'schema_migrations'", &have, e)) != RT_OK)
		return rc;
	if (have) {
		if ((rc = rt_db_prepare(db, "SELECT version, name, sha256 "
		    "FROM schema_migrations ORDER BY version", &st, e)) != RT_OK)
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

int
rt_db_version(struct rt_db *db, int *version, struct rt_err *e)
{
	return query_int(db, "PRAGMA user_version", version, e);
}

int
rt_db_open_with(struct rt_db *db, const char *path, enum rt_db_mode mode,
    const struct rt_migration *migs, int nmigs, struct rt_err *e)
{
	int flags, rc, appid, nobj, behind;

	db->h = NULL;
	db->path = path;
	db->mode = mode;
	db->in_tx = 0;
	db->created = access(path, F_OK) != 0;
	if ((rc = check_file(path, mode, e)) != RT_OK)
		return rc;
	flags = mode == RT_DB_READ ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
	if (mode == RT_DB_CREATE)
		flags |= SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(path, &db->h, flags | SQLITE_OPEN_NOFOLLOW, NULL)
	    != SQLITE_OK) {
		rc = rt_error(e, RT_FAIL, "cannot open '%s': %s", path,
		    db->h ? sqlite3_errmsg(db->h) : "out of memory");
		goto fail;
	}
	sqlite3_extended_result_codes(db->h, 1);
	sqlite3_busy_timeout(db->h, BUSY_TIMEOUT_MS);

	/* The first read of the file: a non-SQLite file fails here. */
	if ((rc = query_int(db, "PRAGMA application_id", &appid, e)) != RT_OK)
		goto fail;
	if ((rc = query_int(db, "SELECT count(*) FROM sqlite_schema", &nobj, e))
	    != RT_OK)
		goto fail;
	if (appid != RT_APPLICATION_ID) {
		if (appid != 0 || nobj != 0) {
			rc = rt_error(e, RT_INVALID, "cannot open '%s': not a rectrack "
			    "database", path);
			goto fail;
		}
		if (mode != RT_DB_CREATE && mode != RT_DB_MIGRATE) {
			rc = rt_error(e, RT_INVALID, "cannot open '%s': the database is "
			    "empty (run 'rectrack init')", path);
			goto fail;
		}
	}
	if ((rc = rt_db_exec(db, "PRAGMA foreign_keys = ON", e)) != RT_OK ||
	    (rc = rt_db_exec(db, "PRAGMA synchronous = FULL", e)) != RT_OK)
		goto fail;
	if ((rc = check_schema(db, migs, nmigs, &behind, e)) != RT_OK)
		goto fail;
	if (behind && mode != RT_DB_MIGRATE && mode != RT_DB_CREATE) {
		rc = rt_error(e, RT_INVALID, "cannot use '%s': its schema is out of "
		    "date (run 'rectrack migrate')", path);
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
	sqlite3_close_v2(db->h);
	db->h = NULL;
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
	for (i = 0; i < nmigs; i++) {
		const struct rt_migration *m = &migs[i];

		if (m->version <= version)
			continue;
		if ((rc = rt_db_exec(db, "BEGIN IMMEDIATE", e)) != RT_OK)
			return rc;
		if (sqlite3_exec(db->h, MIGRATIONS_TABLE, NULL, NULL, NULL) != SQLITE_OK ||
		    sqlite3_exec(db->h, m->sql, NULL, NULL, NULL) != SQLITE_OK) {
			rc = rt_error(e, RT_FAIL, "migration %s: %s", m->name,
			    sqlite3_errmsg(db->h));
			goto fail;
		}
		migration_sha(m, hex);
		if ((rc = rt_db_prepare(db, "INSERT INTO schema_migrations"
		    "(version, name, sha256) VALUES (?1, ?2, ?3)", &st, e)) != RT_OK)
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
		    (rc = rt_db_exec(db, "COMMIT", e)) != RT_OK)
			goto fail;
		if (applied != NULL)
			(*applied)++;
	}
	return RT_OK;
fail:
	sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
	return rc;
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
	if ((rc = rt_db_prepare(db, "INSERT OR REPLACE INTO actor(id, user) "
	    "VALUES (1, ?1)", &st, e)) != RT_OK)
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

	if ((rc = rt_db_exec(db, "DELETE FROM actor", e)) != RT_OK ||
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

int
rt_db_as_of(struct rt_db *db, const char *date, struct rt_err *e)
{
	static const char create[] = "CREATE VIEW ";
	sqlite3_stmt *st = NULL;
	struct rt_buf b = RT_BUF_INIT;
	int rc, row;

	if ((rc = rt_db_exec(db, "CREATE TEMP TABLE as_of(date TEXT NOT NULL)", e))
	    != RT_OK)
		return rc;
	if ((rc = rt_db_prepare(db, "INSERT INTO temp.as_of(date) VALUES (?1)",
	    &st, e)) != RT_OK)
		return rc;
	sqlite3_bind_text(st, 1, date, -1, SQLITE_STATIC);
	rc = rt_db_step(db, st, NULL, "as-of", e);
	sqlite3_finalize(st);
	if (rc != RT_OK)
		return rc;
	/* Copy every view but as_of itself, in creation order (dependencies). */
	if ((rc = rt_db_prepare(db, "SELECT sql FROM main.sqlite_schema "
	    "WHERE type = 'view' AND name <> 'as_of' ORDER BY rowid", &st, e)) != RT_OK)
		return rc;
	while ((rc = rt_db_step(db, st, &row, "as-of", e)) == RT_OK && row) {
		const char *sql = (const char *)sqlite3_column_text(st, 0);

		if (sql == NULL || strncmp(sql, create, sizeof create - 1) != 0)
			continue;
		rt_buf_reset(&b);
		rt_buf_puts(&b, "CREATE TEMP VIEW ");
		rt_buf_puts(&b, sql + sizeof create - 1);
		if (b.oom) {
			rc = rt_error(e, RT_FAIL, "out of memory");
			break;
		}
		if ((rc = rt_db_exec(db, rt_buf_str(&b), e)) != RT_OK)
			break;
	}
	sqlite3_finalize(st);
	rt_buf_release(&b);
	return rc;
}
