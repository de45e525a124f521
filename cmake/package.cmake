# cmake/package.cmake - the Debian package, by CPack, included at the end
# of the top-level CMakeLists.txt:
#
#   cmake -B b -DCMAKE_BUILD_TYPE=Release && cmake --build b
#   cpack --config b/CPackConfig.cmake -G DEB      # rectrack_0.1.0_amd64.deb
#
# It holds what `cmake --install` installs (cmake/install.cmake), under
# /usr.  Its dependencies are not written here: dpkg-shlibdeps (dpkg-dev)
# reads them off the binary (libc6, libnettle8, libsqlite3-0 and their
# versions).
set(CPACK_PACKAGE_NAME rectrack)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "rectrack maintainers" CACHE STRING
    "Maintainer field of the .deb")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "recommendation tracker for councils' scrutiny committees")
# Lines of at most 80 columns, as dpkg shows them.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
  "rectrack keeps what scrutiny committees and peer reviewers recommend,"
  "what the executive answered and every progress update since, in one"
  "SQLite database behind a small command-line program: the committee's"
  "tracker for the agenda pack, canned queries, CSV export and import,"
  "read-only SQL.")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Run the install with DESTDIR set and the prefix /usr, so that the paths
# filled in at install time (the unit's ExecStart, the man page's FILES)
# are the package's, not those of CPack's staging directory.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
# make package_source: the source tree as a .tar.gz, without build
# folders, databases or git's files.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/\\.git$" "/build[^/]*/" "/bench/\\.cache/"
    "\\.db$" "\\.db-(wal|shm|journal)$" "/_CPack_Packages/" "\\.deb$")
# Only the program's files: no test, fuzz or bench target installs any.
include(CPack)
