-- tracker --format csv: the rows of TEMP.tracker (see parts.sql), one per
-- line of the document, with the part named.  parent_id is the
-- recommendation a sub-recommendation belongs to; rec_number the number of
-- the recommendation an action serves (number is then the action's own).
SELECT CASE part WHEN 1 THEN 'recommendation-tracker'
                 WHEN 2 THEN 'update-tracker'
                 ELSE 'action-tracker' END AS part,
       id, meeting_date, item, number, title, text, leads, decision,
       response_date, response_text, update_date, update_text, state, due,
       overdue, band, parent_id, rec_number
FROM temp.tracker ORDER BY rowid;
