# Empty dependencies file for rt_schema_gen.
# This may be replaced when dependencies are built.
