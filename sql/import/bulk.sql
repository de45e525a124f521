-- A bulk load (import, import --dir): every row-by-row AFTER INSERT
-- trigger set aside, and its work done once at the end, one statement a
-- table (src/bulk.c).
--
-- The history, key and search triggers (sql/migrations/0002) and the kept
-- state's (0003) run a small program for each inserted row: a history row
-- with its JSON, the natural sort key, the search entry, the kept facts.  Row by row that was two thirds of an
-- import's time; and a write to a virtual table from a trigger runs inside
-- a statement savepoint at which FTS5 flushes its pending terms, so the
-- index grew one tiny segment per text.  The importer therefore saves the
-- triggers' text and drops them inside its own transaction, adds its rows,
-- runs the statements below for every row added (each :TABLE is the
-- largest id that table had before: every row an import adds has a larger
-- one, ids being AUTOINCREMENT) and creates the triggers again before the
-- commit.
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
   'updates_search_ai', 'actions_search_ai', 'kept_responses_ai',
   'kept_updates_ai', 'kept_revisions_ai', 'kept_reports_ai',
   'kept_recommendations_ai', 'kept_actions_ai', 'kept_leads_ai')
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
DROP TRIGGER IF EXISTS main.kept_responses_ai;
DROP TRIGGER IF EXISTS main.kept_updates_ai;
DROP TRIGGER IF EXISTS main.kept_revisions_ai;
DROP TRIGGER IF EXISTS main.kept_reports_ai;
DROP TRIGGER IF EXISTS main.kept_recommendations_ai;
DROP TRIGGER IF EXISTS main.kept_actions_ai;
DROP TRIGGER IF EXISTS main.kept_leads_ai;
-- name: hash_big
-- FTS5 keeps the terms of the rows being indexed in a hash table and
-- writes them out as a new index segment when it reaches 'hashsize'
-- (1 MiB by default); segments are then merged.  An import indexes its
-- texts in three statements, and with 16 MiB of terms in memory it writes
-- a sixteenth of the segments and merges far less: the index of 50,000
-- recommendations built in the shell in 2.2 s instead of 4.1.  The setting is kept in
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
FROM committees NEW WHERE NEW.id > :committees ORDER BY NEW.id;
-- name: history_meetings
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'meetings', NEW.id, 'insert', json_object('committee_id', NEW.committee_id, 'date', NEW.date,
	'title', NEW.title)
FROM meetings NEW WHERE NEW.id > :meetings ORDER BY NEW.id;
-- name: history_items
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'items', NEW.id, 'insert', json_object('meeting_id', NEW.meeting_id, 'title', NEW.title,
	'agenda_number', NEW.agenda_number)
FROM items NEW WHERE NEW.id > :items ORDER BY NEW.id;
-- name: history_recommendations
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'recommendations', NEW.id, 'insert', json_object('item_id', NEW.item_id, 'parent_id', NEW.parent_id,
	'number', NEW.number, 'title', NEW.title, 'text', NEW.text,
	'received', NEW.received, 'response_due', NEW.response_due,
	'response_expected', NEW.response_expected, 'update_due', NEW.update_due,
	'update_due_text', NEW.update_due_text, 'target_text', NEW.target_text,
	'target_date', NEW.target_date, 'theme', NEW.theme)
FROM recommendations NEW WHERE NEW.id > :recommendations ORDER BY NEW.id;
-- name: history_actions
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'actions', NEW.id, 'insert', json_object('item_id', NEW.item_id,
	'recommendation_id', NEW.recommendation_id, 'number', NEW.number,
	'text', NEW.text, 'due_text', NEW.due_text, 'due_date', NEW.due_date)
FROM actions NEW WHERE NEW.id > :actions ORDER BY NEW.id;
-- name: history_leads
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'leads', NEW.id, 'insert', json_object('recommendation_id', NEW.recommendation_id,
	'action_id', NEW.action_id, 'position', NEW.position, 'name', NEW.name)
FROM leads NEW WHERE NEW.id > :leads ORDER BY NEW.id;
-- name: history_responses
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'responses', NEW.id, 'insert', json_object('recommendation_id', NEW.recommendation_id, 'date', NEW.date,
	'decision', NEW.decision, 'text', NEW.text)
FROM responses NEW WHERE NEW.id > :responses ORDER BY NEW.id;
-- name: history_updates
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'updates', NEW.id, 'insert', json_object('recommendation_id', NEW.recommendation_id,
	'action_id', NEW.action_id, 'date', NEW.date, 'status', NEW.status,
	'text', NEW.text, 'due', NEW.due, 'due_text', NEW.due_text,
	'rag', NEW.rag, 'percent', NEW.percent)
FROM updates NEW WHERE NEW.id > :updates ORDER BY NEW.id;
-- name: history_reports
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'reports', NEW.id, 'insert', json_object('meeting_id', NEW.meeting_id, 'response_id', NEW.response_id,
	'update_id', NEW.update_id)
FROM reports NEW WHERE NEW.id > :reports ORDER BY NEW.id;
-- name: history_revisions
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'revisions', NEW.id, 'insert', json_object('recommendation_id', NEW.recommendation_id,
	'action_id', NEW.action_id, 'date', NEW.date, 'old_text', NEW.old_text,
	'old_date', NEW.old_date, 'new_text', NEW.new_text,
	'new_date', NEW.new_date, 'reason', NEW.reason)
FROM revisions NEW WHERE NEW.id > :revisions ORDER BY NEW.id;
-- name: history_vocabulary
INSERT INTO history(user, tbl, row_id, op, new)
SELECT (SELECT user FROM actor), 'vocabulary', NEW.id, 'insert', json_object('kind', NEW.kind, 'word', NEW.word, 'means', NEW.means,
	'label', NEW.label)
FROM vocabulary NEW WHERE NEW.id > :vocabulary ORDER BY NEW.id;
-- name: key_recommendations
-- The flat import writes the key with the row (rt_number_key): only a row
-- whose key is not the rule's is rewritten, as a row with a long text
-- costs a whole rewrite.  The keys are computed once (MATERIALIZED: as a
-- flattened subquery each row's key was computed in SET and in WHERE).
WITH k AS MATERIALIZED (
	SELECT id, key FROM natural_keys
	WHERE tbl = 'recommendations' AND id > :recommendations)
UPDATE recommendations SET number_key = k.key
FROM k
WHERE recommendations.id = k.id AND recommendations.number_key IS NOT k.key;
-- name: key_actions
UPDATE actions SET number_key = (SELECT key FROM natural_keys
    WHERE tbl = 'actions' AND natural_keys.id = actions.id)
WHERE id > :actions AND number IS NOT NULL;
-- name: index_recommendations
INSERT INTO search_index(rowid, body, kind, recommendation_id)
SELECT id * 4, coalesce(title || char(10), '') || text, 'recommendation', id
FROM recommendations WHERE id > :recommendations ORDER BY id;
-- name: index_responses
INSERT INTO search_index(rowid, body, kind, recommendation_id)
SELECT id * 4 + 1, text, 'response', recommendation_id
FROM responses WHERE id > :responses AND text IS NOT NULL ORDER BY id;
-- name: index_updates
INSERT INTO search_index(rowid, body, kind, recommendation_id)
SELECT u.id * 4 + 2, u.text, 'update', coalesce(u.recommendation_id,
       (SELECT a.recommendation_id FROM actions a WHERE a.id = u.action_id))
FROM updates u WHERE u.id > :updates AND u.text IS NOT NULL ORDER BY u.id;
-- name: index_actions
INSERT INTO search_index(rowid, body, kind, recommendation_id)
SELECT id * 4 + 3, text, 'action', recommendation_id
FROM actions WHERE id > :actions ORDER BY id;
-- The kept state (0003): the recommendations whose facts the new rows
-- may change, those of every new row that refers to one, then their
-- parents (whose roll-up and has_children change) and the children of all
-- of these (who take a parent's response and sort key); sub-recommendations
-- are one level deep, so that is every one.  Then their kept rows, their
-- roll-ups and the actions' rows are written from the same views the
-- triggers write them from, after the sort keys above.
-- name: kept_recs_table
CREATE TEMP TABLE bulk_recs(id INTEGER PRIMARY KEY);
-- name: kept_recs_new
INSERT OR IGNORE INTO temp.bulk_recs SELECT id FROM (
	SELECT id FROM recommendations WHERE id > :recommendations
	UNION SELECT recommendation_id FROM responses WHERE id > :responses
	UNION SELECT recommendation_id FROM updates WHERE id > :updates
	UNION SELECT a.recommendation_id FROM updates u JOIN actions a ON a.id = u.action_id
	      WHERE u.id > :updates
	UNION SELECT recommendation_id FROM revisions WHERE id > :revisions
	UNION SELECT recommendation_id FROM leads WHERE id > :leads
	UNION SELECT recommendation_id FROM actions WHERE id > :actions
	UNION SELECT x.recommendation_id FROM reports rp JOIN responses x ON x.id = rp.response_id
	      WHERE rp.id > :reports
	UNION SELECT u.recommendation_id FROM reports rp JOIN updates u ON u.id = rp.update_id
	      WHERE rp.id > :reports)
WHERE id IS NOT NULL;
-- name: kept_recs_parents
INSERT OR IGNORE INTO temp.bulk_recs
SELECT parent_id FROM recommendations
WHERE id IN (SELECT id FROM temp.bulk_recs) AND parent_id IS NOT NULL;
-- name: kept_recs_children
INSERT OR IGNORE INTO temp.bulk_recs
SELECT id FROM recommendations WHERE parent_id IN (SELECT id FROM temp.bulk_recs);
-- name: kept_recs_delete
DELETE FROM kept_recommendations WHERE id IN (SELECT id FROM temp.bulk_recs);
-- name: kept_recs_insert
INSERT INTO kept_recommendations
SELECT * FROM kept_recommendation_facts WHERE id IN (SELECT id FROM temp.bulk_recs);
-- name: kept_rollups_delete
DELETE FROM kept_rollups WHERE id IN (SELECT id FROM temp.bulk_recs);
-- name: kept_rollups_insert
INSERT INTO kept_rollups
SELECT * FROM kept_rollup_facts WHERE id IN (SELECT id FROM temp.bulk_recs);
-- name: kept_actions_table
CREATE TEMP TABLE bulk_actions(id INTEGER PRIMARY KEY);
-- name: kept_actions_new
INSERT OR IGNORE INTO temp.bulk_actions SELECT id FROM (
	SELECT id FROM actions WHERE id > :actions
	UNION SELECT action_id FROM updates WHERE id > :updates
	UNION SELECT action_id FROM revisions WHERE id > :revisions
	UNION SELECT action_id FROM leads WHERE id > :leads
	UNION SELECT u.action_id FROM reports rp JOIN updates u ON u.id = rp.update_id
	      WHERE rp.id > :reports
	UNION SELECT id FROM actions WHERE recommendation_id IN (SELECT id FROM temp.bulk_recs))
WHERE id IS NOT NULL;
-- name: kept_actions_delete
DELETE FROM kept_actions WHERE id IN (SELECT id FROM temp.bulk_actions);
-- name: kept_actions_insert
INSERT INTO kept_actions
SELECT * FROM kept_action_facts WHERE id IN (SELECT id FROM temp.bulk_actions);
-- name: kept_done
DROP TABLE temp.bulk_recs;
-- name: kept_done_actions
DROP TABLE temp.bulk_actions;
