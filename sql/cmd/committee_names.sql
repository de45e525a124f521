-- Every committee's slug and name, to suggest the one a user meant when
-- what they typed names none (rt_committee_find in model.c).
SELECT slug, name FROM committees ORDER BY id;
