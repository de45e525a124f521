# Empty compiler generated dependencies file for rtcore.
# This may be replaced when dependencies are built.
