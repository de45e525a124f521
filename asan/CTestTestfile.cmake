# CMake generated Testfile for 
# Source directory: /work/wt/docs
# Build directory: /work/wt/docs/asan
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
add_test(unit "/work/wt/docs/asan/rt_unit")
set_tests_properties(unit PROPERTIES  ENVIRONMENT "CK_DEFAULT_TIMEOUT=60" _BACKTRACE_TRIPLES "/work/wt/docs/CMakeLists.txt;88;add_test;/work/wt/docs/CMakeLists.txt;0;")
add_test(cli "/work/wt/docs/asan/rt_cli")
set_tests_properties(cli PROPERTIES  ENVIRONMENT "CK_DEFAULT_TIMEOUT=60" _BACKTRACE_TRIPLES "/work/wt/docs/CMakeLists.txt;98;add_test;/work/wt/docs/CMakeLists.txt;0;")
add_test(demo-golden "sh" "/work/wt/docs/tests/golden/demo-golden.sh" "/work/wt/docs/asan/rectrack")
set_tests_properties(demo-golden PROPERTIES  _BACKTRACE_TRIPLES "/work/wt/docs/CMakeLists.txt;100;add_test;/work/wt/docs/CMakeLists.txt;0;")
add_test(render-tracker "sh" "/work/wt/docs/tests/render/render-tracker.sh" "/work/wt/docs/asan/rectrack" "/work/wt/docs/asan/render")
set_tests_properties(render-tracker PROPERTIES  LABELS "render" SKIP_RETURN_CODE "77" _BACKTRACE_TRIPLES "/work/wt/docs/CMakeLists.txt;108;add_test;/work/wt/docs/CMakeLists.txt;0;")
add_test(render-plan "sh" "/work/wt/docs/tests/render/render-plan.sh" "/work/wt/docs/asan/rectrack" "/work/wt/docs/asan/render")
set_tests_properties(render-plan PROPERTIES  LABELS "render" SKIP_RETURN_CODE "77" _BACKTRACE_TRIPLES "/work/wt/docs/CMakeLists.txt;110;add_test;/work/wt/docs/CMakeLists.txt;0;")
add_test(export-libreoffice "sh" "/work/wt/docs/tests/render/export-libreoffice.sh" "/work/wt/docs/asan/rectrack" "/work/wt/docs/asan/render")
set_tests_properties(export-libreoffice PROPERTIES  LABELS "render" SKIP_RETURN_CODE "77" _BACKTRACE_TRIPLES "/work/wt/docs/CMakeLists.txt;112;add_test;/work/wt/docs/CMakeLists.txt;0;")
add_test(export-excel "sh" "/work/wt/docs/tests/render/export-excel.sh" "/work/wt/docs/asan/rectrack" "/work/wt/docs/asan/render")
set_tests_properties(export-excel PROPERTIES  LABELS "render" SKIP_RETURN_CODE "77" _BACKTRACE_TRIPLES "/work/wt/docs/CMakeLists.txt;114;add_test;/work/wt/docs/CMakeLists.txt;0;")
add_test(publish-site "sh" "/work/wt/docs/tests/render/publish-site.sh" "/work/wt/docs/asan/rectrack" "/work/wt/docs/asan/render")
set_tests_properties(publish-site PROPERTIES  LABELS "render" SKIP_RETURN_CODE "77" _BACKTRACE_TRIPLES "/work/wt/docs/CMakeLists.txt;116;add_test;/work/wt/docs/CMakeLists.txt;0;")
add_test(fuzz-csv "/work/wt/docs/asan/fuzz_replay_csv" "/work/wt/docs/tests/fuzz/corpus/csv" "/work/wt/docs/tests/fuzz/regressions/csv")
set_tests_properties(fuzz-csv PROPERTIES  _BACKTRACE_TRIPLES "/work/wt/docs/tests/fuzz/replay.cmake;17;add_test;/work/wt/docs/tests/fuzz/replay.cmake;0;;/work/wt/docs/CMakeLists.txt;123;include;/work/wt/docs/CMakeLists.txt;0;")
add_test(fuzz-date "/work/wt/docs/asan/fuzz_replay_date" "/work/wt/docs/tests/fuzz/corpus/date" "/work/wt/docs/tests/fuzz/regressions/date")
set_tests_properties(fuzz-date PROPERTIES  _BACKTRACE_TRIPLES "/work/wt/docs/tests/fuzz/replay.cmake;17;add_test;/work/wt/docs/tests/fuzz/replay.cmake;0;;/work/wt/docs/CMakeLists.txt;123;include;/work/wt/docs/CMakeLists.txt;0;")
add_test(fuzz-import "/work/wt/docs/asan/fuzz_replay_import" "/work/wt/docs/tests/fuzz/corpus/import" "/work/wt/docs/tests/fuzz/regressions/import")
set_tests_properties(fuzz-import PROPERTIES  _BACKTRACE_TRIPLES "/work/wt/docs/tests/fuzz/replay.cmake;17;add_test;/work/wt/docs/tests/fuzz/replay.cmake;0;;/work/wt/docs/CMakeLists.txt;123;include;/work/wt/docs/CMakeLists.txt;0;")
add_test(fuzz-sql "/work/wt/docs/asan/fuzz_replay_sql" "/work/wt/docs/tests/fuzz/corpus/sql" "/work/wt/docs/tests/fuzz/regressions/sql")
set_tests_properties(fuzz-sql PROPERTIES  _BACKTRACE_TRIPLES "/work/wt/docs/tests/fuzz/replay.cmake;17;add_test;/work/wt/docs/tests/fuzz/replay.cmake;0;;/work/wt/docs/CMakeLists.txt;123;include;/work/wt/docs/CMakeLists.txt;0;")
subdirs("tests/fault")
subdirs("tests/stress")
subdirs("tests/install")
subdirs("bench")
