-- export: reports.csv, the meeting at which a response or an update was
-- reported to its committee (tracker --mark-reported).
SELECT id, meeting_id, response_id, update_id FROM reports ORDER BY id;
