# Empty compiler generated dependencies file for fuzz_replay_sql.
# This may be replaced when dependencies are built.
