# Empty dependencies file for fuzz_replay_date.
# This may be replaced when dependencies are built.
