-- chase.sql: what each lead owes as of the date, overdue or soon due.
--
-- rectrack chase [--committee SLUG] [--lead NAME] [--within DAYS]
--     [--as-of DATE] [--format F]
--
-- Reads recommendation_state and action_state, which rectrack computes as
-- of --as-of (default today).  Kinds:
--   response  awaiting a response past its response_due (overdue only: the
--             response is the addressee's to give);
--   update    update-pending, in-progress or delayed, its update_due
--             passed or within the window;
--   target    an open recommendation (not paused) whose target date has
--             passed or falls within the window;
--   action    an open action whose due date has passed or falls within it.
-- The window is :within days after the date (default 14).  Closed things
-- are never chased, nor paused ones.  One row per lead (a recommendation
-- with two leads appears for each; a part with no lead of its own is its
-- parent's, an action with none its recommendation's); something with no
-- lead at all comes last, with an empty lead.  days is due minus the date:
-- negative when overdue.  In the sqlite3 shell (as of today, every
-- committee and lead, 14 days):
--   sqlite3 rectrack.db < sql/chase/chase.sql
WITH w AS (
	SELECT date(a.date, printf('%+d days', coalesce(:within, 14))) AS until
	FROM as_of a
),
owed AS (
	SELECT 'response' AS kind, s.id, s.committee, s.item, s.number,
	       s.recommendation AS text, s.response_due AS due, s.as_of,
	       s.id AS rec_id, s.parent_id, NULL AS action_id, s.number_key AS nkey
	FROM recommendation_state s
	WHERE s.state = 'awaiting-response' AND s.response_due < s.as_of
	UNION ALL
	SELECT 'update', s.id, s.committee, s.item, s.number, s.recommendation,
	       s.update_due, s.as_of, s.id, s.parent_id, NULL, s.number_key
	FROM recommendation_state s, w
	WHERE s.state IN ('update-pending', 'in-progress', 'delayed')
	  AND s.update_due <= w.until
	UNION ALL
	SELECT 'target', s.id, s.committee, s.item, s.number, s.recommendation,
	       s.target_date, s.as_of, s.id, s.parent_id, NULL, s.number_key
	FROM recommendation_state s, w
	WHERE NOT s.closed AND s.state <> 'paused' AND s.target_date <= w.until
	UNION ALL
	SELECT 'action', a.id, a.committee, a.item, a.number, a.action, a.due_date,
	       a.as_of, a.recommendation_id, NULL, a.id, a.number_key
	FROM action_state a, w
	WHERE NOT a.closed AND a.due_date <= w.until
),
-- Whose leads apply: the thing's own, else its parent's (a part) or its
-- recommendation's (an action).
o AS (
	SELECT owed.*,
	       CASE WHEN action_id IS NOT NULL
	                 AND EXISTS (SELECT 1 FROM leads l WHERE l.action_id = owed.action_id)
	            THEN action_id END AS lead_action,
	       CASE WHEN action_id IS NOT NULL THEN
	                 CASE WHEN EXISTS (SELECT 1 FROM leads l WHERE l.action_id = owed.action_id)
	                      THEN NULL ELSE rec_id END
	            WHEN parent_id IS NOT NULL
	                 AND NOT EXISTS (SELECT 1 FROM leads l WHERE l.recommendation_id = rec_id)
	            THEN parent_id
	            ELSE rec_id END AS lead_rec
	FROM owed
	WHERE :committee IS NULL OR committee = :committee
)
SELECT lead, kind, id, committee, item, number, text, due, days
FROM (
	SELECT l.name AS lead, o.kind, o.id, o.committee, o.item, o.number, o.text, o.due,
	       CAST(round(julianday(o.due) - julianday(o.as_of)) AS INTEGER) AS days,
	       o.nkey
	FROM o JOIN leads l ON l.action_id = o.lead_action
	UNION ALL
	SELECT l.name, o.kind, o.id, o.committee, o.item, o.number, o.text, o.due,
	       CAST(round(julianday(o.due) - julianday(o.as_of)) AS INTEGER), o.nkey
	FROM o LEFT JOIN leads l ON l.recommendation_id = o.lead_rec
	WHERE o.lead_action IS NULL
)
WHERE :lead IS NULL OR lead = :lead COLLATE NOCASE
ORDER BY lead IS NULL, lead COLLATE NOCASE, lead, due, kind, committee, nkey, id;
