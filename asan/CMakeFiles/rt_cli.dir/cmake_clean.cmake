file(REMOVE_RECURSE
  "CMakeFiles/rt_cli.dir/tests/cli/check_attack.c.o"
  "CMakeFiles/rt_cli.dir/tests/cli/check_attack.c.o.d"
  "CMakeFiles/rt_cli.dir/tests/cli/check_bad_input.c.o"
  "CMakeFiles/rt_cli.dir/tests/cli/check_bad_input.c.o.d"
  "CMakeFiles/rt_cli.dir/tests/cli/check_cli.c.o"
  "CMakeFiles/rt_cli.dir/tests/cli/check_cli.c.o.d"
  "CMakeFiles/rt_cli.dir/tests/cli/check_docs.c.o"
  "CMakeFiles/rt_cli.dir/tests/cli/check_docs.c.o.d"
  "CMakeFiles/rt_cli.dir/tests/cli/check_export.c.o"
  "CMakeFiles/rt_cli.dir/tests/cli/check_export.c.o.d"
  "CMakeFiles/rt_cli.dir/tests/cli/check_import.c.o"
  "CMakeFiles/rt_cli.dir/tests/cli/check_import.c.o.d"
  "CMakeFiles/rt_cli.dir/tests/cli/check_publish.c.o"
  "CMakeFiles/rt_cli.dir/tests/cli/check_publish.c.o.d"
  "CMakeFiles/rt_cli.dir/tests/cli/check_query.c.o"
  "CMakeFiles/rt_cli.dir/tests/cli/check_query.c.o.d"
  "CMakeFiles/rt_cli.dir/tests/cli/check_record.c.o"
  "CMakeFiles/rt_cli.dir/tests/cli/check_record.c.o.d"
  "CMakeFiles/rt_cli.dir/tests/cli/check_schema.c.o"
  "CMakeFiles/rt_cli.dir/tests/cli/check_schema.c.o.d"
  "CMakeFiles/rt_cli.dir/tests/cli/harness.c.o"
  "CMakeFiles/rt_cli.dir/tests/cli/harness.c.o.d"
  "CMakeFiles/rt_cli.dir/tests/cli/main.c.o"
  "CMakeFiles/rt_cli.dir/tests/cli/main.c.o.d"
  "rt_cli"
  "rt_cli.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/rt_cli.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
