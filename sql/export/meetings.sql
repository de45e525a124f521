-- export: meetings.csv
SELECT m.id, m.committee_id, c.slug AS committee, m.date, m.title
FROM meetings m JOIN committees c ON c.id = m.committee_id ORDER BY m.id;
