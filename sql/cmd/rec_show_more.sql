-- rec show: its sub-recommendations and the revisions of its target and
-- of its actions' due dates.  Each is introduced by a line "-- name: NAME"
-- (RT_SQL_CMD_REC_SHOW_MORE_NAME in C); :id is the recommendation, :as_of
-- the date, except where a section says otherwise.
-- name: children
-- The children as of the date, in natural order, through the whole path
-- like the heading (rec_show.sql): they live in their parent's item.
SELECT id, number, state, overdue, recommendation
FROM recommendation_state s
WHERE s.committee_id = (SELECT m.committee_id FROM recommendations r
        JOIN items i ON i.id = r.item_id JOIN meetings m ON m.id = i.meeting_id
        WHERE r.id = :id)
  AND s.meeting_id = (SELECT i.meeting_id FROM recommendations r
        JOIN items i ON i.id = r.item_id WHERE r.id = :id)
  AND s.item_id = (SELECT item_id FROM recommendations WHERE id = :id)
  AND s.parent_id = :id
ORDER BY number_key, id;
-- name: target_story
-- How often the target was revised by the date (a revision from no
-- target, the first setting, does not count) and what it was first set
-- as.
SELECT count(old_text),
       (SELECT v.old_text FROM revisions v
        WHERE v.recommendation_id = :id AND v.date <= :as_of
          AND v.old_text IS NOT NULL
        ORDER BY v.date, v.id LIMIT 1)
FROM revisions WHERE recommendation_id = :id AND date <= :as_of;
-- name: revisions
-- Every revision by the date: the recommendation's target, then its
-- actions' due dates, each in the order made.
SELECT v.date, CASE WHEN v.action_id IS NULL THEN 'target'
                    ELSE 'action ' || v.action_id || ' due' END,
       v.old_text, v.new_text, v.reason
FROM revisions v
WHERE (v.recommendation_id = :id OR v.action_id IN
       (SELECT a.id FROM actions a WHERE a.recommendation_id = :id))
  AND v.date <= :as_of
ORDER BY v.action_id IS NOT NULL, v.action_id, v.date, v.id;
-- name: responses
-- Every response up to the date, oldest first, and whether it is the one
-- that stands (the latest).  ?1 the recommendation, ?2 the date.
SELECT date, decision, text,
       id = (SELECT x.id FROM responses x WHERE x.recommendation_id = ?1
             AND x.date <= ?2 ORDER BY x.date DESC, x.id DESC LIMIT 1)
FROM responses WHERE recommendation_id = ?1 AND date <= ?2
ORDER BY date, id;
-- name: updates
-- Every update on the recommendation itself up to the date, oldest first.
SELECT date, status, text, due
FROM updates WHERE recommendation_id = ?1 AND date <= ?2
ORDER BY date, id;
