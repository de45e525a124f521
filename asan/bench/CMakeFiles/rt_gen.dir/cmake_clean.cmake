file(REMOVE_RECURSE
  "CMakeFiles/rt_gen.dir/gen.c.o"
  "CMakeFiles/rt_gen.dir/gen.c.o.d"
  "rt_gen"
  "rt_gen.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/rt_gen.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
