# cmake/scdoc.cmake - run scdoc(1) on one page at build time:
#   cmake -DSCDOC=/usr/bin/scdoc -DIN=page.scd -DOUT=page.1 -P scdoc.cmake
# scdoc reads standard input and writes standard output; this script gives
# it files, so that the build needs no shell redirection, and removes a
# half-written page when scdoc fails.
get_filename_component(dir ${OUT} DIRECTORY)
file(MAKE_DIRECTORY ${dir})
execute_process(COMMAND ${SCDOC} INPUT_FILE ${IN} OUTPUT_FILE ${OUT}.tmp
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(REMOVE ${OUT}.tmp)
  message(FATAL_ERROR "scdoc failed on ${IN}: ${rc}")
endif()
file(RENAME ${OUT}.tmp ${OUT})
