-- committee list: every committee with its meetings and recommendations up
-- to the as-of date.  The recommendations counted are the rows
-- recommendation_state has for the committee (those of its meetings on or
-- before the date), counted through the key indexes: counting the view
-- itself computed every recommendation's state, 15 s at the national scale.
SELECT c.slug, c.name, c.kind, c.chair, c.officer, c.addressee, c.response_period,
  (SELECT count(*) FROM meetings m WHERE m.committee_id = c.id
     AND m.date <= :as_of) AS meetings,
  (SELECT count(*) FROM meetings m
     JOIN items i ON i.meeting_id = m.id
     JOIN recommendations r ON r.item_id = i.id
   WHERE m.committee_id = c.id AND m.date <= :as_of) AS recommendations
FROM committees c ORDER BY c.slug;
