-- publish: every response to one recommendation (:id) dated on or before
-- the as-of date, the earliest first; the last is the current one.
-- main.responses, not the TEMP view of the same name that --committee puts
-- in front of it: the recommendation is one of the chosen (its page is
-- being written), so all its responses are, and the view would rebuild
-- its list of the chosen recommendations for every page.
SELECT r.date, r.decision, r.text
FROM main.responses r
WHERE r.recommendation_id = :id AND r.date <= (SELECT date FROM as_of)
ORDER BY r.date, r.id;
