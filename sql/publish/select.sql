-- publish: the committees a site shows.  TEMP views named after the
-- tables shadow them for this connection (an unqualified name finds TEMP
-- first, so do the TEMP copies of the state views that rt_db_as_of
-- makes), so that every page, CSV and JSON of the site holds only what
-- belongs to the committees in temp.publish_selected, with nothing of
-- the others, and the export's SQL runs unchanged.
-- name: selected
CREATE TEMP TABLE publish_selected(id INTEGER PRIMARY KEY);
-- name: select_all
INSERT INTO temp.publish_selected(id) SELECT id FROM main.committees;
-- name: select_one
-- ?1 a committee's id (publish --committee SLUG, repeatable).
INSERT OR IGNORE INTO temp.publish_selected(id) VALUES (?1);
-- name: views
CREATE TEMP VIEW committees AS
SELECT * FROM main.committees
WHERE id IN (SELECT id FROM temp.publish_selected);
CREATE TEMP VIEW meetings AS
SELECT * FROM main.meetings
WHERE committee_id IN (SELECT id FROM temp.publish_selected);
CREATE TEMP VIEW items AS
SELECT * FROM main.items WHERE meeting_id IN (SELECT id FROM temp.meetings);
CREATE TEMP VIEW recommendations AS
SELECT * FROM main.recommendations WHERE item_id IN (SELECT id FROM temp.items);
CREATE TEMP VIEW actions AS
SELECT * FROM main.actions
WHERE item_id IN (SELECT id FROM temp.items)
   OR recommendation_id IN (SELECT id FROM temp.recommendations);
CREATE TEMP VIEW leads AS
SELECT * FROM main.leads
WHERE recommendation_id IN (SELECT id FROM temp.recommendations)
   OR action_id IN (SELECT id FROM temp.actions);
CREATE TEMP VIEW responses AS
SELECT * FROM main.responses
WHERE recommendation_id IN (SELECT id FROM temp.recommendations);
CREATE TEMP VIEW updates AS
SELECT * FROM main.updates
WHERE recommendation_id IN (SELECT id FROM temp.recommendations)
   OR action_id IN (SELECT id FROM temp.actions);
CREATE TEMP VIEW reports AS
SELECT * FROM main.reports
WHERE meeting_id IN (SELECT id FROM temp.meetings);
