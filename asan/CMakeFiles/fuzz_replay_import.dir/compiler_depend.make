# Empty compiler generated dependencies file for fuzz_replay_import.
# This may be replaced when dependencies are built.
