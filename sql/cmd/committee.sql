-- committee: the statements of committee add and committee edit.  Each is
-- introduced by a line "-- name: NAME" (RT_SQL_<FILE>_<NAME> in C).
-- name: exists
SELECT 1 FROM committees WHERE slug = :slug;
-- name: add
INSERT INTO committees(slug, name, kind, chair, officer, addressee, response_period)
VALUES (:slug, :name, :kind, :chair, :officer, coalesce(:addressee, 'Cabinet'),
        :response_period);
-- name: edit
-- Only what is given changes (a NULL parameter keeps the value; an empty
-- --chair or --officer clears it).
UPDATE committees SET
       name = coalesce(:name, name), kind = coalesce(:kind, kind),
       chair = CASE WHEN :chair IS NULL THEN chair ELSE nullif(:chair, '') END,
       officer = CASE WHEN :officer IS NULL THEN officer ELSE nullif(:officer, '') END,
       addressee = coalesce(:addressee, addressee),
       response_period = coalesce(:response_period, response_period)
WHERE id = :id;
