# CMake generated Testfile for 
# Source directory: /work/wt/docs/bench
# Build directory: /work/wt/docs/asan/bench
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
