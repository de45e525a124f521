/*
 * fuzz.h - what the libFuzzer harnesses share.
 *
 * Each harness (fuzz_*.c) defines the two libFuzzer entry points below.
 * Built with clang -fsanitize=fuzzer they are driven by libFuzzer (make
 * fuzz); built with replay.c instead they replay saved inputs, in any
 * build, as a ctest (tests/fuzz/replay.cmake).
 *
 * A harness states what must hold with FZ_CHECK(): a broken promise
 * aborts, which libFuzzer reports as a crash and saves the input, exactly
 * as it does for a sanitizer's finding.
 */
#ifndef RT_FUZZ_H
#define RT_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "rectrack/db.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Abort with a message unless cond holds: a finding, like a crash. */
#define FZ_CHECK(cond, ...) do {					\
	if (!(cond))							\
		fz_fail(__FILE__, __LINE__, #cond, __VA_ARGS__);	\
} while (0)

#if defined(__GNUC__)
__attribute__((noreturn, format(printf, 4, 5)))
#endif
void fz_fail(const char *file, int line, const char *cond, const char *fmt,
    ...);

/*
 * A private directory for this process, made on first use and removed
 * with everything in it at exit: "/dev/shm/rt-fuzz-XXXXXX" (memory) when
 * /dev/shm is there, else under $TMPDIR or /tmp.
 */
const char *fz_dir(void);

/* fz_dir()/name; the result stays valid until the next call. */
const char *fz_path(const char *name);

/* Replace the file path with n bytes of p. */
void fz_write_file(const char *path, const void *p, size_t n);

/* n bytes of p as an allocated, NUL-terminated string (free() it). */
char *fz_strndup(const uint8_t *p, size_t n);

/* A stream that discards what is written to it (never closed). */
FILE *fz_devnull(void);

/*
 * fz_quiet(1) points stderr at fz_devnull() until fz_quiet(0), unless
 * FUZZ_VERBOSE is set in the environment.  The importer reports each bad
 * row on stderr, which is unbuffered: one write per byte, the harness's
 * main cost.  (glibc lets a program assign stderr.)  The sanitizers write
 * their reports to file descriptor 2 directly, so a crash still shows.
 */
void fz_quiet(int on);

/*
 * A small flat CSV document in the import layout, from the seed papers:
 * two committees, three meetings, responses of every decision, updates of
 * every status.  The harnesses load it where they need a database with
 * something in it.
 */
extern const char fz_sample_csv[];

/*
 * Run the import command's own code on the file path, the way cmd.c runs
 * it for "rectrack import PATH", inside the transaction the caller opened
 * on db (rt_db_begin()) and ends.  The summary goes to out (nothing when
 * out is fz_devnull(), as with --quiet); the rows' problems to standard
 * error.  Returns the command's status, with its message in e.
 */
int fz_import(struct rt_db *db, const char *path, FILE *out,
    struct rt_err *e);

#endif
