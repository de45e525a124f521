-- stats.sql: the impact figures of the annual scrutiny report, one row per
-- group and a last row "all".
--
-- rectrack stats [--committee SLUG] [--year YYYY | --since DATE --until DATE]
--     [--by committee|lead|addressee|year] [--as-of DATE] [--format F]
--
-- Reads recommendation_state, which rectrack computes as of --as-of
-- (default today).  A recommendation counts when it was made (its meeting
-- date) in the period: --year Y is the municipal year Y/Y+1, 1 May to 30
-- April; --since and --until bound the meeting date.  Parameters not given
-- are NULL: in the sqlite3 shell the file answers for every committee, all
-- time, by committee, as of today:
--   sqlite3 rectrack.db < sql/stats/stats.sql
--
-- What counts: every recommendation without sub-recommendations (a parent
-- is counted through its parts; a part with no response of its own takes
-- its parent's, as the state views do).  Decisions are the current ones;
-- on_time and the days to respond use the first response (earliest date,
-- then first entered).  pct_on_time leaves out of both sides the
-- recommendations with no response_due.  Percentages are rounded half up
-- to one decimal, NULL when the divisor is 0; the median is of whole days
-- from received to the first response (the mean of the middle two when
-- their number is even, so it may end in .5).
--
-- Groups: committee slug, lead name (a recommendation counts once for each
-- of its leads; names ignoring case; one with no lead in a group with no
-- name, before "all"), addressee, or municipal year ("2024/25").  Only
-- groups with at least one recommendation appear; "all" always does.
WITH r AS (
	SELECT s.id, s.committee, s.meeting_date, s.decision, s.state, s.closed,
	       s.overdue, s.received, s.response_due, s.addressee,
	       -- the municipal year, May to April: "2024/25"
	       printf('%d/%02d', substr(s.meeting_date, 1, 4) - (substr(s.meeting_date, 6, 2) < '05'),
	              (substr(s.meeting_date, 1, 4) - (substr(s.meeting_date, 6, 2) < '05') + 1) % 100)
	         AS year,
	       coalesce(
	         (SELECT x.date FROM responses x
	          WHERE x.recommendation_id = s.id AND x.date <= s.as_of
	          ORDER BY x.date, x.id LIMIT 1),
	         (SELECT x.date FROM responses x
	          WHERE x.recommendation_id = s.parent_id AND x.date <= s.as_of
	          ORDER BY x.date, x.id LIMIT 1)) AS first_date
	FROM recommendation_state s
	WHERE s.children = 0
	  AND (:committee IS NULL OR s.committee = :committee)
	  AND (:year IS NULL OR s.meeting_date BETWEEN printf('%04d-05-01', :year)
	                                          AND printf('%04d-04-30', :year + 1))
	  AND (:since IS NULL OR s.meeting_date >= :since)
	  AND (:until IS NULL OR s.meeting_date <= :until)
),
-- g: each recommendation once in its group (several times by lead), and
-- once more in "all" (is_all = 1).  key groups and sorts; grp is shown.
g AS (
	SELECT 0 AS is_all, committee AS key, committee AS grp, r.* FROM r
	WHERE coalesce(:by, 'committee') = 'committee'
	UNION ALL
	SELECT 0, lower(l.name), l.name, r.* FROM r
	JOIN (SELECT recommendation_id, min(name) AS name FROM leads
	      WHERE recommendation_id IS NOT NULL
	      GROUP BY recommendation_id, lower(name)) l ON l.recommendation_id = r.id
	WHERE :by = 'lead'
	UNION ALL
	SELECT 0, NULL, NULL, r.* FROM r
	WHERE :by = 'lead' AND NOT EXISTS (SELECT 1 FROM leads l WHERE l.recommendation_id = r.id)
	UNION ALL
	SELECT 0, lower(addressee), addressee, r.* FROM r WHERE :by = 'addressee'
	UNION ALL
	SELECT 0, year, year, r.* FROM r WHERE :by = 'year'
	UNION ALL
	SELECT 1, 'all', 'all', r.* FROM r
),
-- The median of the days to respond: the middle one or two of each group.
d AS (
	SELECT is_all, key, days,
	       row_number() OVER (PARTITION BY is_all, key ORDER BY days) AS rn,
	       count(*) OVER (PARTITION BY is_all, key) AS n
	FROM (SELECT is_all, key,
	             CAST(round(julianday(first_date) - julianday(received)) AS INTEGER) AS days
	      FROM g WHERE first_date IS NOT NULL)
),
med AS (
	SELECT is_all, key, sum(days) AS s, count(*) AS k FROM d
	WHERE rn IN ((n + 1) / 2, (n + 2) / 2)
	GROUP BY is_all, key
),
c AS (
	SELECT is_all, key, min(grp) AS grp,
	       count(*) AS made,
	       count(first_date) AS responded,
	       count(CASE WHEN decision = 'accepted' THEN 1 END) AS accepted,
	       count(CASE WHEN decision = 'accepted-in-principle' THEN 1 END) AS in_principle,
	       count(CASE WHEN decision = 'partially-accepted' THEN 1 END) AS partially,
	       count(CASE WHEN decision = 'rejected' THEN 1 END) AS rejected,
	       count(CASE WHEN decision = 'noted' THEN 1 END) AS noted,
	       count(CASE WHEN first_date IS NOT NULL AND response_due IS NOT NULL
	                   AND first_date <= response_due THEN 1 END) AS on_time,
	       count(CASE WHEN first_date IS NOT NULL AND response_due IS NOT NULL
	                  THEN 1 END) AS due_responded,
	       count(CASE WHEN state = 'complete' THEN 1 END) AS complete,
	       count(CASE WHEN state = 'not-implemented' THEN 1 END) AS not_implemented,
	       count(CASE WHEN state = 'superseded' THEN 1 END) AS superseded,
	       count(CASE WHEN NOT closed THEN 1 END) AS open,
	       count(CASE WHEN overdue THEN 1 END) AS overdue
	FROM g GROUP BY is_all, key
	UNION ALL
	-- "all" when nothing was made in the period: a row of zeros.
	SELECT 1, 'all', 'all', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
	WHERE NOT EXISTS (SELECT 1 FROM r)
)
SELECT c.grp AS "group", made, responded, accepted,
       in_principle AS accepted_in_principle, partially AS partially_accepted,
       rejected, noted,
       CASE WHEN responded > 0 THEN
            ((accepted + in_principle + partially) * 2000 + responded) / (2 * responded) / 10.0
       END AS pct_accepted,
       on_time,
       CASE WHEN due_responded > 0 THEN
            (on_time * 2000 + due_responded) / (2 * due_responded) / 10.0
       END AS pct_on_time,
       CASE WHEN med.k IS NULL THEN NULL
            WHEN med.s % med.k = 0 THEN med.s / med.k
            ELSE med.s * 1.0 / med.k END AS median_days_to_respond,
       complete, not_implemented, superseded,
       CASE WHEN accepted + in_principle + partially > 0 THEN
            (complete * 2000 + accepted + in_principle + partially)
              / (2 * (accepted + in_principle + partially)) / 10.0
       END AS pct_implemented,
       open, overdue
FROM c LEFT JOIN med ON med.is_all = c.is_all AND med.key IS c.key
ORDER BY c.is_all, c.key IS NULL, c.key;
