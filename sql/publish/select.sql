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
-- The ids of the chosen rows, each in a table of its own, taken once:
-- a view that asked "id IN (SELECT id FROM temp.meetings)" of another
-- view rebuilt that list on every run of a statement, and the pages run
-- theirs once a recommendation (a whole site of 50,000 recommendations:
-- 281 s, most of it rebuilding the lists of chosen actions and
-- recommendations for each page's actions).  IN of a table's INTEGER
-- PRIMARY KEY is a lookup in the table itself.  In the views the column
-- tested has a unary +, so that the planner reaches the rows through the
-- joins' own indexes and only then asks the list: left to choose, it
-- walked the whole list of chosen items for each meeting (a committee's
-- site 3.3 s to 15.6 s at 50,000 recommendations).
CREATE TEMP TABLE publish_meetings(id INTEGER PRIMARY KEY);
INSERT INTO temp.publish_meetings SELECT id FROM main.meetings
WHERE committee_id IN (SELECT id FROM temp.publish_selected);
CREATE TEMP TABLE publish_items(id INTEGER PRIMARY KEY);
INSERT INTO temp.publish_items SELECT id FROM main.items
WHERE meeting_id IN (SELECT id FROM temp.publish_meetings);
CREATE TEMP TABLE publish_recommendations(id INTEGER PRIMARY KEY);
INSERT INTO temp.publish_recommendations SELECT id FROM main.recommendations
WHERE item_id IN (SELECT id FROM temp.publish_items);
CREATE TEMP TABLE publish_actions(id INTEGER PRIMARY KEY);
INSERT INTO temp.publish_actions SELECT id FROM main.actions
WHERE item_id IN (SELECT id FROM temp.publish_items)
   OR recommendation_id IN (SELECT id FROM temp.publish_recommendations);
CREATE TEMP VIEW committees AS
SELECT * FROM main.committees
WHERE +id IN (SELECT id FROM temp.publish_selected);
CREATE TEMP VIEW meetings AS
SELECT * FROM main.meetings WHERE +id IN (SELECT id FROM temp.publish_meetings);
CREATE TEMP VIEW items AS
SELECT * FROM main.items WHERE +id IN (SELECT id FROM temp.publish_items);
CREATE TEMP VIEW recommendations AS
SELECT * FROM main.recommendations
WHERE +id IN (SELECT id FROM temp.publish_recommendations);
CREATE TEMP VIEW actions AS
SELECT * FROM main.actions WHERE +id IN (SELECT id FROM temp.publish_actions);
CREATE TEMP VIEW leads AS
SELECT * FROM main.leads
WHERE +recommendation_id IN (SELECT id FROM temp.publish_recommendations)
   OR +action_id IN (SELECT id FROM temp.publish_actions);
CREATE TEMP VIEW responses AS
SELECT * FROM main.responses
WHERE +recommendation_id IN (SELECT id FROM temp.publish_recommendations);
CREATE TEMP VIEW updates AS
SELECT * FROM main.updates
WHERE +recommendation_id IN (SELECT id FROM temp.publish_recommendations)
   OR +action_id IN (SELECT id FROM temp.publish_actions);
CREATE TEMP VIEW reports AS
SELECT * FROM main.reports
WHERE +meeting_id IN (SELECT id FROM temp.publish_meetings);