-- import: the search index, built once at the end instead of row by row.
--
-- The search triggers (sql/migrations/0001_schema.sql) insert into an FTS5
-- table.  A write to a virtual table from a trigger runs inside a statement
-- savepoint, and FTS5 flushes its pending terms to disk at every savepoint,
-- so an import that indexed row by row wrote a tiny index segment per text
-- and spent most of its time there.  The importer therefore drops the three
-- insert triggers of the tables it adds to, inside its own transaction,
-- adds the rows, indexes every new row here in one statement per table and
-- creates the triggers again from their saved text before the commit.  A
-- failure anywhere rolls all of it back, triggers included; no other
-- connection ever sees the database without them.
--
-- The INSERT ... SELECTs below must give exactly the entries the triggers
-- give (tests/cli/check_import.c, test_search_index_same, compares them).
-- ?1, ?2, ?3: the largest recommendation, response and update id before
-- the import; every row the import adds has a larger one.
-- name: triggers
SELECT sql FROM main.sqlite_schema WHERE type = 'trigger' AND name IN
  ('recommendations_search_ai', 'responses_search_ai', 'updates_search_ai')
ORDER BY rowid;
-- name: drop
DROP TRIGGER IF EXISTS main.recommendations_search_ai;
DROP TRIGGER IF EXISTS main.responses_search_ai;
DROP TRIGGER IF EXISTS main.updates_search_ai;
-- name: last_ids
SELECT (SELECT coalesce(max(id), 0) FROM recommendations),
       (SELECT coalesce(max(id), 0) FROM responses),
       (SELECT coalesce(max(id), 0) FROM updates);
-- name: index_recommendations
INSERT INTO search_index(rowid, body, kind, recommendation_id)
SELECT id * 4, coalesce(title || char(10), '') || text, 'recommendation', id
FROM recommendations WHERE id > ?1 ORDER BY id;
-- name: index_responses
INSERT INTO search_index(rowid, body, kind, recommendation_id)
SELECT id * 4 + 1, text, 'response', recommendation_id
FROM responses WHERE id > ?1 AND text IS NOT NULL ORDER BY id;
-- name: index_updates
INSERT INTO search_index(rowid, body, kind, recommendation_id)
SELECT u.id * 4 + 2, u.text, 'update', coalesce(u.recommendation_id,
       (SELECT a.recommendation_id FROM actions a WHERE a.id = u.action_id))
FROM updates u WHERE u.id > ?1 AND u.text IS NOT NULL ORDER BY u.id;
