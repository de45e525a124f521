#!/bin/sh
# tests/render/calendar-ics.sh - `rectrack calendar` read by an independent
# iCalendar parser (Debian's python3-icalendar) and checked against the
# database.  The checks are in calendar_ics.py; see its opening comment.
# Without /usr/bin/python3 or its icalendar module: SKIP, exit 77.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3
if ! [ -x "$py" ] || ! "$py" -c 'import icalendar' 2>/dev/null; then
	echo "calendar-ics: SKIP: python3-icalendar is not installed" \
	    "(apt-get install python3-icalendar)"
	exit 77
fi
exec "$py" "$here/calendar_ics.py" "${1:-build/rectrack}" "${2:-build/render}"
