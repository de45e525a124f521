# cmake/install-paths.cmake - install the files that name where rectrack
# is installed (the man page's FILES, the systemd unit's ExecStart, the
# place of the zsh completion), with the paths of this install: the
# configured prefix, `cmake --install --prefix P`, or the package's
# (CPack, /usr).  Run at install time by install(CODE) from
# cmake/install.cmake, which sets RT_STAGE (a folder of the build tree for
# the filled-in copies), RT_TEMPLATES (the files to fill in), RT_ZSH_SOURCE
# and RT_<dir> (the GNUInstallDirs directories, relative to the prefix or
# absolute; RT_ZSHCOMPDIR may be empty).
foreach(dir BINDIR DOCDIR DATADIR MANDIR ZSHCOMPDIR)
  if(dir STREQUAL "ZSHCOMPDIR" AND NOT RT_ZSHCOMPDIR)
    # Where zsh looks: Debian's zsh has /usr/share/zsh/vendor-completions
    # for packages and /usr/local/share/zsh/site-functions in its $fpath.
    if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
      set(RT_ZSHCOMPDIR "${RT_DATADIR}/zsh/vendor-completions")
    else()
      set(RT_ZSHCOMPDIR "${RT_DATADIR}/zsh/site-functions")
    endif()
  endif()
  if(IS_ABSOLUTE "${RT_${dir}}")
    set(${dir} "${RT_${dir}}")
  else()
    set(${dir} "${CMAKE_INSTALL_PREFIX}/${RT_${dir}}")
  endif()
endforeach()
set(BASHCOMPDIR "${DATADIR}/bash-completion/completions")

file(REMOVE_RECURSE "${RT_STAGE}")
foreach(t IN LISTS RT_TEMPLATES)
  get_filename_component(name "${t}" NAME)
  string(REGEX REPLACE "\\.in$" "" name "${name}")
  configure_file("${t}" "${RT_STAGE}/${name}" @ONLY)
endforeach()

# file(INSTALL) puts DESTDIR in front and lists the files in the install
# manifest, as install() does.
file(INSTALL DESTINATION "${MANDIR}/man1" TYPE FILE
     FILES "${RT_STAGE}/rectrack.1")
file(INSTALL DESTINATION "${DOCDIR}/examples" TYPE FILE
     FILES "${RT_STAGE}/rectrack-export.service")
file(INSTALL DESTINATION "${ZSHCOMPDIR}" TYPE FILE FILES "${RT_ZSH_SOURCE}")
