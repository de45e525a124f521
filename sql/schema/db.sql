-- The database's own bookkeeping (src/db.c): which migrations it has, who
-- is writing, and the as-of date of the state views.  Transaction control
-- and PRAGMAs (which take no parameters) stay in the C code.
-- name: objects
-- Any object at all: an empty file may become a rectrack database.
SELECT count(*) FROM sqlite_schema;
-- name: empty
-- rt_db_bulk(): a database with no recommendation yet.
SELECT NOT EXISTS (SELECT 1 FROM recommendations);
-- name: has_migrations
SELECT count(*) FROM sqlite_schema
WHERE type = 'table' AND name = 'schema_migrations';
-- name: migrations
SELECT version, name, sha256 FROM schema_migrations ORDER BY version;
-- name: migrations_count
SELECT count(*) FROM schema_migrations;
-- name: migration_add
INSERT INTO schema_migrations(version, name, sha256) VALUES (?1, ?2, ?3);
-- name: actor_set
-- Who writes, for the history triggers (sql/migrations/0001_schema.sql);
-- set at the start of every writing command, cleared before its commit.
INSERT OR REPLACE INTO actor(id, user) VALUES (1, ?1);
-- name: actor_clear
DELETE FROM actor;
-- name: as_of_table
-- The date the state views answer for: a TEMP table that shadows the
-- view as_of (which answers today) once the views are copied into TEMP.
CREATE TEMP TABLE as_of(date TEXT NOT NULL);
-- name: as_of_set
INSERT INTO temp.as_of(date) VALUES (?1);
-- name: views
-- Every view but as_of itself, in creation order (dependencies first).
SELECT name, sql FROM main.sqlite_schema
WHERE type = 'view' AND name <> 'as_of' ORDER BY rowid;
-- name: program_table
-- migrate --status: the program's migrations, then each with its status.
CREATE TEMP TABLE program(version INTEGER PRIMARY KEY, name TEXT NOT NULL);
-- name: program_add
INSERT INTO temp.program(version, name) VALUES (?1, ?2);
-- name: status
SELECT p.version, p.name,
       CASE WHEN m.version IS NULL THEN 'pending' ELSE 'applied' END AS status,
       m.applied_at
FROM temp.program p LEFT JOIN schema_migrations m USING (version)
ORDER BY p.version;
-- name: status_none
-- The same for a database without schema_migrations: all pending.
SELECT version, name, 'pending' AS status, NULL AS applied_at
FROM temp.program ORDER BY version;
