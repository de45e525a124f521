/*
 * fuzz_import.c - libFuzzer harness for the import of one CSV document
 * (src/cmd-import.c) into an in-memory database.
 *
 * The database is made once per process: in memory, opened by rt_db_open()
 * as init opens a new file (RT_DB_CREATE: the same connection settings,
 * the application_id and schema checks), all migrations applied, and the
 * sample document (fuzz.h) imported and committed, so that inputs can meet
 * committees, recommendations and responses that are already there.
 *
 * Each input is one document: written to a file in the harness's private
 * directory (on /dev/shm, in memory, where there is one; the importer reads
 * a named file, as "rectrack import FILE" does) and imported by the import
 * command's own code inside one transaction, as the dispatcher runs a
 * writing command, which is then rolled back: every input meets the same
 * database, and the database never grows.
 *
 * Besides the sanitizers' findings, it checks what the contract promises:
 * the status is 0, or 3 with a message; a document that imported leaves
 * no broken foreign key, and importing it a second time changes nothing.
 */
#include <stdio.h>
#include <string.h>

#include "rectrack/db.h"
#include "rectrack/util.h"
#include "fuzz.h"

static struct rt_db db;
static char file[512];

/* Rows that break a foreign key (PRAGMA foreign_key_check). */
static int
broken_keys(void)
{
	sqlite3_stmt *st;
	int n = 0;

	FZ_CHECK(sqlite3_prepare_v2(db.h, "PRAGMA foreign_key_check", -1, &st,
	    NULL) == SQLITE_OK, "%s", sqlite3_errmsg(db.h));
	while (sqlite3_step(st) == SQLITE_ROW)
		n++;
	sqlite3_finalize(st);
	return n;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const struct rt_migration *migs;
	struct rt_err e = {RT_OK, ""};
	int n, rc;

	(void)argc;
	(void)argv;
	migs = rt_db_migrations(&n);
	rc = rt_db_open(&db, NULL, RT_DB_CREATE, &e);
	if (rc == RT_OK)
		rc = rt_db_migrate(&db, migs, n, NULL, &e);
	FZ_CHECK(rc == RT_OK, "the in-memory database: %s", e.msg);
	snprintf(file, sizeof file, "%s", fz_path("input.csv"));
	fz_write_file(file, fz_sample_csv, strlen(fz_sample_csv));
	if ((rc = rt_db_begin(&db, &e)) == RT_OK &&
	    (rc = fz_import(&db, file, fz_devnull(), &e)) == RT_OK)
		rc = rt_db_commit(&db, &e);
	FZ_CHECK(rc == RT_OK, "the sample document: %s", e.msg);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rt_err e = {RT_OK, ""};
	int rc, changes;

	fz_write_file(file, data, size);
	FZ_CHECK(rt_db_begin(&db, &e) == RT_OK, "begin: %s", e.msg);
	fz_quiet(1);
	rc = fz_import(&db, file, fz_devnull(), &e);
	/* 1 would be I/O or the database failing: neither should happen. */
	FZ_CHECK(rc == RT_OK || rc == RT_INVALID, "status %d: %s", rc, e.msg);
	FZ_CHECK((rc == RT_OK) == (e.msg[0] == '\0'), "status %d with "
	    "message '%s'", rc, e.msg);
	if (rc == RT_OK) {
		FZ_CHECK(broken_keys() == 0, "the import broke a foreign key");
		changes = sqlite3_total_changes(db.h);
		rc = fz_import(&db, file, fz_devnull(), &e);
		FZ_CHECK(rc == RT_OK, "the second import of the same file "
		    "failed: %s", e.msg);
		FZ_CHECK(sqlite3_total_changes(db.h) == changes, "the second "
		    "import of the same file changed %d rows",
		    sqlite3_total_changes(db.h) - changes);
	}
	fz_quiet(0);
	rt_db_rollback(&db);
	FZ_CHECK(sqlite3_get_autocommit(db.h), "a transaction is still open");
	return 0;
}
