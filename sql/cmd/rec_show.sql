-- rec show: the heading of one recommendation (?1) as of the as_of date.
-- The view goes from the committee down, so name the whole path: each step
-- is then one primary-key lookup.  The target is the one of the as-of date
-- (revisions after it undone).
SELECT committee, meeting_date, item, number, title, recommendation, leads,
       state, overdue, response_due, update_due, target_text, target_date,
       parent_id, (SELECT p.number FROM recommendations p WHERE p.id = s.parent_id),
       progress
FROM recommendation_state s
WHERE s.committee_id = (SELECT m.committee_id FROM recommendations r
        JOIN items i ON i.id = r.item_id JOIN meetings m ON m.id = i.meeting_id
        WHERE r.id = ?1)
  AND s.meeting_id = (SELECT i.meeting_id FROM recommendations r
        JOIN items i ON i.id = r.item_id WHERE r.id = ?1)
  AND s.item_id = (SELECT item_id FROM recommendations WHERE id = ?1)
  AND s.id = ?1;
