/*
 * check_cli.c - the mistakes people make at the prompt, and the exact
 * words rectrack answers them with.
 *
 * One table: each row is a mistake a new user makes (issue 15 lists
 * fifteen), the command line that makes it, and everything the user
 * sees: the exit status and standard output and standard error, whole.
 * A mistake that rectrack forgives ("PCS-OSC" for pcs-osc) must do what
 * was meant, read back from the database; one it refuses must leave the
 * database as it was.  Every row runs in setup_db()'s known state, in the
 * test's own directory, so a relative path names a file the row wrote,
 * and on 1 March 2025 (RECTRACK_TODAY), so "today" is known.
 */
#define _XOPEN_SOURCE 700	/* posix_openpt() */

#include <sys/types.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>
#include <sqlite3.h>

#include "harness.h"

#define HDR "committee,meeting_date,item,rec_number,recommendation\r\n"

struct mistake {
	const char *name;
	const char *argv[20];	/* after "--db rt.db", unless nodb */
	int nodb;		/* run with no --db at all */
	const char *file;	/* written first in the test's directory */
	const char *text;	/* its bytes */
	size_t len;		/* how many (0: strlen(text)) */
	int code;		/* exit status */
	const char *out;	/* standard output, whole */
	const char *out_starts;	/* or only how it starts */
	const char *err;	/* standard error, whole */
	const char *query;	/* for a forgiven mistake: what it recorded */
	const char *want;	/* the query's rows */
};

/* rec add, all but what the row gives. */
#define ADD "rec", "add", "--item", "Budget monitoring", "--number", "3"
#define AT "--meeting", "2024-11-15"
#define REC3 "SELECT c.slug, r.text FROM recommendations r JOIN items i ON " \
	"i.id = r.item_id JOIN meetings m ON m.id = i.meeting_id JOIN " \
	"committees c ON c.id = m.committee_id WHERE r.id = 3"

static const struct mistake mistakes[] = {
	{"wrong directory", {"rec", "list"}, 1, NULL, NULL, 0, 2, "", NULL,
	    "rectrack: cannot open 'rectrack.db': no such database (give the "
	    "path with --db PATH or RECTRACK_DB, or create it with 'rectrack "
	    "init')\n", NULL, NULL},
	{"several required options missing",
	    {"rec", "add", "--committee", "pcs-osc", "--text", "T."}, 0, NULL,
	    NULL, 0, 2, "", NULL,
	    "rectrack: rec add: --meeting, --item and --number are required\n",
	    NULL, NULL},
	{"every required option missing", {"rec", "add"}, 0, NULL, NULL, 0, 2,
	    "", NULL, "rectrack: rec add: --committee, --meeting, --item, "
	    "--number and --text (or --text-file) are required\n", NULL, NULL},
	{"one required option missing", {"tracker", "pcs-osc"}, 0, NULL, NULL,
	    0, 2, "", NULL, "rectrack: tracker: --meeting is required\n", NULL,
	    NULL},
	{"--date today", {"respond", "2", "--decision", "accepted", "--date",
	    "today"}, 0, NULL, NULL, 0, 0, "2\n", NULL, "", "SELECT date, "
	    "decision FROM responses WHERE recommendation_id = 2",
	    "2025-03-01|accepted\n"},
	{"--date yesterday", {"update", "1", "--status", "in-progress",
	    "--date", "yesterday"}, 0, NULL, NULL, 0, 0, "1\n", NULL, "",
	    "SELECT date, status FROM updates", "2025-02-28|in-progress\n"},
	{"a US date", {"respond", "2", "--decision", "accepted", "--date",
	    "03/14/2025"}, 0, NULL, NULL, 0, 3, "", NULL,
	    "rectrack: bad date '03/14/2025': there is no month 14; dates are "
	    "day first\n", NULL, NULL},
	{"29/02/2025", {"respond", "2", "--decision", "accepted", "--date",
	    "29/02/2025"}, 0, NULL, NULL, 0, 3, "", NULL,
	    "rectrack: bad date '29/02/2025': 2025 is not a leap year\n", NULL,
	    NULL},
	{"-c for --committee", {ADD, "-c", "pcs-osc", AT, "--text", "T."}, 0,
	    NULL, NULL, 0, 2, "", NULL,
	    "rectrack: rec add: unknown option '-c': did you mean "
	    "'--committee'?\n", NULL, NULL},
	{"-d for --decision or --date", {"respond", "2", "-d", "accepted"}, 0,
	    NULL, NULL, 0, 2, "", NULL,
	    "rectrack: respond: unknown option '-d': did you mean '--decision' "
	    "or '--date'?\n", NULL, NULL},
	{"a misspelt option", {ADD, "--commitee", "pcs-osc", AT, "--text",
	    "T."}, 0, NULL, NULL, 0, 2, "", NULL,
	    "rectrack: rec add: unknown option '--commitee': did you mean "
	    "'--committee'?\n", NULL, NULL},
	{"the slug in capitals", {ADD, "--committee", "PCS-OSC", AT, "--text",
	    "T."}, 0, NULL, NULL, 0, 0, "3\n", NULL, "", REC3, "pcs-osc|T.\n"},
	{"the committee's full name", {ADD, "--committee",
	    "performance & corporate services OSC", AT, "--text", "T."}, 0, NULL,
	    NULL, 0, 0, "3\n", NULL, "", REC3, "pcs-osc|T.\n"},
	{"a committee close to one", {ADD, "--committee", "pcs-oc", AT,
	    "--text", "T."}, 0, NULL, NULL, 0, 3, "", NULL,
	    "rectrack: unknown committee 'pcs-oc': did you mean 'pcs-osc'? (see "
	    "'rectrack committee list')\n", NULL, NULL},
	{"the slug in capitals, in a listing", {"rec", "list", "--committee",
	    "PCS-OSC", "--format", "csv", "--as-of", "2025-03-01"}, 0, NULL,
	    NULL, 0, 0, NULL, "id,committee,", "", NULL, NULL},
	{".xlsx", {"import", "book.xlsx"}, 0, "book.xlsx",
	    "PK\003\004\024\000\006\000", 8, 3, "", NULL,
	    "rectrack: book.xlsx: a workbook (.xlsx or .ods: a zip file), not "
	    "CSV: save it as CSV UTF-8\n", NULL, NULL},
	{"Windows-1252", {"import", "ansi.csv"}, 0, "ansi.csv",
	    HDR "pcs-osc,2024-11-15,Caf\xe9 budget,3,T.\r\n", 0, 3, "", NULL,
	    "rectrack: ansi.csv:2: field 3: invalid UTF-8: the file seems to be "
	    "Windows-1252: save it as CSV UTF-8\n", NULL, NULL},
	{"Windows-1252 after UTF-8: a bad row", {"import", "mixed.csv"}, 0,
	    "mixed.csv", HDR "pcs-osc,2024-11-15,Caf\xc3\xa9,3,T.\r\n"
	    "pcs-osc,2024-11-15,Caf\xe9,4,T.\r\n", 0, 3, "", NULL,
	    "mixed.csv:3: item: invalid UTF-8\n"
	    "rectrack: import: 1 problem in 1 row of 'mixed.csv': nothing "
	    "imported\n",
	    NULL, NULL},
	{".xls", {"import", "old.xls"}, 0, "old.xls",
	    "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, 3, "", NULL,
	    "rectrack: old.xls: an Excel 97-2003 workbook (.xls), not CSV: save "
	    "it as CSV UTF-8\n", NULL, NULL},
	{"semicolons", {"import", "semi.csv"}, 0, "semi.csv",
	    "committee;meeting_date;item;rec_number;recommendation\r\n"
	    "pcs-osc;15/11/2024;Budget;3;T.\r\n", 0, 3, "", NULL,
	    "rectrack: semi.csv:1: the columns are separated by ';', not "
	    "commas: save the file as CSV UTF-8\n", NULL, NULL},
	{"UTF-16", {"import", "u16.csv"}, 0, "u16.csv", "\xff\xfe" "c\0o\0",
	    6, 3, "", NULL, "rectrack: u16.csv: UTF-16 text (Excel's \"Unicode "
	    "Text\"), not UTF-8: save it as CSV UTF-8\n", NULL, NULL},
	{"query opne", {"query", "opne"}, 0, NULL, NULL, 0, 2, "", NULL,
	    "rectrack: query: unknown query 'opne': did you mean 'open'? (see "
	    "'rectrack query --list')\n", NULL, NULL},
	{"query ope", {"query", "ope"}, 0, NULL, NULL, 0, 2, "", NULL,
	    "rectrack: query: unknown query 'ope': did you mean 'open'? (see "
	    "'rectrack query --list')\n", NULL, NULL},
	{"-h at the top", {"-h"}, 1, NULL, NULL, 0, 0, NULL,
	    "usage: rectrack [--db PATH] COMMAND [ARGS]\n", "", NULL, NULL},
	{"-q at the top", {"-q", "import", "ok.csv"}, 0, "ok.csv",
	    HDR "pcs-osc,2024-11-15,Budget monitoring,3,T.\r\n", 0, 0, "", NULL,
	    "", REC3, "pcs-osc|T.\n"},
	{"--text --help", {ADD, "--committee", "pcs-osc", AT, "--text",
	    "--help"}, 0, NULL, NULL, 0, 2, "", NULL,
	    "rectrack: rec add: option '--text' needs a value, not the option "
	    "'--help' (if that is the value, write --text=--help)\n", NULL,
	    NULL},
	{"--text=--help", {ADD, "--committee", "pcs-osc", AT,
	    "--text=--help"}, 0, NULL, NULL, 0, 0, "3\n", NULL, "", REC3,
	    "pcs-osc|--help\n"},
	{"-h as a value", {"respond", "2", "--decision", "-h", "--date",
	    "2025-01-10"}, 0, NULL, NULL, 0, 2, "", NULL,
	    "rectrack: respond: option '--decision' needs a value, not the "
	    "option '-h' (if that is the value, write --decision=-h)\n", NULL,
	    NULL},
	{"an ambiguous prefix", {"re", "list"}, 0, NULL, NULL, 0, 2, "", NULL,
	    "rectrack: ambiguous command 're': did you mean 'rec' or "
	    "'respond'?\n", NULL, NULL},
	{"a prefix of delete", {"rec", "d", "2", "--force"}, 0, NULL, NULL, 0,
	    2, "", NULL, "rectrack: rec: unknown verb 'd': did you mean "
	    "'delete'? (a command that deletes or replaces is never "
	    "abbreviated)\n", NULL, NULL},
	{"action add, everything missing", {"action", "add"}, 0, NULL, NULL, 0,
	    2, "", NULL, "rectrack: action add: --committee, --meeting, --item "
	    "and --text (or --text-file) are required\n", NULL, NULL},
	{"action add, --rec and --committee", {"action", "add", "--rec", "1",
	    "--committee", "pcs-osc", "--text", "T."}, 0, NULL, NULL, 0, 2, "",
	    NULL, "rectrack: action add: --rec and --committee do not go "
	    "together\n", NULL, NULL},
	{"a prefix of update's delete", {"update", "del", "1"}, 0, NULL, NULL,
	    0, 2, "", NULL, "rectrack: update: unknown verb 'del': did you mean "
	    "'delete'? (a command that deletes or replaces is never "
	    "abbreviated)\n", NULL, NULL},
	{"a prefix of publish", {"pu", "site"}, 0, NULL, NULL, 0, 2, "", NULL,
	    "rectrack: unknown command 'pu': did you mean 'publish'? (a command "
	    "that deletes or replaces is never abbreviated)\n", NULL, NULL},
	{"a prefix of backup", {"ba", "copy.db"}, 0, NULL, NULL, 0, 2, "", NULL,
	    "rectrack: unknown command 'ba': did you mean 'backup'? (a command "
	    "that deletes or replaces is never abbreviated)\n", NULL, NULL},
	{"a prefix that does no harm", {"comm", "li", "--format", "csv"}, 0,
	    NULL, NULL, 0, 0, NULL, "slug,name,", "", NULL, NULL},
	{".schema", {"sql", ".schema"}, 0, NULL, NULL, 0, 2, "", NULL,
	    "rectrack: sql: '.schema' is a command of the sqlite3 shell, not "
	    "SQL: try SELECT name, sql FROM sqlite_schema\n", NULL, NULL},
	{".tables", {"sql", "  .tables;"}, 0, NULL, NULL, 0, 2, "", NULL,
	    "rectrack: sql: '.tables' is a command of the sqlite3 shell, not "
	    "SQL: try SELECT name FROM sqlite_schema WHERE type IN ('table', "
	    "'view') ORDER BY name\n", NULL, NULL},
	{"-q in a command", {"rec", "list", "-q"}, 0, NULL, NULL, 0, 2, "",
	    NULL, "rectrack: rec list: unknown option '-q': did you mean "
	    "'--quiet'?\n", NULL, NULL},
	{"--db with no path", {"--db", "-h", "rec", "list"}, 1, NULL, NULL, 0,
	    2, "", NULL, "rectrack: option '--db' needs a value, not the option "
	    "'-h' (if that is the path, write --db=-h)\n", NULL, NULL},
	{"a misspelt global option", {"--dbb", "x.db", "rec", "list"}, 1, NULL,
	    NULL, 0, 2, "", NULL, "rectrack: unknown option '--dbb': did you "
	    "mean '--db'? (see 'rectrack help')\n", NULL, NULL},
};

START_TEST(test_mistake)
{
	const struct mistake *m = &mistakes[_i];
	struct run r = RUN_INIT;
	char *db = setup_db(), *before = db_fingerprint(db);

	if (m->file != NULL)
		file_write(rt_path(m->file), m->text,
		    m->len ? m->len : strlen(m->text));
	/* "today" is a fixed day, so the rows that say it can be checked. */
	setenv("RECTRACK_TODAY", "2025-03-01", 1);
	rt_run(&r, m->nodb ? NULL : db, NULL, m->argv);
	unsetenv("RECTRACK_TODAY");
	ck_assert_msg(r.code == m->code, "%s: exit %d, not %d; stderr: %s",
	    m->name, r.code, m->code, r.err);
	ck_assert_msg(strcmp(r.err, m->err) == 0, "%s: stderr\n[%s]\nnot\n[%s]",
	    m->name, r.err, m->err);
	if (m->out != NULL)
		ck_assert_msg(strcmp(r.out, m->out) == 0, "%s: stdout [%s], not "
		    "[%s]", m->name, r.out, m->out);
	else
		ck_assert_msg(starts(r.out, m->out_starts), "%s: stdout [%s] does "
		    "not start [%s]", m->name, r.out, m->out_starts);
	if (m->query != NULL)
		ck_assert_str_eq(db_query(db, m->query), m->want);
	else
		ck_assert_msg(strcmp(db_fingerprint(db), before) == 0,
		    "%s: the database changed", m->name);
	/* Nothing was made in the directory that was not asked for. */
	ck_assert_int_eq(access(rt_path("rectrack.db"), F_OK), -1);
}
END_TEST

/* --version: the program's version and the SQLite it runs on. */
START_TEST(test_version)
{
	struct run r = RUN_INIT;

	RUN_OK(&r, NULL, NULL, "--version");
	ck_assert(starts(r.out, "rectrack "));
	ck_assert_int_eq(nlines(r.out), 1);
	ck_assert_msg(has(r.out, xprintf(" (SQLite %s)\n", sqlite3_libversion())),
	    "%s", r.out);
}
END_TEST

/* Help wherever it is asked for, and only there. */
START_TEST(test_help)
{
	struct run r = RUN_INIT;
	char *list;

	RUN_OK(&r, NULL, NULL, "-h");
	list = r.out;
	RUN_OK(&r, NULL, NULL, "--help");
	ck_assert_str_eq(r.out, list);
	RUN_OK(&r, NULL, NULL, "-q");
	ck_assert_str_eq(r.out, list);
	RUN_OK(&r, NULL, NULL, "rec", "-h");
	ck_assert(starts(r.out, "usage: rectrack rec add "));
	RUN_OK(&r, NULL, NULL, "rec", "add", "--committee", "x", "-h");
	ck_assert(starts(r.out, "usage: rectrack rec add --committee SLUG"));
	/* A prefix finds the help of the command it stands for. */
	RUN_OK(&r, NULL, NULL, "upd", "-h");
	ck_assert(starts(r.out, "usage: rectrack update ID --status S"));
	/* After "--" it is an argument. */
	RUN_FAIL(&r, NULL, NULL, 2, "rec show: unexpected argument '-h'",
	    "rec", "show", "1", "--", "-h");
}
END_TEST

/*
 * "rectrack sql" at a terminal with nothing to run: its help, at once,
 * not a silent wait for standard input.  Standard input is a pseudo
 * terminal nobody types into; a run that waits is killed after 10 s.
 */
START_TEST(test_sql_at_a_terminal)
{
	char *db = setup_db(), *out = xprintf("%s", ""), buf[4096];
	struct pollfd pfd;
	int master, fd[2], status, timed_out = 0;
	ssize_t n;
	pid_t pid;

	ck_assert_int_ge(master = posix_openpt(O_RDWR | O_NOCTTY), 0);
	ck_assert(grantpt(master) == 0 && unlockpt(master) == 0);
	ck_assert_int_eq(pipe(fd), 0);
	if ((pid = fork()) == 0) {
		int slave = open(ptsname(master), O_RDWR | O_NOCTTY);

		if (slave < 0 || dup2(slave, 0) < 0 || dup2(fd[1], 1) < 0 ||
		    dup2(fd[1], 2) < 0)
			_exit(126);
		close(fd[0]);
		execl(RT_BIN, RT_BIN, "--db", db, "sql", (char *)NULL);
		_exit(127);
	}
	ck_assert_int_gt(pid, 0);
	close(fd[1]);
	pfd.fd = fd[0];
	pfd.events = POLLIN;
	for (;;) {
		if (poll(&pfd, 1, 10000) <= 0) {
			timed_out = 1;
			kill(pid, SIGKILL);
			break;
		}
		if ((n = read(fd[0], buf, sizeof buf - 1)) <= 0)
			break;
		buf[n] = '\0';
		out = xprintf("%s%s", out, buf);
	}
	close(fd[0]);
	waitpid(pid, &status, 0);
	close(master);
	ck_assert_msg(!timed_out, "rectrack sql waited at the terminal: %s", out);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	ck_assert_msg(starts(out, "usage: rectrack sql [QUERY | -f FILE]"), "%s",
	    out);
}
END_TEST

/*
 * Did you mean: the closest name, by one rule everywhere (rt_closeness):
 * a name that has the word as a whole '-' part, else one the word begins
 * (the shortest), else one within two typing slips (a swap of neighbours
 * is one); names that tie are all offered, never the first of equals.
 */
static const struct {
	const char *argv[5];
	const char *err;	/* standard error, whole, exit 2 or 3 */
} suggestions[] = {
	{{"query", "opne"}, "query: unknown query 'opne': did you mean 'open'?"},
	{{"query", "ope"}, "query: unknown query 'ope': did you mean 'open'?"},
	{{"query", "overdue"}, "query: unknown query 'overdue': did you mean "
	    "'overdue-actions', 'response-overdue' or 'update-overdue'?"},
	{{"query", "awaiting"}, "query: unknown query 'awaiting': did you mean "
	    "'awaiting-response'?"},
	{{"query", "update"}, "query: unknown query 'update': did you mean "
	    "'update-in-item' or 'update-overdue'?"},
	{{"query", "actions"}, "query: unknown query 'actions': did you mean "
	    "'open-actions' or 'overdue-actions'?"},
	{{"query", "open-action"}, "query: unknown query 'open-action': did you "
	    "mean 'open-actions'?"},
	{{"query", "respnose-overdue"}, "query: unknown query 'respnose-overdue': "
	    "did you mean 'response-overdue'?"},
	{{"query", "acepted"}, "query: unknown query 'acepted': did you mean "
	    "'accepted-pending'?"},
	{{"query", "rejectd"}, "query: unknown query 'rejectd': did you mean "
	    "'rejected'?"},
	{{"query", "unrepotred"}, "query: unknown query 'unrepotred': did you mean "
	    "'unreported'?"},
	{{"query", "zzz"}, "query: unknown query 'zzz' (see 'rectrack query "
	    "--list')"},
	{{"comittee", "list"}, "unknown command 'comittee': did you mean "
	    "'committee'?"},
	{{"rec", "lsit"}, "rec: unknown verb 'lsit': did you mean 'list'?"},
	{{"expotr"}, "unknown command 'expotr': did you mean 'export'?"},
	{{"rec", "list", "--commitee", "pcs-osc"}, "rec list: unknown option "
	    "'--commitee': did you mean '--committee'?"},
	{{"rec", "list", "--comittee", "pcs-osc"}, "rec list: unknown option "
	    "'--comittee': did you mean '--committee'?"},
	{{"rec", "list", "--committee", "pcs-ocs"}, "unknown committee 'pcs-ocs': "
	    "did you mean 'pcs-osc'?"},
	{{"rec", "list", "--committee", "osc"}, "unknown committee 'osc': did you "
	    "mean 'pcs-osc'?"},
	{{"rec", "list", "--committee", "Performance & Corporate Services"},
	    "unknown committee 'Performance & Corporate Services': did you mean "
	    "'pcs-osc'?"},
};

START_TEST(test_suggestion)
{
	struct run r = RUN_INIT;
	char *db = setup_db();
	const char *argv[8];
	int n = 0, i;

	for (i = 0; suggestions[_i].argv[i] != NULL; i++)
		argv[n++] = suggestions[_i].argv[i];
	argv[n] = NULL;
	rt_run(&r, db, NULL, argv);
	ck_assert_msg(r.code == 2 || r.code == 3, "exit %d: %s", r.code, r.err);
	ck_assert_str_eq(r.out, "");
	ck_assert_msg(starts(r.err, xprintf("rectrack: %s", suggestions[_i].err))
	    && nlines(r.err) == 1, "%s: %s", suggestions[_i].argv[1], r.err);
}
END_TEST

Suite *
cli_mistakes_suite(void)
{
	Suite *s = suite_create("cli_mistakes");
	TCase *tc = rt_tcase("mistakes");

	tcase_add_loop_test(tc, test_mistake, 0,
	    (int)(sizeof mistakes / sizeof mistakes[0]));
	tcase_add_loop_test(tc, test_suggestion, 0,
	    (int)(sizeof suggestions / sizeof suggestions[0]));
	tcase_add_test(tc, test_version);
	tcase_add_test(tc, test_help);
	tcase_add_test(tc, test_sql_at_a_terminal);
	suite_add_tcase(s, tc);
	return s;
}
