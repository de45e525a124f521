# Empty dependencies file for rt_cli.
# This may be replaced when dependencies are built.
