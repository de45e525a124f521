/*
 * cmd-query.c - query: the officer's canned questions.
 *
 * Each query is one readable SQL file, sql/queries/NAME.sql, whose first
 * line "-- help: ..." describes it.  They read the state views, so they
 * answer as of any date, and take the same filters.
 */
#include <stdio.h>
#include <string.h>

#include "rectrack/cmd.h"
#include "rectrack/sqlfiles.h"
#include "rectrack/util.h"

static const char prefix[] = "queries/";

/* The query's name: the file name without prefix and ".sql". */
static int
query_name(const struct rt_sqlfile *f, char *name, size_t size)
{
	size_t n;

	if (strncmp(f->name, prefix, sizeof prefix - 1) != 0)
		return 0;
	n = strlen(f->name) - (sizeof prefix - 1);
	if (n < 5 || n - 4 >= size)
		return 0;
	memcpy(name, f->name + sizeof prefix - 1, n - 4);
	name[n - 4] = '\0';
	return 1;
}

/* The text after "-- help: " on the first line. */
static void
print_help_line(FILE *fp, const char *name, const char *sql)
{
	static const char tag[] = "-- help: ";
	const char *nl;

	if (strncmp(sql, tag, sizeof tag - 1) != 0) {
		fprintf(fp, "%-20s\n", name);
		return;
	}
	sql += sizeof tag - 1;
	nl = strchr(sql, '\n');
	fprintf(fp, "%-20s %.*s\n", name, (int)(nl ? nl - sql : (long)strlen(sql)),
	    sql);
}

static int
query_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const struct rt_sqlfile *f, *found = NULL;
	char name[64], list[RT_SUGGEST_MAX * 70];
	struct rt_suggest sg;

	if (rt_arg_set(a, "list")) {
		if (a->npos > 0)
			return rt_error(ctx->e, RT_USAGE, "query: --list takes no name");
		for (f = rt_sqlfiles; f->name != NULL; f++)
			if (query_name(f, name, sizeof name))
				print_help_line(ctx->out, name, f->text);
		return RT_OK;
	}
	if (a->npos != 1)
		return rt_error(ctx->e, RT_USAGE, "query: give a query name (see "
		    "'rectrack query --list')");
	/* Every name that ties for the closest is offered (rt_closeness). */
	rt_suggest_init(&sg, a->pos[0]);
	for (f = rt_sqlfiles; f->name != NULL && found == NULL; f++) {
		if (!query_name(f, name, sizeof name))
			continue;
		if (strcmp(name, a->pos[0]) == 0)
			found = f;
		else
			rt_suggest_add(&sg, name, name);
	}
	if (found == NULL) {
		if (sg.n > 0)
			return rt_error(ctx->e, RT_USAGE, "query: unknown query '%s': "
			    "did you mean %s? (see 'rectrack query --list')",
			    a->pos[0], rt_suggest_text(&sg, list, sizeof list));
		return rt_error(ctx->e, RT_USAGE, "query: unknown query '%s' (see "
		    "'rectrack query --list')", a->pos[0]);
	}
	return rt_cmd_listing(ctx, a, found->text);
}

static const struct rt_opt opts[] = {
	{"list", RT_OPT_FLAG}, {"committee", RT_OPT_VALUE},
	{"lead", RT_OPT_VALUE}, {"since", RT_OPT_VALUE},
	{"until", RT_OPT_VALUE}, {"as-of", RT_OPT_VALUE},
	{"theme", RT_OPT_VALUE}, {"format", RT_OPT_VALUE},
	{"no-formula-guard", RT_OPT_FLAG}, {NULL, 0}
};

const struct rt_cmd rt_cmd_query = {
	.name = "query",
	.args = "NAME [--committee SLUG] [--lead NAME] [--since DATE] "
	    "[--until DATE] [--theme THEME] [--as-of DATE] [--format F] | --list",
	.summary = "canned queries: 'accepted but update pending' and the like",
	.help =
	    "--list names every query with what it answers.  Recommendation queries\n"
	    "print id, committee, meeting_date, item, number, recommendation, leads,\n"
	    "decision, response_date, state, last_update_date, last_update,\n"
	    "update_due; action queries print id, committee, meeting_date, item,\n"
	    "recommendation_id, action, leads, due_text, due_date, status,\n"
	    "last_update_date, last_update.  'revised' prints kind, id, committee,\n"
	    "item, number, text, original, current, revisions, last_reason,\n"
	    "last_revised.  State is as of --as-of (default today);\n"
	    "--since and --until bound the meeting date; --lead, --committee and\n"
	    "--theme match ignoring case.  Numbers sort naturally (R2 before R10).\n"
	    "Each query is the SQL file\n"
	    "sql/queries/NAME.sql, which also runs as it is in the sqlite3 shell.\n",
	.opts = opts,
	.maxpos = 1,
	.db = RT_CMD_READ,
	.exec = query_exec,
};
