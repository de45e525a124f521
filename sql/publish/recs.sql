-- publish: the recommendations of one committee (:committee, its id) as
-- of the as-of date, by meeting, then item (agenda number, else as
-- entered), then number in natural order (R2 before R10; the collation
-- "natural_order" is the program's).
SELECT s.id, s.meeting_date, m.title AS meeting_title, s.item_id, s.item,
       i.agenda_number, s.number, s.title, s.recommendation, s.leads,
       s.decision, s.response_date, s.state, s.closed, s.overdue,
       s.response_due, s.update_due, s.last_update_date
FROM recommendation_state s
JOIN meetings m ON m.id = s.meeting_id
JOIN items i ON i.id = s.item_id
WHERE s.committee_id = :committee
ORDER BY s.meeting_date, s.meeting_id, i.agenda_number IS NULL,
         i.agenda_number COLLATE natural_order, s.item_id,
         s.number COLLATE natural_order, s.id;
