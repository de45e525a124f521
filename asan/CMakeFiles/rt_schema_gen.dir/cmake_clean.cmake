file(REMOVE_RECURSE
  "CMakeFiles/rt_schema_gen.dir/cmake/schema-gen.c.o"
  "CMakeFiles/rt_schema_gen.dir/cmake/schema-gen.c.o.d"
  "CMakeFiles/rt_schema_gen.dir/sqlfiles.c.o"
  "CMakeFiles/rt_schema_gen.dir/sqlfiles.c.o.d"
  "CMakeFiles/rt_schema_gen.dir/src/err.c.o"
  "CMakeFiles/rt_schema_gen.dir/src/err.c.o.d"
  "CMakeFiles/rt_schema_gen.dir/src/schema.c.o"
  "CMakeFiles/rt_schema_gen.dir/src/schema.c.o.d"
  "CMakeFiles/rt_schema_gen.dir/src/sql.c.o"
  "CMakeFiles/rt_schema_gen.dir/src/sql.c.o.d"
  "CMakeFiles/rt_schema_gen.dir/src/util.c.o"
  "CMakeFiles/rt_schema_gen.dir/src/util.c.o.d"
  "rt_schema_gen"
  "rt_schema_gen.pdb"
  "sqlfiles.c"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/rt_schema_gen.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
