-- rec delete: a recommendation and everything that hangs off it, children
-- first so that foreign keys hold at every step.  ?1 is the id.
DELETE FROM reports WHERE update_id IN (SELECT u.id FROM updates u
	JOIN actions a ON a.id = u.action_id WHERE a.recommendation_id = ?1);
DELETE FROM reports WHERE update_id IN
	(SELECT id FROM updates WHERE recommendation_id = ?1);
DELETE FROM reports WHERE response_id IN
	(SELECT id FROM responses WHERE recommendation_id = ?1);
DELETE FROM updates WHERE action_id IN
	(SELECT id FROM actions WHERE recommendation_id = ?1);
DELETE FROM leads WHERE action_id IN
	(SELECT id FROM actions WHERE recommendation_id = ?1);
DELETE FROM actions WHERE recommendation_id = ?1;
DELETE FROM updates WHERE recommendation_id = ?1;
DELETE FROM responses WHERE recommendation_id = ?1;
DELETE FROM leads WHERE recommendation_id = ?1;
DELETE FROM recommendations WHERE id = ?1;
