-- export: responses.csv, every response, amendments included.
SELECT id, recommendation_id, date, decision, text FROM responses ORDER BY id;
