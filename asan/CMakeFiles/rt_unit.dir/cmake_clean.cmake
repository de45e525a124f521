file(REMOVE_RECURSE
  "CMakeFiles/rt_unit.dir/tests/unit/check_csv.c.o"
  "CMakeFiles/rt_unit.dir/tests/unit/check_csv.c.o.d"
  "CMakeFiles/rt_unit.dir/tests/unit/check_date.c.o"
  "CMakeFiles/rt_unit.dir/tests/unit/check_date.c.o.d"
  "CMakeFiles/rt_unit.dir/tests/unit/check_db.c.o"
  "CMakeFiles/rt_unit.dir/tests/unit/check_db.c.o.d"
  "CMakeFiles/rt_unit.dir/tests/unit/check_out.c.o"
  "CMakeFiles/rt_unit.dir/tests/unit/check_out.c.o.d"
  "CMakeFiles/rt_unit.dir/tests/unit/check_sha256.c.o"
  "CMakeFiles/rt_unit.dir/tests/unit/check_sha256.c.o.d"
  "CMakeFiles/rt_unit.dir/tests/unit/check_sqlguard.c.o"
  "CMakeFiles/rt_unit.dir/tests/unit/check_sqlguard.c.o.d"
  "CMakeFiles/rt_unit.dir/tests/unit/runner.c.o"
  "CMakeFiles/rt_unit.dir/tests/unit/runner.c.o.d"
  "rt_unit"
  "rt_unit.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/rt_unit.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
