# CMake generated Testfile for 
# Source directory: /work/wt/docs/tests/fault
# Build directory: /work/wt/docs/asan/tests/fault
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
add_test(fault_io "/work/wt/docs/asan/tests/fault/rt_fault" "--bin" "/work/wt/docs/asan/tests/fault/rectrack-fault" "--mode" "io" "--quick")
set_tests_properties(fault_io PROPERTIES  LABELS "fault" TIMEOUT "3600" _BACKTRACE_TRIPLES "/work/wt/docs/tests/fault/CMakeLists.txt;33;add_test;/work/wt/docs/tests/fault/CMakeLists.txt;0;")
add_test(fault_oom "/work/wt/docs/asan/tests/fault/rt_fault" "--bin" "/work/wt/docs/asan/tests/fault/rectrack-fault" "--mode" "oom" "--quick")
set_tests_properties(fault_oom PROPERTIES  LABELS "fault" TIMEOUT "3600" _BACKTRACE_TRIPLES "/work/wt/docs/tests/fault/CMakeLists.txt;34;add_test;/work/wt/docs/tests/fault/CMakeLists.txt;0;")
add_test(fault_io_all "/work/wt/docs/asan/tests/fault/rt_fault" "--bin" "/work/wt/docs/asan/tests/fault/rectrack-fault" "--mode" "io")
set_tests_properties(fault_io_all PROPERTIES  LABELS "fault;long" TIMEOUT "14400" _BACKTRACE_TRIPLES "/work/wt/docs/tests/fault/CMakeLists.txt;38;add_test;/work/wt/docs/tests/fault/CMakeLists.txt;0;")
add_test(fault_oom_all "/work/wt/docs/asan/tests/fault/rt_fault" "--bin" "/work/wt/docs/asan/tests/fault/rectrack-fault" "--mode" "oom")
set_tests_properties(fault_oom_all PROPERTIES  LABELS "fault;long" TIMEOUT "14400" _BACKTRACE_TRIPLES "/work/wt/docs/tests/fault/CMakeLists.txt;39;add_test;/work/wt/docs/tests/fault/CMakeLists.txt;0;")
