-- help: recommendations and actions whose target or due date was revised
--
-- rectrack query revised [--committee SLUG] [--lead NAME] [--since DATE]
--     [--until DATE] [--theme THEME] [--as-of DATE] [--format F]
--
-- One row per recommendation whose target, or action whose due date, was
-- revised (rec target, action due) on or before the as-of date:
-- original is what it was first set as, current what it is as of the
-- date (both as written), revisions how often it was revised, last_reason
-- and last_revised the reason and date of the latest revision.  Setting a
-- target where there was none is not a revision.  Revisions after the
-- as-of date are ignored, as the state views ignore them.
--
-- Reads recommendation_state and action_state, which rectrack computes as
-- of --as-of (default today).  --since and --until bound the meeting date;
-- --lead and --theme match ignoring case; a filter not given is NULL or ''
-- (a Datasette canned query sends a blank field as '').
-- The file runs as it is in the sqlite3 shell, where the views answer as
-- of today and unset parameters are NULL:
--   sqlite3 rectrack.db < sql/queries/revised.sql
SELECT kind, id, committee, item, number, text, original, current, revisions,
       last_reason, last_revised
FROM (
	SELECT 'recommendation' AS kind, s.id, s.committee, s.item, s.number,
	       s.recommendation AS text,
	       (SELECT v.old_text FROM revisions v
	        WHERE v.recommendation_id = s.id AND v.date <= s.as_of
	          AND v.old_text IS NOT NULL
	        ORDER BY v.date, v.id LIMIT 1) AS original,
	       s.target_text AS current,
	       (SELECT count(v.old_text) FROM revisions v
	        WHERE v.recommendation_id = s.id AND v.date <= s.as_of) AS revisions,
	       (SELECT v.reason FROM revisions v
	        WHERE v.recommendation_id = s.id AND v.date <= s.as_of
	        ORDER BY v.date DESC, v.id DESC LIMIT 1) AS last_reason,
	       (SELECT max(v.date) FROM revisions v
	        WHERE v.recommendation_id = s.id AND v.date <= s.as_of) AS last_revised,
	       s.meeting_date, s.item_id, s.number_key AS rec_key, 0 AS kind_order,
	       NULL AS action_key
	FROM recommendation_state s
	WHERE EXISTS (SELECT 1 FROM revisions v
	              WHERE v.recommendation_id = s.id AND v.date <= s.as_of
	                AND v.old_text IS NOT NULL)
	  AND (nullif(:committee, '') IS NULL OR s.committee = :committee)
	  AND (nullif(:lead, '') IS NULL OR EXISTS (SELECT 1 FROM leads l
	       WHERE l.recommendation_id = s.id AND l.name = :lead COLLATE NOCASE))
	  AND (nullif(:since, '') IS NULL OR s.meeting_date >= :since)
	  AND (nullif(:until, '') IS NULL OR s.meeting_date <= :until)
	  AND (nullif(:theme, '') IS NULL OR s.theme = :theme COLLATE NOCASE)
	UNION ALL
	SELECT 'action', s.id, s.committee, s.item, s.number, s.action,
	       (SELECT v.old_text FROM revisions v
	        WHERE v.action_id = s.id AND v.date <= s.as_of
	          AND v.old_text IS NOT NULL
	        ORDER BY v.date, v.id LIMIT 1),
	       s.due_text,
	       (SELECT count(v.old_text) FROM revisions v
	        WHERE v.action_id = s.id AND v.date <= s.as_of),
	       (SELECT v.reason FROM revisions v
	        WHERE v.action_id = s.id AND v.date <= s.as_of
	        ORDER BY v.date DESC, v.id DESC LIMIT 1),
	       (SELECT max(v.date) FROM revisions v
	        WHERE v.action_id = s.id AND v.date <= s.as_of),
	       s.meeting_date, s.item_id, s.rec_number_key, 1, s.number_key
	FROM action_state s
	WHERE EXISTS (SELECT 1 FROM revisions v
	              WHERE v.action_id = s.id AND v.date <= s.as_of
	                AND v.old_text IS NOT NULL)
	  AND (nullif(:committee, '') IS NULL OR s.committee = :committee)
	  AND (nullif(:lead, '') IS NULL OR EXISTS (SELECT 1 FROM leads l
	       WHERE l.action_id = s.id AND l.name = :lead COLLATE NOCASE))
	  AND (nullif(:since, '') IS NULL OR s.meeting_date >= :since)
	  AND (nullif(:until, '') IS NULL OR s.meeting_date <= :until)
	  AND (nullif(:theme, '') IS NULL OR EXISTS (SELECT 1 FROM recommendations r
	       WHERE r.id = s.recommendation_id AND r.theme = :theme COLLATE NOCASE))
)
ORDER BY meeting_date, committee, item_id, rec_key, kind_order,
         action_key IS NULL, action_key, id;
