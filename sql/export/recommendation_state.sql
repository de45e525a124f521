-- export: recommendation_state.csv, the state view itself (every column,
-- as documented for ad-hoc SQL) as of the export's as-of date.
SELECT * FROM recommendation_state ORDER BY id;
