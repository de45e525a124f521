-- publish: the actions of one recommendation (:id) as of the as-of date.
-- An action of a recommendation is found through the recommendation's
-- item (action_state), so its committee, meeting and item are the
-- recommendation's: given, they lead the view from the committee straight
-- to the item's actions, where the recommendation alone made it walk
-- every committee's meetings and items for each page (publish of one
-- committee of 3,333 at the national scale: five minutes).
SELECT a.id, a.action, a.leads, a.due_text, a.due_date, a.status, a.closed,
       a.overdue, a.last_update_date, a.last_update
FROM action_state a
WHERE a.committee_id = :committee_id AND a.meeting_id = :meeting_id
  AND a.item_id = :item_id AND a.recommendation_id = :id
ORDER BY a.id;
