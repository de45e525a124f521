-- export: items.csv
SELECT id, meeting_id, title, agenda_number FROM items ORDER BY id;
