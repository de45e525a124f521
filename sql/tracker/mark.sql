-- tracker --mark-reported: every response shown and every closed row shown
-- was reported at the meeting ?1 (its id), so they leave the tracker from
-- the next meeting on.  Reads the rows just written to TEMP.tracker.
INSERT OR IGNORE INTO reports(meeting_id, response_id)
SELECT DISTINCT ?1, response_id FROM temp.tracker
WHERE response_id IS NOT NULL;
INSERT OR IGNORE INTO reports(meeting_id, update_id)
SELECT DISTINCT ?1, update_id FROM temp.tracker
WHERE update_id IS NOT NULL;
