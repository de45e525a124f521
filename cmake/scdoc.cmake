# cmake/scdoc.cmake - run scdoc(1) on one page at build time:
#   cmake -DSCDOC=/usr/bin/scdoc -DIN=page.scd -DOUT=page.1 -P scdoc.cmake
# scdoc reads standard input and writes standard output; this script gives
# it files, so that the build needs no shell redirection, and removes a
# half-written page when scdoc fails.
#
# Two touches to scdoc's roff, so that an option is never cut in two at the
# end of a line (--re- / sponse-due), which a reader would copy as two
# words:
# - scdoc's .nh comes before .TH, and the man macros' .TH turns
#   hyphenation back on: .nh again after .TH;
# - groff may break a line after any "-": in bold and italic text (the
#   options, their values, the commands) "-" becomes "\-", which it does
#   not break after and which man shows as the same ASCII hyphen-minus.
get_filename_component(dir ${OUT} DIRECTORY)
file(MAKE_DIRECTORY ${dir})
execute_process(COMMAND ${SCDOC} INPUT_FILE ${IN} OUTPUT_FILE ${OUT}.tmp
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(REMOVE ${OUT}.tmp)
  message(FATAL_ERROR "scdoc failed on ${IN}: ${rc}")
endif()
file(READ ${OUT}.tmp roff)
string(REGEX REPLACE "\n(\\.TH [^\n]*)\n" "\n\\1\n.nh\n" roff "${roff}")
# A span is \fB or \fI, text without a backslash other than scdoc's \&,
# \fR.  (A span holding a ";" splits into harmless pieces in the CMake
# list.)
string(REGEX MATCHALL "\\\\f[BI]([^\\\\\n]|\\\\&)*\\\\fR" spans "${roff}")
list(FILTER spans INCLUDE REGEX "-")
list(REMOVE_DUPLICATES spans)
foreach(span IN LISTS spans)
  string(REPLACE "-" "\\-" escaped "${span}")
  string(REPLACE "${span}" "${escaped}" roff "${roff}")
endforeach()
file(WRITE ${OUT}.tmp "${roff}")
file(RENAME ${OUT}.tmp ${OUT})
