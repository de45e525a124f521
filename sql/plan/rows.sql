-- plan: the rows of a committee's action-plan progress report (the shape
-- of Oxford City's "Our progress" on its peer challenge), as of the date
-- rectrack sets in the as_of view.  rectrack materialises this into
-- TEMP.plan; the Markdown and HTML documents and the CSV are written from
-- it, and plan/summary.sql counts it.
--
-- One row per action under a recommendation, in the recommendations'
-- natural order (number_key puts a sub-recommendation right after its
-- parent) and within one, by action number, else in the order entered; a
-- recommendation with no action is one row with the action columns empty.
-- Actions recorded on a meeting item (a committee's action tracker) are
-- not part of a plan.
--
-- rec_band and band are the colours of the tracker: green closed, red
-- overdue or delayed, yellow update in item, blue awaiting the response,
-- amber the rest (pending, in progress, paused).  *_revisions counts the
-- revisions of a target or due date made by the date, *_first_set is the
-- value as first set (the oldest revision's old value, as written).
-- name: create
CREATE TEMP TABLE plan AS
WITH r AS (
	SELECT * FROM recommendation_state WHERE committee_id = :committee_id
),
a AS (
	SELECT * FROM action_state
	WHERE committee_id = :committee_id AND recommendation_id IS NOT NULL
)
SELECT r.id AS rec_id, r.parent_id AS parent_id,
       (SELECT p.number FROM recommendations p WHERE p.id = r.parent_id)
         AS parent_number,
       r.number AS rec_number, r.title AS rec_title,
       r.recommendation AS rec_text, r.theme AS theme, r.state AS rec_state,
       r.progress AS rec_progress, r.overdue AS rec_overdue,
       CASE
       WHEN r.closed THEN 'green'
       WHEN r.overdue OR r.state = 'delayed' THEN 'red'
       WHEN r.state = 'update-in-item' THEN 'yellow'
       WHEN r.state = 'awaiting-response' THEN 'blue'
       ELSE 'amber'
       END AS rec_band,
       r.target_text AS target_text,
       (SELECT count(*) FROM revisions v
        WHERE v.recommendation_id = r.id AND v.date <= r.as_of) AS target_revisions,
       (SELECT coalesce(v.old_text, v.old_date) FROM revisions v
        WHERE v.recommendation_id = r.id AND v.date <= r.as_of
        ORDER BY v.date, v.id LIMIT 1) AS target_first_set,
       a.id AS action_id, a.number AS action_number, a.action AS action,
       a.leads AS leads, a.due_text AS due_text, a.due_date AS due_date,
       CASE WHEN a.id IS NOT NULL THEN
            (SELECT count(*) FROM revisions v
             WHERE v.action_id = a.id AND v.date <= a.as_of) END AS due_revisions,
       (SELECT coalesce(v.old_text, v.old_date) FROM revisions v
        WHERE v.action_id = a.id AND v.date <= a.as_of
        ORDER BY v.date, v.id LIMIT 1) AS due_first_set,
       a.status AS status, a.closed AS closed, a.overdue AS overdue,
       CASE
       WHEN a.id IS NULL THEN NULL
       WHEN a.closed THEN 'green'
       WHEN a.overdue OR a.status = 'delayed' THEN 'red'
       WHEN a.status = 'in-item' THEN 'yellow'
       ELSE 'amber'
       END AS band,
       a.last_update_date AS last_update_date, a.last_update AS last_update
FROM r LEFT JOIN a ON a.recommendation_id = r.id
ORDER BY r.meeting_date, r.item_id, r.number_key, r.id,
         a.number_key IS NULL, a.number_key, a.id;
-- name: walk
-- The rows again, in order, for the document.
SELECT * FROM temp.plan ORDER BY rowid;
