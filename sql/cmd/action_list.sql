-- action list: every action as of :as_of with its latest status, filtered
-- by --committee, --rec, --lead, --since and --until (meeting date).
SELECT id, committee, meeting_date, item, recommendation_id, action, leads,
       due_text, due_date, status, last_update_date, last_update
FROM action_state s
WHERE (:committee IS NULL OR committee = :committee)
  AND (:rec IS NULL OR recommendation_id = CAST(:rec AS INTEGER))
  AND (:lead IS NULL OR EXISTS (SELECT 1 FROM leads l
       WHERE l.action_id = s.id AND l.name = :lead COLLATE NOCASE))
  AND (:since IS NULL OR meeting_date >= :since)
  AND (:until IS NULL OR meeting_date <= :until)
  AND (:theme IS NULL OR EXISTS (SELECT 1 FROM recommendations r
       WHERE r.id = s.recommendation_id AND r.theme = :theme COLLATE NOCASE))
-- Within a recommendation (or item): by number, naturally, then those
-- without one in the order entered.
ORDER BY meeting_date, committee, item_id, rec_number_key, number_key IS NULL,
         number_key, id;
