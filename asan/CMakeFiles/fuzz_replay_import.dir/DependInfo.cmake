
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/wt/docs/tests/fuzz/common.c" "CMakeFiles/fuzz_replay_import.dir/tests/fuzz/common.c.o" "gcc" "CMakeFiles/fuzz_replay_import.dir/tests/fuzz/common.c.o.d"
  "/work/wt/docs/tests/fuzz/fuzz_import.c" "CMakeFiles/fuzz_replay_import.dir/tests/fuzz/fuzz_import.c.o" "gcc" "CMakeFiles/fuzz_replay_import.dir/tests/fuzz/fuzz_import.c.o.d"
  "/work/wt/docs/tests/fuzz/replay.c" "CMakeFiles/fuzz_replay_import.dir/tests/fuzz/replay.c.o" "gcc" "CMakeFiles/fuzz_replay_import.dir/tests/fuzz/replay.c.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/wt/docs/asan/CMakeFiles/rtcore.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
