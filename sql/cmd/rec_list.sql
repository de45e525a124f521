-- rec list: every recommendation as of :as_of, with the canned queries'
-- columns, filtered by --committee, --lead, --since and --until (meeting date).
SELECT id, committee, meeting_date, item, number, recommendation, leads,
       decision, response_date, state, last_update_date, last_update,
       update_due
FROM recommendation_state s
WHERE (:committee IS NULL OR committee = :committee)
  AND (:lead IS NULL OR EXISTS (SELECT 1 FROM leads l
       WHERE l.recommendation_id = s.id AND l.name = :lead COLLATE NOCASE))
  AND (:since IS NULL OR meeting_date >= :since)
  AND (:until IS NULL OR meeting_date <= :until)
  AND (:theme IS NULL OR theme = :theme COLLATE NOCASE)
ORDER BY meeting_date, committee, item_id, number_key, id;
