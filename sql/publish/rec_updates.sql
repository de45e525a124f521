-- publish: every progress update on one recommendation (:id) dated on or
-- before the as-of date, in order.
SELECT u.date, u.status, u.text, u.due
FROM updates u
WHERE u.recommendation_id = :id AND u.date <= (SELECT date FROM as_of)
ORDER BY u.date, u.id;
