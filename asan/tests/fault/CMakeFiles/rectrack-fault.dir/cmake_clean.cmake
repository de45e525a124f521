file(REMOVE_RECURSE
  "CMakeFiles/rectrack-fault.dir/__/__/src/main.c.o"
  "CMakeFiles/rectrack-fault.dir/__/__/src/main.c.o.d"
  "CMakeFiles/rectrack-fault.dir/fault_main.c.o"
  "CMakeFiles/rectrack-fault.dir/fault_main.c.o.d"
  "CMakeFiles/rectrack-fault.dir/faultio.c.o"
  "CMakeFiles/rectrack-fault.dir/faultio.c.o.d"
  "CMakeFiles/rectrack-fault.dir/faultmem.c.o"
  "CMakeFiles/rectrack-fault.dir/faultmem.c.o.d"
  "CMakeFiles/rectrack-fault.dir/faultvfs.c.o"
  "CMakeFiles/rectrack-fault.dir/faultvfs.c.o.d"
  "rectrack-fault"
  "rectrack-fault.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/rectrack-fault.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
