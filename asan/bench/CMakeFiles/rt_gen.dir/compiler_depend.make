# Empty compiler generated dependencies file for rt_gen.
# This may be replaced when dependencies are built.
