-- schema/objects.sql: the objects of a database's schema, as compared with
-- what the migrations make (src/schema.c).  Left out: the shadow tables
-- that FTS5 makes for search_index (their text is FTS5's own and may
-- differ between SQLite versions) and the sqlite_stat tables that ANALYZE
-- makes (statistics, not schema), and the two tables Litestream adds to
-- a database it replicates, exactly as it makes them (README, "A replica
-- off the machine").
SELECT type, name, tbl_name, coalesce(sql, '') AS sql
FROM main.sqlite_schema
WHERE NOT (tbl_name GLOB 'search_index_*' AND tbl_name <> 'search_index')
  AND name NOT GLOB 'sqlite_stat*'
  AND (type, name, coalesce(sql, '')) NOT IN (VALUES
    ('table', '_litestream_seq',
     'CREATE TABLE _litestream_seq (id INTEGER PRIMARY KEY, seq INTEGER)'),
    ('table', '_litestream_lock', 'CREATE TABLE _litestream_lock (id INTEGER)'))
ORDER BY type, name;
