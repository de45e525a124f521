-- export: action_state.csv, the state view of actions (every column) as of
-- the export's as-of date.
SELECT * FROM action_state ORDER BY id;
