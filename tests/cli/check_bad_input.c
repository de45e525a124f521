/*
 * check_bad_input.c - bad input gets a clear error and changes nothing.
 *
 * One table, one loop test: each row starts from setup_db()'s known
 * database, breaks something first when it says so, runs one command, and
 * then asserts what the contract promises of every failure:
 *   - the exit status (2 usage, 3 invalid data, 1 I/O, database or busy);
 *   - nothing on standard output;
 *   - exactly one line on standard error, "rectrack: ...", naming the
 *     offending value (err_substr);
 *   - the database unchanged: equal fingerprints or, for a file that is
 *     not a usable database, the very same bytes.
 *
 * Markers, expanded at run time: an argument "@BIG" is a text of 128 KiB
 * less one byte (the longest single argument Linux passes to a program),
 * standard input "@BIG" is a text of 1 MiB, and "@/name" is a path in the
 * test's directory.
 */
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>
#include <sqlite3.h>

#include "harness.h"

#define ARG_BIG (128 * 1024 - 1)	/* Linux: MAX_ARG_STRLEN less the NUL */
#define STDIN_BIG (1024 * 1024)

/* What to do to the test's directory before the run. */
enum prep {
	PREP_NONE,
	PREP_BIGFILE,	/* @/big.txt: a text of 1 MiB */
	PREP_BUSY,	/* another connection holds the write lock */
	/* From here on the database file is compared byte for byte. */
	PREP_RAW,	/* nothing: only a path other than setup_db()'s */
	PREP_MKDIR,	/* the database path is a directory */
	PREP_HELLO,	/* the database file holds "hello" */
	PREP_TRUNC,	/* the first 1000 bytes of setup_db()'s */
	PREP_EMPTY,	/* a file of 0 bytes */
	PREP_FOREIGN,	/* an SQLite database of another program */
	PREP_V999,	/* setup_db()'s with user_version raised to 999 */
	PREP_SHA,	/* setup_db()'s with a migration checksum altered */
	PREP_RO		/* setup_db()'s, mode 0444 */
};

struct bad {
	const char *name;
	const char *stdin_text;	/* NULL: /dev/null */
	int code;		/* the exit status the contract wants */
	const char *err_substr;	/* what standard error must name */
	const char *argv[24];	/* after "--db PATH" */
	const char *db;		/* NULL: setup_db()'s, "@/name", or "-" for
				   no --db at all (setup_db()'s is watched) */
	enum prep prep;
};

#define BAD(name, in, code, sub, ...) \
	{name, in, code, sub, {__VA_ARGS__}, NULL, PREP_NONE}
#define BADX(name, in, code, sub, db, prep, ...) \
	{name, in, code, sub, {__VA_ARGS__}, db, prep}

/* rec add with everything right but what follows. */
#define REC_ADD "rec", "add", "--committee", "pcs-osc", "--meeting", \
	"2024-11-15", "--item", "Budget monitoring"

static const struct bad bad[] = {
	/* Unknown things and conflicts: invalid data. */
	BAD("unknown committee", NULL, 3, "unknown committee 'nosuch'",
	    "rec", "add", "--committee", "nosuch", "--meeting", "2024-11-15",
	    "--item", "Budget monitoring", "--number", "3", "--text", "T."),
	BAD("unknown committee in a listing", NULL, 3, "'nosuch'",
	    "rec", "list", "--committee", "nosuch", "--as-of", "2025-03-01"),
	BAD("duplicate recommendation number", NULL, 3,
	    "recommendation 1 of item 'Budget monitoring'",
	    REC_ADD, "--number", "1", "--text", "Again."),
	BAD("second response without --amend", NULL, 3,
	    "recommendation 1 already has a response",
	    "respond", "1", "--decision", "rejected", "--date", "2025-02-01"),
	BAD("--amend without a response", NULL, 3,
	    "recommendation 2 has no response",
	    "respond", "2", "--amend", "--decision", "accepted", "--date",
	    "2025-02-01"),
	BAD("amendment dated before the response", NULL, 3, "2025-01-05",
	    "respond", "1", "--amend", "--decision", "rejected", "--date",
	    "2025-01-05"),
	BAD("update on an unknown id", NULL, 3, "unknown recommendation 99",
	    "update", "99", "--status", "pending", "--date", "2025-02-01"),
	BAD("action update on an unknown id", NULL, 3, "unknown action 42",
	    "action", "update", "42", "--status", "complete", "--date",
	    "2025-02-01"),
	BAD("show an unknown id", NULL, 3, "unknown recommendation 7",
	    "rec", "show", "7"),
	BAD("log of an unknown id", NULL, 3, "unknown recommendation 42",
	    "log", "42"),
	BAD("committee added twice", NULL, 3, "'pcs-osc'",
	    "committee", "add", "pcs-osc", "Another name"),
	BAD("meeting added twice", NULL, 3, "on 2024-11-15 already exists",
	    "meeting", "add", "pcs-osc", "15/11/2024"),
	BAD("response dated before the meeting", NULL, 3, "2024-11-01",
	    "respond", "2", "--decision", "accepted", "--date", "2024-11-01"),
	BAD("update dated before the meeting", NULL, 3, "2024-11-14",
	    "update", "1", "--status", "pending", "--date", "2024-11-14"),

	/* Dates and words. */
	BAD("impossible ISO date", NULL, 3, "'2025-02-30'",
	    "meeting", "add", "pcs-osc", "2025-02-30"),
	BAD("impossible day-first date", NULL, 3, "'31/02/2025'",
	    "respond", "2", "--decision", "accepted", "--date", "31/02/2025"),
	BAD("month-first date", NULL, 3, "'12/31/2024'",
	    "respond", "2", "--decision", "accepted", "--date", "12/31/2024"),
	BAD("bad --as-of", NULL, 3, "'tomorrow'",
	    "rec", "list", "--as-of", "tomorrow"),
	BAD("bad --since", NULL, 3, "'2025-13-01'",
	    "rec", "list", "--since", "2025-13-01", "--as-of", "2025-03-01"),
	BAD("unknown decision", NULL, 3, "unknown decision 'maybe': expected "
	    "accepted, accepted-in-principle, partially-accepted, rejected or "
	    "noted; teach it with: "
	    "rectrack vocab add decision 'maybe' MEANS",
	    "respond", "2", "--decision", "maybe", "--date", "2025-02-01"),
	BAD("unknown status", NULL, 3, "'sideways'",
	    "update", "1", "--status", "sideways", "--date", "2025-02-01"),
	/* The hint quotes the word for the shell, a quote in it too. */
	BAD("unknown status with spaces", NULL, 3, "unknown status 'Progress "
	    "Made': expected pending, in-item, in-progress, delayed, paused, "
	    "complete, not-implemented or superseded; "
	    "teach it with: rectrack vocab add status 'Progress Made' MEANS",
	    "update", "1", "--status", "Progress Made", "--date", "2025-02-01"),
	BAD("unknown status with a quote", NULL, 3, "teach it with: rectrack "
	    "vocab add status 'Can'\\''t say' MEANS",
	    "update", "1", "--status", "Can't say", "--date", "2025-02-01"),
	BAD("unknown status with a line end", NULL, 3, "unknown status "
	    "'a\\nb': expected pending, in-item, in-progress, delayed, paused, "
	    "complete, not-implemented or superseded\n",
	    "update", "1", "--status", "a\nb", "--date", "2025-02-01"),
	BAD("unknown status of an action", NULL, 3, "'finished-ish'",
	    "action", "update", "1", "--status", "finished-ish", "--date",
	    "2025-02-01"),
	BAD("unknown committee kind", NULL, 3, "'cabinet': expected scrutiny, "
	    "executive, peer-review, audit or other\n",
	    "committee", "add", "audit", "Audit Committee", "--kind", "cabinet"),
	BAD("invalid slug", NULL, 3, "'PCS OSC'",
	    "committee", "add", "PCS OSC", "Performance OSC"),
	BAD("invalid recommendation number", NULL, 3, "'3 a'",
	    REC_ADD, "--number", "3 a", "--text", "T."),
	BAD("update --due Q5", NULL, 3, "'Q5 22/23'",
	    "update", "1", "--status", "in-progress", "--date", "2025-02-01",
	    "--due", "Q5 22/23"),
	BAD("an impossible --update-due", NULL, 3, "'30 February 2026'",
	    REC_ADD, "--number", "3", "--text", "T.", "--update-due",
	    "30 February 2026"),
	BAD("an impossible day as an action's due date", NULL, 3,
	    "'31 June 2025': June has 30 days",
	    "action", "add", "--rec", "1", "--text", "T.", "--due",
	    "31 June 2025"),

	/* Texts and names. */
	BAD("empty text", NULL, 3, "--text: must not be empty",
	    REC_ADD, "--number", "3", "--text", ""),
	BAD("blank text", NULL, 3, "--text: must not be empty",
	    REC_ADD, "--number", "3", "--text", "   "),
	BAD("blank text on stdin", " \n\t\n", 3, "--text: must not be empty",
	    REC_ADD, "--number", "3", "--text", "-"),
	BAD("text of 1 MiB on stdin", "@BIG", 3, "--text: too long",
	    REC_ADD, "--number", "3", "--text", "-"),
	BAD("text of 128 KiB in argv", NULL, 3, "--text: too long",
	    REC_ADD, "--number", "3", "--text", "@BIG"),
	BADX("text of 1 MiB in a file", NULL, 3, "--text: too long",
	    NULL, PREP_BIGFILE,
	    REC_ADD, "--number", "3", "--text-file", "@/big.txt"),
	BAD("invalid UTF-8 text", NULL, 3, "--text: not valid UTF-8",
	    REC_ADD, "--number", "3", "--text", "caf\xe9 \xff"),
	BAD("invalid UTF-8 on stdin", "Overlong \xc0\xaf slash.", 3,
	    "--text: not valid UTF-8",
	    "respond", "2", "--decision", "accepted", "--date", "2025-02-01",
	    "--text", "-"),
	BAD("ANSI escape in text", NULL, 3, "control character 0x1b",
	    REC_ADD, "--number", "3", "--text", "\x1b[31mRed\x1b[0m alert."),
	BAD("line end in --item", NULL, 3, "--item 'Budget",
	    "rec", "add", "--committee", "pcs-osc", "--meeting", "2024-11-15",
	    "--item", "Budget\nmonitoring", "--number", "3", "--text", "T."),
	BAD("line end in --title", NULL, 3, "--title 'One",
	    REC_ADD, "--number", "3", "--text", "T.", "--title", "One\r\nTwo"),
	BAD("--lead with no name in it", NULL, 3, "';;'",
	    REC_ADD, "--number", "3", "--text", "T.", "--lead", ";;"),
	BAD("--text and --text-file together", NULL, 2,
	    "--text and --text-file",
	    REC_ADD, "--number", "3", "--text", "T.", "--text-file",
	    "@/big.txt"),
	BAD("--text-file that does not exist", NULL, 2, "nofile.txt",
	    REC_ADD, "--number", "3", "--text-file", "@/nofile.txt"),

	/* The command line itself: usage. */
	BAD("unknown command", NULL, 2, "'frobnicate'", "frobnicate"),
	BAD("unknown verb", NULL, 2, "'frob'", "rec", "frob"),
	BAD("noun without a verb", NULL, 2, "rec: missing verb", "rec"),
	BAD("ambiguous prefix", NULL, 2, "'m'", "m", "list"),
	BAD("help on an unknown command", NULL, 2, "'frob'", "help", "frob"),
	BAD("unknown option", NULL, 2, "'--colour'",
	    "rec", "list", "--colour", "red"),
	BAD("unknown global option", NULL, 2, "'--verbose'",
	    "--verbose", "rec", "list"),
	BAD("missing required option", NULL, 2, "--number",
	    REC_ADD, "--text", "T."),
	BAD("missing --date", NULL, 2, "--date",
	    "respond", "2", "--decision", "accepted"),
	BAD("option missing its value", NULL, 2, "'--format' needs a value",
	    "rec", "list", "--format"),
	BAD("flag given a value", NULL, 2, "'--force' takes no value",
	    "rec", "delete", "1", "--force=yes"),
	BAD("option given twice", NULL, 2, "'--format' given twice",
	    "rec", "list", "--format", "csv", "--format", "json"),
	BAD("extra positional argument", NULL, 2, "'2'",
	    "rec", "show", "1", "2"),
	BAD("missing positional argument", NULL, 2, "missing argument",
	    "meeting", "add", "pcs-osc"),
	BAD("id abc", NULL, 2, "'abc'", "rec", "show", "abc"),
	BAD("id 0", NULL, 2, "'0'",
	    "respond", "0", "--decision", "accepted", "--date", "2025-02-01"),
	BAD("id -1", NULL, 2, "'-1'",
	    "update", "-1", "--status", "pending", "--date", "2025-02-01"),
	BAD("id with trailing junk", NULL, 2, "'1x'", "rec", "show", "1x"),
	BAD("id out of range", NULL, 2, "'99999999999999999999'",
	    "rec", "delete", "99999999999999999999", "--force"),
	BAD("rec delete without --force", NULL, 2, "--force",
	    "rec", "delete", "1"),
	BAD("rec edit with nothing to change", NULL, 2, "nothing to change",
	    "rec", "edit", "1"),
	BAD("bad format name", NULL, 2, "'xml'",
	    "rec", "list", "--format", "xml", "--as-of", "2025-03-01"),
	BAD("action add with --rec and --committee", NULL, 2, "--rec",
	    "action", "add", "--rec", "1", "--committee", "pcs-osc",
	    "--text", "T."),
	BAD("action add with --committee alone", NULL, 2, "--meeting and --item are required",
	    "action", "add", "--committee", "pcs-osc", "--text", "T."),

	/* The database file. */
	BADX("--db without its value", NULL, 2, "'--db'",
	    "-", PREP_NONE, "--db"),
	BADX("--db in a missing directory", NULL, 2, "nodir",
	    "@/nodir/x.db", PREP_RAW, "init"),
	BADX("--db that does not exist", NULL, 2, "missing.db",
	    "@/missing.db", PREP_RAW, "rec", "list"),
	BADX("--db is a directory", NULL, 2, "sub': is a directory",
	    "@/sub", PREP_MKDIR, "rec", "list"),
	BADX("not an SQLite file", NULL, 3, "hello.db' is not a rectrack database",
	    "@/hello.db", PREP_HELLO, "rec", "list"),
	BADX("not an SQLite file, writing", NULL, 3,
	    "hello.db' is not a rectrack database",
	    "@/hello.db", PREP_HELLO, REC_ADD, "--number", "3", "--text", "T."),
	BADX("not an SQLite file, init", NULL, 3,
	    "hello.db' is not a rectrack database",
	    "@/hello.db", PREP_HELLO, "init"),
	BADX("truncated database", NULL, 3, "trunc.db",
	    "@/trunc.db", PREP_TRUNC, "rec", "list"),
	BADX("truncated database, writing", NULL, 3, "trunc.db",
	    "@/trunc.db", PREP_TRUNC, REC_ADD, "--number", "3", "--text", "T."),
	BADX("empty database file", NULL, 3, "run 'rectrack init'",
	    "@/empty.db", PREP_EMPTY, "rec", "list"),
	BADX("another program's database", NULL, 3, "not a rectrack database",
	    "@/foreign.db", PREP_FOREIGN, REC_ADD, "--number", "3", "--text",
	    "T."),
	BADX("newer schema", NULL, 3, "newer",
	    NULL, PREP_V999, REC_ADD, "--number", "3", "--text", "T."),
	BADX("newer schema, listing", NULL, 3, "newer",
	    NULL, PREP_V999, "rec", "list"),
	BADX("changed migration", NULL, 3, "0001_schema.sql was changed",
	    NULL, PREP_SHA, "rec", "list"),
	BADX("read-only database file", NULL, 2, "read-only",
	    NULL, PREP_RO, REC_ADD, "--number", "3", "--text", "T."),
	BADX("busy database", NULL, 1, "locked",
	    NULL, PREP_BUSY, "committee", "add", "audit", "Audit Committee"),
	BAD("backup into a missing directory", NULL, 2, "nodir",
	    "backup", "@/nodir/copy.db"),
};

#define NBAD ((int)(sizeof bad / sizeof bad[0]))

/* A marker expanded (see the top of the file). */
static const char *
expand(const char *s, size_t big)
{
	if (s == NULL)
		return NULL;
	if (strcmp(s, "@BIG") == 0)
		return long_text(big);
	if (strncmp(s, "@/", 2) == 0)
		return rt_path(s + 2);
	return s;
}

/* Break what the row says; a held lock is returned for release. */
static sqlite3 *
prepare(const struct bad *b, const char *path, const char *db)
{
	sqlite3 *h = NULL;
	char *bytes;
	size_t n;

	switch (b->prep) {
	case PREP_NONE:
	case PREP_RAW:
		break;
	case PREP_BIGFILE:
		file_write(rt_path("big.txt"), long_text(STDIN_BIG), STDIN_BIG);
		break;
	case PREP_BUSY:
		ck_assert(sqlite3_open_v2(db, &h, SQLITE_OPEN_READWRITE, NULL) ==
		    SQLITE_OK);
		ck_assert(sqlite3_exec(h, "BEGIN IMMEDIATE", NULL, NULL, NULL) ==
		    SQLITE_OK);
		break;
	case PREP_MKDIR:
		ck_assert(mkdir(path, 0755) == 0);
		break;
	case PREP_HELLO:
		file_write(path, "hello", 5);
		break;
	case PREP_TRUNC:
		bytes = file_read(db, &n);
		ck_assert(bytes != NULL && n > 1000);
		file_write(path, bytes, 1000);
		break;
	case PREP_EMPTY:
		file_write(path, "", 0);
		break;
	case PREP_FOREIGN:
		db_exec(path, "CREATE TABLE t(a)");
		break;
	case PREP_V999:
		db_exec(db, "PRAGMA user_version = 999");
		break;
	case PREP_SHA:
		db_exec(db, "UPDATE schema_migrations SET sha256 = "
		    "'0000000000000000000000000000000000000000000000000000000000000000'");
		break;
	case PREP_RO:
		ck_assert(chmod(db, 0444) == 0);
		break;
	}
	return h;
}

START_TEST(test_bad_input)
{
	const struct bad *b = &bad[_i];
	const char *av[24], *path, *in, *dbarg;
	char *db = setup_db(), *before = NULL, *after;
	struct run r = RUN_INIT;
	size_t nbefore = 0, nafter = 0;
	sqlite3 *lock;
	int i, raw = b->prep >= PREP_RAW;

	if (b->db == NULL || strcmp(b->db, "-") == 0)
		path = db;
	else {
		path = expand(b->db, 0);
		raw = 1;
	}
	dbarg = b->db != NULL && strcmp(b->db, "-") == 0 ? NULL : path;
	lock = prepare(b, path, db);
	if (raw)
		before = file_read(path, &nbefore);
	else
		ck_assert_ptr_nonnull(before = db_fingerprint(path));
	for (i = 0; i < 23 && b->argv[i] != NULL; i++)
		av[i] = expand(b->argv[i], ARG_BIG);
	av[i] = NULL;
	in = expand(b->stdin_text, STDIN_BIG);

	rt_run(&r, dbarg, in, av);
	if (lock != NULL)
		sqlite3_close(lock);

	ck_assert_msg(r.code == b->code, "%s: expected exit %d, got %d; "
	    "stderr: %.300s", b->name, b->code, r.code, r.err);
	ck_assert_msg(r.nout == 0, "%s: stdout not empty: %.300s", b->name,
	    r.out);
	ck_assert_msg(nlines(r.err) == 1 && starts(r.err, "rectrack: ") &&
	    r.err[r.nerr - 1] == '\n', "%s: stderr is not one 'rectrack: ' "
	    "line: %.300s", b->name, r.err);
	ck_assert_msg(has(r.err, b->err_substr), "%s: stderr lacks '%s': %.300s",
	    b->name, b->err_substr, r.err);
	if (raw) {
		after = file_read(path, &nafter);
		ck_assert_msg((before == NULL) == (after == NULL) &&
		    nbefore == nafter &&
		    (before == NULL || memcmp(before, after, nbefore) == 0),
		    "%s: the file changed", b->name);
	} else {
		after = db_fingerprint(path);
		ck_assert_msg(after != NULL && strcmp(before, after) == 0,
		    "%s: the database changed", b->name);
	}
}
END_TEST

Suite *
cli_bad_input_suite(void)
{
	Suite *s = suite_create("cli_bad_input");
	TCase *tc = rt_tcase("bad_input");

	tcase_add_loop_test(tc, test_bad_input, 0, NBAD);
	suite_add_tcase(s, tc);
	return s;
}
