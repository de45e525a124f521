# Empty compiler generated dependencies file for rt_killat.
# This may be replaced when dependencies are built.
