
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/wt/docs/tests/unit/check_csv.c" "CMakeFiles/rt_unit.dir/tests/unit/check_csv.c.o" "gcc" "CMakeFiles/rt_unit.dir/tests/unit/check_csv.c.o.d"
  "/work/wt/docs/tests/unit/check_date.c" "CMakeFiles/rt_unit.dir/tests/unit/check_date.c.o" "gcc" "CMakeFiles/rt_unit.dir/tests/unit/check_date.c.o.d"
  "/work/wt/docs/tests/unit/check_db.c" "CMakeFiles/rt_unit.dir/tests/unit/check_db.c.o" "gcc" "CMakeFiles/rt_unit.dir/tests/unit/check_db.c.o.d"
  "/work/wt/docs/tests/unit/check_out.c" "CMakeFiles/rt_unit.dir/tests/unit/check_out.c.o" "gcc" "CMakeFiles/rt_unit.dir/tests/unit/check_out.c.o.d"
  "/work/wt/docs/tests/unit/check_sha256.c" "CMakeFiles/rt_unit.dir/tests/unit/check_sha256.c.o" "gcc" "CMakeFiles/rt_unit.dir/tests/unit/check_sha256.c.o.d"
  "/work/wt/docs/tests/unit/check_sqlguard.c" "CMakeFiles/rt_unit.dir/tests/unit/check_sqlguard.c.o" "gcc" "CMakeFiles/rt_unit.dir/tests/unit/check_sqlguard.c.o.d"
  "/work/wt/docs/tests/unit/runner.c" "CMakeFiles/rt_unit.dir/tests/unit/runner.c.o" "gcc" "CMakeFiles/rt_unit.dir/tests/unit/runner.c.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/wt/docs/asan/CMakeFiles/rtcore.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
