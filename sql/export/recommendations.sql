-- export: recommendations.csv, with the leads (joined by "; ") and the
-- derived state as of the export's as-of date (manifest.json says which);
-- a recommendation of a meeting after that date has no state yet.  The
-- columns after state came with schema version 2; import --dir reads
-- every stored column back (leads from leads.csv).
SELECT r.id, r.item_id, r.number, r.title, r.text,
       (SELECT group_concat(name, '; ') FROM (SELECT name FROM leads
         WHERE leads.recommendation_id = r.id ORDER BY position)) AS leads,
       r.response_due, r.update_due, s.state, r.parent_id, r.received,
       r.response_expected, r.update_due_text, r.target_text, r.target_date,
       r.theme
FROM recommendation_state s JOIN recommendations r ON r.id = s.id
UNION ALL
SELECT r.id, r.item_id, r.number, r.title, r.text,
       (SELECT group_concat(name, '; ') FROM (SELECT name FROM leads
         WHERE leads.recommendation_id = r.id ORDER BY position)),
       r.response_due, r.update_due, NULL, r.parent_id, r.received,
       r.response_expected, r.update_due_text, r.target_text, r.target_date,
       r.theme
FROM recommendations r JOIN items i ON i.id = r.item_id
JOIN meetings m ON m.id = i.meeting_id
WHERE m.date > (SELECT date FROM as_of)
ORDER BY 1;
