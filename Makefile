# A thin wrapper around CMake.  `make demo` and `make test` do all the set-up
# on a fresh Debian 12 machine (as root): they install what is missing first.

BUILD   ?= build
ASAN    ?= build-asan
CC      ?= cc
DEB_PKGS = cmake pkg-config gcc make libsqlite3-dev sqlite3 check
JOBS    ?= $(shell nproc 2>/dev/null || echo 2)
RECTRACK = $(BUILD)/rectrack

.PHONY: all deps build asan test test-fast test-long demo fuzz bench clean

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

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

$(ASAN)/CMakeCache.txt: | deps
	cmake -S . -B $(ASAN) -DCMAKE_BUILD_TYPE=Debug -DRECTRACK_SANITIZE=ON

asan: deps $(ASAN)/CMakeCache.txt
	cmake --build $(ASAN) -j $(JOBS)

# Every test twice: the release build, then the ASan+UBSan build.
test: build asan
	cd $(BUILD) && ctest --output-on-failure -LE long
	cd $(ASAN) && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -LE long

test-fast: build
	cd $(BUILD) && ctest --output-on-failure -LE long

# The long reliability tests (crash, concurrency, every fault point).
test-long: build
	cd $(BUILD) && ctest --output-on-failure -L long

demo: build
	rm -f demo.db demo.db-wal demo.db-shm
	RECTRACK=$(RECTRACK) RECTRACK_DB=demo.db sh examples/demo.sh

clean:
	rm -rf $(BUILD) $(ASAN)
