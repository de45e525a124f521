
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/wt/docs/src/main.c" "tests/fault/CMakeFiles/rectrack-fault.dir/__/__/src/main.c.o" "gcc" "tests/fault/CMakeFiles/rectrack-fault.dir/__/__/src/main.c.o.d"
  "/work/wt/docs/tests/fault/fault_main.c" "tests/fault/CMakeFiles/rectrack-fault.dir/fault_main.c.o" "gcc" "tests/fault/CMakeFiles/rectrack-fault.dir/fault_main.c.o.d"
  "/work/wt/docs/tests/fault/faultio.c" "tests/fault/CMakeFiles/rectrack-fault.dir/faultio.c.o" "gcc" "tests/fault/CMakeFiles/rectrack-fault.dir/faultio.c.o.d"
  "/work/wt/docs/tests/fault/faultmem.c" "tests/fault/CMakeFiles/rectrack-fault.dir/faultmem.c.o" "gcc" "tests/fault/CMakeFiles/rectrack-fault.dir/faultmem.c.o.d"
  "/work/wt/docs/tests/fault/faultvfs.c" "tests/fault/CMakeFiles/rectrack-fault.dir/faultvfs.c.o" "gcc" "tests/fault/CMakeFiles/rectrack-fault.dir/faultvfs.c.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/wt/docs/asan/CMakeFiles/rtcore.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
