-- events.sql: the events of `rectrack calendar`, one all-day event each.
--
-- rectrack calendar [--committee SLUG] [--as-of DATE]
--
-- Every meeting (past and planned), and every deadline still owed as of
-- the date (state views, as of --as-of, default today):
--   response-due  awaiting a response, with a response_due;
--   update-due    update-pending, in-progress or delayed, with an update_due;
--   target        open and not paused, with a target date;
--   action-due    an open action with a due date.
-- A met deadline leaves the calendar (a subscribed calendar drops it); a
-- moved one keeps its UID and moves.  uid is stable: the kind and the id.
-- rectrack escapes and folds the texts (RFC 5545); summary and
-- description are plain text here.
SELECT uid, date, date(date, '+1 day') AS end_date, summary, description FROM (
	SELECT 'meeting-' || m.id AS uid, m.date AS date,
	       c.name || ' meeting' || coalesce(': ' || m.title, '') AS summary,
	       'Committee: ' || c.name || ' (' || c.slug || ')' AS description,
	       c.slug AS committee, 0 AS k, '' AS nkey, m.id AS id
	FROM meetings m JOIN committees c ON c.id = m.committee_id
	UNION ALL
	SELECT 'response-due-' || s.id, s.response_due,
	       'Response due from ' || s.addressee || ': ' || s.committee || ' '
	         || s.item || ', recommendation ' || s.number,
	       s.recommendation || char(10) || 'Leads: ' || coalesce(s.leads, 'none'),
	       s.committee, 1, s.number_key, s.id
	FROM recommendation_state s
	WHERE s.state = 'awaiting-response' AND s.response_due IS NOT NULL
	UNION ALL
	SELECT 'update-due-' || s.id, s.update_due,
	       'Update due: ' || s.committee || ' ' || s.item || ', recommendation ' || s.number,
	       s.recommendation || char(10) || 'Leads: ' || coalesce(s.leads, 'none'),
	       s.committee, 2, s.number_key, s.id
	FROM recommendation_state s
	WHERE s.state IN ('update-pending', 'in-progress', 'delayed') AND s.update_due IS NOT NULL
	UNION ALL
	SELECT 'target-' || s.id, s.target_date,
	       'Target: ' || s.committee || ' ' || s.item || ', recommendation ' || s.number,
	       s.recommendation || char(10) || 'Target: ' || coalesce(s.target_text, s.target_date)
	         || char(10) || 'Leads: ' || coalesce(s.leads, 'none'),
	       s.committee, 3, s.number_key, s.id
	FROM recommendation_state s
	WHERE NOT s.closed AND s.state <> 'paused' AND s.target_date IS NOT NULL
	UNION ALL
	SELECT 'action-due-' || a.id, a.due_date,
	       'Action due: ' || a.committee || ' ' || a.item
	         || coalesce(', action ' || a.number, ''),
	       a.action || char(10) || 'Due: ' || coalesce(a.due_text, a.due_date)
	         || char(10) || 'Leads: ' || coalesce(a.leads, 'none'),
	       a.committee, 4, coalesce(a.number_key, ''), a.id
	FROM action_state a
	WHERE NOT a.closed AND a.due_date IS NOT NULL
)
WHERE :committee IS NULL OR committee = :committee
ORDER BY date, k, committee, nkey, id;
