-- A bulk load (import, import --dir): every row-by-row AFTER INSERT
-- trigger set aside, and its work done once at the end, one statement a
-- table (src/bulk.c).
--
-- The history, key and search triggers (sql/migrations/0002) run a small
-- program for each inserted row: a history row with its JSON, the natural
-- sort key, the search entry.  Row by row that was two thirds of an
-- import's time; and a write to a virtual table from a trigger runs inside
-- a statement savepoint at which FTS5 flushes its pending terms, so the
-- index grew one tiny segment per text.  The importer therefore saves the
-- triggers' text and drops them inside its own transaction, adds its rows,
-- runs the statements below for every row added (each ?1 is the largest id
-- the table had before: every row an import adds has a larger one, ids
-- being AUTOINCREMENT) and creates the triggers again before the commit.
-- A failure anywhere rolls all of it back, triggers included; no other
-- connection ever sees the database without them.
--
-- Each statement must give exactly what its trigger gives
-- (tests/cli/check_import.c: test_search_index_same, test_history_same,
-- which also checks that every insert trigger of the schema is listed
-- here).  Only the history's time differs: one per table and
-- statement, where the triggers stamp each row.
-- name: triggers
SELECT sql FROM main.sqlite_schema WHERE type = 'trigger' AND name IN
  ('committees_ai', 'meetings_ai', 'items_ai',
   'recommendations_ai', 'actions_ai', 'leads_ai',
   'responses_ai', 'updates_ai', 'reports_ai',
   'revisions_ai', 'vocabulary_ai', 'recommendations_key_ai',
   'actions_key_ai', 'recommendations_search_ai', 'responses_search_ai',
   'updates_search_ai', 'actions_search_ai')
ORDER BY rowid;
-- name: drop
DROP TRIGGER IF EXISTS main.committees_ai;
DROP TRIGGER IF EXISTS main.meetings_ai;
DROP TRIGGER IF EXISTS main.items_ai;
DROP TRIGGER IF EXISTS main.recommendations_ai;
DROP TRIGGER IF EXISTS main.actions_ai;
DROP TRIGGER IF EXISTS main.leads_ai;
DROP TRIGGER IF EXISTS main.responses_ai;
DROP TRIGGER IF EXISTS main.updates_ai;
DROP TRIGGER IF EXISTS main.reports_ai;
DROP TRIGGER IF EXISTS main.revisions_ai;
DROP TRIGGER IF EXISTS main.vocabulary_ai;
DROP TRIGGER IF EXISTS main.recommendations_key_ai;
DROP TRIGGER IF EXISTS main.actions_key_ai;
DROP TRIGGER IF EXISTS main.recommendations_search_ai;
DROP TRIGGER IF EXISTS main.responses_search_ai;
DROP TRIGGER IF EXISTS main.updates_search_ai;
DROP TRIGGER IF EXISTS main.actions_search_ai;
-- name: hash_big
-- FTS5 keeps the terms of the rows being indexed in a hash table and
-- writes them out as a new index segment when it reaches 'hashsize'
-- (1 MiB by default); segments are then merged.  An import indexes its
-- texts in three statements, and with 16 MiB of terms in memory it writes
-- a sixteenth of the segments and merges far less: the index of 50,000
-- recommendations built in 1.4 s instead of 2.7.  The setting is kept in
-- the index's own table, so it is put back before the commit.
INSERT INTO search_index(search_index, rank) VALUES ('hashsize', 16777216);
-- name: hash_default
INSERT INTO search_index(search_index, rank) VALUES ('hashsize', 1048576);
-- name: last_ids
-- The largest id of each table, in the order of src/bulk.c's tables[].
SELECT (SELECT coalesce(max(id), 0) FROM committees),
       (SELECT coalesce(max(id), 0) FROM meetings),
       (SELECT coalesce(max(id), 0) FROM items),
       (SELECT coalesce(max(id), 0) FROM recommendations),
       (SELECT coalesce(max(id), 0) FROM actions),
       (SELECT coalesce(max(id), 0) FROM leads),
       (SELECT coalesce(max(id), 0) FROM responses),
       (SELECT coalesce(max(id), 0) FROM updates),
       (SELECT coalesce(max(id), 0) FROM reports),
       (SELECT coalesce(max(id), 0) FROM revisions),
       (SELECT coalesce(max(id), 0) FROM vocabulary);
-- name: history_committees
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'committees', NEW.id, 'insert', json_object('slug', NEW.slug, 'name', NEW.name, 'kind', NEW.kind,
	'chair', NEW.chair, 'officer', NEW.officer, 'addressee', NEW.addressee,
	'response_period', NEW.response_period)
FROM committees NEW WHERE NEW.id > ?1 ORDER BY NEW.id;
-- name: history_meetings
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'meetings', NEW.id, 'insert', json_object('committee_id', NEW.committee_id, 'date', NEW.date,
	'title', NEW.title)
FROM meetings NEW WHERE NEW.id > ?1 ORDER BY NEW.id;
-- name: history_items
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'items', NEW.id, 'insert', json_object('meeting_id', NEW.meeting_id, 'title', NEW.title,
	'agenda_number', NEW.agenda_number)
FROM items NEW WHERE NEW.id > ?1 ORDER BY NEW.id;
-- name: history_recommendations
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'recommendations', NEW.id, 'insert', json_object('item_id', NEW.item_id, 'parent_id', NEW.parent_id,
	'number', NEW.number, 'title', NEW.title, 'text', NEW.text,
	'received', NEW.received, 'response_due', NEW.response_due,
	'response_expected', NEW.response_expected, 'update_due', NEW.update_due,
	'update_due_text', NEW.update_due_text, 'target_text', NEW.target_text,
	'target_date', NEW.target_date, 'theme', NEW.theme)
FROM recommendations NEW WHERE NEW.id > ?1 ORDER BY NEW.id;
-- name: history_actions
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'actions', NEW.id, 'insert', json_object('item_id', NEW.item_id,
	'recommendation_id', NEW.recommendation_id, 'number', NEW.number,
	'text', NEW.text, 'due_text', NEW.due_text, 'due_date', NEW.due_date)
FROM actions NEW WHERE NEW.id > ?1 ORDER BY NEW.id;
-- name: history_leads
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'leads', NEW.id, 'insert', json_object('recommendation_id', NEW.recommendation_id,
	'action_id', NEW.action_id, 'position', NEW.position, 'name', NEW.name)
FROM leads NEW WHERE NEW.id > ?1 ORDER BY NEW.id;
-- name: history_responses
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'responses', NEW.id, 'insert', json_object('recommendation_id', NEW.recommendation_id, 'date', NEW.date,
	'decision', NEW.decision, 'text', NEW.text)
FROM responses NEW WHERE NEW.id > ?1 ORDER BY NEW.id;
-- name: history_updates
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'updates', NEW.id, 'insert', json_object('recommendation_id', NEW.recommendation_id,
	'action_id', NEW.action_id, 'date', NEW.date, 'status', NEW.status,
	'text', NEW.text, 'due', NEW.due, 'due_text', NEW.due_text,
	'rag', NEW.rag, 'percent', NEW.percent)
FROM updates NEW WHERE NEW.id > ?1 ORDER BY NEW.id;
-- name: history_reports
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'reports', NEW.id, 'insert', json_object('meeting_id', NEW.meeting_id, 'response_id', NEW.response_id,
	'update_id', NEW.update_id)
FROM reports NEW WHERE NEW.id > ?1 ORDER BY NEW.id;
-- name: history_revisions
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'revisions', NEW.id, 'insert', json_object('recommendation_id', NEW.recommendation_id,
	'action_id', NEW.action_id, 'date', NEW.date, 'old_text', NEW.old_text,
	'old_date', NEW.old_date, 'new_text', NEW.new_text,
	'new_date', NEW.new_date, 'reason', NEW.reason)
FROM revisions NEW WHERE NEW.id > ?1 ORDER BY NEW.id;
-- name: history_vocabulary
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'vocabulary', NEW.id, 'insert', json_object('kind', NEW.kind, 'word', NEW.word, 'means', NEW.means,
	'label', NEW.label)
FROM vocabulary NEW WHERE NEW.id > ?1 ORDER BY NEW.id;
-- name: key_recommendations
UPDATE recommendations SET number_key = (SELECT key FROM natural_keys
    WHERE tbl = 'recommendations' AND natural_keys.id = recommendations.id)
WHERE id > ?1;
-- name: key_actions
UPDATE actions SET number_key = (SELECT key FROM natural_keys
    WHERE tbl = 'actions' AND natural_keys.id = actions.id)
WHERE id > ?1 AND number IS NOT NULL;
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
-- name: index_actions
INSERT INTO search_index(rowid, body, kind, recommendation_id)
SELECT id * 4 + 3, text, 'action', recommendation_id
FROM actions WHERE id > ?1 ORDER BY id;
