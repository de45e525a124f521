-- export: flat.csv, the import layout (README "Export and import").  One
-- row per update of a recommendation in the order they were entered, or
-- one row with empty update columns when it has none (update_due then is
-- the recommendation's own).  The response is the current one.
SELECT c.slug AS committee, m.date AS meeting_date, i.title AS item,
       r.number AS rec_number, r.text AS recommendation,
       (SELECT group_concat(name, '; ') FROM (SELECT name FROM leads
         WHERE leads.recommendation_id = r.id ORDER BY position)) AS lead,
       x.date AS response_date, x.decision AS response, x.text AS response_text,
       u.date AS update_date, u.status AS update_status, u.text AS update_text,
       CASE WHEN u.id IS NULL THEN r.update_due ELSE u.due END AS update_due
FROM recommendations r
JOIN items i ON i.id = r.item_id
JOIN meetings m ON m.id = i.meeting_id
JOIN committees c ON c.id = m.committee_id
LEFT JOIN responses x ON x.id = (SELECT y.id FROM responses y
      WHERE y.recommendation_id = r.id ORDER BY y.date DESC, y.id DESC LIMIT 1)
LEFT JOIN updates u ON u.recommendation_id = r.id
ORDER BY r.id, u.id;
