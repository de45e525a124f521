-- The committee a user means by :name (rt_committee_find in model.c): the
-- one whose slug it is, in any case ("PCS-OSC"), else those whose name it
-- is, ignoring case; the slug first.  A second row means the name alone
-- does not tell two committees apart.
SELECT id, slug FROM committees
WHERE slug = lower(:name) OR name = :name COLLATE NOCASE
ORDER BY slug = lower(:name) DESC, id
LIMIT 2;
