/*
 * cmd-sql.c - sql: the user's own SQL, read-only.
 *
 * The query comes from the argument, from -f FILE (or --file FILE), or
 * from standard input.  The state views answer as of --as-of (default
 * today), as every listing does, and everything that makes running what
 * the user typed safe is in sqlguard.c.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rectrack/cmd.h"
#include "rectrack/date.h"
#include "rectrack/sqlguard.h"
#include "rectrack/util.h"

/*
 * All of fp, NUL-terminated, into *out (rt_free() it).  A file longer
 * than the longest string a query may build is not a query.
 */
static int
slurp(FILE *fp, const char *what, char **out, struct rt_err *e)
{
	struct rt_buf b = RT_BUF_INIT;
	char chunk[8192];
	size_t n;
	int rc = RT_OK;

	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
		if (memchr(chunk, '\0', n) != NULL) {
			rc = rt_error(e, RT_USAGE, "sql: %s: contains a NUL byte "
			    "(not SQL text)", what);
			break;
		}
		rt_buf_add(&b, chunk, n);
		if (b.len > RT_SQLGUARD_MAX_LENGTH) {
			rc = rt_error(e, RT_USAGE, "sql: %s: too long (more than "
			    "%d bytes)", what, RT_SQLGUARD_MAX_LENGTH);
			break;
		}
	}
	if (rc == RT_OK && (ferror(fp) || b.oom))
		rc = rt_error(e, RT_FAIL, "sql: %s: %s", what,
		    b.oom ? "out of memory" : strerror(errno));
	if (rc == RT_OK && (*out = b.s != NULL ? b.s : rt_strdup("")) == NULL)
		rc = rt_error(e, RT_FAIL, "out of memory");
	if (rc != RT_OK)
		rt_buf_release(&b);
	return rc;
}

/* The SQL text: the argument, the file, or standard input ("-"). */
static int
read_sql(const char *query, const char *file, char **out, struct rt_err *e)
{
	FILE *fp;
	int rc;

	*out = NULL;
	if (query != NULL && strcmp(query, "-") != 0) {
		*out = rt_strdup(query);
		return *out != NULL ? RT_OK : rt_error(e, RT_FAIL, "out of memory");
	}
	if (file == NULL || strcmp(file, "-") == 0)
		return slurp(stdin, "standard input", out, e);
	if ((fp = fopen(file, "rb")) == NULL)
		return rt_error(e, RT_USAGE, "sql: cannot read '%s': %s", file,
		    strerror(errno));
	rc = slurp(fp, file, out, e);
	fclose(fp);
	return rc;
}

/*
 * The sqlite3 shell's dot-commands are what people type first; each gets
 * the SQL or the rectrack way that does the same.
 */
static const struct {
	const char *cmd;
	const char *instead;
} dot[] = {
	{".schema", "SELECT name, sql FROM sqlite_schema"},
	{".tables", "SELECT name FROM sqlite_schema WHERE type IN ('table', "
	    "'view') ORDER BY name"},
	{".indexes", "SELECT name, tbl_name FROM sqlite_schema WHERE type = "
	    "'index'"},
	{".indices", "SELECT name, tbl_name FROM sqlite_schema WHERE type = "
	    "'index'"},
	{".mode", "--format table|csv|tsv|json|ndjson|markdown"},
	{".headers", "nothing: every format has its header"},
	{".read", "-f FILE"},
	{".timeout", "--timeout SECONDS"},
	{".dump", "'rectrack export --dir DIR' or 'rectrack backup FILE'"},
	{".import", "'rectrack import FILE.csv'"},
	{".output", "'> FILE' after the command"},
	{".once", "'> FILE' after the command"},
	{".help", "'rectrack sql --help'"},
};

static int
dot_command(const char *sql, struct rt_err *e)
{
	size_t n, i;

	sql += strspn(sql, " \t\r\n");
	if (*sql != '.')
		return RT_OK;
	n = strcspn(sql, " \t\r\n;");
	for (i = 0; i < sizeof dot / sizeof dot[0]; i++)
		if (strlen(dot[i].cmd) == n && strncmp(sql, dot[i].cmd, n) == 0)
			return rt_error(e, RT_USAGE, "sql: '%s' is a command of the "
			    "sqlite3 shell, not SQL: try %s", dot[i].cmd,
			    dot[i].instead);
	return rt_error(e, RT_USAGE, "sql: '%.*s' is a command of the sqlite3 "
	    "shell, not SQL (see 'rectrack sql --help')", n > 40 ? 40 : (int)n,
	    sql);
}

static int
parse_timeout(const char *s, double *t, struct rt_err *e)
{
	char *end;

	errno = 0;
	*t = strtod(s, &end);
	if (end == s || *end != '\0' || errno != 0 || !isfinite(*t) || !(*t > 0))
		return rt_error(e, RT_USAGE, "sql: invalid --timeout '%s': "
		    "expected a positive number of seconds", s);
	return RT_OK;
}

static int
sql_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const char *query = NULL, *file = rt_arg(a, "file"), *v;
	char as_of[RT_DATE_LEN], *sql = NULL;
	struct rt_out o;
	double timeout = 0;
	int rc;

	/* The dispatcher knows --long options only: "-f FILE" is two words. */
	if (a->npos > 0 && strcmp(a->pos[0], "-f") == 0) {
		if (a->npos < 2)
			return rt_error(ctx->e, RT_USAGE, "sql: -f needs a file "
			    "(usage: rectrack sql %s)", rt_cmd_sql.args);
		if (file != NULL)
			return rt_error(ctx->e, RT_USAGE, "sql: -f and --file: "
			    "give one, not both");
		file = a->pos[1];
	} else if (a->npos == 2)
		return rt_error(ctx->e, RT_USAGE, "sql: unexpected argument '%s' "
		    "(usage: rectrack sql %s)", a->pos[1], rt_cmd_sql.args);
	else if (a->npos == 1)
		query = a->pos[0];
	if (query != NULL && file != NULL)
		return rt_error(ctx->e, RT_USAGE, "sql: give a query or a file, "
		    "not both");

	if ((rc = rt_cmd_out(a, &o, ctx->e)) != RT_OK)
		return rc;
	if ((v = rt_arg(a, "timeout")) != NULL &&
	    (rc = parse_timeout(v, &timeout, ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_cmd_as_of(a, as_of, ctx->e)) != RT_OK)
		return rc;

	/* At a terminal with nothing to run: what to type, not a silent wait. */
	if (query == NULL && file == NULL && isatty(STDIN_FILENO)) {
		rt_cmd_help_print(ctx->out, NULL, &rt_cmd_sql);
		return RT_OK;
	}
	if ((rc = read_sql(query, file, &sql, ctx->e)) != RT_OK)
		return rc;
	if ((rc = dot_command(sql, ctx->e)) == RT_OK &&
	    (rc = rt_sqlguard_setup(&ctx->db, as_of, ctx->e)) == RT_OK) {
		rt_cmd_page(ctx, &o);
		rc = rt_cmd_page_end(ctx, rt_sqlguard_exec(&ctx->db, sql, &o,
		    ctx->out, timeout, ctx->e));
	}
	rt_free(sql);
	return rc;
}

static const struct rt_opt opts[] = {
	{"file", RT_OPT_VALUE}, {"timeout", RT_OPT_VALUE},
	{"format", RT_OPT_VALUE}, {"as-of", RT_OPT_VALUE},
	{"no-formula-guard", RT_OPT_FLAG}, {NULL, 0}
};

const struct rt_cmd rt_cmd_sql = {
	.name = "sql",
	.args = "[QUERY | -f FILE] [--timeout SECONDS] [--format F] [--as-of DATE] "
	    "[--no-formula-guard]",
	.summary = "read-only ad-hoc SQL",
	.help =
	    "Runs the statements of QUERY, of FILE (also --file FILE; '-' is\n"
	    "standard input) or of standard input, and prints each one's rows in\n"
	    "--format table|csv|tsv|json|ndjson|markdown (default table).  A CSV\n"
	    "text cell starting with =, +, -, @, TAB or CR gets a leading ' so that\n"
	    "a spreadsheet does not run it (--no-formula-guard: as stored).  The state\n"
	    "views recommendation_state and action_state answer as of --as-of DATE\n"
	    "(default today).  The schema is in sql/migrations/.\n"
	    "\n"
	    "Only reading is allowed: SELECT and WITH (also recursive), EXPLAIN,\n"
	    "and the pragmas table_info, table_xinfo, table_list, index_list,\n"
	    "index_info, index_xinfo, foreign_key_list, collation_list,\n"
	    "database_list, function_list and compile_options, and, without a\n"
	    "value, user_version, application_id, schema_version, data_version,\n"
	    "encoding, page_size, page_count and freelist_count.  Anything that\n"
	    "writes, changes the schema or a setting, ATTACH, DETACH, transactions,\n"
	    "VACUUM, ANALYZE, REINDEX, load_extension() and fts3_tokenizer() are\n"
	    "refused, and every statement is checked before the first one runs.\n"
	    "A string or blob may be at most 16 MB, a statement 1 MB.\n"
	    "\n"
	    "Ctrl-C interrupts a query (a second Ctrl-C ends the program at once);\n"
	    "--timeout SECONDS bounds it (default: no bound).\n"
	    "Exit status: 2 when the SQL is refused or wrong, 1 when it failed\n"
	    "while running (interrupted, too big).\n",
	.opts = opts,
	.maxpos = 2,
	.db = RT_CMD_READ,
	.exec = sql_exec,
};
