/*
 * check_db.c - migrations and the checks made when a database is opened.
 *
 * The program's own migrations are extended here with test-only ones: a
 * v2 that works and a v2 that fails half way, to prove that a database
 * upgrades, and that a failing migration leaves it exactly at v1.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rectrack/db.h"
#include "rectrack/model.h"
#include "suites.h"

static char dir[64];
static char path[128];

static void
setup(void)
{
	snprintf(dir, sizeof dir, "/tmp/rt-db-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/t.db", dir);
}

static void
teardown(void)
{
	char cmd[160];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

/* The program's migrations plus extra, in a static array. */
static const struct rt_migration *
with_extra(const struct rt_migration *extra, int *n)
{
	static struct rt_migration all[65];
	int k;
	const struct rt_migration *own = rt_db_migrations(&k);

	memcpy(all, own, sizeof *own * (size_t)k);
	all[k] = *extra;
	*n = k + 1;
	return all;
}

static int
scalar(struct rt_db *db, const char *sql)
{
	sqlite3_stmt *st;
	int v = -1;

	ck_assert_int_eq(sqlite3_prepare_v2(db->h, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* A v1 database with one committee in it. */
static void
make_v1(void)
{
	struct rt_db db;
	struct rt_err e = {0, ""};
	int n;
	const struct rt_migration *m = rt_db_migrations(&n);

	ck_assert_int_eq(rt_db_open(&db, path, RT_DB_CREATE, &e), RT_OK);
	ck_assert_int_eq(rt_db_migrate(&db, m, n, NULL, &e), RT_OK);
	ck_assert_int_eq(rt_db_exec(&db, "INSERT INTO committees(slug, name) "
	    "VALUES ('pcs-osc', 'PCS OSC')", &e), RT_OK);
	rt_db_close(&db);
}

static const struct rt_migration good_v2 = {
	4, "0004_test_note.sql",
	"ALTER TABLE committees ADD COLUMN note TEXT;\n"
	"UPDATE committees SET note = 'migrated';\n", 0
};

/* Fails after its first statement took effect inside the transaction. */
static const struct rt_migration bad_v2 = {
	4, "0004_test_broken.sql",
	"ALTER TABLE committees ADD COLUMN note TEXT;\n"
	"CREATE TABLE extra(a);\n"
	"INSERT INTO no_such_table VALUES (1);\n", 0
};

START_TEST(test_fresh)
{
	struct rt_db db;
	struct rt_err e = {0, ""};
	int n, applied;
	const struct rt_migration *m = rt_db_migrations(&n);

	ck_assert_int_ge(n, 1);
	ck_assert_int_eq(m[0].version, 1);
	ck_assert_int_eq(rt_db_open(&db, path, RT_DB_CREATE, &e), RT_OK);
	ck_assert_int_eq(rt_db_migrate(&db, m, n, &applied, &e), RT_OK);
	ck_assert_int_eq(applied, n);
	ck_assert_int_eq(scalar(&db, "PRAGMA application_id"), RT_APPLICATION_ID);
	ck_assert_int_eq(scalar(&db, "PRAGMA user_version"), m[n - 1].version);
	ck_assert_int_eq(scalar(&db, "SELECT count(*) FROM schema_migrations "
	    "WHERE length(sha256) = 64"), n);
	/* Again: nothing to do. */
	ck_assert_int_eq(rt_db_migrate(&db, m, n, &applied, &e), RT_OK);
	ck_assert_int_eq(applied, 0);
	rt_db_close(&db);
}
END_TEST

START_TEST(test_upgrade_v2)
{
	struct rt_db db;
	struct rt_err e = {0, ""};
	int n, applied;
	const struct rt_migration *m;

	make_v1();
	m = with_extra(&good_v2, &n);
	/* A normal command refuses the database that is behind. */
	ck_assert_int_eq(rt_db_open_with(&db, path, RT_DB_WRITE, m, n, &e), RT_INVALID);
	ck_assert_ptr_nonnull(strstr(e.msg, "rectrack migrate"));
	rt_err_clear(&e);
	ck_assert_int_eq(rt_db_open_with(&db, path, RT_DB_MIGRATE, m, n, &e), RT_OK);
	ck_assert_int_eq(rt_db_migrate(&db, m, n, &applied, &e), RT_OK);
	ck_assert_int_eq(applied, 1);
	ck_assert_int_eq(scalar(&db, "PRAGMA user_version"), 4);
	ck_assert_int_eq(scalar(&db, "SELECT count(*) FROM committees "
	    "WHERE note = 'migrated' AND slug = 'pcs-osc'"), 1);
	rt_db_close(&db);
	/* Now the program without v2 finds the database newer than itself. */
	ck_assert_int_eq(rt_db_open(&db, path, RT_DB_READ, &e), RT_INVALID);
	ck_assert_ptr_nonnull(strstr(e.msg, "newer"));
}
END_TEST

START_TEST(test_failing_migration)
{
	struct rt_db db;
	struct rt_err e = {0, ""};
	int n, applied = -1;
	const struct rt_migration *m;

	make_v1();
	m = with_extra(&bad_v2, &n);
	ck_assert_int_eq(rt_db_open_with(&db, path, RT_DB_MIGRATE, m, n, &e), RT_OK);
	ck_assert_int_eq(rt_db_migrate(&db, m, n, &applied, &e), RT_FAIL);
	ck_assert_ptr_nonnull(strstr(e.msg, "0004_test_broken.sql"));
	ck_assert_ptr_nonnull(strstr(e.msg, "no_such_table"));
	ck_assert_int_eq(applied, 0);
	/* Still exactly v1: version, recorded migrations, tables, data. */
	ck_assert_int_eq(scalar(&db, "PRAGMA user_version"), 3);
	ck_assert_int_eq(scalar(&db, "SELECT max(version) FROM schema_migrations"), 3);
	ck_assert_int_eq(scalar(&db, "SELECT count(*) FROM sqlite_schema "
	    "WHERE name = 'extra'"), 0);
	ck_assert_int_eq(scalar(&db, "SELECT count(*) FROM pragma_table_info("
	    "'committees') WHERE name = 'note'"), 0);
	ck_assert_int_eq(scalar(&db, "SELECT count(*) FROM committees"), 1);
	rt_db_close(&db);
}
END_TEST

START_TEST(test_changed_checksum)
{
	struct rt_db db;
	struct rt_err e = {0, ""};
	int n;
	const struct rt_migration *own = rt_db_migrations(&n);
	struct rt_migration changed[64];

	make_v1();
	memcpy(changed, own, sizeof *own * (size_t)n);
	changed[0].sql = "CREATE TABLE committees(id);";
	changed[0].len = strlen(changed[0].sql);
	ck_assert_int_eq(rt_db_open_with(&db, path, RT_DB_MIGRATE, changed, n, &e),
	    RT_INVALID);
	ck_assert_ptr_nonnull(strstr(e.msg, "changed"));
	ck_assert_ptr_nonnull(strstr(e.msg, own[0].name));
}
END_TEST

START_TEST(test_not_rectrack)
{
	struct rt_db db;
	struct rt_err e = {0, ""};
	sqlite3 *h;
	FILE *fp;

	/* Another application's SQLite database. */
	ck_assert_int_eq(sqlite3_open(path, &h), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(h, "CREATE TABLE t(a)", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(h);
	ck_assert_int_eq(rt_db_open(&db, path, RT_DB_CREATE, &e), RT_INVALID);
	ck_assert_ptr_nonnull(strstr(e.msg, "not a rectrack database"));
	/* Not SQLite at all. */
	rt_err_clear(&e);
	ck_assert_ptr_nonnull(fp = fopen(path, "w"));
	fputs("hello, this is not a database, not at all, no.\n", fp);
	fclose(fp);
	ck_assert_int_eq(rt_db_open(&db, path, RT_DB_READ, &e), RT_INVALID);
	ck_assert_ptr_nonnull(strstr(e.msg, "not a rectrack database"));
}
END_TEST

START_TEST(test_pragmas)
{
	struct rt_db db;
	struct rt_err e = {0, ""};

	make_v1();
	ck_assert_int_eq(rt_db_open(&db, path, RT_DB_WRITE, &e), RT_OK);
	ck_assert_int_eq(scalar(&db, "PRAGMA foreign_keys"), 1);
	ck_assert_int_eq(scalar(&db, "PRAGMA synchronous"), 2); /* FULL */
	ck_assert_int_eq(scalar(&db, "SELECT journal_mode = 'wal' FROM "
	    "pragma_journal_mode"), 1);
	ck_assert_int_gt(scalar(&db, "PRAGMA busy_timeout"), 0);
	/* begin/commit record the actor only for the length of a command. */
	ck_assert_int_eq(rt_db_begin(&db, &e), RT_OK);
	ck_assert_int_eq(scalar(&db, "SELECT count(*) FROM actor"), 1);
	ck_assert_int_eq(rt_db_exec(&db, "INSERT INTO committees(slug, name) "
	    "VALUES ('audit', 'Audit')", &e), RT_OK);
	ck_assert_int_eq(rt_db_commit(&db, &e), RT_OK);
	ck_assert_int_eq(scalar(&db, "SELECT count(*) FROM actor"), 0);
	ck_assert_int_eq(scalar(&db, "SELECT count(*) FROM history "
	    "WHERE tbl = 'committees' AND user IS NOT NULL AND op = 'insert'"), 1);
	rt_db_close(&db);
}
END_TEST

/* The state views compute as of any date through TEMP shadows. */
START_TEST(test_as_of)
{
	struct rt_db db;
	struct rt_err e = {0, ""};

	make_v1();
	ck_assert_int_eq(rt_db_open(&db, path, RT_DB_WRITE, &e), RT_OK);
	ck_assert_int_eq(rt_db_exec(&db,
	    "INSERT INTO meetings(committee_id, date) VALUES (1, '2024-11-15');"
	    "INSERT INTO items(meeting_id, title) VALUES (1, 'Budget');"
	    "INSERT INTO recommendations(item_id, number, text, response_due) "
	    "VALUES (1, '1', 'Do it', '2025-01-15');"
	    "INSERT INTO responses(recommendation_id, date, decision) "
	    "VALUES (1, '2025-01-10', 'accepted');", &e), RT_OK);
	ck_assert_int_eq(rt_db_as_of(&db, "2025-01-01", &e), RT_OK);
	ck_assert_int_eq(scalar(&db, "SELECT state = 'awaiting-response' "
	    "FROM recommendation_state"), 1);
	ck_assert_int_eq(scalar(&db, "SELECT state = 'update-pending' "
	    "FROM main.recommendation_state"), 1);
	rt_db_close(&db);
}
END_TEST

/* Network file systems by their statfs() type, FUSE ones by mount type. */
START_TEST(test_network_fs)
{
	static const struct {
		unsigned long type;	/* statfs f_type */
		const char *fuse;	/* mountinfo type, for FUSE */
		const char *want;	/* the name, or NULL: local */
	} cases[] = {
		{0x6969UL, "", "NFS"},
		{0x517BUL, "", "SMB"},
		{0xFF534D42UL, "", "SMB/CIFS"},
		{0xFE534D42UL, "", "SMB2"},
		{0x5346414FUL, "", "AFS"},
		{0x00C36400UL, "", "Ceph"},
		{0x01021997UL, "", "9P"},
		{0x65735546UL, "fuse.sshfs", "sshfs"},
		{0x65735546UL, "fuse.rclone", "rclone"},
		{0x65735546UL, "fuse.litefs", NULL},	/* made for SQLite */
		{0x65735546UL, "fuse", NULL},
		{0xEF53UL, "", NULL},			/* ext2/3/4 */
		{0x58465342UL, "", NULL},		/* XFS */
		{0x9123683EUL, "", NULL},		/* Btrfs */
		{0x01021994UL, "", NULL},		/* tmpfs */
		{0xFFFFFFFF00006969UL, "", "NFS"},	/* sign-extended f_type */
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *got = rt_fs_network(cases[i].type, cases[i].fuse);

		if (cases[i].want == NULL)
			ck_assert_msg(got == NULL, "%zu: %s", i, got);
		else
			ck_assert_msg(got != NULL && strcmp(got, cases[i].want) == 0,
			    "%zu: %s", i, got ? got : "(local)");
	}
}
END_TEST

/*
 * The import's sort key (rt_number_key, C) against the rule it stands in
 * for (the view natural_keys, which the insert trigger applies): fixed
 * cases, then 600 random numbers of the characters a number may hold.
 */
START_TEST(test_number_key)
{
	static const char *const fixed[] = {"R10", "3.1(a)", "3.10", "007",
		"0", "000", "A0b00", "ii", "IV", "12.4", "1-2", "(a)",
		"1234567890123456", "00012", "a", "Z9z9"};
	static const char chars[] = "0123456789abcXYZ.()-";
	struct rt_db db;
	struct rt_err e = {0, ""};
	sqlite3_stmt *ins, *get;
	char number[17], key[64];
	const char *sql;
	unsigned seed = 12345;
	int i, j, len, n;
	const struct rt_migration *m = rt_db_migrations(&n);

	ck_assert_int_eq(rt_db_open(&db, path, RT_DB_CREATE, &e), RT_OK);
	ck_assert_int_eq(rt_db_migrate(&db, m, n, NULL, &e), RT_OK);
	ck_assert_int_eq(rt_db_exec(&db, "BEGIN; "
	    "INSERT INTO committees(slug, name) VALUES ('c', 'C'); "
	    "INSERT INTO meetings(committee_id, date) VALUES (1, '2025-01-01'); "
	    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
	    "WHERE i < 616) INSERT INTO items(meeting_id, title) "
	    "SELECT 1, 'I' || i FROM n", &e), RT_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(db.h, "INSERT INTO "
	    "recommendations(item_id, number, text) VALUES (?2, ?1, 'T')", -1,
	    &ins, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(db.h, "SELECT number_key FROM "
	    "recommendations WHERE id = last_insert_rowid()", -1, &get, NULL),
	    SQLITE_OK);
	for (i = 0; i < 616; i++) {
		if (i < 16)
			snprintf(number, sizeof number, "%s", fixed[i]);
		else {
			seed = seed * 1103515245u + 12345u;
			len = 1 + (int)((seed >> 16) % 16);
			for (j = 0; j < len; j++) {
				seed = seed * 1103515245u + 12345u;
				number[j] = chars[(seed >> 16) % (sizeof chars - 1)];
			}
			number[len] = '\0';
		}
		sqlite3_bind_text(ins, 1, number, -1, SQLITE_STATIC);
		sqlite3_bind_int(ins, 2, i + 1); /* an item each: numbers repeat */
		ck_assert_int_eq(sqlite3_step(ins), SQLITE_DONE);
		sqlite3_reset(ins);
		ck_assert_int_eq(sqlite3_step(get), SQLITE_ROW);
		ck_assert_int_eq(rt_number_key(number, key, sizeof key), 0);
		sql = (const char *)sqlite3_column_text(get, 0);
		ck_assert_msg(sql != NULL && strcmp(key, sql) == 0,
		    "number '%s': C key '%s', SQL key '%s'", number, key,
		    sql != NULL ? sql : "NULL");
		sqlite3_reset(get);
	}
	/* A key that does not fit is refused, not cut. */
	ck_assert_int_eq(rt_number_key("R10", key, 5), -1);
	ck_assert_int_eq(rt_number_key("R10", key, 6), 0);
	ck_assert_str_eq(key, "r0210");
	sqlite3_finalize(ins);
	sqlite3_finalize(get);
	ck_assert_int_eq(rt_db_exec(&db, "COMMIT", &e), RT_OK);
	rt_db_close(&db);
}
END_TEST

Suite *
rt_db_suite(void)
{
	Suite *s = suite_create("db");
	TCase *tc = tcase_create("migrations");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_fresh);
	tcase_add_test(tc, test_upgrade_v2);
	tcase_add_test(tc, test_failing_migration);
	tcase_add_test(tc, test_changed_checksum);
	tcase_add_test(tc, test_not_rectrack);
	tcase_add_test(tc, test_pragmas);
	tcase_add_test(tc, test_as_of);
	tcase_add_test(tc, test_network_fs);
	tcase_add_test(tc, test_number_key);
	suite_add_tcase(s, tc);
	return s;
}
