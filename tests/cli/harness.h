/*
 * harness.h - running the rectrack binary from the command-line tests.
 *
 * Every test runs in its own temporary directory (rt_dir), made by the
 * checked fixture rt_fixture_setup() and removed by rt_fixture_teardown().
 * rt_run() forks and execs the built binary (RT_BIN) with its standard
 * input fed from a string and its standard output and error captured
 * whole, so that a test can assert the exit status and both streams
 * exactly.  The database is read back with SQLite directly, never through
 * the program under test.
 */
#ifndef RT_CLI_HARNESS_H
#define RT_CLI_HARNESS_H

#include <stddef.h>
#include <string.h>

#include <check.h>

/* One finished run of the program. */
struct run {
	int code;	/* exit status, or 128 + signal number */
	char *out;	/* standard output, NUL-terminated */
	char *err;	/* standard error, NUL-terminated */
	size_t nout;	/* bytes in out, not counting the NUL */
	size_t nerr;	/* bytes in err, not counting the NUL */
};

#define RUN_INIT {0, NULL, NULL, 0, 0}

/* argv for rt_run() from a list of strings. */
#define ARGV(...) ((const char *const[]){__VA_ARGS__, NULL})

/* The current test's temporary directory (absolute). */
extern char rt_dir[];

/* The checked fixture every test case installs. */
void rt_fixture_setup(void);
void rt_fixture_teardown(void);

/*
 * The whole run's parent directory, made before the suites run and removed
 * after them, so that a test that fails (and so skips its teardown) leaves
 * nothing behind.  RT_CLI_KEEP=1 in the environment keeps it for a look.
 */
void rt_root_create(void);
void rt_root_remove(void);

/*
 * Run RT_BIN with "--db db" first (unless db is NULL) and then argv,
 * NULL-terminated, in rt_dir.  stdin_text (NULL: /dev/null) is its
 * standard input.  RECTRACK_DB is unset for the child.  What r held
 * before stays valid until teardown (a test may keep r.out to compare);
 * returns r->code.
 */
int rt_run(struct run *r, const char *db, const char *stdin_text,
    const char *const argv[]);

/* The same with RECTRACK_DB set to env_db (unset when NULL). */
int rt_run_env(struct run *r, const char *db, const char *stdin_text,
    const char *env_db, const char *const argv[]);

void run_free(struct run *r);

/*
 * When set, the program's standard output goes to this file (e.g.
 * "/dev/full") instead of being captured; r->out is then empty.
 */
extern const char *rt_run_stdout;

/*
 * Every row of every table of db, in sqlite_schema order, each as
 * "table|'text'|1|NULL|..." on its own line (SELECT * ... ORDER BY rowid,
 * values quoted as SQL literals), preceded by the schema itself and the
 * application_id and user_version: equal fingerprints mean equal content.
 * Read-only.  NULL (and a note on stderr) when db cannot be read.
 */
char *db_fingerprint(const char *db);

/*
 * The rows of one query on db, as the sqlite3 shell prints them in list
 * mode: columns joined by '|', each row ended by '\n', NULL as "NULL".
 * Read-only.  The test fails when the query does.
 */
char *db_query(const char *db, const char *sql);

/*
 * Run SQL on db with a plain read-write sqlite3 connection, as a user of
 * the sqlite3 shell would (no rectrack); the file is created if missing.
 */
void db_exec(const char *db, const char *sql);

/* A formatted string, allocated (freed at teardown like the rest). */
#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
char *xprintf(const char *fmt, ...);

/* n bytes of printable text ("aaaa...", a space every 64), allocated. */
char *long_text(size_t n);

/* "rt_dir/name", allocated. */
char *rt_path(const char *name);

/*
 * Everything the harness allocates for a test (runs, strings, query
 * results) is freed by the teardown; tests free nothing themselves.
 *
 * The bytes of a file: *n receives the length.  NULL when it cannot be
 * read (a missing file, a directory).
 */
char *file_read(const char *path, size_t *n);
/* Replace path with n bytes of p. */
void file_write(const char *path, const char *p, size_t n);

/*
 * The known state most tests start from, in rt_dir/rt.db (the returned
 * path, allocated):
 *   committee pcs-osc "Performance & Corporate Services OSC";
 *   recommendation 1, meeting 2024-11-15, item "Budget monitoring",
 *     number 1, leads Vic Kurzeja; Michael Smedley, accepted on 2025-01-10;
 *   recommendation 2, same item, number 2, lead Lorna Baxter, no response.
 */
char *setup_db(void);

/* The OS user rectrack records in the history. */
const char *os_user(void);

/* Does s contain sub?  Does it start with prefix? */
int has(const char *s, const char *sub);
int starts(const char *s, const char *prefix);
/* How many lines does s hold (a last line without '\n' counts)? */
int nlines(const char *s);

/*
 * A test case with the temporary-directory fixture and a timeout generous
 * enough for a sanitizer build (seconds).
 */
TCase *rt_tcase(const char *name);

/* The suites (check_*.c), assembled by main.c. */
Suite *cli_record_suite(void);
Suite *cli_bad_input_suite(void);
Suite *cli_schema_suite(void);
Suite *cli_query_suite(void);		/* check_query.c */
Suite *cli_import_suite(void);		/* check_import.c */
Suite *cli_export_suite(void);		/* check_export.c */
Suite *cli_attack_suite(void);		/* check_attack.c */
Suite *cli_mistakes_suite(void);	/* check_cli.c */
Suite *cli_publish_suite(void);		/* check_publish.c */
Suite *cli_shapes_suite(void);		/* check_shapes.c */
Suite *cli_impact_suite(void);		/* check_impact.c */
Suite *cli_docs_suite(void);		/* check_docs.c */
Suite *cli_structure_suite(void);	/* check_structure.c */

/*
 * Run and expect success: exit 0 and nothing on standard error.  The
 * assertion is made where the macro is used, so its line is reported.
 */
#define RUN_OK(r, db, in, ...) do {					\
	rt_run((r), (db), (in), ARGV(__VA_ARGS__));			\
	ck_assert_msg((r)->code == 0 && (r)->err[0] == '\0',		\
	    "expected success, got exit %d, stderr: %s", (r)->code,	\
	    (r)->err);							\
} while (0)

/*
 * Run and expect failure with exit status want, nothing on standard output
 * and exactly one line "rectrack: ..." containing sub on standard error.
 */
#define RUN_FAIL(r, db, in, want, sub, ...) do {			\
	rt_run((r), (db), (in), ARGV(__VA_ARGS__));			\
	ck_assert_msg((r)->code == (want),				\
	    "expected exit %d, got %d, stderr: %s", (want), (r)->code,	\
	    (r)->err);							\
	ck_assert_str_eq((r)->out, "");				\
	ck_assert_msg(nlines((r)->err) == 1 &&				\
	    starts((r)->err, "rectrack: ") &&			\
	    (r)->err[(r)->nerr - 1] == '\n',				\
	    "stderr is not one 'rectrack: ' line: %s", (r)->err);	\
	ck_assert_msg(has((r)->err, (sub)),				\
	    "stderr lacks '%s': %s", (sub), (r)->err);			\
} while (0)

#endif
