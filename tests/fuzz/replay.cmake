# Replaying the fuzzers' inputs in the ordinary builds (README
# "Reliability").  Included from the top-level CMakeLists.txt, inside
# if(BUILD_TESTING), after rtcore:
#
#   include(tests/fuzz/replay.cmake)
#
# Each harness is built a second time with replay.c as its main() and no
# libFuzzer, so any compiler builds it, and a ctest fuzz-NAME runs it on
# the seed corpus (tests/fuzz/corpus/NAME) and on every input that once
# made it fail (tests/fuzz/regressions/NAME): what the fuzzer found stays
# found.  In the ASan+UBSan build (make asan) the replay runs sanitized.
set(RT_FUZZ_DIR ${CMAKE_CURRENT_LIST_DIR})
foreach(name csv date import sql)
  add_executable(fuzz_replay_${name} ${RT_FUZZ_DIR}/fuzz_${name}.c
                 ${RT_FUZZ_DIR}/common.c ${RT_FUZZ_DIR}/replay.c)
  target_link_libraries(fuzz_replay_${name} PRIVATE rtcore)
  add_test(NAME fuzz-${name}
           COMMAND fuzz_replay_${name} ${RT_FUZZ_DIR}/corpus/${name}
                   ${RT_FUZZ_DIR}/regressions/${name})
endforeach()
