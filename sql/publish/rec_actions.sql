-- publish: the actions of one recommendation (:id) as of the as-of date.
SELECT a.id, a.action, a.leads, a.due_text, a.due_date, a.status, a.closed,
       a.overdue, a.last_update_date, a.last_update
FROM action_state a
WHERE a.recommendation_id = :id
ORDER BY a.id;
