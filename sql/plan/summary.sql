-- plan: the summary under the report, from TEMP.plan (see rows.sql).
-- recommendations counts the top-level ones (a sub-recommendation is part
-- of its parent); actions every action; complete those whose status is
-- complete (not those closed as not implemented or superseded); overdue the
-- open actions past their due date.  pct_complete is a whole percentage,
-- NULL with no action.
SELECT count(DISTINCT CASE WHEN parent_id IS NULL THEN rec_id END) AS recommendations,
       count(action_id) AS actions,
       coalesce(sum(status = 'complete'), 0) AS complete,
       CASE WHEN count(action_id) > 0
       THEN CAST(round(100.0 * sum(status = 'complete') / count(action_id)) AS INTEGER)
       END AS pct_complete,
       coalesce(sum(overdue), 0) AS overdue
FROM temp.plan;
