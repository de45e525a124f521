# cmake/install.cmake - what `cmake --install` and the .deb put where
# (README "Installing"), included from the top-level CMakeLists.txt:
#
#   bin/rectrack                                    the program
#   share/man/man1/rectrack.1                       the manual page, from doc/
#   share/bash-completion/completions/rectrack      bash completion
#   share/zsh/vendor-completions/_rectrack          zsh completion (prefix
#     /usr; share/zsh/site-functions under any other prefix, which is where
#     zsh looks)
#   share/doc/rectrack/                             README.md, LICENSE,
#     examples/ (demo, the Excel tracker, cron and systemd)
#
# All under CMAKE_INSTALL_PREFIX (or --prefix at install time) and DESTDIR.
# The man page and the systemd unit name installed paths; they are filled
# in at install time from the prefix of that install (cmake/install-paths.cmake),
# so that `cmake --install --prefix /opt/rectrack` and the .deb (prefix
# /usr) get their own paths, not the configured ones.
include(GNUInstallDirs)

# The manual page: doc/rectrack.1.scd -> rectrack.1 (roff), at build time.
find_program(SCDOC scdoc)
if(NOT SCDOC)
  message(FATAL_ERROR "scdoc is needed to build the manual page "
          "(Debian: apt-get install scdoc)")
endif()
set(RT_MAN_SCD ${CMAKE_SOURCE_DIR}/doc/rectrack.1.scd)
# Still holding the @DIR@ placeholders that install time fills in.
set(RT_MAN_ROFF ${CMAKE_BINARY_DIR}/doc/rectrack.1.in)
add_custom_command(
  OUTPUT ${RT_MAN_ROFF}
  COMMAND ${CMAKE_COMMAND} -DSCDOC=${SCDOC} -DIN=${RT_MAN_SCD}
          -DOUT=${RT_MAN_ROFF} -P ${CMAKE_SOURCE_DIR}/cmake/scdoc.cmake
  DEPENDS ${RT_MAN_SCD} ${CMAKE_SOURCE_DIR}/cmake/scdoc.cmake
  COMMENT "Generating the manual page rectrack(1)")
add_custom_target(man ALL DEPENDS ${RT_MAN_ROFF})

install(TARGETS rectrack RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The files that name installed paths: filled in at install time, each
# install in its own folder of the build tree (two installs to different
# prefixes may run at once, as the tests do), then installed from there.
set(RT_TEMPLATES
  ${RT_MAN_ROFF}
  ${CMAKE_SOURCE_DIR}/examples/rectrack-export.service.in)
set(RECTRACK_ZSH_COMPLETION_DIR "" CACHE STRING
    "Where the zsh completion goes (default: share/zsh/vendor-completions under prefix /usr, else share/zsh/site-functions)")
install(CODE "
  string(MD5 RT_STAGE \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\")
  set(RT_STAGE \"${CMAKE_BINARY_DIR}/install-stage/\${RT_STAGE}\")
  set(RT_TEMPLATES \"${RT_TEMPLATES}\")
  set(RT_BINDIR \"${CMAKE_INSTALL_BINDIR}\")
  set(RT_DOCDIR \"${CMAKE_INSTALL_DOCDIR}\")
  set(RT_DATADIR \"${CMAKE_INSTALL_DATADIR}\")
  set(RT_MANDIR \"${CMAKE_INSTALL_MANDIR}\")
  set(RT_ZSHCOMPDIR \"${RECTRACK_ZSH_COMPLETION_DIR}\")
  set(RT_ZSH_SOURCE \"${CMAKE_SOURCE_DIR}/share/completion/_rectrack\")
  include(\"${CMAKE_SOURCE_DIR}/cmake/install-paths.cmake\")
")
install(FILES ${CMAKE_SOURCE_DIR}/share/completion/rectrack.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME rectrack)
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES
          ${CMAKE_SOURCE_DIR}/examples/pcs-osc-tracker.csv
          ${CMAKE_SOURCE_DIR}/examples/nightly-export.cron
          ${CMAKE_SOURCE_DIR}/examples/rectrack-export.timer
          ${CMAKE_SOURCE_DIR}/examples/litestream.yml
          ${CMAKE_SOURCE_DIR}/examples/rectrack-litestream.service
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
install(PROGRAMS ${CMAKE_SOURCE_DIR}/examples/demo.sh
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
