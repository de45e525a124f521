file(REMOVE_RECURSE
  "CMakeFiles/rt_fault.dir/driver.c.o"
  "CMakeFiles/rt_fault.dir/driver.c.o.d"
  "rt_fault"
  "rt_fault.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/rt_fault.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
