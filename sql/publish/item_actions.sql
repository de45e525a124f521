-- publish: the actions of one committee's agenda items (not those of a
-- recommendation, which its own page lists) as of the as-of date.
SELECT a.id, a.meeting_date, a.item, a.action, a.leads, a.due_text,
       a.due_date, a.status, a.closed, a.overdue, a.last_update_date,
       a.last_update
FROM action_state a
WHERE a.committee_id = :committee AND a.recommendation_id IS NULL
ORDER BY a.meeting_date, a.item_id, a.id;
