-- model: lookups shared by several commands (src/model.c).  Each is
-- introduced by a line "-- name: NAME" (rt_db_prepare_named).
-- name: committee_of_rec
SELECT m.committee_id FROM recommendations r JOIN items i ON i.id = r.item_id
JOIN meetings m ON m.id = i.meeting_id WHERE r.id = :rec;
