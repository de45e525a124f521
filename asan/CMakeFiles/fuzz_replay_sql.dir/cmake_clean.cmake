file(REMOVE_RECURSE
  "CMakeFiles/fuzz_replay_sql.dir/tests/fuzz/common.c.o"
  "CMakeFiles/fuzz_replay_sql.dir/tests/fuzz/common.c.o.d"
  "CMakeFiles/fuzz_replay_sql.dir/tests/fuzz/fuzz_sql.c.o"
  "CMakeFiles/fuzz_replay_sql.dir/tests/fuzz/fuzz_sql.c.o.d"
  "CMakeFiles/fuzz_replay_sql.dir/tests/fuzz/replay.c.o"
  "CMakeFiles/fuzz_replay_sql.dir/tests/fuzz/replay.c.o.d"
  "fuzz_replay_sql"
  "fuzz_replay_sql.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/fuzz_replay_sql.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
