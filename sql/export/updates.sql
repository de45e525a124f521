-- export: updates.csv, on recommendations and on actions.
SELECT id, recommendation_id, action_id, date, status, text, due, due_text, rag,
       percent
FROM updates ORDER BY id;
