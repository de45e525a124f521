-- publish: every progress update on one recommendation (:id) dated on or
-- before the as-of date, in order.
-- main.updates, not the TEMP view of the same name that --committee puts
-- in front of it: the recommendation is one of the chosen (its page is
-- being written), so all its updates are, and the view would rebuild
-- its list of the chosen recommendations for every page.
SELECT u.date, u.status, u.text, u.due
FROM main.updates u
WHERE u.recommendation_id = :id AND u.date <= (SELECT date FROM as_of)
ORDER BY u.date, u.id;
