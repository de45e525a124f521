/*
 * db.h - the database: opening it with the contract's settings, migrations,
 * transactions and the small prepare/bind helpers every command uses.
 */
#ifndef RECTRACK_DB_H
#define RECTRACK_DB_H

#include <sqlite3.h>
#include "rectrack/err.h"
#include "rectrack/sqlfiles.h"

/*
 * The longest database path taken, in bytes: SQLite names the -wal,
 * -shm and -journal files after it, and none of them may be cut short.
 */
#define RT_DB_PATH_MAX 4000

/* 'RTRK': PRAGMA application_id of every rectrack database. */
#define RT_APPLICATION_ID 0x5254524B

enum rt_db_mode {
	RT_DB_READ,    /* read-only: listings, sql, export */
	RT_DB_WRITE,   /* read-write on an existing, current database */
	RT_DB_MIGRATE, /* read-write; the schema may be behind (migrate) */
	RT_DB_CREATE   /* read-write; the file may be created (init) */
};

struct rt_db {
	sqlite3 *h;           /* the connection */
	const char *path;     /* as given; borrowed */
	enum rt_db_mode mode; /* how it was opened */
	int in_tx;            /* inside rt_db_begin() */
	int bulk;             /* rollback journal for now (rt_db_bulk) */
};

/* A migration: version NNNN from "migrations/NNNN_name.sql". */
struct rt_migration {
	int version;      /* from the file name */
	const char *name; /* "0001_schema.sql" */
	const char *sql;  /* the statements */
	size_t len;       /* strlen(sql) */
};

/*
 * The program's migrations, from sql/migrations/ (embedded), ascending;
 * *n receives the count.  A test may pass its own list to rt_db_open_with().
 */
const struct rt_migration *rt_db_migrations(int *n);

/*
 * Open path in mode and apply the connection settings: WAL, foreign keys,
 * a busy timeout, synchronous=FULL.  Refuses a missing file (except in
 * RT_DB_CREATE), a file that is not a rectrack database, a schema newer than
 * the program, a changed migration and, except in RT_DB_MIGRATE and
 * RT_DB_CREATE, a schema that is behind ("run 'rectrack migrate'").
 * path NULL opens a new in-memory database (the fuzzers').
 * On failure db->h is closed and e says why.
 */
int rt_db_open(struct rt_db *db, const char *path, enum rt_db_mode mode,
    struct rt_err *e);
int rt_db_open_with(struct rt_db *db, const char *path, enum rt_db_mode mode,
    const struct rt_migration *migs, int nmigs, struct rt_err *e);
void rt_db_close(struct rt_db *db); /* rolls back an open transaction */

/*
 * Before the transaction of a bulk load (import): if the database holds no
 * recommendation yet and no other connection has it open, leave WAL for a
 * rollback journal until rt_db_close() (which returns to WAL).  Not being
 * able to is not an error: the load then runs in WAL.
 */
int rt_db_bulk(struct rt_db *db, struct rt_err *e);

/*
 * The checks rt_db_open() makes of a path before it creates a database
 * there (init): not empty, not too long, its directory exists, not on a
 * network file system.
 */
int rt_db_check_new(const char *path, struct rt_err *e);

/*
 * Apply pending migrations, each in its own transaction that also records
 * it (with its SHA-256) in schema_migrations and sets user_version.
 * *applied (may be NULL) receives how many were applied.
 */
int rt_db_migrate(struct rt_db *db, const struct rt_migration *migs,
    int nmigs, int *applied, struct rt_err *e);

/*
 * How many of the migrations up to the database's version are not on
 * record in schema_migrations (rows deleted outside rectrack).
 */
int rt_db_migrations_missing(struct rt_db *db, int *missing, struct rt_err *e);

/* The schema version recorded in the database (0 when empty). */
int rt_db_version(struct rt_db *db, int *version, struct rt_err *e);

/*
 * BEGIN IMMEDIATE and record the OS user for the history triggers; commit
 * removes the record again and COMMITs.  rollback is safe to call when no
 * transaction is open.
 */
int rt_db_begin(struct rt_db *db, struct rt_err *e);
int rt_db_commit(struct rt_db *db, struct rt_err *e);
void rt_db_rollback(struct rt_db *db);

/*
 * Compute every state view as of date (ISO) on this connection: a TEMP
 * table as_of and TEMP copies of the database's views shadow the main ones.
 */
int rt_db_as_of(struct rt_db *db, const char *date, struct rt_err *e);

/* Prepare one statement; the error names what (e.g. "rec add"). */
int rt_db_prepare(struct rt_db *db, const char *sql, sqlite3_stmt **st,
    struct rt_err *e);
/*
 * Prepare an embedded statement by its constant (sqlfiles.h):
 * rt_db_prepare_sql(db, RT_SQL_CMD_VOCAB_LABELS, &st, e).  A statement
 * that will not prepare is named in the error ("cmd/vocab.sql: labels").
 */
int rt_db_prepare_sql(struct rt_db *db, enum rt_sql_id id, sqlite3_stmt **st,
    struct rt_err *e);
/* Column i of the current row as text, "" for NULL. */
const char *rt_col(sqlite3_stmt *st, int i);
/* Does column i hold something (neither NULL nor empty)? */
int rt_has(sqlite3_stmt *st, int i);
/* Run statements without parameters (e.g. a migration). */
int rt_db_exec(struct rt_db *db, const char *sql, struct rt_err *e);

/* Run every statement of sql in turn, binding id to ?1 in each. */
int rt_db_exec_id(struct rt_db *db, const char *sql, sqlite3_int64 id,
    const char *what, struct rt_err *e);

/*
 * Bind a text (NULL binds NULL) or an integer to the named parameter
 * ":name"; a statement without that parameter is left alone, so one set of
 * filters can be bound to any canned query.
 */
int rt_bind_text(sqlite3_stmt *st, const char *name, const char *v);
int rt_bind_int(sqlite3_stmt *st, const char *name, sqlite3_int64 v);

/*
 * Step st once.  Returns RT_OK with *row set to 1 (a row) or 0 (done), or
 * an error built from the database's message: a constraint failure is
 * RT_INVALID, anything else RT_FAIL.  what prefixes the message.
 */
int rt_db_step(struct rt_db *db, sqlite3_stmt *st, int *row, const char *what,
    struct rt_err *e);

/*
 * The name of the network file system with statfs() type f_type (and, for
 * FUSE, mount type fuse such as "fuse.sshfs"), or NULL for a local one.
 * Writers refuse a database on one (see db.c).
 */
const char *rt_fs_network(unsigned long f_type, const char *fuse);
/* --allow-network-fs: from now on, write there anyway. */
void rt_db_allow_network_fs(int on);

/* Map a failed SQLite call to a status and message. */
int rt_db_error(struct rt_db *db, const char *what, struct rt_err *e);

#endif
