-- tracker --format html: the summary box.  The committee's recommendations
-- from meetings before :meeting, as of it (TEMP.tracker_recs, parts.sql),
-- counted by their band (green closed, red overdue or delayed, yellow
-- update in item, amber in progress, pending or paused, blue awaiting the
-- response), with how many are overdue.  A sub-recommendation is counted in
-- its parent, whose state rolls its children up, so that a report of ten
-- recommendations counts ten.  One row per band, in the order the page
-- draws them; a band with none is a row of 0.
WITH bands(band, position) AS (
	VALUES ('blue', 1), ('red', 2), ('amber', 3), ('yellow', 4), ('green', 5)
),
recs AS (
	SELECT band, overdue FROM temp.tracker_recs WHERE parent_id IS NULL
)
SELECT b.band, count(r.band) AS recommendations,
       coalesce(sum(r.overdue), 0) AS overdue
FROM bands b LEFT JOIN recs r ON r.band = b.band
GROUP BY b.band
ORDER BY b.position;
