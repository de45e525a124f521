-- model: lookups shared by several commands (src/model.c).  Each is
-- introduced by a line "-- name: NAME" (RT_SQL_CMD_MODEL_NAME in C).
-- name: committee_of_rec
SELECT m.committee_id FROM recommendations r JOIN items i ON i.id = r.item_id
JOIN meetings m ON m.id = i.meeting_id WHERE r.id = :rec;
-- name: meeting_find
SELECT id FROM meetings WHERE committee_id = ?1 AND date = ?2;
-- name: meeting_add
INSERT INTO meetings(committee_id, date, title) VALUES (?1, ?2, ?3);
-- name: item_find
SELECT id FROM items WHERE meeting_id = ?1 AND title = ?2;
-- name: item_add
INSERT INTO items(meeting_id, title) VALUES (?1, ?2);
-- name: rec_meeting_date
-- A recommendation's meeting date; no row when there is no such id.
SELECT m.date FROM recommendations r
JOIN items i ON i.id = r.item_id JOIN meetings m ON m.id = i.meeting_id
WHERE r.id = ?1;
-- name: action_meeting_date
-- An action's meeting date (its recommendation's, or its own item's).
SELECT m.date FROM actions a
LEFT JOIN recommendations r ON r.id = a.recommendation_id
JOIN items i ON i.id = coalesce(a.item_id, r.item_id)
JOIN meetings m ON m.id = i.meeting_id WHERE a.id = ?1;
-- name: rec_leads_clear
DELETE FROM leads WHERE recommendation_id = ?1;
-- name: rec_lead_add
INSERT INTO leads(recommendation_id, position, name) VALUES (?1, ?2, ?3);
-- name: action_leads_clear
DELETE FROM leads WHERE action_id = ?1;
-- name: action_lead_add
INSERT INTO leads(action_id, position, name) VALUES (?1, ?2, ?3);
