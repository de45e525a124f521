/*
 * check_attack.c - the hostile tester's findings, kept found.
 *
 * Each test is one way an attacker (or an unlucky officer) tried to lose
 * data or get something past rectrack: two inits racing, files planted at
 * every temporary name, odd --db values, a schema edited with the sqlite3
 * shell, control characters in texts, an output that fails after the
 * commit.  Every test asserts what the user would see (exit status, the
 * one error line) and that nothing it must not touch was touched.
 */
#include <sys/stat.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

#define VICTIM "precious data of another application\n"

/* A file that must come out of the test exactly as it went in. */
static char *
victim(void)
{
	char *p = rt_path("victim");

	file_write(p, VICTIM, strlen(VICTIM));
	return p;
}

static void
victim_intact(const char *p)
{
	size_t n;
	char *s = file_read(p, &n);

	ck_assert_msg(s != NULL && n == strlen(VICTIM) &&
	    memcmp(s, VICTIM, n) == 0, "the planted target was changed");
}

/* The pid the next process will most likely get, from the kernel. */
static long
next_pid(void)
{
	size_t n;
	char *s = file_read("/proc/sys/kernel/ns_last_pid", &n);

	return s != NULL ? atol(s) + 1 : -1;
}

/*
 * Plant, for the next n pids, a symbolic link (or, with hard, a hard link)
 * to target under the name fmt (with %ld for the pid), in rt_dir.
 */
static void
plant(const char *fmt, const char *target, int hard, int n)
{
	long pid = next_pid(), i;

	if (pid < 0)
		return;
	for (i = 0; i < n; i++) {
		char *name = rt_path(xprintf(fmt, pid + i));

		unlink(name);	/* an earlier plant of the same test */
		if (hard)
			ck_assert_int_eq(link(target, name), 0);
		else
			ck_assert_int_eq(symlink(target, name), 0);
	}
}

/* Two `init`s of one path at once: both succeed, the database is whole. */
START_TEST(test_init_race)
{
	struct run r = RUN_INIT;
	const char *bin = getenv("RT_CLI_BIN") ? getenv("RT_CLI_BIN") : RT_BIN;
	int i, k, status, bad = 0;

	for (i = 0; i < 200; i++) {
		char *db = rt_path(xprintf("race-%d.db", i));
		pid_t pid[2];

		for (k = 0; k < 2; k++) {
			pid[k] = fork();
			ck_assert(pid[k] >= 0);
			if (pid[k] == 0) {
				int null = open("/dev/null", O_WRONLY);

				if (null < 0 || dup2(null, 1) < 0 || dup2(null, 2) < 0 ||
				    chdir(rt_dir) != 0)
					_exit(126);
				execl(bin, bin, "--db", db, "init", (char *)NULL);
				_exit(127);
			}
		}
		for (k = 0; k < 2; k++) {
			ck_assert(waitpid(pid[k], &status, 0) == pid[k]);
			if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
				bad++;
		}
		ck_assert_msg(access(db, F_OK) == 0, "race %d: the database is gone", i);
		RUN_OK(&r, db, NULL, "committee", "add", "pcs-osc", "PCS");
	}
	ck_assert_msg(bad == 0, "%d of 400 inits failed", bad);
	/* No hidden file of an init is left behind. */
	{
		DIR *d = opendir(rt_dir);
		struct dirent *de;

		ck_assert(d != NULL);
		while ((de = readdir(d)) != NULL)
			ck_assert_msg(strstr(de->d_name, ".init-") == NULL,
			    "left behind: %s", de->d_name);
		closedir(d);
	}
}
END_TEST

/* --db values that SQLite would read as something other than a file. */
START_TEST(test_odd_db_values)
{
	static const struct {
		const char *db;		/* the --db value */
		int code;		/* exit status of init */
		const char *sub;	/* in its one error line, or NULL */
	} cases[] = {
		{"", 2, "the path is empty"},
		{":memory:", 0, NULL},
		{"file:m.db?mode=memory", 0, NULL},
		{"file::memory:?cache=shared", 0, NULL},
		{"sub/file.db", 2, "no such directory 'sub'"},
		{"/dev/null", 2, "not a regular file"},
		{"fifo", 2, "not a regular file"},
		{"link.db", 2, "is a symbolic link"},
	};
	struct run r = RUN_INIT;
	size_t i;

	ck_assert_int_eq(mkfifo(rt_path("fifo"), 0600), 0);
	ck_assert_int_eq(symlink("elsewhere.db", rt_path("link.db")), 0);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		rt_run(&r, cases[i].db, NULL, ARGV("init"));
		ck_assert_msg(r.code == cases[i].code, "%s: exit %d: %s",
		    cases[i].db, r.code, r.err);
		if (cases[i].sub != NULL)
			ck_assert_msg(has(r.err, cases[i].sub), "%s: %s", cases[i].db,
			    r.err);
		else	/* a plain file of that very name, on disk */
			ck_assert_msg(access(rt_path(cases[i].db), F_OK) == 0,
			    "%s: no such file on disk", cases[i].db);
	}
	ck_assert_msg(access(rt_path("elsewhere.db"), F_OK) != 0,
	    "init followed the symbolic link");
}
END_TEST

/*
 * A URI with parameters must not open a read-only file for writing: it is
 * a file name like any other.
 */
START_TEST(test_uri_read_only)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *before;

	ck_assert_int_eq(chmod(db, 0444), 0);
	before = db_fingerprint(db);
	RUN_OK(&r, "file:rt.db?psow=1", NULL, "init");
	ck_assert_int_eq(access(rt_path("file:rt.db?psow=1"), F_OK), 0);
	RUN_FAIL(&r, "file:rt.db?mode=rw", NULL, 2, "no such database",
	    "committee", "add", "x", "X");
	RUN_FAIL(&r, db, NULL, 2, "read-only", "committee", "add", "x", "X");
	ck_assert_str_eq(db_fingerprint(db), before);
}
END_TEST

/* A path too long to name its -wal file is refused, never cut short. */
START_TEST(test_long_db_path)
{
	struct run r = RUN_INIT;
	char *db = xprintf("%0*d.db", 4100, 0);

	RUN_FAIL(&r, db, NULL, 2, "the path is too long", "init");
	RUN_FAIL(&r, db, NULL, 2, "the path is too long", "query", "open");
}
END_TEST

/* Symbolic and hard links planted at every temporary name rectrack uses. */
START_TEST(test_plants)
{
	static const char *const exports[] = {"committees.csv", "meetings.csv",
	    "items.csv", "recommendations.csv", "responses.csv", "updates.csv",
	    "actions.csv", "flat.csv", "manifest.json"};
	struct run r = RUN_INIT;
	char *db = setup_db(), *v = victim();
	size_t i;
	int hard;

	/* backup FILE: FILE.tmp-PID */
	for (hard = 0; hard < 2; hard++) {
		plant(xprintf("b%d.db.tmp-%%ld", hard), v, hard, 64);
		rt_run(&r, db, NULL, ARGV("backup", xprintf("b%d.db", hard)));
		ck_assert_msg(r.code == 0 || r.code == 2, "backup: %d %s", r.code,
		    r.err);
		victim_intact(v);
	}
	/* init: .NAME.init-PID */
	plant(".new.db.init-%ld", v, 0, 64);
	rt_run(&r, rt_path("new.db"), NULL, ARGV("init"));
	ck_assert_msg(r.code == 0 || r.code == 1, "init: %d %s", r.code, r.err);
	victim_intact(v);
	/* export --dir: .NAME.tmp-PID for every file */
	ck_assert_int_eq(mkdir(rt_path("out"), 0700), 0);
	for (hard = 0; hard < 2; hard++) {
		for (i = 0; i < sizeof exports / sizeof exports[0]; i++)
			plant(xprintf("out/.%s.tmp-%%ld", exports[i]), v, hard, 16);
		rt_run(&r, db, NULL, ARGV("export", "--dir", rt_path("out")));
		ck_assert_msg(r.code == 0 || r.code == 1, "export: %d %s", r.code,
		    r.err);
		victim_intact(v);
	}
}
END_TEST

/* backup keeps the database's mode and refuses the database's own files. */
START_TEST(test_backup_target)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *before;
	struct stat sb;

	ck_assert_int_eq(chmod(db, 0600), 0);
	RUN_OK(&r, db, NULL, "backup", "copy.db");
	ck_assert_int_eq(stat(rt_path("copy.db"), &sb), 0);
	ck_assert_int_eq(sb.st_mode & 0777, 0600);
	ck_assert_int_eq(link(db, rt_path("hard.db")), 0);
	before = db_fingerprint(db);
	RUN_FAIL(&r, db, NULL, 2, "the database itself", "backup", db);
	RUN_FAIL(&r, db, NULL, 2, "the database itself", "backup", "./rt.db");
	RUN_FAIL(&r, db, NULL, 2, "the database itself", "backup", "hard.db");
	RUN_FAIL(&r, db, NULL, 2, "beside the database", "backup", "rt.db-wal");
	RUN_FAIL(&r, db, NULL, 2, "beside the database", "backup", "rt.db-shm");
	RUN_FAIL(&r, db, NULL, 2, "beside the database", "backup",
	    "rt.db-journal");
	RUN_FAIL(&r, db, NULL, 2, "cannot write 'no/such/x.db'", "backup",
	    "no/such/x.db");
	ck_assert_str_eq(db_fingerprint(db), before);
}
END_TEST

/* Output that fails after the commit says what was recorded. */
START_TEST(test_output_after_commit)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	rt_run_stdout = "/dev/full";
	rt_run(&r, db, NULL, ARGV("rec", "add", "--committee", "pcs-osc",
	    "--meeting", "2024-11-15", "--item", "Budget monitoring", "--number",
	    "3", "--text", "Third"));
	rt_run_stdout = NULL;
	ck_assert_int_eq(r.code, 1);
	ck_assert_str_eq(r.err, "rectrack: rec add: recorded as id 3, but "
	    "standard output failed: No space left on device\n");
	ck_assert_str_eq(db_query(db, "SELECT text FROM recommendations "
	    "WHERE id = 3"), "Third\n");
}
END_TEST

/*
 * The formula guard and the import undo each other exactly: texts that
 * start with every ASCII punctuation character, after none, one or two
 * apostrophes, come back byte for byte through export and import.
 */
START_TEST(test_apostrophe_round_trip)
{
	struct run r = RUN_INIT;
	char *db = rt_path("a.db"), *db2 = rt_path("b.db"), *flat, *want;
	const char *prefix[] = {"", "'", "''"};
	int c, k, n = 0;

	RUN_OK(&r, db, NULL, "init");
	RUN_OK(&r, db2, NULL, "init");
	RUN_OK(&r, db, NULL, "committee", "add", "pcs-osc", "PCS");
	for (k = 0; k < 3; k++)
		for (c = 0x21; c < 0x7f; c++) {
			if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
			    (c >= 'a' && c <= 'z'))
				continue;
			RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc",
			    "--meeting", "2024-11-15", "--item", "I", "--number",
			    xprintf("%d", ++n), "--text", xprintf("%s%c44 x", prefix[k],
			    c));
		}
	RUN_OK(&r, db, NULL, "export", "flat", "--as-of", "2025-01-01");
	flat = rt_path("flat.csv");
	file_write(flat, r.out, r.nout);
	RUN_OK(&r, db2, NULL, "import", flat);
	want = db_query(db, "SELECT number, text FROM recommendations ORDER BY id");
	ck_assert_str_eq(db_query(db2, "SELECT number, text FROM recommendations "
	    "ORDER BY id"), want);
}
END_TEST

/* Names whose slugs collide still make committees of their own. */
START_TEST(test_slug_collision)
{
	struct run r = RUN_INIT;
	char *db = rt_path("s.db"), *csv = rt_path("c.csv");
	const char *csvtext =
	    "committee,meeting_date,item,rec_number,recommendation\r\n"
	    "\xd0\x9a\xd0\xbe\xd0\xbc\xd0\xb8\xd1\x82\xd0\xb5\xd1\x82,2024-11-15,I,1,A\r\n"
	    "\xce\xa3\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xbc\xce\xbf\xcf\x82,2024-11-15,I,1,B\r\n"
	    "Overview and Scrutiny Committee for Adult Social Care and Public "
	    "Health North,2024-11-15,I,1,C\r\n"
	    "Overview and Scrutiny Committee for Adult Social Care and Public "
	    "Health South,2024-11-15,I,1,D\r\n"
	    "c,2024-11-15,I,2,E\r\n";

	RUN_OK(&r, db, NULL, "init");
	file_write(csv, csvtext, strlen(csvtext));
	RUN_OK(&r, db, NULL, "import", csv);
	ck_assert_str_eq(db_query(db, "SELECT c.slug, r.text FROM committees c "
	    "JOIN meetings m ON m.committee_id = c.id JOIN items i ON "
	    "i.meeting_id = m.id JOIN recommendations r ON r.item_id = i.id "
	    "ORDER BY r.id"),
	    "c|A\nc-2|B\n"
	    "overview-and-scrutiny-committee-for-adult-social-care|C\n"
	    "overview-and-scrutiny-committee-for-adult-social-care-2|D\n"
	    "c|E\n");
	/* Imported again: nothing new. */
	RUN_OK(&r, db, NULL, "import", csv);
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM committees"), "4\n");
}
END_TEST

/* Six ways of changing the schema with the sqlite3 shell. */
START_TEST(test_tampered_schema)
{
	static const struct {
		const char *sql;	/* what the tamperer ran */
		const char *line;	/* what check says */
	} cases[] = {
		{"DROP TRIGGER recommendations_ad",
		 "schema: trigger recommendations_ad is missing\n"},
		{"CREATE TRIGGER erase AFTER INSERT ON updates BEGIN "
		 "DELETE FROM history; END",
		 "schema: trigger erase is not one the migrations made\n"},
		{"DROP VIEW recommendation_state; CREATE VIEW recommendation_state "
		 "AS SELECT * FROM recommendations WHERE id <> 1",
		 "schema: view recommendation_state differs from what the "
		 "migrations made\n"},
		{"DELETE FROM schema_migrations",
		 "schema: 3 migrations up to version 3 have no record in "
		 "schema_migrations\n"},
		{"CREATE INDEX sneaky ON history(user)",
		 "schema: index sneaky is not one the migrations made\n"},
		{"ALTER TABLE recommendations ADD COLUMN note TEXT",
		 "schema: table recommendations differs from what the migrations "
		 "made\n"},
		/* A name that would act on the terminal is shown, not run. */
		{"CREATE TABLE \"evil\x1b[31mRED\xe2\x80\xae\" (x)",
		 "schema: table evil\\x1b[31mRED<U+202E> is not one the "
		 "migrations made\n"},
	};
	struct run r = RUN_INIT;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *db = rt_path(xprintf("t%zu.db", i)), *before;

		RUN_OK(&r, db, NULL, "init");
		RUN_OK(&r, db, NULL, "committee", "add", "pcs-osc", "PCS");
		db_exec(db, cases[i].sql);
		before = db_fingerprint(db);
		rt_run(&r, db, NULL, ARGV("check"));
		ck_assert_msg(r.code == 3, "%zu: check exit %d", i, r.code);
		ck_assert_msg(has(r.out, cases[i].line), "%zu: check said: %s", i,
		    r.out);
		RUN_FAIL(&r, db, NULL, 3, "schema was changed outside rectrack "
		    "(run 'rectrack check')", "committee", "add", "x", "X");
		ck_assert_str_eq(db_fingerprint(db), before);
	}
}
END_TEST

/* A view edited to carry a second statement is never run by a reader. */
START_TEST(test_view_second_statement)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *before;

	db_exec(db, "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = "
	    "'CREATE VIEW action_state AS SELECT 1; DELETE FROM history' "
	    "WHERE name = 'action_state'");
	before = db_fingerprint(db);
	RUN_FAIL(&r, db, NULL, 3, "the view 'action_state' holds more than one "
	    "statement", "query", "open");
	RUN_FAIL(&r, db, NULL, 3, "the view 'action_state' holds more than one "
	    "statement", "rec", "list");
	ck_assert_str_eq(db_fingerprint(db), before);
}
END_TEST

/* C1 controls are refused; CR and CRLF are stored as LF. */
START_TEST(test_controls_and_line_ends)
{
	static const struct {
		const char *text;	/* given with --text */
		const char *stored;	/* NULL: refused */
	} cases[] = {
		{"CSI \xc2\x9b" "2J here", NULL},
		{"NEL \xc2\x85 here", NULL},
		{"ESC \x1b[2J", NULL},
		{"over\rwrite", "over\nwrite"},
		{"two\r\nlines", "two\nlines"},
		{"mixed\r\r\nends\n", "mixed\n\nends\n"},
		{"no-break\xc2\xa0space", "no-break\xc2\xa0space"},
	};
	struct run r = RUN_INIT;
	char *db = setup_db(), *before;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		before = db_fingerprint(db);
		rt_run(&r, db, NULL, ARGV("rec", "add", "--committee", "pcs-osc",
		    "--meeting", "2024-11-15", "--item", "C", "--number",
		    xprintf("%zu", i + 1), "--text", cases[i].text));
		if (cases[i].stored == NULL) {
			ck_assert_msg(r.code == 3 && has(r.err, "control character"),
			    "%zu: exit %d: %s", i, r.code, r.err);
			ck_assert_str_eq(db_fingerprint(db), before);
			continue;
		}
		ck_assert_msg(r.code == 0, "%zu: %s", i, r.err);
		ck_assert_str_eq(db_query(db, xprintf("SELECT text || '|' FROM "
		    "recommendations WHERE id = %s", r.out)),
		    xprintf("%s|\n", cases[i].stored));
	}
}
END_TEST

Suite *
cli_attack_suite(void)
{
	Suite *s = suite_create("cli-attack");
	TCase *tc = rt_tcase("attack");

	tcase_add_test(tc, test_odd_db_values);
	tcase_add_test(tc, test_uri_read_only);
	tcase_add_test(tc, test_long_db_path);
	tcase_add_test(tc, test_plants);
	tcase_add_test(tc, test_backup_target);
	tcase_add_test(tc, test_output_after_commit);
	tcase_add_test(tc, test_apostrophe_round_trip);
	tcase_add_test(tc, test_slug_collision);
	tcase_add_test(tc, test_tampered_schema);
	tcase_add_test(tc, test_view_second_statement);
	tcase_add_test(tc, test_controls_and_line_ends);
	suite_add_tcase(s, tc);
	/* 400 processes: under a sanitizer on a loaded machine, minutes. */
	tc = rt_tcase("init-race");
	tcase_set_timeout(tc, 1200);
	tcase_add_test(tc, test_init_race);
	suite_add_tcase(s, tc);
	return s;
}
