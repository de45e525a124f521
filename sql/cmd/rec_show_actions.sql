-- rec show: the actions of one recommendation (?1) as of the as_of date,
-- reached like the heading (rec_show.sql) through the whole path.  By
-- number (naturally), then those without one in the order entered.
SELECT id, status, due_text, due_date, action, leads, number
FROM action_state s
WHERE s.committee_id = (SELECT m.committee_id FROM recommendations r
        JOIN items i ON i.id = r.item_id JOIN meetings m ON m.id = i.meeting_id
        WHERE r.id = ?1)
  AND s.meeting_id = (SELECT i.meeting_id FROM recommendations r
        JOIN items i ON i.id = r.item_id WHERE r.id = ?1)
  AND s.item_id = (SELECT item_id FROM recommendations WHERE id = ?1)
  AND s.recommendation_id = ?1
ORDER BY number_key IS NULL, number_key, id;
