/*
 * cmd-search.c - search: full-text search with SQLite FTS5.
 *
 * The index (search_index) is kept in step with the texts by triggers, so
 * it is never stale, whatever tool made the change.  TERMS are an FTS5
 * query; one that FTS5 cannot parse is the user's argument at fault, so it
 * is a usage error naming the terms, never a crash.
 */
#include <string.h>

#include "rectrack/cmd.h"
#include "rectrack/input.h"
#include "rectrack/model.h"
#include "rectrack/util.h"

static int
search_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	struct rt_buf terms = RT_BUF_INIT;
	struct rt_out o;
	char slug[RT_SLUG_LEN];
	sqlite3_int64 limit;
	sqlite3_stmt *st;
	int i, rc;

	if ((rc = rt_cmd_out(a, &o, ctx->e)) != RT_OK)
		return rc;
	if (rt_arg(a, "limit") != NULL &&
	    (rc = rt_input_id("--limit", rt_arg(a, "limit"), &limit, ctx->e)) != RT_OK)
		return rc;
	if (rt_arg(a, "committee") != NULL &&
	    (rc = rt_committee_find(&ctx->db, rt_arg(a, "committee"), NULL, slug,
	    ctx->e)) != RT_OK)
		return rc;
	/* Several arguments are one query: search social value. */
	for (i = 0; i < a->npos; i++) {
		if (i > 0)
			rt_buf_putc(&terms, ' ');
		rt_buf_puts(&terms, a->pos[i]);
	}
	if (terms.oom) {
		rt_buf_release(&terms);
		return rt_error(ctx->e, RT_FAIL, "out of memory");
	}
	if ((rc = rt_input_check_line("search terms", rt_buf_str(&terms), ctx->e))
	    != RT_OK)
		goto out;
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_SEARCH, &st, ctx->e))
	    != RT_OK)
		goto out;
	rt_bind_text(st, ":terms", rt_buf_str(&terms));
	rt_bind_text(st, ":committee", rt_arg(a, "committee") ? slug : NULL);
	rt_bind_text(st, ":limit", rt_arg(a, "limit"));
	/*
	 * FTS5 reports a bad query at the first step; take that step here, so
	 * that the error is told apart from a failure while printing rows.
	 */
	if (sqlite3_step(st) == SQLITE_ERROR) {
		/* The statement is ours and fixed: only the terms can be at fault. */
		rc = rt_error(ctx->e, RT_USAGE, "search: cannot read the terms '%s': "
		    "%s (quote a phrase as '\"social value\"')", rt_buf_str(&terms),
		    sqlite3_errmsg(ctx->db.h));
		sqlite3_finalize(st);
		goto out;
	}
	sqlite3_reset(st);
	rt_cmd_page(ctx, &o);
	rc = rt_cmd_page_end(ctx, rt_out_file(st, &o, ctx->out, ctx->e));
	sqlite3_finalize(st);
out:
	rt_buf_release(&terms);
	return rc;
}

static const struct rt_opt opts[] = {
	{"committee", RT_OPT_VALUE}, {"limit", RT_OPT_VALUE},
	{"format", RT_OPT_VALUE},
	{"no-formula-guard", RT_OPT_FLAG}, {NULL, 0}
};

const struct rt_cmd rt_cmd_search = {
	.name = "search",
	.args = "TERMS... [--committee SLUG] [--limit N] [--format F] "
	    "[--no-formula-guard]",
	.summary = "full-text search over recommendations, responses, updates and actions",
	.help =
	    "Best match first (at most --limit, default 50), with the recommendation\n"
	    "id, what matched (recommendation, response, update, action) and a\n"
	    "snippet with the matching words in [brackets].  TERMS are an FTS5 query:\n"
	    "words (all must match), \"a phrase\", prefix*, OR, NOT, NEAR(a b).\n"
	    "Case and accents are ignored.\n",
	.opts = opts,
	.minpos = 1, .maxpos = 64,
	.db = RT_CMD_READ,
	.exec = search_exec,
};
