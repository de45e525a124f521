-- help: closed but not yet reported to the committee
--
-- rectrack query unreported [--committee SLUG] [--lead NAME] [--since DATE]
--     [--until DATE] [--as-of DATE] [--format F]
--
-- Reads recommendation_state, which rectrack computes as of --as-of (default
-- today).  --since and --until bound the meeting date; a filter not given
-- is NULL or '' (a Datasette canned query sends a blank field as '').
-- The file runs as it is in the sqlite3 shell, where the views
-- answer as of today and unset parameters are NULL:
--   sqlite3 rectrack.db < sql/queries/unreported.sql
SELECT id, committee, meeting_date, item, number, recommendation, leads,
       decision, response_date, state, last_update_date, last_update,
       update_due
FROM recommendation_state s
WHERE closed AND closing_reported_on IS NULL
  AND (nullif(:committee, '') IS NULL OR committee = :committee)
  AND (nullif(:lead, '') IS NULL OR EXISTS (SELECT 1 FROM leads l
       WHERE l.recommendation_id = s.id AND l.name = :lead COLLATE NOCASE))
  AND (nullif(:since, '') IS NULL OR meeting_date >= :since)
  AND (nullif(:until, '') IS NULL OR meeting_date <= :until)
  AND (nullif(:theme, '') IS NULL OR theme = :theme COLLATE NOCASE)
ORDER BY meeting_date, committee, item_id, number_key, id;
