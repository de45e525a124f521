/*
 * killat.c - rt_killat.so, an LD_PRELOAD library that delivers SIGKILL to
 * the process at one chosen system call, for the crash test (crash.sh).
 *
 * A kill -9 at a random moment rarely lands in the few microseconds that
 * matter most: between the renames that put an export's files in place,
 * or between the fsyncs of an import's commit and of the checkpoint that
 * follows it.  With RT_KILL_AT=CALL:N in the environment, the N-th call
 * of CALL (counted from 1, in this process) raises SIGKILL instead of
 * running: exactly what a kill -9 arriving just before that call does,
 * since SIGKILL cannot be caught and leaves the files as they are.
 *
 *   RT_KILL_AT=rename:4 rectrack export --dir out   # after 3 renames
 *   RT_KILL_AT=fdatasync:2 rectrack import big.csv
 *
 * CALL is one of link, rename, unlink, fsync, fdatasync.  Without
 * RT_KILL_AT every call goes through unchanged.  The real call is made
 * through the *at() or syscall form that the program does not use itself,
 * so no dlsym() is needed.  RT_KILL_COUNT=FILE appends "CALL N" for every
 * call seen (a dry run that counts the points).
 *
 * Not part of the product: built only with the tests, loaded only by
 * crash.sh.
 */
/* syscall() is not POSIX: ask glibc for it. */
#define _DEFAULT_SOURCE

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Calls are counted per name; the table is small and fixed. */
enum call { C_LINK, C_RENAME, C_UNLINK, C_FSYNC, C_FDATASYNC, C_N };

static const char *const names[C_N] = {
	"link", "rename", "unlink", "fsync", "fdatasync"
};

static unsigned long seen[C_N];

/*
 * Count this call of c; SIGKILL the process when it is the one chosen.
 * RT_KILL_AT is read each time: a few calls per run, and no constructor
 * or global state beyond the counters is needed.
 */
static void
point(enum call c)
{
	const char *at = getenv("RT_KILL_AT"), *log = getenv("RT_KILL_COUNT");
	size_t n = strlen(names[c]);

	seen[c]++;
	if (log != NULL && log[0] != '\0') {
		FILE *fp = fopen(log, "a");

		if (fp != NULL) {
			fprintf(fp, "%s %lu\n", names[c], seen[c]);
			fclose(fp);
		}
	}
	if (at != NULL && strncmp(at, names[c], n) == 0 && at[n] == ':' &&
	    strtoul(at + n + 1, NULL, 10) == seen[c])
		raise(SIGKILL);
}

int
link(const char *from, const char *to)
{
	point(C_LINK);
	return linkat(AT_FDCWD, from, AT_FDCWD, to, 0);
}

int
rename(const char *from, const char *to)
{
	point(C_RENAME);
	return renameat(AT_FDCWD, from, AT_FDCWD, to);
}

int
unlink(const char *path)
{
	point(C_UNLINK);
	return unlinkat(AT_FDCWD, path, 0);
}

int
fsync(int fd)
{
	point(C_FSYNC);
	return (int)syscall(SYS_fsync, fd);
}

int
fdatasync(int fd)
{
	point(C_FDATASYNC);
	return (int)syscall(SYS_fdatasync, fd);
}
