-- publish: every recommendation of the site as of the as-of date, one
-- page each, with what its page heads with.
SELECT s.id, c.slug, c.name AS committee_name, s.meeting_date,
       m.title AS meeting_title, s.item, i.agenda_number, s.number, s.title,
       s.recommendation, s.leads, s.decision, s.response_date, s.state,
       s.closed, s.overdue, s.response_due, s.update_due,
       s.committee_id, s.meeting_id, s.item_id
FROM recommendation_state s
JOIN committees c ON c.id = s.committee_id
JOIN meetings m ON m.id = s.meeting_id
JOIN items i ON i.id = s.item_id
ORDER BY s.id;
