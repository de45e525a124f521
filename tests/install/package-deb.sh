#!/bin/sh
# tests/install/package-deb.sh - build the .deb with CPack and check it
# without installing it.
#
# Usage: tests/install/package-deb.sh BUILD_DIR
#
# 1. cpack --config BUILD_DIR/CPackConfig.cmake -G DEB makes one
#    rectrack_VERSION_ARCH.deb.
# 2. dpkg -c lists exactly the installed files under /usr: the program,
#    the man page, bash and zsh completion (zsh's Debian folder,
#    vendor-completions), README, LICENSE and the examples with the
#    systemd units.
# 3. Depends names libc6 and libsqlite3-0: no dependency is written in
#    cmake/package.cmake, so these come from dpkg-shlibdeps.
# 4. Unpacked: the unit's ExecStart is /usr/bin/rectrack and the man page
#    names /usr/share/doc/rectrack/examples/ (the package's paths, not the
#    configured prefix's nor CPack's staging directory's).
# Needs cpack, dpkg-deb and dpkg-shlibdeps (dpkg-dev): exits 77 (skipped)
# without them.  Exits 1 on the first failed check.

set -eu

build=${1:?usage: package-deb.sh BUILD_DIR}
me=package-deb

fail() {
	echo "$me: FAIL: $*" >&2
	exit 1
}
for tool in cpack dpkg-deb dpkg-shlibdeps; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "$me: SKIP: $tool is not installed (apt-get install cmake dpkg-dev)"
		exit 77
	fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/$me.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

# 1. The package.
start=$(date +%s)
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1 ||
	fail "cpack failed:
$(cat "$tmp/cpack.log")"
set -- "$tmp"/out/rectrack_*.deb
[ $# -eq 1 ] && [ -f "$1" ] || fail "cpack made no single rectrack_*.deb: $*"
deb=$1
echo "$me: made $(basename "$deb") in $(($(date +%s) - start)) s"

# 2. What it holds.
dpkg -c "$deb" | awk '$1 !~ /^d/ { print substr($1, 1, 10), $6 }' | sort -k 2 >"$tmp/got"
cat >"$tmp/want" <<'EOF'
-rwxr-xr-x ./usr/bin/rectrack
-rw-r--r-- ./usr/share/bash-completion/completions/rectrack
-rw-r--r-- ./usr/share/doc/rectrack/LICENSE
-rw-r--r-- ./usr/share/doc/rectrack/README.md
-rwxr-xr-x ./usr/share/doc/rectrack/examples/demo.sh
-rw-r--r-- ./usr/share/doc/rectrack/examples/litestream.yml
-rw-r--r-- ./usr/share/doc/rectrack/examples/nightly-export.cron
-rw-r--r-- ./usr/share/doc/rectrack/examples/pcs-osc-tracker.csv
-rw-r--r-- ./usr/share/doc/rectrack/examples/rectrack-export.service
-rw-r--r-- ./usr/share/doc/rectrack/examples/rectrack-export.timer
-rw-r--r-- ./usr/share/doc/rectrack/examples/rectrack-litestream.service
-rw-r--r-- ./usr/share/man/man1/rectrack.1
-rw-r--r-- ./usr/share/zsh/vendor-completions/_rectrack
EOF
diff -u "$tmp/want" "$tmp/got" >"$tmp/diff" ||
	fail "dpkg -c differs (- expected, + in the package):
$(cat "$tmp/diff")"
echo "$me: dpkg -c lists the $(wc -l <"$tmp/got") expected files"

# 3. Dependencies, from dpkg-shlibdeps.
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libsqlite3-0; do
	echo "$depends" | grep -qE "(^|, )$lib( |,|\$)" ||
		fail "Depends does not name $lib: $depends"
done
echo "$me: Depends: $depends"

# 4. The package's paths.
dpkg-deb -x "$deb" "$tmp/x"
grep -qx 'ExecStart=/usr/bin/rectrack .*' \
    "$tmp/x/usr/share/doc/rectrack/examples/rectrack-export.service" ||
	fail "the unit's ExecStart is not /usr/bin/rectrack"
grep -qF /usr/share/doc/rectrack/examples/ "$tmp/x/usr/share/man/man1/rectrack.1" ||
	fail "the man page does not name /usr/share/doc/rectrack/examples/"
"$tmp/x/usr/bin/rectrack" --version >/dev/null ||
	fail "the packaged rectrack --version failed"
echo "$me: ExecStart=/usr/bin/rectrack, the page names /usr/share/doc/rectrack"
echo "$me: OK"
