
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/wt/docs/asan/schema_expected.c" "CMakeFiles/rtcore.dir/schema_expected.c.o" "gcc" "CMakeFiles/rtcore.dir/schema_expected.c.o.d"
  "/work/wt/docs/asan/sharefiles.c" "CMakeFiles/rtcore.dir/sharefiles.c.o" "gcc" "CMakeFiles/rtcore.dir/sharefiles.c.o.d"
  "/work/wt/docs/asan/sqlfiles.c" "CMakeFiles/rtcore.dir/sqlfiles.c.o" "gcc" "CMakeFiles/rtcore.dir/sqlfiles.c.o.d"
  "/work/wt/docs/src/cmd-action.c" "CMakeFiles/rtcore.dir/src/cmd-action.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd-action.c.o.d"
  "/work/wt/docs/src/cmd-backup.c" "CMakeFiles/rtcore.dir/src/cmd-backup.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd-backup.c.o.d"
  "/work/wt/docs/src/cmd-check.c" "CMakeFiles/rtcore.dir/src/cmd-check.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd-check.c.o.d"
  "/work/wt/docs/src/cmd-committee.c" "CMakeFiles/rtcore.dir/src/cmd-committee.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd-committee.c.o.d"
  "/work/wt/docs/src/cmd-export.c" "CMakeFiles/rtcore.dir/src/cmd-export.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd-export.c.o.d"
  "/work/wt/docs/src/cmd-import.c" "CMakeFiles/rtcore.dir/src/cmd-import.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd-import.c.o.d"
  "/work/wt/docs/src/cmd-init.c" "CMakeFiles/rtcore.dir/src/cmd-init.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd-init.c.o.d"
  "/work/wt/docs/src/cmd-log.c" "CMakeFiles/rtcore.dir/src/cmd-log.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd-log.c.o.d"
  "/work/wt/docs/src/cmd-meeting.c" "CMakeFiles/rtcore.dir/src/cmd-meeting.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd-meeting.c.o.d"
  "/work/wt/docs/src/cmd-plan.c" "CMakeFiles/rtcore.dir/src/cmd-plan.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd-plan.c.o.d"
  "/work/wt/docs/src/cmd-publish.c" "CMakeFiles/rtcore.dir/src/cmd-publish.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd-publish.c.o.d"
  "/work/wt/docs/src/cmd-query.c" "CMakeFiles/rtcore.dir/src/cmd-query.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd-query.c.o.d"
  "/work/wt/docs/src/cmd-rec.c" "CMakeFiles/rtcore.dir/src/cmd-rec.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd-rec.c.o.d"
  "/work/wt/docs/src/cmd-respond.c" "CMakeFiles/rtcore.dir/src/cmd-respond.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd-respond.c.o.d"
  "/work/wt/docs/src/cmd-search.c" "CMakeFiles/rtcore.dir/src/cmd-search.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd-search.c.o.d"
  "/work/wt/docs/src/cmd-sql.c" "CMakeFiles/rtcore.dir/src/cmd-sql.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd-sql.c.o.d"
  "/work/wt/docs/src/cmd-tracker.c" "CMakeFiles/rtcore.dir/src/cmd-tracker.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd-tracker.c.o.d"
  "/work/wt/docs/src/cmd-update.c" "CMakeFiles/rtcore.dir/src/cmd-update.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd-update.c.o.d"
  "/work/wt/docs/src/cmd-vocab.c" "CMakeFiles/rtcore.dir/src/cmd-vocab.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd-vocab.c.o.d"
  "/work/wt/docs/src/cmd.c" "CMakeFiles/rtcore.dir/src/cmd.c.o" "gcc" "CMakeFiles/rtcore.dir/src/cmd.c.o.d"
  "/work/wt/docs/src/csv.c" "CMakeFiles/rtcore.dir/src/csv.c.o" "gcc" "CMakeFiles/rtcore.dir/src/csv.c.o.d"
  "/work/wt/docs/src/date.c" "CMakeFiles/rtcore.dir/src/date.c.o" "gcc" "CMakeFiles/rtcore.dir/src/date.c.o.d"
  "/work/wt/docs/src/db.c" "CMakeFiles/rtcore.dir/src/db.c.o" "gcc" "CMakeFiles/rtcore.dir/src/db.c.o.d"
  "/work/wt/docs/src/err.c" "CMakeFiles/rtcore.dir/src/err.c.o" "gcc" "CMakeFiles/rtcore.dir/src/err.c.o.d"
  "/work/wt/docs/src/input.c" "CMakeFiles/rtcore.dir/src/input.c.o" "gcc" "CMakeFiles/rtcore.dir/src/input.c.o.d"
  "/work/wt/docs/src/listing.c" "CMakeFiles/rtcore.dir/src/listing.c.o" "gcc" "CMakeFiles/rtcore.dir/src/listing.c.o.d"
  "/work/wt/docs/src/model.c" "CMakeFiles/rtcore.dir/src/model.c.o" "gcc" "CMakeFiles/rtcore.dir/src/model.c.o.d"
  "/work/wt/docs/src/out.c" "CMakeFiles/rtcore.dir/src/out.c.o" "gcc" "CMakeFiles/rtcore.dir/src/out.c.o.d"
  "/work/wt/docs/src/schema.c" "CMakeFiles/rtcore.dir/src/schema.c.o" "gcc" "CMakeFiles/rtcore.dir/src/schema.c.o.d"
  "/work/wt/docs/src/sql.c" "CMakeFiles/rtcore.dir/src/sql.c.o" "gcc" "CMakeFiles/rtcore.dir/src/sql.c.o.d"
  "/work/wt/docs/src/sqlguard.c" "CMakeFiles/rtcore.dir/src/sqlguard.c.o" "gcc" "CMakeFiles/rtcore.dir/src/sqlguard.c.o.d"
  "/work/wt/docs/src/util.c" "CMakeFiles/rtcore.dir/src/util.c.o" "gcc" "CMakeFiles/rtcore.dir/src/util.c.o.d"
  "/work/wt/docs/src/vocab-db.c" "CMakeFiles/rtcore.dir/src/vocab-db.c.o" "gcc" "CMakeFiles/rtcore.dir/src/vocab-db.c.o.d"
  "/work/wt/docs/src/vocab.c" "CMakeFiles/rtcore.dir/src/vocab.c.o" "gcc" "CMakeFiles/rtcore.dir/src/vocab.c.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
