/*
 * cmd-backup.c - backup: a consistent copy of the database while others
 * keep working.
 *
 * SQLite's online backup API copies a few pages at a time, so writers are
 * held up only for a moment between steps (and in WAL mode not at all).
 * The copy is written beside its target and renamed into place, so FILE is
 * either the old file or a whole new backup, never half of one.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rectrack/cmd.h"
#include "rectrack/util.h"

#define PAGES_PER_STEP 256

/*
 * fsync the directory holding path, so the rename itself is durable: a
 * backup reported done must survive a crash.  0, or -1 with errno set.
 */
static int
sync_dir(const char *path)
{
	char dir[4096];
	const char *slash = strrchr(path, '/');
	int fd, rc, saved;

	if (slash == NULL)
		snprintf(dir, sizeof dir, ".");
	else
		snprintf(dir, sizeof dir, "%.*s", (int)(slash - path + (slash == path)),
		    path);
	if ((fd = open(dir, O_RDONLY)) < 0)
		return -1;
	rc = fsync(fd);
	saved = errno;
	close(fd);
	errno = saved;
	return rc;
}

/*
 * Remove the temporary copy and what SQLite may have left beside it: a
 * write that failed half way leaves its rollback journal, which nobody
 * would ever roll back once the copy is gone.
 */
static void
remove_tmp(const char *tmp)
{
	static const char *const suffix[] = {"", "-journal", "-wal", "-shm"};
	char name[4096];
	size_t i;

	for (i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		snprintf(name, sizeof name, "%s%s", tmp, suffix[i]);
		unlink(name);
	}
}

static int
backup_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const char *file = a->pos[0];
	struct rt_buf tmp = RT_BUF_INIT;
	sqlite3 *dst = NULL;
	sqlite3_backup *b;
	struct stat sb;
	int rc = RT_OK, src;

	if (stat(file, &sb) == 0 && S_ISDIR(sb.st_mode))
		return rt_error(ctx->e, RT_USAGE, "backup: '%s' is a directory", file);
	rt_buf_printf(&tmp, "%s.tmp-%ld", file, (long)getpid());
	if (tmp.oom)
		return rt_error(ctx->e, RT_FAIL, "out of memory");
	if (sqlite3_open_v2(rt_buf_str(&tmp), &dst, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		rc = rt_error(ctx->e, errno == ENOENT ? RT_USAGE : RT_FAIL,
		    "backup: cannot create '%s': %s", rt_buf_str(&tmp),
		    dst ? sqlite3_errmsg(dst) : "out of memory");
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
	if (rename(rt_buf_str(&tmp), file) != 0) {
		rc = rt_error(ctx->e, errno == ENOENT || errno == ENOTDIR ? RT_USAGE :
		    RT_FAIL, "backup: cannot write '%s': %s", file, strerror(errno));
		goto out;
	}
	/* FILE is already the whole new backup; only its durability failed. */
	if (sync_dir(file) != 0)
		rc = rt_error(ctx->e, RT_FAIL, "backup: '%s' may not survive a "
		    "crash: cannot sync its directory: %s", file, strerror(errno));
out:
	if (dst != NULL)
		sqlite3_close_v2(dst);
	if (rc != RT_OK)
		remove_tmp(rt_buf_str(&tmp));
	rt_buf_release(&tmp);
	return rc;
}

const struct rt_cmd rt_cmd_backup = {
	"backup", "FILE", "copy the database while others keep working",
	"Writes a consistent copy to FILE (replacing it whole if it exists),\n"
	"by SQLite's online backup, beside FILE first and renamed into place.\n",
	NULL, 1, 1, RT_CMD_READ, backup_exec, NULL
};
