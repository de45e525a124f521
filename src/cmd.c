/*
 * cmd.c - the command table, lookup, option parsing, help and the setup
 * every command shares.
 *
 * A command's entry says what it needs (see cmd.h); this file opens the
 * database accordingly, runs the command inside one transaction when it
 * writes, and only then lets its output out: a writing command's stdout
 * is held in memory until COMMIT succeeds, so a command that fails has
 * printed nothing and changed nothing.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rectrack/cmd.h"
#include "rectrack/util.h"

static const struct rt_cmd *const commands[] = {
	&rt_cmd_init, &rt_cmd_migrate, &rt_cmd_committee, &rt_cmd_meeting,
	&rt_cmd_rec, &rt_cmd_respond, &rt_cmd_update, &rt_cmd_action,
	&rt_cmd_query, &rt_cmd_tracker, &rt_cmd_search, &rt_cmd_sql,
	&rt_cmd_export,
	&rt_cmd_import,
	&rt_cmd_log, &rt_cmd_check, &rt_cmd_backup, &rt_cmd_help, NULL
};

/* Options every command takes, wherever they stand on the line. */
static const struct rt_opt global_opts[] = {
	{"db", RT_OPT_VALUE},
	{"quiet", RT_OPT_FLAG},
	{"allow-network-fs", RT_OPT_FLAG},
	{NULL, 0}
};

static const char usage_head[] =
    "usage: rectrack [--db PATH] COMMAND [ARGS]\n";

/*
 * Find name in table: exact, else a unique prefix.  On failure sets an
 * RT_USAGE error naming what was looked for, with a suggestion.
 */
static const struct rt_cmd *
lookup(const struct rt_cmd *const *table, const char *name, const char *kind,
    struct rt_err *e)
{
	const struct rt_cmd *found = NULL, *best = NULL;
	size_t n = strlen(name), d, bestd = 3;
	int matches = 0, i;

	for (i = 0; table[i] != NULL; i++) {
		if (strcmp(table[i]->name, name) == 0)
			return table[i];
		if (n > 0 && strncmp(table[i]->name, name, n) == 0) {
			found = table[i];
			matches++;
		}
		if ((d = rt_edit_distance(table[i]->name, name)) < bestd) {
			bestd = d;
			best = table[i];
		}
	}
	if (matches == 1)
		return found;
	if (matches > 1)
		rt_error(e, RT_USAGE, "ambiguous %s '%s' (see 'rectrack help')", kind, name);
	else if (best != NULL)
		rt_error(e, RT_USAGE, "unknown %s '%s': did you mean '%s'?", kind, name,
		    best->name);
	else
		rt_error(e, RT_USAGE, "unknown %s '%s' (see 'rectrack help')", kind, name);
	return NULL;
}

static void
print_list(FILE *fp)
{
	const struct rt_cmd *c;
	int i, j;

	fputs(usage_head, fp);
	fputs("\ncommands:\n", fp);
	for (i = 0; (c = commands[i]) != NULL; i++) {
		if (c->verbs == NULL) {
			fprintf(fp, "  %-18s %s\n", c->name, c->summary);
			continue;
		}
		for (j = 0; c->verbs[j] != NULL; j++) {
			char both[64];

			snprintf(both, sizeof both, "%s %s", c->name, c->verbs[j]->name);
			fprintf(fp, "  %-18s %s\n", both, c->verbs[j]->summary);
		}
	}
	fputs("\nThe database is --db PATH, else $RECTRACK_DB, else ./rectrack.db.\n"
	    "'rectrack COMMAND --help' tells more.  Exit status: 0 done, 1 failed,\n"
	    "2 usage error, 3 invalid data.\n", fp);
}

static void
print_help(FILE *fp, const struct rt_cmd *noun, const struct rt_cmd *c)
{
	int j;

	if (c == NULL) {
		/* A noun alone: list its verbs. */
		for (j = 0; noun->verbs[j] != NULL; j++)
			fprintf(fp, "%s rectrack %s %s %s\n", j ? "      " : "usage:",
			    noun->name, noun->verbs[j]->name, noun->verbs[j]->args);
		fprintf(fp, "\n%s\n", noun->summary);
		return;
	}
	if (noun != NULL)
		fprintf(fp, "usage: rectrack %s %s %s\n\n%s\n", noun->name, c->name,
		    c->args, c->summary);
	else
		fprintf(fp, "usage: rectrack %s %s\n\n%s\n", c->name, c->args, c->summary);
	if (c->help != NULL)
		fprintf(fp, "\n%s", c->help);
}

static const struct rt_opt *
find_opt(const struct rt_opt *spec, const char *name, size_t n, int *index)
{
	int i;

	for (i = 0; spec != NULL && spec[i].name != NULL; i++)
		if (strlen(spec[i].name) == n && strncmp(spec[i].name, name, n) == 0) {
			*index = i;
			return &spec[i];
		}
	return NULL;
}

static void
args_release(struct rt_args *a, int nspec)
{
	int i;

	for (i = 0; i < nspec && a->all != NULL; i++)
		rt_free(a->all[i]);
	rt_free(a->val);
	rt_free(a->all);
	rt_free(a->nall);
	rt_free(a->pos);
	memset(a, 0, sizeof *a);
}

/*
 * Parse argv against the command's options plus the global ones.  "--x v"
 * and "--x=v" both work; a value option always takes the next word, even
 * "-" (standard input) or one starting with "--"; "--" ends the options.
 */
static int
args_parse(const struct rt_cmd *c, const char *cmdname, int argc, char **argv,
    struct rt_args *a, struct rt_ctx *ctx, struct rt_err *e)
{
	int nspec = 0, i, idx, rc = RT_OK, dashdash = 0;

	memset(a, 0, sizeof *a);
	while (c->opts != NULL && c->opts[nspec].name != NULL)
		nspec++;
	a->spec = c->opts;
	a->val = rt_malloc(sizeof *a->val * (size_t)(nspec + 1));
	a->all = rt_malloc(sizeof *a->all * (size_t)(nspec + 1));
	a->nall = rt_malloc(sizeof *a->nall * (size_t)(nspec + 1));
	a->pos = rt_malloc(sizeof *a->pos * (size_t)(argc + 1));
	if (!a->val || !a->all || !a->nall || !a->pos) {
		args_release(a, 0);
		return rt_error(e, RT_FAIL, "out of memory");
	}
	for (i = 0; i <= nspec; i++) {
		a->val[i] = NULL;
		a->all[i] = NULL;
		a->nall[i] = 0;
	}
	for (i = 0; i < argc && rc == RT_OK; i++) {
		const char *arg = argv[i], *name, *eq, *value = NULL;
		const struct rt_opt *o;
		size_t n;
		int global = 0;

		if (dashdash || strncmp(arg, "--", 2) != 0 || arg[2] == '\0') {
			if (!dashdash && strcmp(arg, "--") == 0) {
				dashdash = 1;
				continue;
			}
			a->pos[a->npos++] = argv[i];
			continue;
		}
		name = arg + 2;
		eq = strchr(name, '=');
		n = eq ? (size_t)(eq - name) : strlen(name);
		if ((o = find_opt(c->opts, name, n, &idx)) == NULL) {
			if ((o = find_opt(global_opts, name, n, &idx)) == NULL) {
				rc = rt_error(e, RT_USAGE, "%s: unknown option '--%.*s' "
				    "(see 'rectrack %s --help')", cmdname, (int)n, name,
				    cmdname);
				break;
			}
			global = 1;
		}
		if (o->kind == RT_OPT_FLAG || o->kind == RT_OPT_WRITES) {
			if (eq != NULL) {
				rc = rt_error(e, RT_USAGE, "%s: option '--%s' takes no value",
				    cmdname, o->name);
				break;
			}
			value = "";
		} else if (eq != NULL)
			value = eq + 1;
		else if (i + 1 < argc)
			value = argv[++i];
		else {
			rc = rt_error(e, RT_USAGE, "%s: option '--%s' needs a value",
			    cmdname, o->name);
			break;
		}
		if (global) {
			if (idx == 0)
				ctx->db_path = value;
			else if (idx == 1)
				ctx->quiet = 1;
			else
				rt_db_allow_network_fs(1);
			continue;
		}
		if (o->kind == RT_OPT_MULTI) {
			if (a->all[idx] == NULL &&
			    (a->all[idx] = rt_malloc(sizeof(char *) * (size_t)argc)) == NULL) {
				rc = rt_error(e, RT_FAIL, "out of memory");
				break;
			}
			a->all[idx][a->nall[idx]++] = value;
		} else if (o->kind == RT_OPT_VALUE && a->val[idx] != NULL &&
		    strcmp(a->val[idx], value) != 0) {
			rc = rt_error(e, RT_USAGE, "%s: option '--%s' given twice",
			    cmdname, o->name);
			break;
		}
		a->val[idx] = value;
	}
	if (rc == RT_OK && (a->npos < c->minpos || a->npos > c->maxpos)) {
		if (a->npos < c->minpos)
			rc = rt_error(e, RT_USAGE, "%s: missing argument (usage: "
			    "rectrack %s %s)", cmdname, cmdname, c->args);
		else
			rc = rt_error(e, RT_USAGE, "%s: unexpected argument '%s' (usage: "
			    "rectrack %s %s)", cmdname, a->pos[c->maxpos], cmdname, c->args);
	}
	if (rc != RT_OK)
		args_release(a, nspec);
	return rc;
}

const char *
rt_arg(const struct rt_args *a, const char *name)
{
	int idx;

	return find_opt(a->spec, name, strlen(name), &idx) ? a->val[idx] : NULL;
}

int
rt_arg_set(const struct rt_args *a, const char *name)
{
	return rt_arg(a, name) != NULL;
}

const char **
rt_arg_all(const struct rt_args *a, const char *name, int *n)
{
	int idx;

	if (find_opt(a->spec, name, strlen(name), &idx) == NULL) {
		*n = 0;
		return NULL;
	}
	*n = a->nall[idx];
	return a->all[idx];
}

static int
wants_help(int argc, char **argv)
{
	int i;

	for (i = 0; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return 0;
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return 1;
	}
	return 0;
}

/*
 * A writing command's output goes out only after its COMMIT.  If it
 * cannot be written then, the data is recorded all the same: say so, and
 * what was recorded ("42\n" is the id of the new row), so that nobody runs
 * the command again and records it twice.
 */
static int
release(struct rt_ctx *ctx, const char *held, size_t n)
{
	size_t digits = strspn(held, "0123456789");
	int err;

	errno = 0;
	if ((n == 0 || fwrite(held, 1, n, stdout) == n) && fflush(stdout) == 0)
		return RT_OK;
	err = errno != 0 ? errno : EIO;
	if (ctx->rollback)
		return rt_error(ctx->e, RT_FAIL, "%s: standard output failed: %s",
		    ctx->cmd, strerror(err));
	if (digits > 0 && digits + 1 == n && held[digits] == '\n')
		return rt_error(ctx->e, RT_FAIL, "%s: recorded as id %.*s, but "
		    "standard output failed: %s", ctx->cmd, (int)digits, held,
		    strerror(err));
	return rt_error(ctx->e, RT_FAIL, "%s: recorded, but standard output "
	    "failed: %s", ctx->cmd, strerror(err));
}

/* Open as c asks, run it in one transaction when it writes, then close. */
static int
run(const struct rt_cmd *c, struct rt_ctx *ctx, struct rt_args *a)
{
	static const enum rt_db_mode modes[] = {
		[RT_CMD_READ] = RT_DB_READ, [RT_CMD_WRITE] = RT_DB_WRITE,
		[RT_CMD_MIGRATE] = RT_DB_MIGRATE, [RT_CMD_CREATE] = RT_DB_CREATE,
	};
	enum rt_cmd_db mode = c->db;
	char *held = NULL;
	size_t nheld = 0;
	int rc, i, writes = -1;

	/* A reader unless a flag that writes is given (RT_OPT_WRITES). */
	for (i = 0; c->opts != NULL && c->opts[i].name != NULL; i++)
		if (c->opts[i].kind == RT_OPT_WRITES)
			writes = writes == 1 || a->val[i] != NULL;
	if (mode == RT_CMD_WRITE && writes == 0)
		mode = RT_CMD_READ;
	/* init makes its file itself (cmd-init.c). */
	if (mode == RT_CMD_NODB || mode == RT_CMD_CREATE)
		return c->exec(ctx, a);
	if ((rc = rt_db_open(&ctx->db, ctx->db_path, modes[mode], ctx->e)) != RT_OK)
		goto out;
	if (mode == RT_CMD_WRITE) {
		if ((ctx->out = open_memstream(&held, &nheld)) == NULL) {
			rc = rt_error(ctx->e, RT_FAIL, "out of memory");
			ctx->out = stdout;
		} else {
			if ((rc = rt_db_begin(&ctx->db, ctx->e)) == RT_OK &&
			    (rc = c->exec(ctx, a)) == RT_OK) {
				if (ctx->rollback)
					rt_db_rollback(&ctx->db);
				else
					rc = rt_db_commit(&ctx->db, ctx->e);
			}
			if (fflush(ctx->out) != 0 && rc == RT_OK)
				rc = rt_error(ctx->e, RT_FAIL, "out of memory");
			if (rc == RT_OK)
				rc = release(ctx, held, nheld);
			fclose(ctx->out);
			free(held); /* open_memstream's, not rt_malloc's */
			ctx->out = stdout;
		}
	} else
		rc = c->exec(ctx, a);
	rt_db_close(&ctx->db);
out:
	return rc;
}

int
rt_cmd_main(int argc, char **argv, struct rt_err *e)
{
	const struct rt_cmd *noun = NULL, *c;
	struct rt_ctx ctx;
	struct rt_args a;
	char cmdname[64];
	int rc, nspec = 0;

	memset(&ctx, 0, sizeof ctx);
	ctx.e = e;
	ctx.out = stdout;
	ctx.db_path = getenv("RECTRACK_DB");
	if (ctx.db_path == NULL || ctx.db_path[0] == '\0')
		ctx.db_path = "rectrack.db";

	/* Global options before the command. */
	while (argc > 0 && strncmp(argv[0], "--", 2) == 0) {
		if (strcmp(argv[0], "--db") == 0 && argc > 1) {
			ctx.db_path = argv[1];
			argc -= 2, argv += 2;
		} else if (strncmp(argv[0], "--db=", 5) == 0) {
			ctx.db_path = argv[0] + 5;
			argc--, argv++;
		} else if (strcmp(argv[0], "--quiet") == 0) {
			ctx.quiet = 1;
			argc--, argv++;
		} else if (strcmp(argv[0], "--allow-network-fs") == 0) {
			rt_db_allow_network_fs(1);
			argc--, argv++;
		} else if (strcmp(argv[0], "--db") == 0) {
			return rt_error(e, RT_USAGE, "option '--db' needs a value");
		} else if (strcmp(argv[0], "--help") == 0) {
			print_list(stdout);
			return RT_OK;
		} else if (strcmp(argv[0], "--version") == 0) {
			printf("rectrack %s\n", RT_VERSION);
			return RT_OK;
		} else
			return rt_error(e, RT_USAGE, "unknown option '%s' (see "
			    "'rectrack help')", argv[0]);
	}
	if (argc == 0) {
		print_list(stdout);
		return RT_OK;
	}
	if ((c = lookup(commands, argv[0], "command", e)) == NULL)
		return e->code;
	argc--, argv++;
	snprintf(cmdname, sizeof cmdname, "%s", c->name);
	if (c->verbs != NULL) {
		noun = c;
		if (argc == 0 || strncmp(argv[0], "-", 1) == 0) {
			if (wants_help(argc, argv)) {
				print_help(stdout, noun, NULL);
				return RT_OK;
			}
			return rt_error(e, RT_USAGE, "%s: missing verb (see 'rectrack %s "
			    "--help')", noun->name, noun->name);
		}
		if ((c = lookup(noun->verbs, argv[0], "verb", e)) == NULL)
			return e->code;
		argc--, argv++;
		snprintf(cmdname, sizeof cmdname, "%s %s", noun->name, c->name);
	}
	if (wants_help(argc, argv)) {
		print_help(stdout, noun, c);
		return RT_OK;
	}
	if ((rc = args_parse(c, cmdname, argc, argv, &a, &ctx, e)) != RT_OK)
		return rc;
	ctx.cmd = cmdname;
	rc = run(c, &ctx, &a);
	while (c->opts != NULL && c->opts[nspec].name != NULL)
		nspec++;
	args_release(&a, nspec);
	return rc;
}

static int
help_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const struct rt_cmd *c, *v;

	if (a->npos == 0) {
		print_list(ctx->out);
		return RT_OK;
	}
	if ((c = lookup(commands, a->pos[0], "command", ctx->e)) == NULL)
		return ctx->e->code;
	if (c->verbs == NULL || a->npos == 1) {
		print_help(ctx->out, c->verbs ? c : NULL, c->verbs ? NULL : c);
		return RT_OK;
	}
	if ((v = lookup(c->verbs, a->pos[1], "verb", ctx->e)) == NULL)
		return ctx->e->code;
	print_help(ctx->out, c, v);
	return RT_OK;
}

const struct rt_cmd rt_cmd_help = {
	"help", "[COMMAND [VERB]]", "list the commands, or describe one", NULL,
	NULL, 0, 2, RT_CMD_NODB, help_exec, NULL
};
