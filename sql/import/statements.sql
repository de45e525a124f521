-- import: the statements the importer prepares once and reuses for every
-- row of the flat layout.  Each is introduced by a line "-- name: NAME";
-- each is RT_SQL_IMPORT_STATEMENTS_<NAME> in C (cmake/sql-embed.c).
--
-- The inserts are INSERT OR ROLLBACK: the importer checks every value
-- before it writes, so a constraint failure here is unforeseen and ends the
-- whole import (which is all or nothing anyway).  With ABORT, the default,
-- SQLite would keep a statement journal for every insert whose triggers
-- write history, and FTS5 flushes its pending terms at each such statement
-- boundary; that made an import several times slower.
-- name: committee_find
-- ?2 is the value: a slug first, then a name, both ignoring case (?1, the
-- value when it has the shape of a slug, is no longer needed).  With the
-- committee's response period, which sets the response due dates.
SELECT id, response_period FROM (
	SELECT id, response_period, 1 AS k FROM committees WHERE slug = lower(?2)
	UNION ALL
	SELECT id, response_period, 2 FROM committees WHERE name = ?2 COLLATE NOCASE)
ORDER BY k LIMIT 1;
-- name: slug_taken
SELECT 1 FROM committees WHERE slug = ?1;
-- name: committee_add
INSERT OR ROLLBACK INTO committees(slug, name, kind) VALUES (?1, ?2, 'scrutiny');
-- name: meeting_find
SELECT id FROM meetings WHERE committee_id = ?1 AND date = ?2;
-- name: meeting_add
INSERT OR ROLLBACK INTO meetings(committee_id, date) VALUES (?1, ?2);
-- name: item_find
SELECT id FROM items WHERE meeting_id = ?1 AND title = ?2;
-- name: item_add
INSERT OR ROLLBACK INTO items(meeting_id, title) VALUES (?1, ?2);
-- name: rec_find
SELECT id, text FROM recommendations
WHERE item_id = ?1 AND parent_id IS NULL AND number = ?2 COLLATE NOCASE;
-- name: rec_add
INSERT OR ROLLBACK INTO recommendations(item_id, number, text, response_due, update_due,
                                        title, update_due_text, number_key)
VALUES (?1, ?2, ?3, nullif(?4, ''), nullif(?5, ''), nullif(?6, ''), nullif(?7, ''), ?8);
-- name: lead_add
INSERT OR ROLLBACK INTO leads(recommendation_id, position, name) VALUES (?1, ?2, ?3);
-- name: response_current
SELECT date, decision, text FROM responses WHERE recommendation_id = ?1
ORDER BY date DESC, id DESC LIMIT 1;
-- name: response_add
INSERT OR ROLLBACK INTO responses(recommendation_id, date, decision, text)
VALUES (?1, ?2, ?3, nullif(?4, ''));
-- name: update_find
SELECT 1 FROM updates WHERE recommendation_id = ?1 AND date = ?2
   AND status = ?3 AND coalesce(text, '') = ?4;
-- name: update_add
INSERT OR ROLLBACK INTO updates(recommendation_id, date, status, text, due, due_text,
                                rag, percent)
VALUES (?1, ?2, ?3, nullif(?4, ''), nullif(?5, ''), nullif(?6, ''), nullif(?7, ''), ?8);
