-- export: revisions.csv, every revision of a target or a due date: the
-- old and the new value as written and the dates they mean, the reason.
SELECT id, recommendation_id, action_id, date, old_text, old_date, new_text,
       new_date, reason
FROM revisions ORDER BY id;
