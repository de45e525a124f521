
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/wt/docs/tests/cli/check_attack.c" "CMakeFiles/rt_cli.dir/tests/cli/check_attack.c.o" "gcc" "CMakeFiles/rt_cli.dir/tests/cli/check_attack.c.o.d"
  "/work/wt/docs/tests/cli/check_bad_input.c" "CMakeFiles/rt_cli.dir/tests/cli/check_bad_input.c.o" "gcc" "CMakeFiles/rt_cli.dir/tests/cli/check_bad_input.c.o.d"
  "/work/wt/docs/tests/cli/check_cli.c" "CMakeFiles/rt_cli.dir/tests/cli/check_cli.c.o" "gcc" "CMakeFiles/rt_cli.dir/tests/cli/check_cli.c.o.d"
  "/work/wt/docs/tests/cli/check_docs.c" "CMakeFiles/rt_cli.dir/tests/cli/check_docs.c.o" "gcc" "CMakeFiles/rt_cli.dir/tests/cli/check_docs.c.o.d"
  "/work/wt/docs/tests/cli/check_export.c" "CMakeFiles/rt_cli.dir/tests/cli/check_export.c.o" "gcc" "CMakeFiles/rt_cli.dir/tests/cli/check_export.c.o.d"
  "/work/wt/docs/tests/cli/check_import.c" "CMakeFiles/rt_cli.dir/tests/cli/check_import.c.o" "gcc" "CMakeFiles/rt_cli.dir/tests/cli/check_import.c.o.d"
  "/work/wt/docs/tests/cli/check_publish.c" "CMakeFiles/rt_cli.dir/tests/cli/check_publish.c.o" "gcc" "CMakeFiles/rt_cli.dir/tests/cli/check_publish.c.o.d"
  "/work/wt/docs/tests/cli/check_query.c" "CMakeFiles/rt_cli.dir/tests/cli/check_query.c.o" "gcc" "CMakeFiles/rt_cli.dir/tests/cli/check_query.c.o.d"
  "/work/wt/docs/tests/cli/check_record.c" "CMakeFiles/rt_cli.dir/tests/cli/check_record.c.o" "gcc" "CMakeFiles/rt_cli.dir/tests/cli/check_record.c.o.d"
  "/work/wt/docs/tests/cli/check_schema.c" "CMakeFiles/rt_cli.dir/tests/cli/check_schema.c.o" "gcc" "CMakeFiles/rt_cli.dir/tests/cli/check_schema.c.o.d"
  "/work/wt/docs/tests/cli/harness.c" "CMakeFiles/rt_cli.dir/tests/cli/harness.c.o" "gcc" "CMakeFiles/rt_cli.dir/tests/cli/harness.c.o.d"
  "/work/wt/docs/tests/cli/main.c" "CMakeFiles/rt_cli.dir/tests/cli/main.c.o" "gcc" "CMakeFiles/rt_cli.dir/tests/cli/main.c.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
