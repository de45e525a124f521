/*
 * cmd-check.c - check: is the database whole and does it obey the rules?
 *
 * SQLite's integrity_check and foreign_key_check, the schema version
 * (checked when the database is opened), the domain rules of
 * sql/cmd/check.sql, then the schema itself against what the migrations
 * made (schema.h), object by object.  Prints "ok" and exits 0, or lists every problem and
 * exits 3.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "rectrack/cmd.h"
#include "rectrack/schema.h"
#include "rectrack/util.h"

/*
 * One finding, one line: names and values come from a database anybody
 * may have edited, so they are written as rt_out_line_text writes them
 * (a control character cannot act on the terminal or start a line).
 */
static void
finding(struct rt_ctx *ctx, const char *fmt, ...) RT_PRINTF(2, 3);

static void
finding(struct rt_ctx *ctx, const char *fmt, ...)
{
	struct rt_buf raw = RT_BUF_INIT, line = RT_BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	rt_buf_vprintf(&raw, fmt, ap);
	va_end(ap);
	rt_out_line_text(&line, rt_buf_str(&raw), raw.len);
	fprintf(ctx->out, "%s\n", line.oom || raw.oom ? "(out of memory)" :
	    rt_buf_str(&line));
	rt_buf_release(&raw);
	rt_buf_release(&line);
}

static void
report(void *arg, const char *what)
{
	finding(arg, "schema: %s", what);
}

/*
 * The schema against what the migrations made (schema.h), and the record
 * of the migrations applied: every difference is a problem.
 */
static int
check_schema(struct rt_ctx *ctx, int version, int *problems)
{
	struct rt_buf have = RT_BUF_INIT;
	const char *want = rt_schema_expected(version);
	int rc, missing;

	if ((rc = rt_db_migrations_missing(&ctx->db, &missing, ctx->e)) != RT_OK)
		return rc;
	if (missing != 0) {
		finding(ctx, "schema: %d migration%s up to version %d %s no "
		    "record in schema_migrations", missing < 0 ? -missing : missing,
		    missing == 1 || missing == -1 ? "" : "s", version,
		    missing == 1 || missing == -1 ? "has" : "have");
		(*problems)++;
	}
	if (want == NULL)
		return RT_OK;
	if ((rc = rt_schema_text(ctx->db.h, &have, ctx->e)) == RT_OK)
		*problems += rt_schema_diff(want, rt_buf_str(&have), report, ctx);
	rt_buf_release(&have);
	return rc;
}

static int
check_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	sqlite3_stmt *st;
	int rc, row, problems = 0, version;

	(void)a;
	if ((rc = rt_db_prepare(&ctx->db, "PRAGMA integrity_check", &st, ctx->e))
	    != RT_OK)
		return rc;
	while ((rc = rt_db_step(&ctx->db, st, &row, "check", ctx->e)) == RT_OK && row) {
		const char *msg = (const char *)sqlite3_column_text(st, 0);

		if (msg != NULL && strcmp(msg, "ok") != 0) {
			finding(ctx, "integrity: %s", msg);
			problems++;
		}
	}
	sqlite3_finalize(st);
	if (rc != RT_OK)
		return rc;
	if ((rc = rt_db_prepare(&ctx->db, "PRAGMA foreign_key_check", &st, ctx->e))
	    != RT_OK)
		return rc;
	while ((rc = rt_db_step(&ctx->db, st, &row, "check", ctx->e)) == RT_OK && row) {
		finding(ctx, "foreign key: %s row %lld refers to a missing %s",
		    rt_col(st, 0), sqlite3_column_int64(st, 1), rt_col(st, 2));
		problems++;
	}
	sqlite3_finalize(st);
	if (rc != RT_OK)
		return rc;
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_CHECK, &st, ctx->e))
	    != RT_OK)
		return rc;
	while ((rc = rt_db_step(&ctx->db, st, &row, "check", ctx->e)) == RT_OK && row) {
		finding(ctx, "%s: %s row %lld: %s", rt_col(st, 0), rt_col(st, 1),
		    sqlite3_column_int64(st, 2), rt_col(st, 3));
		problems++;
	}
	sqlite3_finalize(st);
	if (rc != RT_OK || (rc = rt_db_version(&ctx->db, &version, ctx->e)) != RT_OK ||
	    (rc = check_schema(ctx, version, &problems)) != RT_OK)
		return rc;
	if (problems > 0)
		return rt_error(ctx->e, RT_INVALID, "check: %d problem%s found in '%s'",
		    problems, problems == 1 ? "" : "s", ctx->db_path);
	finding(ctx, "ok: '%s', schema version %d", ctx->db_path, version);
	return RT_OK;
}

const struct rt_cmd rt_cmd_check = {
	.name = "check",
	.args = "",
	.summary = "check integrity, foreign keys, schema and rules",
	.help =
	    "Prints \"ok\" and exits 0, or one line per problem and exits 3.  The\n"
	    "schema (every table, index, view and trigger) is compared with what\n"
	    "the migrations made: a change made outside rectrack is a problem.\n",
	.db = RT_CMD_READ,
	.exec = check_exec,
};
