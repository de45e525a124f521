-- check: the domain rules a database can break without breaking a
-- constraint (for instance through edits made with another tool).
-- One row per problem: rule, table, row id, detail.
SELECT 'response before meeting' AS rule, 'responses' AS "table", x.id AS row_id,
       x.date || ' < meeting ' || m.date AS detail
FROM responses x JOIN recommendations r ON r.id = x.recommendation_id
JOIN items i ON i.id = r.item_id JOIN meetings m ON m.id = i.meeting_id
WHERE x.date < m.date
UNION ALL
SELECT 'update before meeting', 'updates', u.id, u.date || ' < meeting ' || m.date
FROM updates u JOIN recommendations r ON r.id = u.recommendation_id
JOIN items i ON i.id = r.item_id JOIN meetings m ON m.id = i.meeting_id
WHERE u.date < m.date
UNION ALL
SELECT 'update before meeting', 'updates', u.id, u.date || ' < meeting ' || m.date
FROM updates u JOIN actions a ON a.id = u.action_id
LEFT JOIN recommendations r ON r.id = a.recommendation_id
JOIN items i ON i.id = coalesce(a.item_id, r.item_id)
JOIN meetings m ON m.id = i.meeting_id
WHERE u.date < m.date
UNION ALL
SELECT 'response due before meeting', 'recommendations', r.id,
       r.response_due || ' < meeting ' || m.date
FROM recommendations r JOIN items i ON i.id = r.item_id
JOIN meetings m ON m.id = i.meeting_id
WHERE r.response_due < m.date
UNION ALL
SELECT 'blank lead', 'leads', id, 'empty name' FROM leads WHERE trim(name) = ''
UNION ALL
SELECT 'duplicate lead position', 'leads', max(id),
       'position ' || position || ' given twice'
FROM leads GROUP BY recommendation_id, action_id, position HAVING count(*) > 1
UNION ALL
SELECT 'history user left behind', 'actor', id, coalesce(user, '')
FROM actor
UNION ALL
-- The sort keys the triggers keep (an edit made with triggers off, or by
-- a program that wrote number_key itself, leaves them stale).
SELECT 'stale number key', k.tbl, k.id,
       coalesce(x.number_key, 'NULL') || ' <> ' || k.key
FROM natural_keys k
JOIN (SELECT 'recommendations' AS tbl, id, number_key FROM recommendations
      UNION ALL SELECT 'actions', id, number_key FROM actions) x
  ON x.tbl = k.tbl AND x.id = k.id
WHERE x.number_key IS NOT k.key
UNION ALL
SELECT 'sub-recommendation outside its parent''s item', 'recommendations', r.id,
       'item ' || r.item_id || ', parent ' || p.id || ' in item ' || p.item_id
FROM recommendations r JOIN recommendations p ON p.id = r.parent_id
WHERE r.item_id <> p.item_id OR p.parent_id IS NOT NULL
UNION ALL
-- The kept state (0003) against the rows it summarises: a row that
-- differs, is missing or is left over.
SELECT 'kept state drift', 'kept_recommendations', id,
       'kept row differs from what the rows derive'
FROM (SELECT id FROM (SELECT * FROM kept_recommendation_facts EXCEPT SELECT * FROM kept_recommendations)
      UNION
      SELECT id FROM (SELECT * FROM kept_recommendations EXCEPT SELECT * FROM kept_recommendation_facts))
UNION ALL
SELECT 'kept state drift', 'kept_rollups', id, 'kept row differs from what the rows derive'
FROM (SELECT id FROM (SELECT * FROM kept_rollup_facts EXCEPT SELECT * FROM kept_rollups)
      UNION
      SELECT id FROM (SELECT * FROM kept_rollups EXCEPT SELECT * FROM kept_rollup_facts))
UNION ALL
SELECT 'kept state drift', 'kept_actions', id, 'kept row differs from what the rows derive'
FROM (SELECT id FROM (SELECT * FROM kept_action_facts EXCEPT SELECT * FROM kept_actions)
      UNION
      SELECT id FROM (SELECT * FROM kept_actions EXCEPT SELECT * FROM kept_action_facts))
ORDER BY 1, 2, 3;
