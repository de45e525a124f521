-- help: open actions due before the as-of date (a paused one is never overdue)
--
-- rectrack query overdue-actions [--committee SLUG] [--lead NAME] [--since DATE]
--     [--until DATE] [--as-of DATE] [--format F]
--
-- Reads action_state, which rectrack computes as of --as-of (default
-- today).  --since and --until bound the meeting date; a filter not given
-- is NULL or '' (a Datasette canned query sends a blank field as '').
-- The file runs as it is in the sqlite3 shell, where the views
-- answer as of today and unset parameters are NULL:
--   sqlite3 rectrack.db < sql/queries/overdue-actions.sql
SELECT id, committee, meeting_date, item, recommendation_id, action, leads,
       due_text, due_date, status, last_update_date, last_update
FROM action_state s
WHERE overdue
  AND (nullif(:committee, '') IS NULL OR committee = :committee)
  AND (nullif(:lead, '') IS NULL OR EXISTS (SELECT 1 FROM leads l
       WHERE l.action_id = s.id AND l.name = :lead COLLATE NOCASE))
  AND (nullif(:since, '') IS NULL OR meeting_date >= :since)
  AND (nullif(:until, '') IS NULL OR meeting_date <= :until)
  AND (nullif(:theme, '') IS NULL OR EXISTS (SELECT 1 FROM recommendations r
       WHERE r.id = s.recommendation_id AND r.theme = :theme COLLATE NOCASE))
ORDER BY meeting_date, committee, item_id, rec_number_key, number_key, id;
