# A thin wrapper around CMake.  `make demo` and `make test` do all the set-up
# on a fresh Debian 12 machine (as root): they install what is missing first.

BUILD   ?= build
ASAN    ?= build-asan
CC      ?= cc
DEB_PKGS = cmake pkg-config gcc make libsqlite3-dev sqlite3 check scdoc nettle-dev
# What the tests look with (tests/render: Chromium renders the tracker,
# poppler-utils reads its PDF, LibreOffice Calc opens the export, python3
# reads the .xlsx, python3-icalendar the calendar) and what tests/install uses (man-db renders the page,
# zsh loads its completion, dpkg-dev's dpkg-shlibdeps finds the .deb's
# dependencies).
TEST_PKGS = chromium poppler-utils libreoffice-calc-nogui python3 python3-icalendar man-db zsh dpkg-dev
# Warnings are errors here and in CI; a plain CMake build leaves them warnings.
CMAKE_FLAGS = -DRECTRACK_WERROR=ON -DRECTRACK_LONG_TESTS=ON
JOBS    ?= $(shell nproc 2>/dev/null || echo 2)
RECTRACK = $(BUILD)/rectrack

.PHONY: all deps test-deps build asan test test-fast test-long test-ci-long demo fuzz bench clean

all: build

# Install only what is missing, so that an equipped machine never waits on apt.
deps:
	@missing=$$(for p in $(DEB_PKGS); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  if [ "$$(id -u)" -ne 0 ]; then echo "run as root, or install: $$missing" >&2; exit 1; fi; \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	fi

test-deps:
	@$(MAKE) --no-print-directory deps DEB_PKGS="$(TEST_PKGS)"

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

$(ASAN)/CMakeCache.txt: | deps
	cmake -S . -B $(ASAN) -DCMAKE_BUILD_TYPE=Debug -DRECTRACK_SANITIZE=ON $(CMAKE_FLAGS)

asan: deps $(ASAN)/CMakeCache.txt
	cmake --build $(ASAN) -j $(JOBS)

# Every test twice: the release build, then the ASan+UBSan build, JOBS
# tests at a time in both (each check suite is a test of its own; the
# timed stress tests run alone).  A test whose application is missing
# exits 77 and ctest reports it skipped, so the applications come first.
test: build asan test-deps
	cd $(BUILD) && ctest --output-on-failure -LE long -j $(JOBS)
	cd $(ASAN) && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -LE long -j $(JOBS)

test-fast: build test-deps
	cd $(BUILD) && ctest --output-on-failure -LE long -j $(JOBS)

# The long reliability runs (README "Reliability"), which CI runs after
# make test: every fault point of every command, the crash test with 50
# kills of a 100,000-row import, 4 x 250 concurrent commands, each fuzz
# harness for FUZZ_SECONDS, and valgrind over the unit and command-line
# tests.  About an hour on 2 cores.
test-long: build
	cd $(BUILD) && ctest --output-on-failure -L long
	@$(MAKE) --no-print-directory fuzz
	@$(MAKE) --no-print-directory valgrind

# What CI runs after make test (.ci/run): the long sweeps sampled, so that
# the whole of CI stays well under its limit on 2 cores.  Every I/O fault
# point, the full crash and concurrency tests, each fuzz harness for
# CI_FUZZ_SECONDS, valgrind on the unit tests and CI_VG_SUITES of the
# command-line suites.  The out-of-memory sweep runs sampled (--quick) in
# make test, in both builds; make test-long runs every point.
CI_FUZZ_SECONDS ?= 10
CI_VG_SUITES    ?= cli_record cli_schema
test-ci-long: build
	cd $(BUILD) && ctest --output-on-failure \
	    -R '^(fault_io_all|stress-crash|stress-concurrency)$$'
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(CI_FUZZ_SECONDS)
	VG_CLI_SUITES="$(CI_VG_SUITES)" $(MAKE) --no-print-directory valgrind

# The demo also publishes its public site (README "Publishing") as of the
# tracker's meeting, into demo-site/, replaced whole on every run.
demo: build
	rm -f demo.db demo.db-wal demo.db-shm
	RECTRACK=$(RECTRACK) RECTRACK_DB=demo.db sh examples/demo.sh
	$(RECTRACK) --db demo.db publish demo-site --as-of 2025-03-14
	@echo
	@echo "== pcs-osc's impact figures for the annual report (rectrack stats):"
	$(RECTRACK) --db demo.db stats --committee pcs-osc --by year --as-of 2025-03-14
	@echo
	@echo "== the public site: open $$(pwd)/demo-site/index.html in a browser,"
	@echo "   or serve it: python3 -m http.server -d demo-site 8000"

# libFuzzer (clang's): every harness of tests/fuzz/ for FUZZ_SECONDS on a copy
# of its seed corpus, in a clang build with ASan+UBSan; fails on any crash and
# ends with the executions per harness (README "Reliability").
FUZZ         ?= build-fuzz
FUZZ_SECONDS ?= 30
FUZZ_PKGS     = clang libclang-rt-dev

fuzz:
	@$(MAKE) --no-print-directory deps DEB_PKGS="cmake pkg-config make libsqlite3-dev nettle-dev scdoc $(FUZZ_PKGS)"
	cmake -S . -B $(FUZZ) -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	    -DRECTRACK_FUZZ=ON -DBUILD_TESTING=OFF $(CMAKE_FLAGS)
	cmake --build $(FUZZ) -j $(JOBS)
	sh tests/fuzz/run.sh $(FUZZ) $(FUZZ_SECONDS)

# valgrind memcheck: the unit tests in one process, then every command the
# command-line tests run; no error and no definite or indirect leak.
# VG_CLI_SUITES="NAME..." runs only those suites of the command-line tests.
.PHONY: valgrind
valgrind: build
	@$(MAKE) --no-print-directory deps DEB_PKGS=valgrind
	bash tests/valgrind/run.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN)

# The benchmark, never part of "make test" (bench/run.sh --help).  "bench"
# runs it at the national scale (hours the first time, while it builds its
# databases in bench/.cache); "bench-smoke" runs the same steps on tiny
# databases in a minute or two, to keep the scripts working (CI).
BENCH_PKGS = sqlite3 time
.PHONY: bench-deps bench-smoke
bench-deps:
	@$(MAKE) --no-print-directory deps DEB_PKGS="$(BENCH_PKGS)"

bench: build bench-deps
	bench/run.sh

bench-smoke: build bench-deps
	BENCH_CACHE=$(BUILD)/bench-smoke bench/run.sh --smoke
