# Empty compiler generated dependencies file for rectrack.
# This may be replaced when dependencies are built.
