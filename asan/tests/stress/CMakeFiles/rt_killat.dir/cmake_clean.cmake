file(REMOVE_RECURSE
  "CMakeFiles/rt_killat.dir/killat.c.o"
  "CMakeFiles/rt_killat.dir/killat.c.o.d"
  "librt_killat.pdb"
  "librt_killat.so"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/rt_killat.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
