file(REMOVE_RECURSE
  "CMakeFiles/fuzz_replay_date.dir/tests/fuzz/common.c.o"
  "CMakeFiles/fuzz_replay_date.dir/tests/fuzz/common.c.o.d"
  "CMakeFiles/fuzz_replay_date.dir/tests/fuzz/fuzz_date.c.o"
  "CMakeFiles/fuzz_replay_date.dir/tests/fuzz/fuzz_date.c.o.d"
  "CMakeFiles/fuzz_replay_date.dir/tests/fuzz/replay.c.o"
  "CMakeFiles/fuzz_replay_date.dir/tests/fuzz/replay.c.o.d"
  "fuzz_replay_date"
  "fuzz_replay_date.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/fuzz_replay_date.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
