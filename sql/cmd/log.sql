-- log: the history, newest last (--limit N: the last N).  With --rec (or log ID) only the rows of
-- that recommendation and of what hangs off it: responses, updates, leads,
-- actions, and the updates and leads of those actions.
SELECT * FROM (
SELECT h.id, h.at, h.user, h.tbl AS "table", h.row_id, h.op, h.old, h.new
FROM history h
WHERE :rec IS NULL
   OR (h.tbl = 'recommendations' AND h.row_id = :rec)
   OR (h.tbl IN ('responses', 'updates', 'leads', 'actions')
       AND json_extract(coalesce(h.new, h.old), '$.recommendation_id') = :rec)
   OR (h.tbl IN ('updates', 'leads')
       AND json_extract(coalesce(h.new, h.old), '$.action_id') IN
           (SELECT a.row_id FROM history a WHERE a.tbl = 'actions'
             AND json_extract(coalesce(a.new, a.old), '$.recommendation_id') = :rec))
ORDER BY h.id DESC
LIMIT coalesce(:limit, -1)
) ORDER BY id;
