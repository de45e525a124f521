-- days.sql: the days each recommendation took to get its first response,
-- against its response period, for the chart of `stats --format html`.
--
-- The same recommendations, period and parameters as stats.sql: one row
-- per recommendation that has a response as of the date, with the whole
-- days from received to the first response and "on-time", "late" or
-- "no-deadline" (no response_due).  The last column is the response
-- period of its committee.
SELECT days,
       CASE WHEN response_due IS NULL THEN 'no-deadline'
            WHEN first_date <= response_due THEN 'on-time'
            ELSE 'late' END AS timing,
       period
FROM (
	SELECT s.response_due,
	       CAST(round(julianday(f.first_date) - julianday(s.received)) AS INTEGER) AS days,
	       f.first_date, c.response_period AS period
	FROM recommendation_state s
	JOIN committees c ON c.id = s.committee_id
	JOIN (SELECT s2.id,
	             coalesce(
	               (SELECT x.date FROM responses x
	                WHERE x.recommendation_id = s2.id AND x.date <= s2.as_of
	                ORDER BY x.date, x.id LIMIT 1),
	               (SELECT x.date FROM responses x
	                WHERE x.recommendation_id = s2.parent_id AND x.date <= s2.as_of
	                ORDER BY x.date, x.id LIMIT 1)) AS first_date
	      FROM recommendation_state s2) f ON f.id = s.id
	WHERE s.children = 0 AND f.first_date IS NOT NULL
	  AND (:committee IS NULL OR s.committee = :committee)
	  AND (:year IS NULL OR s.meeting_date BETWEEN printf('%04d-05-01', :year)
	                                          AND printf('%04d-04-30', :year + 1))
	  AND (:since IS NULL OR s.meeting_date >= :since)
	  AND (:until IS NULL OR s.meeting_date <= :until)
)
ORDER BY days;
