file(REMOVE_RECURSE
  "CMakeFiles/rectrack.dir/src/main.c.o"
  "CMakeFiles/rectrack.dir/src/main.c.o.d"
  "rectrack"
  "rectrack.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/rectrack.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
