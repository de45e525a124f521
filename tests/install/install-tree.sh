#!/bin/sh
# tests/install/install-tree.sh - install into a DESTDIR and check what a
# sysadmin gets.
#
# Usage: tests/install/install-tree.sh BUILD_DIR
#
# 1. DESTDIR=TMP/root cmake --install BUILD_DIR --prefix /opt/rectrack:
#    exactly the expected files, with their modes, all under
#    TMP/root/opt/rectrack (so DESTDIR and the prefix are both honoured);
#    the installed program runs.
# 2. The paths filled in at install time are this install's: the systemd
#    unit's ExecStart is /opt/rectrack/bin/rectrack, the man page's FILES
#    name /opt/rectrack/share/..., and no @PLACEHOLDER@ is left anywhere.
# 3. man -l renders the page without a single warning
#    (MANWIDTH=80 man --warnings -l PAGE prints nothing on stderr), with
#    its NAME line.
# 4. The bash completion loads (complete -p rectrack) and completes, with
#    the installed program, verbs, options, query names and committee
#    slugs from a database; the zsh completion is found by compinit and
#    completes the same.
# Needs man (man-db), bash and zsh: exits 77 (skipped) without one of them.
# Exits 1 on the first failed check.

set -eu

build=${1:?usage: install-tree.sh BUILD_DIR}
me=install-tree
prefix=/opt/rectrack

fail() {
	echo "$me: FAIL: $*" >&2
	exit 1
}
for tool in man bash zsh; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "$me: SKIP: $tool is not installed (apt-get install man-db bash zsh)"
		exit 77
	fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/$me.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM
root=$tmp/root

# 1. The tree.
DESTDIR=$root cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 ||
	fail "cmake --install failed: $(cat "$tmp/install.log")"
(cd "$root" && find . \( -type f -o -type l \) -exec stat -c '%a %n' {} + | sort -k 2) >"$tmp/got"
cat >"$tmp/want" <<EOF
755 .$prefix/bin/rectrack
644 .$prefix/share/bash-completion/completions/rectrack
644 .$prefix/share/doc/rectrack/LICENSE
644 .$prefix/share/doc/rectrack/README.md
755 .$prefix/share/doc/rectrack/examples/demo.sh
644 .$prefix/share/doc/rectrack/examples/litestream.yml
644 .$prefix/share/doc/rectrack/examples/nightly-export.cron
644 .$prefix/share/doc/rectrack/examples/pcs-osc-tracker.csv
644 .$prefix/share/doc/rectrack/examples/rectrack-export.service
644 .$prefix/share/doc/rectrack/examples/rectrack-export.timer
644 .$prefix/share/doc/rectrack/examples/rectrack-litestream.service
644 .$prefix/share/man/man1/rectrack.1
644 .$prefix/share/zsh/site-functions/_rectrack
EOF
diff -u "$tmp/want" "$tmp/got" >"$tmp/diff" ||
	fail "the installed tree differs (- expected, + installed):
$(cat "$tmp/diff")"
bin=$root$prefix/bin/rectrack
"$bin" --version | grep -q '^rectrack [0-9]' || fail "the installed rectrack --version"
echo "$me: $(wc -l <"$tmp/got") files under DESTDIR$prefix, modes as expected"

# 2. The filled-in paths.
unit=$root$prefix/share/doc/rectrack/examples/rectrack-export.service
page=$root$prefix/share/man/man1/rectrack.1
grep -qx "ExecStart=$prefix/bin/rectrack .*" "$unit" ||
	fail "ExecStart in $unit is not $prefix/bin/rectrack: $(grep ExecStart "$unit")"
grep -qF "$prefix/share/doc/rectrack/examples/" "$page" ||
	fail "the man page's FILES does not name $prefix/share/doc/rectrack/examples/"
grep -qF "$prefix/share/bash-completion/completions/rectrack" "$page" ||
	fail "the man page's FILES does not name the bash completion"
if grep -rlE '@[A-Z_]+@' "$root" >"$tmp/left"; then
	fail "placeholders left in: $(cat "$tmp/left")"
fi
echo "$me: ExecStart=$prefix/bin/rectrack; FILES names $prefix/share/..."

# 3. The page, as man shows it.
MANWIDTH=80 man --warnings -l "$page" 2>"$tmp/man.err" >"$tmp/man.txt" ||
	fail "man -l $page failed: $(cat "$tmp/man.err")"
[ ! -s "$tmp/man.err" ] || fail "man -l warns:
$(cat "$tmp/man.err")"
grep -q '^ *rectrack - ' "$tmp/man.txt" || fail "the rendered page has no NAME line"
echo "$me: man -l renders $(wc -l <"$tmp/man.txt") lines, no warning"

# 4. Completion, with the installed program and a database.
db=$tmp/c.db
"$bin" --db "$db" --quiet init
"$bin" --db "$db" committee add pcs-osc "Performance Scrutiny" >/dev/null
bashcomp=$root$prefix/share/bash-completion/completions/rectrack
got=$(bash -c '. "$1"; complete -p rectrack' sh "$bashcomp") ||
	fail "the bash completion does not load"
[ "$got" = "complete -F _rectrack rectrack" ] ||
	fail "after loading, complete -p rectrack says: $got"
# comp WORD...: what bash completes for the last WORD (may be empty).
comp() {
	PATH=$root$prefix/bin:$PATH RECTRACK_DB=$db bash -c '
	    . "$1"; shift
	    compopt() { :; }
	    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
	    _rectrack
	    printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' sh "$bashcomp" "$@"
}
# expect WANT WORD...: the completion of WORD... is WANT exactly.
expect() {
	want=$1
	shift
	got=$(comp "$@")
	[ "$got" = "$want" ] || fail "bash: '$*' completes to '$got', not '$want'"
}
expect "add delete edit list show target " rectrack rec ""
expect "rec respond " rectrack re
expect "pcs-osc " rectrack tracker ""
expect "pcs-osc " rectrack rec list --committee ""
expect "open open-actions " rectrack query op
expect "--allow-network-fs --as-of --committee --db --format --help --lead --quiet --since --theme --until " \
    rectrack rec list --
expect "csv html markdown " rectrack tracker pcs-osc --format ""
echo "$me: bash completion loads and completes verbs, options, queries, slugs"

zshcomp=$root$prefix/share/zsh/site-functions
got=$(zsh -f -c 'fpath=("$1" $fpath); autoload -Uz compinit; compinit -u -d "$2/zcompdump"
    print -r -- $_comps[rectrack]' zsh "$zshcomp" "$tmp") ||
	fail "zsh compinit failed with $zshcomp in fpath"
[ "$got" = _rectrack ] || fail "zsh: compinit maps rectrack to '$got', not _rectrack"
# zcomp WORD...: what the zsh completion offers for the last WORD.
zcomp() {
	PATH=$root$prefix/bin:$PATH RECTRACK_DB=$db zsh -f -c '
	    f=$1; shift
	    _describe() { print -rl -- ${(P)4} }
	    _files() { print -r -- FILES }
	    _call_program() { shift; "$@" }
	    words=("$@"); CURRENT=$#
	    source $f' zsh "$zshcomp/_rectrack" "$@" | sort | tr '\n' ' '
}
zexpect() {
	want=$1
	shift
	got=$(zcomp "$@")
	[ "$got" = "$want" ] || fail "zsh: '$*' completes to '$got', not '$want'"
}
zexpect "add delete edit list show target " rectrack rec ""
zexpect "pcs-osc " rectrack tracker ""
zexpect "accepted-pending awaiting-response open open-actions overdue-actions rejected response-overdue revised unreported update-in-item update-overdue " \
    rectrack query ""
zexpect "csv html markdown " rectrack tracker pcs-osc --format ""
echo "$me: zsh completion found by compinit, completes verbs, queries, slugs"
echo "$me: OK"
