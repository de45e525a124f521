# CMake generated Testfile for 
# Source directory: /work/wt/docs/tests/install
# Build directory: /work/wt/docs/asan/tests/install
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
add_test(man-covers-help "sh" "/work/wt/docs/tests/install/man-covers-help.sh" "/work/wt/docs/asan/rectrack" "/work/wt/docs/asan/doc/rectrack.1.in")
set_tests_properties(man-covers-help PROPERTIES  LABELS "install" SKIP_RETURN_CODE "77" TIMEOUT "600" _BACKTRACE_TRIPLES "/work/wt/docs/tests/install/CMakeLists.txt;5;add_test;/work/wt/docs/tests/install/CMakeLists.txt;0;")
add_test(install-tree "sh" "/work/wt/docs/tests/install/install-tree.sh" "/work/wt/docs/asan")
set_tests_properties(install-tree PROPERTIES  LABELS "install" SKIP_RETURN_CODE "77" TIMEOUT "600" _BACKTRACE_TRIPLES "/work/wt/docs/tests/install/CMakeLists.txt;8;add_test;/work/wt/docs/tests/install/CMakeLists.txt;0;")
add_test(package-deb "sh" "/work/wt/docs/tests/install/package-deb.sh" "/work/wt/docs/asan")
set_tests_properties(package-deb PROPERTIES  LABELS "install" SKIP_RETURN_CODE "77" TIMEOUT "600" _BACKTRACE_TRIPLES "/work/wt/docs/tests/install/CMakeLists.txt;10;add_test;/work/wt/docs/tests/install/CMakeLists.txt;0;")
