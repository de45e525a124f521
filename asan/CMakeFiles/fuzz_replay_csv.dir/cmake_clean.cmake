file(REMOVE_RECURSE
  "CMakeFiles/fuzz_replay_csv.dir/tests/fuzz/common.c.o"
  "CMakeFiles/fuzz_replay_csv.dir/tests/fuzz/common.c.o.d"
  "CMakeFiles/fuzz_replay_csv.dir/tests/fuzz/fuzz_csv.c.o"
  "CMakeFiles/fuzz_replay_csv.dir/tests/fuzz/fuzz_csv.c.o.d"
  "CMakeFiles/fuzz_replay_csv.dir/tests/fuzz/replay.c.o"
  "CMakeFiles/fuzz_replay_csv.dir/tests/fuzz/replay.c.o.d"
  "fuzz_replay_csv"
  "fuzz_replay_csv.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/fuzz_replay_csv.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
