file(REMOVE_RECURSE
  "CMakeFiles/fuzz_replay_import.dir/tests/fuzz/common.c.o"
  "CMakeFiles/fuzz_replay_import.dir/tests/fuzz/common.c.o.d"
  "CMakeFiles/fuzz_replay_import.dir/tests/fuzz/fuzz_import.c.o"
  "CMakeFiles/fuzz_replay_import.dir/tests/fuzz/fuzz_import.c.o.d"
  "CMakeFiles/fuzz_replay_import.dir/tests/fuzz/replay.c.o"
  "CMakeFiles/fuzz_replay_import.dir/tests/fuzz/replay.c.o.d"
  "fuzz_replay_import"
  "fuzz_replay_import.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/fuzz_replay_import.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
