-- rec: the statements of rec add and rec target.  Each is introduced by a
-- line "-- name: NAME" (RT_SQL_<FILE>_<NAME> in C).
-- name: period
SELECT response_period FROM committees WHERE id = :committee;
-- name: parent
-- A sub-recommendation lives in its parent's item and, unless told
-- otherwise, takes its parent's received date and response regime.
SELECT r.item_id, coalesce(r.received, m.date), r.response_due, r.response_expected,
       m.date, r.parent_id
FROM recommendations r JOIN items i ON i.id = r.item_id
JOIN meetings m ON m.id = i.meeting_id
WHERE r.id = :id;
-- name: number_taken
-- Numbers are unique within an item (and a parent), ignoring case.
SELECT id FROM recommendations
WHERE item_id = :item AND ifnull(parent_id, 0) = ifnull(:parent, 0)
  AND number = :number COLLATE NOCASE;
-- name: add
INSERT INTO recommendations(item_id, parent_id, number, title, text, received,
                            response_due, response_expected, update_due,
                            update_due_text, target_text, target_date, theme)
VALUES (:item, :parent, :number, :title, :text, :received, nullif(:response_due, ''),
        :response_expected, nullif(:update_due, ''), :update_due_text, :target_text,
        nullif(:target_date, ''), :theme);
-- name: target_get
-- rec target: the target as it stands, the meeting that made the
-- recommendation and the date of its last revision (a new one may not
-- come before either).
SELECT r.target_text, r.target_date, m.date,
       (SELECT max(v.date) FROM revisions v WHERE v.recommendation_id = r.id)
FROM recommendations r JOIN items i ON i.id = r.item_id
JOIN meetings m ON m.id = i.meeting_id
WHERE r.id = :id;
-- name: target_set
UPDATE recommendations SET target_text = :text, target_date = nullif(:date, '')
WHERE id = :id;
-- name: action_due_get
-- action due: the same for an action's due date; its meeting is its
-- item's or its recommendation's.
SELECT a.due_text, a.due_date, m.date,
       (SELECT max(v.date) FROM revisions v WHERE v.action_id = a.id)
FROM actions a LEFT JOIN recommendations r ON r.id = a.recommendation_id
JOIN items i ON i.id = coalesce(a.item_id, r.item_id)
JOIN meetings m ON m.id = i.meeting_id
WHERE a.id = :id;
-- name: action_due_set
UPDATE actions SET due_text = :text, due_date = nullif(:date, '') WHERE id = :id;
-- name: revision_add
INSERT INTO revisions(recommendation_id, action_id, date, old_text, old_date,
                      new_text, new_date, reason)
VALUES (:rec, :action, :date, :old_text, :old_date, :new_text, nullif(:new_date, ''),
        :reason);
-- name: children
-- rec delete: how many sub-recommendations go with a recommendation.
SELECT count(*) FROM recommendations WHERE parent_id = :id;
-- name: number_clash
-- rec edit --number: another recommendation of the same item and parent
-- with that number, ignoring case.  ?1 the recommendation, ?2 the number.
SELECT o.id FROM recommendations r
JOIN recommendations o ON o.item_id = r.item_id
 AND ifnull(o.parent_id, 0) = ifnull(r.parent_id, 0)
 AND o.number = ?2 COLLATE NOCASE
 AND o.id <> r.id
WHERE r.id = ?1;
