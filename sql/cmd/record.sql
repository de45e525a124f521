-- record: the statements of respond, update and action update, and of
-- their edit and delete.  Each is introduced by a line "-- name: NAME"
-- (RT_SQL_<FILE>_<NAME> in C).  An edit changes the row in place; the history
-- (triggers) keeps what it was.
-- name: update_add
INSERT INTO updates(recommendation_id, action_id, date, status, text, due, due_text,
                    rag, percent)
VALUES (:rec, :action, :date, :status, :text, nullif(:due, ''), :due_text, :rag, :percent);
-- name: update_get
-- The update and the meeting date of what it is about.
SELECT u.id, u.recommendation_id, u.action_id, u.date, u.status, u.text, u.due,
       u.due_text, u.rag, u.percent,
       (SELECT m.date FROM recommendations r JOIN items i ON i.id = r.item_id
        JOIN meetings m ON m.id = i.meeting_id
        WHERE r.id = coalesce(u.recommendation_id,
              (SELECT a.recommendation_id FROM actions a WHERE a.id = u.action_id)))
       AS rec_meeting,
       (SELECT m.date FROM actions a JOIN items i ON i.id = a.item_id
        JOIN meetings m ON m.id = i.meeting_id WHERE a.id = u.action_id) AS item_meeting
FROM updates u WHERE u.id = :id;
-- name: update_edit
UPDATE updates SET date = :date, status = :status, text = :text,
       due = nullif(:due, ''), due_text = :due_text, rag = :rag, percent = :percent
WHERE id = :id;
-- name: update_delete
DELETE FROM reports WHERE update_id = :id;
-- name: update_delete_row
DELETE FROM updates WHERE id = :id;
-- name: response_current
SELECT date, decision FROM responses WHERE recommendation_id = :rec
ORDER BY date DESC, id DESC LIMIT 1;
-- name: response_add
INSERT INTO responses(recommendation_id, date, decision, text)
VALUES (:rec, :date, :decision, :text);
-- name: response_get
SELECT x.id, x.recommendation_id, x.date, x.decision, x.text, m.date
FROM responses x JOIN recommendations r ON r.id = x.recommendation_id
JOIN items i ON i.id = r.item_id JOIN meetings m ON m.id = i.meeting_id
WHERE x.id = :id;
-- name: response_edit
UPDATE responses SET date = :date, decision = :decision, text = :text WHERE id = :id;
-- name: response_delete
DELETE FROM reports WHERE response_id = :id;
-- name: response_delete_row
DELETE FROM responses WHERE id = :id;
