-- rec delete: a recommendation, its sub-recommendations (the family) and
-- everything that hangs off any of them, dependent rows first so that
-- foreign keys hold at every step.  ?1 is the id.
WITH RECURSIVE family(id) AS (SELECT ?1 UNION
	SELECT r.id FROM recommendations r JOIN family f ON r.parent_id = f.id)
DELETE FROM reports WHERE update_id IN (SELECT u.id FROM updates u
	JOIN actions a ON a.id = u.action_id
	WHERE a.recommendation_id IN (SELECT id FROM family));
WITH RECURSIVE family(id) AS (SELECT ?1 UNION
	SELECT r.id FROM recommendations r JOIN family f ON r.parent_id = f.id)
DELETE FROM reports WHERE update_id IN
	(SELECT id FROM updates WHERE recommendation_id IN (SELECT id FROM family));
WITH RECURSIVE family(id) AS (SELECT ?1 UNION
	SELECT r.id FROM recommendations r JOIN family f ON r.parent_id = f.id)
DELETE FROM reports WHERE response_id IN
	(SELECT id FROM responses WHERE recommendation_id IN (SELECT id FROM family));
WITH RECURSIVE family(id) AS (SELECT ?1 UNION
	SELECT r.id FROM recommendations r JOIN family f ON r.parent_id = f.id)
DELETE FROM updates WHERE action_id IN
	(SELECT id FROM actions WHERE recommendation_id IN (SELECT id FROM family));
WITH RECURSIVE family(id) AS (SELECT ?1 UNION
	SELECT r.id FROM recommendations r JOIN family f ON r.parent_id = f.id)
DELETE FROM leads WHERE action_id IN
	(SELECT id FROM actions WHERE recommendation_id IN (SELECT id FROM family));
WITH RECURSIVE family(id) AS (SELECT ?1 UNION
	SELECT r.id FROM recommendations r JOIN family f ON r.parent_id = f.id)
DELETE FROM revisions WHERE action_id IN
	(SELECT id FROM actions WHERE recommendation_id IN (SELECT id FROM family));
WITH RECURSIVE family(id) AS (SELECT ?1 UNION
	SELECT r.id FROM recommendations r JOIN family f ON r.parent_id = f.id)
DELETE FROM actions WHERE recommendation_id IN (SELECT id FROM family);
WITH RECURSIVE family(id) AS (SELECT ?1 UNION
	SELECT r.id FROM recommendations r JOIN family f ON r.parent_id = f.id)
DELETE FROM updates WHERE recommendation_id IN (SELECT id FROM family);
WITH RECURSIVE family(id) AS (SELECT ?1 UNION
	SELECT r.id FROM recommendations r JOIN family f ON r.parent_id = f.id)
DELETE FROM responses WHERE recommendation_id IN (SELECT id FROM family);
WITH RECURSIVE family(id) AS (SELECT ?1 UNION
	SELECT r.id FROM recommendations r JOIN family f ON r.parent_id = f.id)
DELETE FROM leads WHERE recommendation_id IN (SELECT id FROM family);
WITH RECURSIVE family(id) AS (SELECT ?1 UNION
	SELECT r.id FROM recommendations r JOIN family f ON r.parent_id = f.id)
DELETE FROM revisions WHERE recommendation_id IN (SELECT id FROM family);
-- Parent and children in one statement: SQLite checks the foreign keys
-- (parent_id) at its end.
WITH RECURSIVE family(id) AS (SELECT ?1 UNION
	SELECT r.id FROM recommendations r JOIN family f ON r.parent_id = f.id)
DELETE FROM recommendations WHERE id IN (SELECT id FROM family);
