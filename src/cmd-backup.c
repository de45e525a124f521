/*
 * cmd-backup.c - backup: a consistent copy of the database while others
 * keep working.
 *
 * SQLite's online backup API copies a few pages at a time, so writers are
 * held up only for a moment between steps (and in WAL mode not at all).
 * The copy is written beside its target and renamed into place, so FILE is
 * either the old file or a whole new backup, never half of one.
 */
#define _XOPEN_SOURCE 700	/* realpath() */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rectrack/cmd.h"
#include "rectrack/util.h"

#define PAGES_PER_STEP 256

/*
 * Remove the temporary copy and what SQLite may have left beside it: a
 * write that failed half way leaves its rollback journal, which nobody
 * would ever roll back once the copy is gone.  The names are built whole
 * (never cut to a buffer), so nothing but our own files is removed.
 */
static void
remove_tmp(const char *tmp)
{
	static const char *const suffix[] = {"-journal", "-wal", "-shm", ""};
	struct rt_buf b = RT_BUF_INIT;
	size_t i;

	for (i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		rt_buf_reset(&b);
		rt_buf_printf(&b, "%s%s", tmp, suffix[i]);
		if (!b.oom)
			unlink(rt_buf_str(&b));
	}
	rt_buf_release(&b);
}

/*
 * FILE must not be the database itself or one of the files SQLite keeps
 * beside it: a backup renamed over the live -wal would send the next
 * checkpoint into an unlinked inode and lose committed rows.  Compared by
 * inode (hard links, other spellings) and, for files that do not exist
 * yet, by canonical name.
 */
static int
check_target(struct rt_ctx *ctx, const char *file)
{
	static const char *const suffix[] = {"", "-wal", "-shm", "-journal"};
	struct rt_buf b = RT_BUF_INIT, t = RT_BUF_INIT;
	struct stat fs, ds;
	char *dbreal = NULL, *dir = NULL;
	const char *slash = strrchr(file, '/');
	size_t i;
	int rc = RT_OK, have = stat(file, &fs) == 0;

	if (have && S_ISDIR(fs.st_mode))
		return rt_error(ctx->e, RT_USAGE, "backup: '%s' is a directory", file);
	/* The target's canonical name: its directory resolved, then its name. */
	rt_buf_printf(&t, "%.*s", slash ? (int)(slash - file + (slash == file)) : 1,
	    slash ? file : ".");
	if (!t.oom && (dir = realpath(rt_buf_str(&t), NULL)) != NULL) {
		rt_buf_reset(&t);
		rt_buf_printf(&t, "%s/%s", strcmp(dir, "/") == 0 ? "" : dir,
		    slash ? slash + 1 : file);
	}
	dbreal = realpath(ctx->db_path, NULL);
	for (i = 0; i < sizeof suffix / sizeof suffix[0] && rc == RT_OK; i++) {
		rt_buf_reset(&b);
		rt_buf_printf(&b, "%s%s", ctx->db_path, suffix[i]);
		if (b.oom)
			break;
		if (have && stat(rt_buf_str(&b), &ds) == 0 &&
		    ds.st_dev == fs.st_dev && ds.st_ino == fs.st_ino)
			rc = RT_USAGE;
		rt_buf_reset(&b);
		if (dbreal != NULL && dir != NULL) {
			rt_buf_printf(&b, "%s%s", dbreal, suffix[i]);
			if (!b.oom && !t.oom && strcmp(rt_buf_str(&b), rt_buf_str(&t)) == 0)
				rc = RT_USAGE;
		}
		if (rc != RT_OK)
			rt_error(ctx->e, RT_USAGE, "backup: '%s' is %s: a backup goes "
			    "to another file", file, i == 0 ? "the database itself" :
			    "a file SQLite keeps beside the database");
	}
	if (rc == RT_OK && (b.oom || t.oom))
		rc = rt_error(ctx->e, RT_FAIL, "out of memory");
	free(dbreal);	/* realpath's, not rt_malloc's */
	free(dir);
	rt_buf_release(&b);
	rt_buf_release(&t);
	return rc;
}

static int
backup_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const char *file = a->pos[0];
	struct rt_buf tmp = RT_BUF_INIT;
	sqlite3 *dst = NULL;
	sqlite3_backup *b;
	struct stat sb, mine;
	int rc = RT_OK, src, fd = -1, made = 0;

	if ((rc = check_target(ctx, file)) != RT_OK)
		return rc;
	/* The copy gets the database's own mode: a 0600 file stays private. */
	if (stat(ctx->db_path, &sb) != 0)
		return rt_error(ctx->e, RT_FAIL, "backup: '%s': %s", ctx->db_path,
		    strerror(errno));
	rt_buf_printf(&tmp, "%s.tmp-%ld", file, (long)getpid());
	if (tmp.oom)
		return rt_error(ctx->e, RT_FAIL, "out of memory");
	/*
	 * Made here, not by SQLite: O_EXCL|O_NOFOLLOW refuse a file or a
	 * symbolic link planted under the name, which SQLite would have
	 * followed and overwritten.  SQLite then opens that very file
	 * (NOFOLLOW again; the inode is compared before the rename).
	 */
	if ((fd = open(rt_buf_str(&tmp), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC, sb.st_mode & 0666)) < 0) {
		rc = rt_error(ctx->e, errno == ENOENT || errno == ENOTDIR ||
		    errno == EEXIST || errno == ELOOP ? RT_USAGE : RT_FAIL,
		    "backup: cannot write '%s' (its temporary file '%s'): %s", file,
		    rt_buf_str(&tmp), strerror(errno));
		goto out;
	}
	made = 1;
	if (fchmod(fd, sb.st_mode & 0666) != 0 || fstat(fd, &mine) != 0) {
		rc = rt_error(ctx->e, RT_FAIL, "backup: '%s': %s", rt_buf_str(&tmp),
		    strerror(errno));
		goto out;
	}
	if (sqlite3_open_v2(rt_buf_str(&tmp), &dst, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_NOFOLLOW, NULL) != SQLITE_OK) {
		rc = rt_error(ctx->e, RT_FAIL, "backup: cannot open '%s': %s",
		    rt_buf_str(&tmp), dst ? sqlite3_errmsg(dst) : "out of memory");
		goto out;
	}
	if ((b = sqlite3_backup_init(dst, "main", ctx->db.h, "main")) == NULL) {
		rc = rt_error(ctx->e, RT_FAIL, "backup: %s", sqlite3_errmsg(dst));
		goto out;
	}
	do {
		src = sqlite3_backup_step(b, PAGES_PER_STEP);
		if (src == SQLITE_BUSY || src == SQLITE_LOCKED)
			sqlite3_sleep(25);
	} while (src == SQLITE_OK || src == SQLITE_BUSY || src == SQLITE_LOCKED);
	sqlite3_backup_finish(b);
	if (src != SQLITE_DONE) {
		rc = rt_error(ctx->e, RT_FAIL, "backup to '%s': %s", file,
		    sqlite3_errstr(src));
		goto out;
	}
	/* A backup is one self-contained file: leave WAL mode behind. */
	if (sqlite3_exec(dst, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL)
	    != SQLITE_OK) {
		rc = rt_error(ctx->e, RT_FAIL, "backup to '%s': %s", file,
		    sqlite3_errmsg(dst));
		goto out;
	}
	if (sqlite3_close(dst) != SQLITE_OK) {
		rc = rt_error(ctx->e, RT_FAIL, "backup to '%s': %s", file,
		    sqlite3_errmsg(dst));
		goto out;
	}
	dst = NULL;
	if (lstat(rt_buf_str(&tmp), &sb) != 0 || sb.st_ino != mine.st_ino ||
	    sb.st_dev != mine.st_dev) {
		rc = rt_error(ctx->e, RT_FAIL, "backup: '%s' was replaced while the "
		    "backup was written", rt_buf_str(&tmp));
		made = 0;	/* not ours any more: leave it */
		goto out;
	}
	if (rename(rt_buf_str(&tmp), file) != 0) {
		rc = rt_error(ctx->e, errno == ENOENT || errno == ENOTDIR ? RT_USAGE :
		    RT_FAIL, "backup: cannot write '%s': %s", file, strerror(errno));
		goto out;
	}
	made = 0;
	/* FILE is already the whole new backup; only its durability failed. */
	if (rt_sync_dir(file) != 0)
		rc = rt_error(ctx->e, RT_FAIL, "backup: '%s' may not survive a "
		    "crash: cannot sync its directory: %s", file, strerror(errno));
out:
	if (fd >= 0)
		close(fd);
	if (dst != NULL)
		sqlite3_close_v2(dst);
	if (rc != RT_OK && made)
		remove_tmp(rt_buf_str(&tmp));
	rt_buf_release(&tmp);
	return rc;
}

const struct rt_cmd rt_cmd_backup = {
	.name = "backup",
	.args = "FILE",
	.summary = "copy the database while others keep working",
	.help =
	    "Writes a consistent copy to FILE (replacing it whole if it exists),\n"
	    "by SQLite's online backup, beside FILE first and renamed into place.\n"
	    "The copy has the database's file mode.  FILE may not be the database\n"
	    "itself, nor its -wal, -shm or -journal file.\n",
	.minpos = 1, .maxpos = 1,
	.db = RT_CMD_READ,
	.exec = backup_exec,
	.whole = 1,
};
