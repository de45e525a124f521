/*
 * check_schema.c - the database file and its schema version: init and
 * migrate on current, older, newer, hand-made and foreign databases.
 *
 * The contract: the database carries an application_id; a file that is
 * not a rectrack database is refused, as is one whose schema is newer
 * than the program, or older (message: run 'rectrack migrate'); init is
 * harmless on an existing, current database; a command that fails has
 * changed nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>

#include "harness.h"

#define APP_ID "1381257803"	/* 'RTRK' */

/* Are the bytes of path what they were (*before, n)? */
static int
same_bytes(const char *path, const char *before, size_t n)
{
	size_t m;
	char *now = file_read(path, &m);

	return now != NULL && before != NULL && m == n &&
	    memcmp(now, before, n) == 0;
}

START_TEST(test_migrate_status)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *fp = db_fingerprint(db), *at;

	at = db_query(db, "SELECT group_concat(applied_at, ' ') FROM "
	    "(SELECT applied_at FROM schema_migrations ORDER BY version)");
	at[strlen(at) - 1] = '\0';
	RUN_OK(&r, db, NULL, "migrate", "--status", "--format", "csv");
	ck_assert_str_eq(r.out, xprintf("version,name,status,applied_at\r\n"
	    "1,0001_schema.sql,applied,%.24s\r\n"
	    "2,0002_any_tracker.sql,applied,%.24s\r\n"
	    "3,0003_kept_state.sql,applied,%s\r\n", at, at + 25, at + 50));
	ck_assert_str_eq(db_fingerprint(db), fp);
	/* The default format is a table. */
	RUN_OK(&r, db, NULL, "migrate", "--status");
	ck_assert_int_eq(nlines(r.out), 5);
	ck_assert(has(r.out, "1  0001_schema.sql       applied  "));
}
END_TEST

START_TEST(test_migrate_current)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *fp = db_fingerprint(db);

	RUN_OK(&r, db, NULL, "migrate");
	ck_assert_str_eq(r.out, xprintf("migrate: '%s' is at schema version 3, "
	    "nothing to do\n", db));
	ck_assert_str_eq(db_fingerprint(db), fp);
}
END_TEST

START_TEST(test_init_existing)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *fp = db_fingerprint(db);

	RUN_OK(&r, db, NULL, "init");
	ck_assert_str_eq(r.out, xprintf("init: '%s' is at schema version 3, "
	    "nothing to do\n", db));
	ck_assert_str_eq(db_fingerprint(db), fp);
	RUN_OK(&r, db, NULL, "rec", "list", "--format", "csv", "--as-of",
	    "2025-03-01");
	ck_assert_int_eq(nlines(r.out), 3);
}
END_TEST

/* A file of 0 bytes is an empty database: init makes it a rectrack one. */
START_TEST(test_init_empty_file)
{
	struct run r = RUN_INIT;
	char *db = rt_path("empty.db");

	file_write(db, "", 0);
	RUN_OK(&r, db, NULL, "init");
	ck_assert_str_eq(db_query(db, "PRAGMA application_id"), APP_ID "\n");
	ck_assert_str_eq(db_query(db, "PRAGMA user_version"), "3\n");
}
END_TEST

/* --status only reports: it must not turn an empty file into a database. */
START_TEST(test_migrate_status_changes_nothing)
{
	struct run r = RUN_INIT;
	char *db = rt_path("empty.db");
	size_t n;

	file_write(db, "", 0);
	RUN_OK(&r, db, NULL, "migrate", "--status", "--format", "csv");
	ck_assert_str_eq(r.out, "version,name,status,applied_at\r\n"
	    "1,0001_schema.sql,pending,\r\n2,0002_any_tracker.sql,pending,\r\n"
	    "3,0003_kept_state.sql,pending,\r\n");
	ck_assert_ptr_nonnull(file_read(db, &n));
	ck_assert_uint_eq(n, 0);
}
END_TEST

/*
 * An older database: rectrack's application_id, user_version 0, nothing
 * applied.  Every command but init and migrate refuses it and says to
 * migrate; migrate brings it up to date.
 */
START_TEST(test_older_schema)
{
	struct run r = RUN_INIT;
	char *db = rt_path("old.db"), *fp;

	db_exec(db, "PRAGMA application_id = " APP_ID);
	ck_assert_str_eq(db_query(db, "PRAGMA user_version"), "0\n");
	fp = db_fingerprint(db);
	ck_assert_ptr_nonnull(fp);
	RUN_FAIL(&r, db, NULL, 3, "run 'rectrack migrate'", "rec", "list");
	RUN_FAIL(&r, db, NULL, 3, "run 'rectrack migrate'", "committee", "add",
	    "pcs-osc", "PCS");
	ck_assert_str_eq(db_fingerprint(db), fp);

	RUN_OK(&r, db, NULL, "migrate", "--status", "--format", "csv");
	ck_assert_str_eq(r.out, "version,name,status,applied_at\r\n"
	    "1,0001_schema.sql,pending,\r\n2,0002_any_tracker.sql,pending,\r\n"
	    "3,0003_kept_state.sql,pending,\r\n");
	RUN_OK(&r, db, NULL, "migrate");
	ck_assert(starts(r.out, "migrate: "));
	ck_assert(has(r.out, "schema version 3 (3 migrations applied)\n"));
	ck_assert_str_eq(db_query(db, "PRAGMA user_version"), "3\n");
	RUN_OK(&r, db, NULL, "committee", "add", "pcs-osc", "PCS");
	RUN_OK(&r, db, NULL, "check");
}
END_TEST

/*
 * rectrack's application_id and user_version 0, but tables made by hand:
 * the migration cannot apply.  It fails as a whole, with one line that
 * names the migration and the clash, and leaves the data as it was.
 */
START_TEST(test_handmade_tables)
{
	struct run r = RUN_INIT;
	char *db = rt_path("hand.db"), *fp;

	db_exec(db, "PRAGMA application_id = " APP_ID "; "
	    "CREATE TABLE committees(id INTEGER PRIMARY KEY, slug TEXT); "
	    "INSERT INTO committees(slug) VALUES ('pcs-osc')");
	fp = db_fingerprint(db);
	ck_assert_ptr_nonnull(fp);

	RUN_FAIL(&r, db, NULL, 3, "run 'rectrack migrate'", "rec", "list");
	ck_assert_str_eq(db_fingerprint(db), fp);
	RUN_FAIL(&r, db, NULL, 1, "0001_schema.sql", "migrate");
	ck_assert(has(r.err, "table committees already exists"));
	ck_assert_str_eq(db_fingerprint(db), fp);
	RUN_FAIL(&r, db, NULL, 1, "0001_schema.sql", "init");
	ck_assert_str_eq(db_fingerprint(db), fp);
	ck_assert_str_eq(db_query(db, "SELECT count(*) FROM sqlite_schema "
	    "WHERE name = 'schema_migrations'"), "0\n");
}
END_TEST

/* sqlite3 x.db "create table t(a)": some other program's database. */
START_TEST(test_foreign_database)
{
	static const char *const cmds[][5] = {
		{"rec", "list", NULL},
		{"init", NULL},
		{"migrate", NULL},
		{"migrate", "--status", NULL},
		{"check", NULL},
		{"backup", "copy.db", NULL},
	};
	struct run r = RUN_INIT;
	char *db = rt_path("x.db"), *bytes;
	size_t n, i;

	db_exec(db, "create table t(a)");
	bytes = file_read(db, &n);
	ck_assert_ptr_nonnull(bytes);
	for (i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
		rt_run(&r, db, NULL, cmds[i]);
		ck_assert_msg(r.code == 3, "%s: exit %d, stderr: %s", cmds[i][0],
		    r.code, r.err);
		ck_assert_str_eq(r.out, "");
		ck_assert_str_eq(r.err, xprintf("rectrack: cannot open '%s': not a "
		    "rectrack database\n", db));
		ck_assert_msg(same_bytes(db, bytes, n), "%s changed the file",
		    cmds[i][0]);
	}
	ck_assert_int_eq(access(rt_path("copy.db"), F_OK), -1);
}
END_TEST

/* A newer schema is refused by init and migrate too, untouched. */
START_TEST(test_newer_schema)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *bytes;
	size_t n;

	db_exec(db, "PRAGMA user_version = 4");
	bytes = file_read(db, &n);
	RUN_FAIL(&r, db, NULL, 3, "its schema version 4 is newer than this "
	    "program's 3", "migrate");
	ck_assert(same_bytes(db, bytes, n));
	RUN_FAIL(&r, db, NULL, 3, "newer", "init");
	ck_assert(same_bytes(db, bytes, n));
	RUN_FAIL(&r, db, NULL, 3, "newer", "check");
	ck_assert(same_bytes(db, bytes, n));
}
END_TEST

/* A migration recorded as applied that this program does not carry. */
/*
 * Litestream, replicating the database (README, "A replica off the
 * machine"), adds two tables of its own.  They are not a schema changed
 * outside rectrack: check passes and writing commands work.  Any other
 * table of those names, or anything hung on them, still is one.
 */
START_TEST(test_litestream_tables)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *fp;

	/* What Litestream 0.3.13 runs when it opens a database. */
	db_exec(db, "CREATE TABLE IF NOT EXISTS _litestream_seq "
	    "(id INTEGER PRIMARY KEY, seq INTEGER); "
	    "CREATE TABLE IF NOT EXISTS _litestream_lock (id INTEGER); "
	    "INSERT INTO _litestream_seq (id, seq) VALUES (1, 1) "
	    "ON CONFLICT (id) DO UPDATE SET seq = seq + 1");
	RUN_OK(&r, db, NULL, "check");
	RUN_OK(&r, db, NULL, "committee", "add", "cab", "Cabinet");

	db_exec(db, "DROP TABLE _litestream_lock; "
	    "CREATE TABLE _litestream_lock (id INTEGER, note TEXT)");
	fp = db_fingerprint(db);
	RUN_FAIL(&r, db, NULL, 3, "schema was changed outside rectrack",
	    "committee", "add", "oxf", "Oxford");
	ck_assert_str_eq(db_fingerprint(db), fp);
	rt_run(&r, db, NULL, ARGV("check"));
	ck_assert_int_eq(r.code, 3);
	ck_assert_str_eq(r.out, "schema: table _litestream_lock is not one the "
	    "migrations made\n");

	db_exec(db, "DROP TABLE _litestream_lock; "
	    "CREATE TABLE _litestream_lock (id INTEGER); "
	    "CREATE TRIGGER _litestream_wipe AFTER UPDATE ON _litestream_seq "
	    "BEGIN DELETE FROM leads; END");
	fp = db_fingerprint(db);
	RUN_FAIL(&r, db, NULL, 3, "schema was changed outside rectrack",
	    "committee", "add", "oxf", "Oxford");
	ck_assert_str_eq(db_fingerprint(db), fp);
	rt_run(&r, db, NULL, ARGV("check"));
	ck_assert_int_eq(r.code, 3);
	ck_assert_str_eq(r.out, "schema: trigger _litestream_wipe is not one the "
	    "migrations made\n");
}
END_TEST

START_TEST(test_unknown_migration)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *bytes;
	size_t n;

	db_exec(db, "INSERT INTO schema_migrations(version, name, sha256) "
	    "VALUES (7, '0007_future.sql', 'abc')");
	bytes = file_read(db, &n);
	RUN_FAIL(&r, db, NULL, 3, "migration 7 was applied", "rec", "list");
	RUN_FAIL(&r, db, NULL, 3, "migration 7 was applied", "migrate");
	ck_assert(same_bytes(db, bytes, n));
}
END_TEST

/* s without its carriage returns (CSV lines end in CRLF), in place. */
static char *
no_cr(char *s)
{
	char *w = s, *p;

	for (p = s; *p != '\0'; p++)
		if (*p != '\r')
			*w++ = *p;
	*w = '\0';
	return s;
}

/*
 * A database made by the previous release (tests/fixtures/, its demo data
 * dumped by the sqlite3 shell) is refused until migrated; `migrate` brings
 * it to the current schema, which `check` then recognises object by
 * object; and every canned query, rec list and action list, as of six
 * dates, answers exactly what the release answered (its answers were
 * recorded with its own binary: tests/fixtures/release-0.1.0.answers).
 */
START_TEST(test_release_fixture)
{
	struct run r = RUN_INIT;
	char *db = rt_path("v1.db"), *sql, *answers, *p, *cmd, *want, *next;
	size_t n;
	int blocks = 0;

	sql = file_read(RT_SOURCE_DIR "/tests/fixtures/release-0.1.0.sql", &n);
	ck_assert_ptr_nonnull(sql);
	db_exec(db, sql);
	RUN_FAIL(&r, db, NULL, 3, "run 'rectrack migrate'", "query", "open");
	RUN_OK(&r, db, NULL, "migrate");
	ck_assert_str_eq(r.out, xprintf("migrate: migrated '%s' to schema "
	    "version 3 (2 migrations applied)\n", db));
	RUN_OK(&r, db, NULL, "check");
	ck_assert_str_eq(r.out, xprintf("ok: '%s', schema version 3\n", db));

	answers = file_read(RT_SOURCE_DIR "/tests/fixtures/release-0.1.0.answers",
	    &n);
	ck_assert_ptr_nonnull(answers);
	for (p = strstr(answers, "\n$ "); p != NULL; p = next) {
		const char *argv[16];
		char *t;
		int argc = 0;

		cmd = p + 3;
		want = strchr(cmd, '\n');
		next = strstr(want, "\n$ ");
		*want++ = '\0';
		if (next != NULL)
			next[1] = '\0';
		for (t = strtok(cmd, " "); t != NULL && argc < 15; t = strtok(NULL, " "))
			argv[argc++] = t;
		argv[argc] = NULL;
		rt_run(&r, db, NULL, argv);
		ck_assert_msg(r.code == 0, "%s: exit %d: %s", cmd, r.code, r.err);
		if (strcmp(no_cr(r.out), want) != 0) {
			const char *a = r.out, *b = want;

			while (*a != '\0' && *a == *b)
				a++, b++;
			while (a > r.out && a[-1] != '\n')
				a--, b--;
			ck_abort_msg("%s %s %s: answered\n%.300s\nwhere 0.1.0 "
			    "answered\n%.300s", argv[0], argv[1], argv[2], a, b);
		}
		blocks++;
	}
	ck_assert_int_eq(blocks, 72);
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc", "--meeting",
	    "2025-03-14", "--item", "New", "--number", "1", "--text", "New");
	ck_assert_str_eq(r.out, "40\n");
}
END_TEST

Suite *
cli_schema_suite(void)
{
	Suite *s = suite_create("cli_schema");
	TCase *tc = rt_tcase("schema");

	tcase_add_test(tc, test_migrate_status);
	tcase_add_test(tc, test_migrate_current);
	tcase_add_test(tc, test_init_existing);
	tcase_add_test(tc, test_init_empty_file);
	tcase_add_test(tc, test_migrate_status_changes_nothing);
	tcase_add_test(tc, test_older_schema);
	tcase_add_test(tc, test_handmade_tables);
	tcase_add_test(tc, test_foreign_database);
	tcase_add_test(tc, test_newer_schema);
	tcase_add_test(tc, test_unknown_migration);
	tcase_add_test(tc, test_release_fixture);
	tcase_add_test(tc, test_litestream_tables);
	suite_add_tcase(s, tc);
	return s;
}
