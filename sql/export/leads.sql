-- export: leads.csv, the leads of recommendations and actions in their
-- order (position), as recommendations.csv and actions.csv join them.
SELECT id, recommendation_id, action_id, position, name FROM leads ORDER BY id;
