-- import --dir: restoring an "export --dir" into an empty database.  Each
-- statement is introduced by a line "-- name: NAME" (RT_SQL_<FILE>_<NAME> in C).
-- The insert_TABLE statements name each parameter after the CSV column
-- it is read from (an empty cell is NULL); ids are kept, derived columns
-- (leads joined, state, status, the committee slug of meetings.csv) are
-- not read: the views and triggers make them again.
-- name: manifest
SELECT json_valid(:manifest),
       json_extract(:manifest, '$.schema_version'),
       json_extract(:manifest, '$.formula_guard'),
       json_extract(:manifest, '$.excel');
-- name: manifest_files
SELECT json_extract(value, '$.name'), json_extract(value, '$.rows'),
       json_extract(value, '$.sha256')
FROM json_each(:manifest, '$.files');
-- name: rows
-- Rows already in the database: a restore goes into an empty one only.
SELECT (SELECT count(*) FROM committees) + (SELECT count(*) FROM meetings) +
       (SELECT count(*) FROM items) + (SELECT count(*) FROM recommendations) +
       (SELECT count(*) FROM actions) + (SELECT count(*) FROM leads) +
       (SELECT count(*) FROM responses) + (SELECT count(*) FROM updates) +
       (SELECT count(*) FROM reports) + (SELECT count(*) FROM revisions) +
       (SELECT count(*) FROM vocabulary);
-- name: insert_committees
INSERT INTO committees(id, slug, name, kind, chair, officer, addressee, response_period)
VALUES (:id, :slug, :name, :kind, :chair, :officer, :addressee, :response_period);
-- name: insert_meetings
INSERT INTO meetings(id, committee_id, date, title)
VALUES (:id, :committee_id, :date, :title);
-- name: insert_items
INSERT INTO items(id, meeting_id, title, agenda_number)
VALUES (:id, :meeting_id, :title, :agenda_number);
-- name: insert_recommendations
INSERT INTO recommendations(id, item_id, parent_id, number, title, text, received,
                            response_due, response_expected, update_due,
                            update_due_text, target_text, target_date, theme)
VALUES (:id, :item_id, :parent_id, :number, :title, :text, :received, :response_due,
        :response_expected, :update_due, :update_due_text, :target_text,
        :target_date, :theme);
-- name: insert_actions
INSERT INTO actions(id, item_id, recommendation_id, number, text, due_text, due_date)
VALUES (:id, :item_id, :recommendation_id, :number, :text, :due_text, :due_date);
-- name: insert_leads
INSERT INTO leads(id, recommendation_id, action_id, position, name)
VALUES (:id, :recommendation_id, :action_id, :position, :name);
-- name: insert_responses
INSERT INTO responses(id, recommendation_id, date, decision, text)
VALUES (:id, :recommendation_id, :date, :decision, :text);
-- name: insert_updates
INSERT INTO updates(id, recommendation_id, action_id, date, status, text, due,
                    due_text, rag, percent)
VALUES (:id, :recommendation_id, :action_id, :date, :status, :text, :due, :due_text,
        :rag, :percent);
-- name: insert_reports
INSERT INTO reports(id, meeting_id, response_id, update_id)
VALUES (:id, :meeting_id, :response_id, :update_id);
-- name: insert_revisions
INSERT INTO revisions(id, recommendation_id, action_id, date, old_text, old_date,
                      new_text, new_date, reason)
VALUES (:id, :recommendation_id, :action_id, :date, :old_text, :old_date, :new_text,
        :new_date, :reason);
-- name: insert_vocabulary
INSERT INTO vocabulary(id, kind, word, means, label)
VALUES (:id, :kind, :word, :means, :label);
-- name: foreign_key_check
-- The first row whose reference is missing, checked before COMMIT.
SELECT "table", rowid, parent FROM pragma_foreign_key_check LIMIT 1;
