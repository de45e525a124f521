-- meeting list: every meeting with its items and recommendations.  Future
-- meetings are listed unless --as-of is given (:as_of_given): an officer
-- enters the year's dates in advance and expects to see them.
SELECT c.slug AS committee, m.date, m.title,
  (SELECT count(*) FROM items i WHERE i.meeting_id = m.id) AS items,
  (SELECT count(*) FROM items i JOIN recommendations r
     ON r.item_id = i.id WHERE i.meeting_id = m.id) AS recommendations
FROM meetings m JOIN committees c ON c.id = m.committee_id
WHERE (:committee IS NULL OR c.slug = :committee)
  AND (:as_of_given IS NULL OR m.date <= :as_of)
ORDER BY m.date, c.slug
