-- plan --format csv: one row per action of TEMP.plan (see rows.sql), with
-- its recommendation's number, title, state and progress; a
-- recommendation with no action is one row with the action columns empty.
-- States and statuses are the canonical words, as in every query, so that
-- a spreadsheet's filters work whatever labels the documents show.
SELECT rec_id AS recommendation_id, rec_number, rec_title,
       rec_state, rec_progress, action_id, action_number, action, leads,
       due_text, due_date, due_revisions, due_first_set, status, overdue,
       last_update_date, last_update
FROM temp.plan ORDER BY rowid;
