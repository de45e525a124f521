#!/bin/sh
# tests/install/man-covers-help.sh - the manual page documents what the
# program says it has, so that a command or an option added later without
# a word in doc/rectrack.1.scd fails this test.
#
# Usage: tests/install/man-covers-help.sh RECTRACK PAGE
# RECTRACK is the built program, PAGE the built page (roff, as scdoc wrote
# it; the @DIR@ placeholders that install fills in do not matter here).
#
# What the program says, asked as a user would:
# - the commands that `rectrack help` lists ("init", "committee add", ...):
#   each must have its own subsection in COMMANDS, titled with the command,
#   and each subsection must be a command the program has;
# - every option (--word, -x) that `rectrack COMMAND --help` prints,
#   usage line and text: each must appear in that command's subsection;
# - every option that `rectrack --help` and `rectrack help` print: in
#   GLOBAL OPTIONS;
# - every $VARIABLE any of those help texts names: in ENVIRONMENT;
# - every exit status `rectrack help` lists ("Exit status: 0 done, ..."):
#   an item of EXIT STATUS;
# - every name `rectrack query --list` prints: in the query subsection.
# Each missing piece is reported; exits 1 if any is missing.

set -eu

bin=${1:?usage: man-covers-help.sh RECTRACK PAGE}
page=${2:?usage: man-covers-help.sh RECTRACK PAGE}
me=man-covers-help
[ -x "$bin" ] || { echo "$me: FAIL: no program at $bin" >&2; exit 1; }
[ -s "$page" ] || { echo "$me: FAIL: no manual page at $page" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/$me.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM
missing=0

miss() {
	echo "$me: FAIL: $*" >&2
	missing=$((missing + 1))
}

# The page as text: roff font changes, escapes and requests other than the
# section headings removed, so that "\fB--format\fR" reads "--format".
sed -e 's/\\f[BIRP]//g' -e 's/\\&//g' -e 's/\\-/-/g' -e "s/\\\\(aq/'/g" \
    -e 's/\\e/\\/g' -e '/^\.\(SH\|SS\)/!s/^\.[A-Za-z]*.*$//' \
    "$page" >"$tmp/page.txt"

# section KIND TITLE: the text of the .SH or .SS section TITLE, up to the
# next heading of the same or a higher level.
section() {
	awk -v kind="$1" -v title="$2" '
	    /^\.S[HS] / {
		h = $1
		t = $0
		sub(/^\.S[HS] +/, "", t)
		gsub(/"/, "", t)
		if (on && (h == ".SH" || h == kind)) exit
		if (h == kind && t == title) { on = 1; next }
	    }
	    on { print }' "$tmp/page.txt"
}

# has FILE WORD: WORD stands as a word (not inside --longer-word) in FILE.
has() {
	grep -qE -- "(^|[^A-Za-z0-9_-])$2([^A-Za-z0-9_-]|\$)" "$1"
}

# options: the options named in standard input, one per line: --word, or
# a single letter (-f); not the -wal of a file name.
options() {
	tr -cs 'A-Za-z0-9-' '\n' | grep -xE -- '--[A-Za-z][A-Za-z0-9-]*|-[A-Za-z]' |
	    sort -u
}

# 1. Commands, both ways.
"$bin" help >"$tmp/help.txt"
awk -F '  +' '/^commands:/ { on = 1; next } on && /^$/ { exit }
    on && /^  [a-z]/ { print $2 }' "$tmp/help.txt" >"$tmp/commands"
[ -s "$tmp/commands" ] || miss "'rectrack help' lists no command (has its layout changed?)"
section .SH COMMANDS | sed -n 's/^\.SS *//p' | tr -d '"' >"$tmp/documented"
while read -r cmd; do
	grep -qxF "$cmd" "$tmp/documented" ||
		miss "command '$cmd' has no subsection in COMMANDS"
done <"$tmp/commands"
while read -r cmd; do
	grep -qxF "$cmd" "$tmp/commands" ||
		miss "the page documents '$cmd', which 'rectrack help' does not list"
done <"$tmp/documented"

# 2. Each command's options, in its own subsection.
nopt=0
while read -r cmd; do
	# shellcheck disable=SC2086 # "rec add" is two words
	"$bin" $cmd --help >"$tmp/cmd-help.txt" 2>&1 ||
		miss "'rectrack $cmd --help' failed"
	cat "$tmp/cmd-help.txt" >>"$tmp/all-help.txt"
	section .SS "$cmd" >"$tmp/sect.txt"
	for opt in $(options <"$tmp/cmd-help.txt"); do
		nopt=$((nopt + 1))
		has "$tmp/sect.txt" "$opt" ||
			miss "'rectrack $cmd --help' shows $opt; the page's '$cmd' does not"
	done
done <"$tmp/commands"

# 3. Global options.
"$bin" --help >"$tmp/top-help.txt"
section .SH "GLOBAL OPTIONS" >"$tmp/sect.txt"
for opt in $(cat "$tmp/help.txt" "$tmp/top-help.txt" | options); do
	nopt=$((nopt + 1))
	has "$tmp/sect.txt" "$opt" ||
		miss "'rectrack help' shows $opt; GLOBAL OPTIONS does not"
done

# 4. Environment variables.
cat "$tmp/help.txt" "$tmp/top-help.txt" >>"$tmp/all-help.txt"
section .SH ENVIRONMENT >"$tmp/sect.txt"
nenv=0
for var in $(grep -oE '\$[A-Z][A-Z0-9_]*' "$tmp/all-help.txt" | tr -d '$' | sort -u); do
	nenv=$((nenv + 1))
	has "$tmp/sect.txt" "$var" ||
		miss "the help names \$$var; ENVIRONMENT does not"
done

# 5. Exit statuses: "Exit status: 0 done, 1 failed, 2 usage error, 3 ...".
section .SH "EXIT STATUS" >"$tmp/sect.txt"
codes=$(tr '\n' ' ' <"$tmp/help.txt" | grep -oE 'Exit status:[^.]*' |
    grep -oE '(^|[ ,:])[0-9]+ ' | tr -dc '0-9 \n')
[ -n "$codes" ] || miss "'rectrack help' names no exit status (has its wording changed?)"
for n in $codes; do
	grep -qx "$n" "$tmp/sect.txt" ||
		miss "exit status $n is not an item of EXIT STATUS"
done

# 6. The canned queries.
"$bin" --db "$tmp/q.db" --quiet init >/dev/null
"$bin" --db "$tmp/q.db" query --list | awk '{ print $1 }' >"$tmp/queries"
[ -s "$tmp/queries" ] || miss "'rectrack query --list' lists nothing"
section .SS query >"$tmp/sect.txt"
while read -r q; do
	has "$tmp/sect.txt" "$q" || miss "query '$q' is not in the page's 'query'"
done <"$tmp/queries"

if [ "$missing" -gt 0 ]; then
	echo "$me: $missing missing from $page (write them in doc/rectrack.1.scd)" >&2
	exit 1
fi
echo "$me: OK: $(wc -l <"$tmp/commands") commands, $nopt options," \
    "$nenv environment variables, exit statuses" $codes "and" \
    "$(wc -l <"$tmp/queries") queries all in the page"
