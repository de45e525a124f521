# Empty dependencies file for fuzz_replay_csv.
# This may be replaced when dependencies are built.
