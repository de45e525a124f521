# Empty compiler generated dependencies file for rt_unit.
# This may be replaced when dependencies are built.
