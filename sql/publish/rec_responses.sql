-- publish: every response to one recommendation (:id) dated on or before
-- the as-of date, the earliest first; the last is the current one.
SELECT r.date, r.decision, r.text
FROM responses r
WHERE r.recommendation_id = :id AND r.date <= (SELECT date FROM as_of)
ORDER BY r.date, r.id;
