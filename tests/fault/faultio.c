/*
 * faultio.c - faults in the program's own file writes (see fault.h).
 *
 * export writes its CSVs and manifest with stdio, and every command
 * writes its output to standard output: none of that goes through
 * SQLite.  rectrack-fault is linked with "ld --wrap" for the calls below,
 * so that the program's references to fwrite() and the rest reach these
 * functions, which count an I/O point and either pass the call on
 * (__real_fwrite is the C library's) or make it fail.  Only the
 * program's own objects are affected: SQLite, a shared library, keeps
 * calling the C library directly, and is counted by the VFS instead.
 *
 * How a call fails.  fsync, rename, link and open return -1 with errno
 * EIO or ENOSPC: nothing else of the process changes when they fail.  A
 * stdio stream is different: a failed write leaves the stream in error,
 * with the bytes still buffered, and the program must see that in
 * ferror() and in the result of the next fflush() or fclose().  So the
 * stream's descriptor is pointed at /dev/full, and the C library's own
 * call then fails as it would on a full disk, with its own buffering and
 * error state; the descriptor stays there, as a full disk stays full.
 * Standard error, where the one error line goes, is never touched, nor
 * are memory streams (no descriptor).  fflush and fclose are counted only
 * when bytes are pending: with none they write nothing and cannot fail
 * the way a write does.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <stdio_ext.h>
#endif

#include "fault.h"

/* The C library's, reached through ld --wrap. */
size_t __real_fwrite(const void *, size_t, size_t, FILE *);
int __real_fflush(FILE *);
int __real_fclose(FILE *);
int __real_fsync(int);
int __real_rename(const char *, const char *);
int __real_link(const char *, const char *);
int __real_open(const char *, int, ...);

size_t __wrap_fwrite(const void *, size_t, size_t, FILE *);
int __wrap_fflush(FILE *);
int __wrap_fclose(FILE *);
int __wrap_fsync(int);
int __wrap_rename(const char *, const char *);
int __wrap_link(const char *, const char *);
int __wrap_open(const char *, int, ...);

static int
fail(enum fault_kind k)
{
	errno = k == FAULT_FULL ? ENOSPC : EIO;
	return -1;
}

/* The path behind descriptor fd, for the record of what a fault hit. */
static const char *
fd_name(int fd, char *buf, size_t size)
{
	char link[64];
	ssize_t n;
	const char *slash;

	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	if ((n = readlink(link, buf, size - 1)) < 0) {
		snprintf(buf, size, "fd %d", fd);
		return buf;
	}
	buf[n] = '\0';
	return (slash = strrchr(buf, '/')) != NULL && slash[1] != '\0' ?
	    slash + 1 : buf;
}

/*
 * Count a write to fp (when it writes to a file) and, when the point must
 * fail, put /dev/full under the stream.
 */
static void
stream_point(const char *op, FILE *fp, int pending_only)
{
	char buf[4096];
	const char *name;
	int fd, full, saved = errno;

	if (fp == NULL || (fd = fileno(fp)) < 0 || fd == STDERR_FILENO)
		goto out;
#if defined(__GLIBC__)
	if (pending_only && __fpending(fp) == 0)
		goto out;
#else
	(void)pending_only;
#endif
	name = fd == STDOUT_FILENO ? "stdout" : fd_name(fd, buf, sizeof buf);
	if (fault_point(op, name) == FAULT_NONE)
		goto out;
	if ((full = __real_open("/dev/full", O_WRONLY)) >= 0) {
		dup2(full, fd);
		close(full);
	}
out:
	errno = saved;
}

size_t
__wrap_fwrite(const void *p, size_t size, size_t n, FILE *fp)
{
	if (size > 0 && n > 0)
		stream_point("fwrite", fp, 0);
	return __real_fwrite(p, size, n, fp);
}

int
__wrap_fflush(FILE *fp)
{
	stream_point("fflush", fp, 1);
	return __real_fflush(fp);
}

int
__wrap_fclose(FILE *fp)
{
	stream_point("fclose", fp, 1);
	return __real_fclose(fp);
}

int
__wrap_fsync(int fd)
{
	char buf[4096];
	enum fault_kind k;

	if ((k = fault_point("fsync", fd_name(fd, buf, sizeof buf))) != FAULT_NONE)
		return fail(k);
	return __real_fsync(fd);
}

/*
 * Replacing or removing a directory entry takes no new space, so a full
 * disk fails a rename only at its own point, not every later one: a
 * program putting its previous files back after a failure can.
 */
int
__wrap_rename(const char *from, const char *to)
{
	enum fault_kind k;

	if ((k = fault_point("rename", to)) != FAULT_NONE && fault_first())
		return fail(k);
	return __real_rename(from, to);
}

int
__wrap_link(const char *from, const char *to)
{
	enum fault_kind k;

	if ((k = fault_point("link", to)) != FAULT_NONE)
		return fail(k);
	return __real_link(from, to);
}

/* Only creating a file is a write; opening one to read or fsync is not. */
int
__wrap_open(const char *path, int flags, ...)
{
	enum fault_kind k;
	va_list ap;
	int mode = 0;

	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = va_arg(ap, int);
		va_end(ap);
		if ((k = fault_point("open", path)) != FAULT_NONE)
			return fail(k);
	}
	return __real_open(path, flags, mode);
}
