# CMake generated Testfile for 
# Source directory: /work/wt/docs/tests/stress
# Build directory: /work/wt/docs/asan/tests/stress
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
add_test(stress-crash "bash" "/work/wt/docs/tests/stress/crash.sh" "--rectrack" "/work/wt/docs/asan/rectrack" "--killat" "/work/wt/docs/asan/tests/stress/librt_killat.so" "--rows" "100000" "--kills" "50" "--export-kills" "50" "--edge-rows" "2000")
set_tests_properties(stress-crash PROPERTIES  LABELS "stress;long" RUN_SERIAL "TRUE" TIMEOUT "1800" _BACKTRACE_TRIPLES "/work/wt/docs/tests/stress/CMakeLists.txt;17;add_test;/work/wt/docs/tests/stress/CMakeLists.txt;0;")
add_test(stress-concurrency "bash" "/work/wt/docs/tests/stress/concurrency.sh" "--rectrack" "/work/wt/docs/asan/rectrack" "--writers" "4" "--commands" "250" "--base-rows" "2000")
set_tests_properties(stress-concurrency PROPERTIES  LABELS "stress;long" RUN_SERIAL "TRUE" TIMEOUT "1800" _BACKTRACE_TRIPLES "/work/wt/docs/tests/stress/CMakeLists.txt;22;add_test;/work/wt/docs/tests/stress/CMakeLists.txt;0;")
add_test(stress-crash-quick "bash" "/work/wt/docs/tests/stress/crash.sh" "--rectrack" "/work/wt/docs/asan/rectrack" "--killat" "/work/wt/docs/asan/tests/stress/librt_killat.so" "--rows" "1000" "--kills" "4" "--export-kills" "4" "--edge-rows" "200")
set_tests_properties(stress-crash-quick PROPERTIES  LABELS "stress" TIMEOUT "600" _BACKTRACE_TRIPLES "/work/wt/docs/tests/stress/CMakeLists.txt;28;add_test;/work/wt/docs/tests/stress/CMakeLists.txt;0;")
add_test(stress-concurrency-quick "bash" "/work/wt/docs/tests/stress/concurrency.sh" "--rectrack" "/work/wt/docs/asan/rectrack" "--writers" "4" "--commands" "10" "--base-rows" "200")
set_tests_properties(stress-concurrency-quick PROPERTIES  LABELS "stress" TIMEOUT "600" _BACKTRACE_TRIPLES "/work/wt/docs/tests/stress/CMakeLists.txt;32;add_test;/work/wt/docs/tests/stress/CMakeLists.txt;0;")
add_test(stress-litestream "bash" "/work/wt/docs/tests/stress/litestream.sh" "--rectrack" "/work/wt/docs/asan/rectrack" "--cache" "/work/wt/docs/asan/litestream-cache" "--rounds" "20" "--writers" "4" "--rows" "3000" "--imports" "2" "--seconds" "8")
set_tests_properties(stress-litestream PROPERTIES  LABELS "stress;long" RUN_SERIAL "TRUE" SKIP_RETURN_CODE "77" TIMEOUT "1800" _BACKTRACE_TRIPLES "/work/wt/docs/tests/stress/CMakeLists.txt;45;add_test;/work/wt/docs/tests/stress/CMakeLists.txt;0;")
add_test(stress-litestream-quick "bash" "/work/wt/docs/tests/stress/litestream.sh" "--rectrack" "/work/wt/docs/asan/rectrack" "--cache" "/work/wt/docs/asan/litestream-cache" "--rounds" "4" "--writers" "3" "--rows" "2000" "--imports" "2" "--seconds" "4")
set_tests_properties(stress-litestream-quick PROPERTIES  LABELS "stress" SKIP_RETURN_CODE "77" TIMEOUT "600" _BACKTRACE_TRIPLES "/work/wt/docs/tests/stress/CMakeLists.txt;51;add_test;/work/wt/docs/tests/stress/CMakeLists.txt;0;")
