# Empty compiler generated dependencies file for rt_fault.
# This may be replaced when dependencies are built.
