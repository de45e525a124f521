/*
 * cmd-init.c - init and migrate: bring the database file to the program's
 * schema version, one migration per transaction.
 */
#include <stdio.h>
#include <string.h>

#include "rectrack/cmd.h"
#include "rectrack/util.h"

static int
apply(struct rt_ctx *ctx, const char *verb)
{
	const struct rt_migration *migs;
	int n, applied, version, rc;

	migs = rt_db_migrations(&n);
	if ((rc = rt_db_migrate(&ctx->db, migs, n, &applied, ctx->e)) != RT_OK ||
	    (rc = rt_db_version(&ctx->db, &version, ctx->e)) != RT_OK)
		return rc;
	if (!ctx->quiet) {
		if (applied > 0)
			fprintf(ctx->out, "%s: %s '%s' to schema version %d (%d "
			    "migration%s applied)\n", verb, applied == n ?
			    "created" : "migrated", ctx->db_path, version, applied,
			    applied == 1 ? "" : "s");
		else
			fprintf(ctx->out, "%s: '%s' is at schema version %d, nothing "
			    "to do\n", verb, ctx->db_path, version);
	}
	return RT_OK;
}

static int
init_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	(void)a;
	return apply(ctx, "init");
}

/* migrate --status: one row per migration the program knows. */
static int
status(struct rt_ctx *ctx, struct rt_args *a)
{
	const struct rt_migration *migs;
	sqlite3_stmt *st;
	enum rt_fmt fmt = RT_FMT_TABLE;
	struct rt_buf b = RT_BUF_INIT;
	int n, i, rc, have = 0;

	if ((rc = rt_cmd_format(a, &fmt, ctx->e)) != RT_OK)
		return rc;
	migs = rt_db_migrations(&n);
	/*
	 * The list is the program's migrations joined with what the database
	 * recorded; build it as a VALUES list of bound parameters.
	 */
	if ((rc = rt_db_prepare(&ctx->db, "SELECT count(*) FROM sqlite_schema "
	    "WHERE name = 'schema_migrations'", &st, ctx->e)) != RT_OK)
		return rc;
	if (sqlite3_step(st) == SQLITE_ROW)
		have = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	rt_buf_puts(&b, "WITH program(version, name) AS (VALUES ");
	for (i = 0; i < n; i++)
		rt_buf_printf(&b, "%s(?%d, ?%d)", i ? ", " : "", 2 * i + 1, 2 * i + 2);
	if (n == 0)
		rt_buf_puts(&b, "(NULL, NULL)");
	rt_buf_puts(&b, ") SELECT p.version, p.name, ");
	rt_buf_puts(&b, have ? "CASE WHEN m.version IS NULL THEN 'pending' "
	    "ELSE 'applied' END AS status, m.applied_at FROM program p "
	    "LEFT JOIN schema_migrations m USING (version) ORDER BY p.version" :
	    "'pending' AS status, NULL AS applied_at FROM program p "
	    "ORDER BY p.version");
	if (b.oom) {
		rt_buf_release(&b);
		return rt_error(ctx->e, RT_FAIL, "out of memory");
	}
	rc = rt_db_prepare(&ctx->db, rt_buf_str(&b), &st, ctx->e);
	rt_buf_release(&b);
	if (rc != RT_OK)
		return rc;
	for (i = 0; i < n; i++) {
		sqlite3_bind_int(st, 2 * i + 1, migs[i].version);
		sqlite3_bind_text(st, 2 * i + 2, migs[i].name, -1, SQLITE_STATIC);
	}
	rc = rt_out_stmt(st, fmt, ctx->out, ctx->e);
	sqlite3_finalize(st);
	return rc;
}

static int
migrate_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	if (rt_arg_set(a, "status"))
		return status(ctx, a);
	return apply(ctx, "migrate");
}

static const struct rt_opt migrate_opts[] = {
	{"status", RT_OPT_FLAG},
	{"format", RT_OPT_VALUE},
	{NULL, 0}
};

const struct rt_cmd rt_cmd_init = {
	"init", "", "create the database (harmless on a current one)",
	"Creates the database file (--db, $RECTRACK_DB or ./rectrack.db) and\n"
	"applies every migration.  On an existing rectrack database it applies\n"
	"whatever is pending, like migrate.\n",
	NULL, 0, 0, RT_CMD_CREATE, init_exec, NULL
};

const struct rt_cmd rt_cmd_migrate = {
	"migrate", "[--status] [--format F]", "apply pending schema migrations",
	"Applies each pending migration in its own transaction.  --status lists\n"
	"every migration this program carries, applied or pending.\n",
	migrate_opts, 0, 0, RT_CMD_MIGRATE, migrate_exec, NULL
};
