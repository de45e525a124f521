
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/wt/docs/cmake/schema-gen.c" "CMakeFiles/rt_schema_gen.dir/cmake/schema-gen.c.o" "gcc" "CMakeFiles/rt_schema_gen.dir/cmake/schema-gen.c.o.d"
  "/work/wt/docs/asan/sqlfiles.c" "CMakeFiles/rt_schema_gen.dir/sqlfiles.c.o" "gcc" "CMakeFiles/rt_schema_gen.dir/sqlfiles.c.o.d"
  "/work/wt/docs/src/err.c" "CMakeFiles/rt_schema_gen.dir/src/err.c.o" "gcc" "CMakeFiles/rt_schema_gen.dir/src/err.c.o.d"
  "/work/wt/docs/src/schema.c" "CMakeFiles/rt_schema_gen.dir/src/schema.c.o" "gcc" "CMakeFiles/rt_schema_gen.dir/src/schema.c.o.d"
  "/work/wt/docs/src/sql.c" "CMakeFiles/rt_schema_gen.dir/src/sql.c.o" "gcc" "CMakeFiles/rt_schema_gen.dir/src/sql.c.o.d"
  "/work/wt/docs/src/util.c" "CMakeFiles/rt_schema_gen.dir/src/util.c.o" "gcc" "CMakeFiles/rt_schema_gen.dir/src/util.c.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
