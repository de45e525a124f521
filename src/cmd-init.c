/*
 * cmd-init.c - init and migrate: bring the database file to the program's
 * schema version, one migration per transaction.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rectrack/cmd.h"
#include "rectrack/util.h"

/* Apply what is pending; *applied and *version say what was done. */
static int
apply(struct rt_ctx *ctx, int *applied, int *version)
{
	const struct rt_migration *migs;
	int n, rc;

	migs = rt_db_migrations(&n);
	if ((rc = rt_db_migrate(&ctx->db, migs, n, applied, ctx->e)) != RT_OK)
		return rc;
	return rt_db_version(&ctx->db, version, ctx->e);
}

/* What init and migrate did, said once all of it is done. */
static void
say(struct rt_ctx *ctx, const char *verb, int applied, int version)
{
	int n;

	rt_db_migrations(&n);
	if (ctx->quiet)
		return;
	if (applied > 0)
		fprintf(ctx->out, "%s: %s '%s' to schema version %d (%d "
		    "migration%s applied)\n", verb, applied == n ?
		    "created" : "migrated", ctx->db_path, version, applied,
		    applied == 1 ? "" : "s");
	else
		fprintf(ctx->out, "%s: '%s' is at schema version %d, nothing "
		    "to do\n", verb, ctx->db_path, version);
}

/* Remove a database file of ours and what SQLite may have left beside it. */
static void
remove_own(const char *path)
{
	static const char *const suffix[] = {"-wal", "-shm", "-journal", ""};
	struct rt_buf b = RT_BUF_INIT;
	size_t i;

	for (i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		rt_buf_reset(&b);
		rt_buf_printf(&b, "%s%s", path, suffix[i]);
		if (!b.oom)	/* never a name cut short */
			unlink(rt_buf_str(&b));
	}
	rt_buf_release(&b);
}

/* Migrate the file at ctx->db_path where it is. */
static int
init_existing(struct rt_ctx *ctx)
{
	int rc, applied, version;

	if ((rc = rt_db_open(&ctx->db, ctx->db_path, RT_DB_CREATE, ctx->e)) == RT_OK &&
	    (rc = apply(ctx, &applied, &version)) == RT_OK)
		say(ctx, "init", applied, version);
	rt_db_close(&ctx->db);
	return rc;
}

/*
 * Make the new database in tmp (created by the caller, ours alone), then
 * link it into place.  The last connection's checkpoint must leave every
 * page in the main file, since only that file is linked: it is asked for
 * explicitly (nobody else can know the hidden name) and checked.
 */
static int
init_new(struct rt_ctx *ctx, const char *tmp, int *linked, int *applied,
    int *version)
{
	sqlite3_stmt *st;
	int rc, busy = 1, row;

	*linked = 0;
	if ((rc = rt_db_open(&ctx->db, tmp, RT_DB_CREATE, ctx->e)) != RT_OK)
		return rc;
	ctx->db.path = ctx->db_path;	/* messages name the file asked for */
	if ((rc = apply(ctx, applied, version)) != RT_OK ||
	    (rc = rt_db_prepare(&ctx->db, "PRAGMA wal_checkpoint(TRUNCATE)", &st,
	    ctx->e)) != RT_OK)
		goto out;
	if ((rc = rt_db_step(&ctx->db, st, &row, "init", ctx->e)) == RT_OK && row)
		busy = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (rc == RT_OK && busy)
		rc = rt_error(ctx->e, RT_FAIL, "init: '%s': the new database could "
		    "not be checkpointed", ctx->db_path);
	if (rc != RT_OK)
		goto out;
	if (sqlite3_close(ctx->db.h) != SQLITE_OK) {
		rc = rt_db_error(&ctx->db, "init", ctx->e);
		goto out;
	}
	ctx->db.h = NULL;
	if (link(tmp, ctx->db_path) == 0)
		*linked = 1;
	else if (errno != EEXIST)
		rc = rt_error(ctx->e, errno == EPERM || errno == ENOTSUP ?
		    RT_USAGE : RT_FAIL, "init: cannot create '%s': %s", ctx->db_path,
		    strerror(errno));
out:
	rt_db_close(&ctx->db);
	return rc;
}

/*
 * init.  A new database is made under a hidden name beside its target,
 * created with O_EXCL|O_NOFOLLOW so that the file is this process's alone,
 * migrated there, and linked into place: link() never replaces a file, so
 * of two inits at once only one creates the database, and a failed init
 * removes only the file it made itself.  A file that already exists (an
 * empty one the user made, or the winner's of such a race) is migrated
 * where it is, which on a current database does nothing.
 */
static int
init_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const char *path = ctx->db_path, *slash;
	struct rt_buf tmp = RT_BUF_INIT;
	struct stat sb;
	int fd, rc, linked = 0, applied = 0, version = 0;

	(void)a;
	if (path[0] == '\0' || lstat(path, &sb) == 0 || errno != ENOENT)
		return init_existing(ctx);
	/* Let rt_db_open's checks speak for a path it would refuse. */
	if ((rc = rt_db_check_new(path, ctx->e)) != RT_OK)
		return rc;
	slash = strrchr(path, '/');
	rt_buf_printf(&tmp, "%.*s.%s.init-%ld", slash ? (int)(slash - path + 1) : 0,
	    path, slash ? slash + 1 : path, (long)getpid());
	if (tmp.oom)
		return rt_error(ctx->e, RT_FAIL, "out of memory");
	if ((fd = open(rt_buf_str(&tmp), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC, 0666)) < 0) {
		rc = rt_error(ctx->e, errno == EACCES || errno == EROFS ? RT_USAGE :
		    RT_FAIL, "init: cannot create '%s': %s", path, strerror(errno));
		rt_buf_release(&tmp);
		return rc;
	}
	close(fd);
	rc = init_new(ctx, rt_buf_str(&tmp), &linked, &applied, &version);
	remove_own(rt_buf_str(&tmp));
	if (rc == RT_OK && !linked)	/* another init made it meanwhile */
		rc = init_existing(ctx);
	else if (rc == RT_OK && rt_sync_dir(path) != 0)
		/*
		 * The database is in place and whole; only the durability of
		 * its name is in doubt.  Say so, and keep it: removing it now
		 * could remove a database another process has begun to use.
		 */
		rc = rt_error(ctx->e, RT_FAIL, "init: created '%s', but it may not "
		    "survive a crash: cannot sync its directory: %s", path,
		    strerror(errno));
	else if (rc == RT_OK)
		say(ctx, "init", applied, version);
	rt_buf_release(&tmp);
	return rc;
}

/* migrate --status: one row per migration the program knows. */
static int
status(struct rt_ctx *ctx, struct rt_args *a)
{
	const struct rt_migration *migs;
	sqlite3_stmt *st;
	enum rt_fmt fmt = RT_FMT_TABLE;
	int n, i, rc, have = 0, row;

	if ((rc = rt_cmd_format(a, &fmt, ctx->e)) != RT_OK)
		return rc;
	/* The program's list, in a TEMP table, joined with the database's. */
	migs = rt_db_migrations(&n);
	if ((rc = rt_db_exec(&ctx->db, rt_sql(RT_SQL_SCHEMA_DB_PROGRAM_TABLE),
	    ctx->e)) != RT_OK ||
	    (rc = rt_db_prepare_sql(&ctx->db, RT_SQL_SCHEMA_DB_PROGRAM_ADD, &st,
	    ctx->e)) != RT_OK)
		return rc;
	for (i = 0; i < n && rc == RT_OK; i++) {
		sqlite3_reset(st);
		sqlite3_bind_int(st, 1, migs[i].version);
		sqlite3_bind_text(st, 2, migs[i].name, -1, SQLITE_STATIC);
		rc = rt_db_step(&ctx->db, st, NULL, "migrate", ctx->e);
	}
	sqlite3_finalize(st);
	if (rc != RT_OK || (rc = rt_db_prepare_sql(&ctx->db,
	    RT_SQL_SCHEMA_DB_HAS_MIGRATIONS, &st, ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_db_step(&ctx->db, st, &row, "migrate", ctx->e)) == RT_OK &&
	    row)
		have = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (rc != RT_OK || (rc = rt_db_prepare_sql(&ctx->db, have ?
	    RT_SQL_SCHEMA_DB_STATUS : RT_SQL_SCHEMA_DB_STATUS_NONE, &st, ctx->e))
	    != RT_OK)
		return rc;
	rc = rt_out_stmt(st, fmt, ctx->out, ctx->e);
	sqlite3_finalize(st);
	return rc;
}

static int
migrate_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	int rc, applied, version;

	if (rt_arg_set(a, "status"))
		return status(ctx, a);
	if ((rc = apply(ctx, &applied, &version)) == RT_OK)
		say(ctx, "migrate", applied, version);
	return rc;
}

static const struct rt_opt migrate_opts[] = {
	{"status", RT_OPT_FLAG},
	{"format", RT_OPT_VALUE},
	{NULL, 0}
};

const struct rt_cmd rt_cmd_init = {
	.name = "init",
	.args = "",
	.summary = "create the database (harmless on a current one)",
	.help =
	    "Creates the database file (--db, $RECTRACK_DB or ./rectrack.db) and\n"
	    "applies every migration.  On an existing rectrack database it applies\n"
	    "whatever is pending, like migrate.\n",
	.db = RT_CMD_CREATE,
	.exec = init_exec,
};

const struct rt_cmd rt_cmd_migrate = {
	.name = "migrate",
	.args = "[--status] [--format F]",
	.summary = "apply pending schema migrations",
	.help =
	    "Applies each pending migration in its own transaction.  --status lists\n"
	    "every migration this program carries, applied or pending.\n",
	.opts = migrate_opts,
	.db = RT_CMD_MIGRATE,
	.exec = migrate_exec,
};
