-- export: actions.csv, with the leads and the status as of the as-of date
-- (none for an action of a meeting after it).  number came with schema
-- version 2.
SELECT a.id, a.item_id, a.recommendation_id, a.text,
       (SELECT group_concat(name, '; ') FROM (SELECT name FROM leads
         WHERE leads.action_id = a.id ORDER BY position)) AS leads,
       a.due_text, a.due_date, s.status, a.number
FROM action_state s JOIN actions a ON a.id = s.id
UNION ALL
SELECT a.id, a.item_id, a.recommendation_id, a.text,
       (SELECT group_concat(name, '; ') FROM (SELECT name FROM leads
         WHERE leads.action_id = a.id ORDER BY position)),
       a.due_text, a.due_date, NULL, a.number
FROM actions a LEFT JOIN recommendations r ON r.id = a.recommendation_id
JOIN items i ON i.id = coalesce(a.item_id, r.item_id)
JOIN meetings m ON m.id = i.meeting_id
WHERE m.date > (SELECT date FROM as_of)
ORDER BY 1;
