-- tracker: the three parts of a committee's tracker for its meeting on
-- :meeting, as the officer puts it in the agenda pack (the shape of
-- Oxfordshire's Recommendation Tracker, Action Tracker and Recommendation
-- Update Tracker).  rectrack computes the state views as of :meeting and
-- materialises this into TEMP.tracker, from which the document is written
-- and --mark-reported records what was shown.  One row per line of the
-- document, the same columns for every part.
--
-- "Reported before the meeting" means reported at an earlier meeting; rows
-- reported at this very meeting stay, so the document can be printed again.
--
-- The committee's recommendations as of :meeting are read from the state
-- view once, into TEMP.tracker_recs, which the two recommendation parts
-- and the summary box (summary.sql) read: compiling the view costs more
-- than running it for a committee's rows (callgrind, a committee of 3,333
-- with the kept state: 806 million instructions with each part reading
-- the view for itself and the summary for itself, 547 million this way,
-- the same document).
--
-- band is the row's colour: green closed, yellow update in item, amber in
-- progress, pending or paused (open, not late, nothing to chase: a paused
-- recommendation is never overdue), red overdue or delayed, blue awaiting
-- the response.  sql/tracker/summary.sql counts the same bands.
--
-- parent_id and parent_number place a sub-recommendation under its parent
-- (number_key already sorts it right after); rec_number is the number of
-- the recommendation an action serves; response_expected tells a row of
-- the update tracker that never awaited a response.  story_text,
-- story_revisions and story_first tell a recommendation's target, or an
-- action's due date, with its revisions by the meeting date and its value
-- as first set: "March 2025 (revised twice; first set as December 2024)".
-- name: recs
CREATE TEMP TABLE tracker_recs AS
SELECT s.*,
       CASE
       WHEN closed THEN 'green'
       WHEN overdue OR state = 'delayed' THEN 'red'
       WHEN state = 'update-in-item' THEN 'yellow'
       WHEN state IN ('in-progress', 'update-pending', 'paused') THEN 'amber'
       ELSE 'blue'
       END AS band,
       (SELECT p.number FROM recommendations p WHERE p.id = s.parent_id)
         AS parent_number
FROM recommendation_state s
WHERE committee_id = :committee_id AND meeting_date < :meeting;
-- name: create
CREATE TEMP TABLE tracker AS
WITH recs AS (SELECT * FROM temp.tracker_recs)
-- 1. Recommendation tracker: awaiting a response, or whose response has
--    not yet been reported.
SELECT 1 AS part, id, meeting_date, item, number, title,
       recommendation AS text, leads, decision, response_date, response_text,
       NULL AS update_date, NULL AS update_text, state,
       CASE state WHEN 'awaiting-response' THEN response_due END AS due,
       overdue, band, response_id,
       -- A recommendation completed before its response was reported
       -- closes here too: its closing is reported with it.
       CASE WHEN state IN ('complete', 'not-implemented', 'superseded')
            THEN last_update_id END AS update_id,
       parent_id, parent_number, NULL AS rec_number, response_expected,
       target_text AS story_text,
       (SELECT count(*) FROM revisions v
        WHERE v.recommendation_id = recs.id AND v.date <= as_of) AS story_revisions,
       (SELECT coalesce(v.old_text, v.old_date) FROM revisions v
        WHERE v.recommendation_id = recs.id AND v.date <= as_of
        ORDER BY v.date, v.id LIMIT 1) AS story_first,
       meeting_date AS k1, item_id AS k2, number_key AS k3, NULL AS k4
FROM recs
WHERE state = 'awaiting-response'
   OR (response_id IS NOT NULL
       AND (response_reported_on IS NULL OR response_reported_on >= :meeting))
UNION ALL
-- 2. Update tracker: accepted (any kind), response reported, or no
--    response expected; and not closed, or closed but the closing not yet
--    reported.
SELECT 2, id, meeting_date, item, number, title, recommendation, leads,
       decision, response_date, response_text, last_update_date, last_update,
       state, update_due, overdue, band, NULL,
       CASE WHEN closed THEN last_update_id END,
       parent_id, parent_number, NULL, response_expected,
       target_text,
       (SELECT count(*) FROM revisions v
        WHERE v.recommendation_id = recs.id AND v.date <= as_of),
       (SELECT coalesce(v.old_text, v.old_date) FROM revisions v
        WHERE v.recommendation_id = recs.id AND v.date <= as_of
        ORDER BY v.date, v.id LIMIT 1),
       coalesce(response_date, received), meeting_date, item_id, number_key
FROM recs
WHERE ((decision IN ('accepted', 'accepted-in-principle', 'partially-accepted')
        AND response_reported_on < :meeting)
       OR (response_id IS NULL AND state <> 'awaiting-response'))
  AND (NOT closed OR closing_reported_on IS NULL OR closing_reported_on >= :meeting)
UNION ALL
-- 3. Action tracker: open actions, and closed ones not yet reported.
SELECT 3, id, meeting_date, item, number, NULL, action, leads, NULL, NULL, NULL,
       last_update_date, last_update, status, coalesce(due_text, due_date),
       overdue,
       CASE
       WHEN closed THEN 'green'
       WHEN overdue OR status = 'delayed' THEN 'red'
       WHEN status = 'in-item' THEN 'yellow'
       ELSE 'amber'
       END,
       NULL, CASE WHEN closed THEN last_update_id END,
       NULL, NULL, rec_number, NULL,
       NULL,
       (SELECT count(*) FROM revisions v
        WHERE v.action_id = action_state.id AND v.date <= as_of),
       (SELECT coalesce(v.old_text, v.old_date) FROM revisions v
        WHERE v.action_id = action_state.id AND v.date <= as_of
        ORDER BY v.date, v.id LIMIT 1),
       meeting_date, item_id, rec_number_key, number_key
FROM action_state
WHERE committee_id = :committee_id AND meeting_date < :meeting
  AND (NOT closed OR closing_reported_on IS NULL OR closing_reported_on >= :meeting)
ORDER BY part, k1, k2, k3, k4, id;
-- name: walk
-- The rows again, in order, for the document.
SELECT * FROM temp.tracker ORDER BY rowid;
