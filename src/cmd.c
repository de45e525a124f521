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
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "rectrack/cmd.h"
#include "rectrack/util.h"

static const struct rt_cmd *const commands[] = {
	&rt_cmd_init, &rt_cmd_migrate, &rt_cmd_committee, &rt_cmd_meeting,
	&rt_cmd_rec, &rt_cmd_respond, &rt_cmd_update, &rt_cmd_action,
	&rt_cmd_query, &rt_cmd_tracker, &rt_cmd_plan, &rt_cmd_search, &rt_cmd_sql,
	&rt_cmd_export, &rt_cmd_publish, &rt_cmd_vocab,
	&rt_cmd_import,
	&rt_cmd_stats, &rt_cmd_chase, &rt_cmd_calendar,
	&rt_cmd_log, &rt_cmd_check, &rt_cmd_backup, &rt_cmd_help, NULL
};

/*
 * Options every command takes, wherever they stand on the line.  --help
 * is looked for before the parse (wants_help); it is here so that it is
 * never taken for a value, and can be suggested.
 */
static const struct rt_opt global_opts[] = {
	{"db", RT_OPT_VALUE},
	{"quiet", RT_OPT_FLAG},
	{"allow-network-fs", RT_OPT_FLAG},
	{"help", RT_OPT_FLAG},
	{NULL, 0}
};

static const char usage_head[] =
    "usage: rectrack [--db PATH] COMMAND [ARGS]\n";

#define MAX_NAMES 8	/* candidates named in one message */

/*
 * "'a'", "'a' or 'b'", "'a', 'b' or 'c'": each name after pre ("--"),
 * quoted when quote is set, the last two joined by conj (" or ").
 */
static void
join_names(char *buf, size_t size, int quote, const char *pre,
    const char *conj, const char *const *names, int n)
{
	const char *q = quote ? "'" : "";
	size_t len = 0;
	int i;

	buf[0] = '\0';
	for (i = 0; i < n && len < size; i++) {
		snprintf(buf + len, size - len, "%s%s%s%s%s",
		    i == 0 ? "" : i < n - 1 ? ", " : conj, q, pre, names[i], q);
		len += strlen(buf + len);
	}
}

/*
 * A command that deletes or replaces is never matched by a prefix: "rec
 * d 5 --force" must not delete, "pu site" must not replace a folder.  It
 * is one named so, one that asks for --force, or one marked whole.
 */
static int
destructive(const struct rt_cmd *c)
{
	const struct rt_opt *o;

	if (c->whole || strcmp(c->name, "delete") == 0 ||
	    strcmp(c->name, "remove") == 0)
		return 1;
	for (o = c->opts; o != NULL && o->name != NULL; o++)
		if (strcmp(o->name, "force") == 0)
			return 1;
	return 0;
}

/*
 * Find name in table (a noun's verbs when noun is set): exact, else a
 * unique prefix of a command that does not delete.  On failure sets an
 * RT_USAGE error naming what was looked for: every candidate of an
 * ambiguous prefix, else the closest name.
 */
static const struct rt_cmd *
lookup(const struct rt_cmd *const *table, const struct rt_cmd *noun,
    const char *name, struct rt_err *e)
{
	const struct rt_cmd *best = NULL;
	const char *cand[MAX_NAMES], *kind = noun ? "verb" : "command";
	char list[256], where[64] = "";
	struct rt_suggest sg;
	size_t n = strlen(name);
	int matches = 0, i;

	if (noun != NULL)
		snprintf(where, sizeof where, "%s: ", noun->name);
	for (i = 0; table[i] != NULL; i++) {
		if (strcmp(table[i]->name, name) == 0)
			return table[i];
		if (n > 0 && strncmp(table[i]->name, name, n) == 0) {
			if (matches < MAX_NAMES)
				cand[matches] = table[i]->name;
			if (matches++ == 0)
				best = table[i];
		}
	}
	if (matches == 1 && !destructive(best))
		return best;
	if (matches == 1) {
		rt_error(e, RT_USAGE, "%sunknown %s '%s': did you mean '%s'? "
		    "(a command that deletes or replaces is never abbreviated)",
		    where, kind, name, best->name);
		return NULL;
	}
	if (matches > 1) {
		join_names(list, sizeof list, 1, "", " or ", cand,
		    matches < MAX_NAMES ? matches : MAX_NAMES);
		rt_error(e, RT_USAGE, "%sambiguous %s '%s': did you mean %s?",
		    where, kind, name, list);
		return NULL;
	}
	/* No prefix: the closest names by rt_closeness, ties all named. */
	rt_suggest_init(&sg, name);
	for (i = 0; table[i] != NULL; i++)
		rt_suggest_add(&sg, table[i]->name, table[i]->name);
	if (sg.n > 0)
		rt_error(e, RT_USAGE, "%sunknown %s '%s': did you mean %s?", where,
		    kind, name, rt_suggest_text(&sg, list, sizeof list));
	else
		rt_error(e, RT_USAGE, "%sunknown %s '%s' (see 'rectrack help')", where,
		    kind, name);
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
		if (c->verbs == NULL || c->exec != NULL)
			fprintf(fp, "  %-18s %s\n", c->name, c->summary);
		if (c->verbs == NULL)
			continue;
		for (j = 0; c->verbs[j] != NULL; j++) {
			char both[64];

			snprintf(both, sizeof both, "%s %s", c->name, c->verbs[j]->name);
			fprintf(fp, "  %-18s %s\n", both, c->verbs[j]->summary);
		}
	}
	fputs("\nThe database is --db PATH, else $RECTRACK_DB, else ./rectrack.db.\n"
	    "--quiet (-q) silences progress and summaries; --version prints the\n"
	    "versions.  'rectrack COMMAND --help' (or -h) tells more.  A unique\n"
	    "prefix of a command works, but for one that deletes.  Exit status:\n"
	    "0 done, 1 failed, 2 usage error, 3 invalid data.\n", fp);
}

void
rt_cmd_help_print(FILE *fp, const struct rt_cmd *noun, const struct rt_cmd *c)
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

/* The option arg ("--name" or "--name=value") names, or NULL. */
static const struct rt_opt *
arg_opt(const struct rt_cmd *c, const char *arg, int *global, int *index)
{
	const struct rt_opt *o;
	const char *eq;
	size_t n;

	if (strncmp(arg, "--", 2) != 0 || arg[2] == '\0')
		return NULL;
	arg += 2;
	n = (eq = strchr(arg, '=')) != NULL ? (size_t)(eq - arg) : strlen(arg);
	*global = 0;
	if ((o = find_opt(c->opts, arg, n, index)) == NULL) {
		*global = 1;
		o = find_opt(global_opts, arg, n, index);
	}
	return o;
}

static int
is_help(const char *arg)
{
	return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0;
}

/*
 * The options word may mean, into buf as "'--a' or '--b'" (empty when
 * none): those of c that begin with it (else the global ones that do),
 * else the closest one by edit distance.  "c" from "-c" gives every
 * option that begins with c; "commitee" gives "committee".
 */
static void
suggest_opt(const struct rt_cmd *c, const char *word, size_t n, char *buf,
    size_t size)
{
	const struct rt_opt *const specs[] = {c->opts, global_opts};
	const char *cand[MAX_NAMES], *best = NULL;
	char w[64];
	size_t d, bestd = n > 2 ? 3 : 1;	/* "x" is close to nothing */
	int i, k, ncand = 0;

	buf[0] = '\0';
	if (n == 0 || n >= sizeof w)
		return;
	memcpy(w, word, n);
	w[n] = '\0';
	for (k = 0; k < 2 && ncand == 0; k++)
		for (i = 0; specs[k] != NULL && specs[k][i].name != NULL; i++) {
			const char *name = specs[k][i].name;

			if (strncmp(name, w, n) == 0 && ncand < MAX_NAMES) {
				int j;

				for (j = 0; j < ncand && strcmp(cand[j], name) != 0; j++)
					continue;
				if (j == ncand)
					cand[ncand++] = name;
			}
			else if ((d = rt_edit_distance(name, w)) < bestd) {
				bestd = d;
				best = name;
			}
		}
	if (ncand == 0 && best != NULL)
		cand[ncand++] = best;
	join_names(buf, size, 1, "--", " or ", cand, ncand);
}

/* An option not known: with the options meant, if any can be told. */
static int
unknown_opt(const struct rt_cmd *c, const char *cmdname, const char *arg,
    struct rt_err *e)
{
	const char *name = arg + strspn(arg, "-");
	char list[256];

	suggest_opt(c, name, strcspn(name, "="), list, sizeof list);
	if (list[0] != '\0')
		return rt_error(e, RT_USAGE, "%s: unknown option '%.*s': did you "
		    "mean %s?", cmdname, (int)strcspn(arg, "="), arg, list);
	return rt_error(e, RT_USAGE, "%s: unknown option '%.*s' (see 'rectrack "
	    "%s --help')", cmdname, (int)strcspn(arg, "="), arg, cmdname);
}

/*
 * Every option c declares required that is missing, named in one
 * message: "rec add: --item, --number and --text (or --text-file) are
 * required".
 */
static int
check_required(const struct rt_cmd *c, const char *cmdname,
    const struct rt_args *a, struct rt_err *e)
{
	const char *miss[MAX_NAMES], *instead = NULL;
	char group[128] = "", list[512];
	size_t len;
	int i, n = 0, ngroup = 0, group_given = 0;

	for (i = 0; c->opts != NULL && c->opts[i].name != NULL; i++)
		if ((c->opts[i].kind & RT_OPT_INSTEAD) && a->val[i] != NULL)
			instead = c->opts[i].name;
	for (i = 0; c->opts != NULL && c->opts[i].name != NULL; i++) {
		const char *name = c->opts[i].name;
		int given = a->val[i] != NULL;

		if (instead != NULL && (c->opts[i].kind & RT_OPT_REPLACED)) {
			if (given)
				return rt_error(e, RT_USAGE, "%s: --%s and --%s do not go "
				    "together", cmdname, instead, name);
			continue;
		}
		if (c->opts[i].kind & RT_OPT_ONE_OF) {
			/* The group reads "text (or --text-file)". */
			group_given |= given;
			len = strlen(group);
			snprintf(group + len, sizeof group - len, ngroup == 0 ? "%s" :
			    ngroup == 1 ? " (or --%s" : " or --%s", name);
			ngroup++;
		} else if ((c->opts[i].kind & RT_OPT_REQUIRED) && !given &&
		    n < MAX_NAMES)
			miss[n++] = name;
	}
	if (ngroup > 1 && (len = strlen(group)) + 1 < sizeof group)
		memcpy(group + len, ")", 2);
	if (ngroup > 0 && !group_given && n < MAX_NAMES)
		miss[n++] = group;
	if (n == 0)
		return RT_OK;
	join_names(list, sizeof list, 0, "--", " and ", miss, n);
	return rt_error(e, RT_USAGE, "%s: %s %s required", cmdname, list,
	    n == 1 ? "is" : "are");
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
 * and "--x=v" both work; a value option takes the next word, even "-"
 * (standard input) or one starting with "--", but never an option of the
 * command: "--text --help" is refused, for it is far more often a value
 * forgotten than a text that reads "--help" (which "--text=--help" gives).
 * "--" ends the options.  Then the positional arguments are counted (a
 * stray "-c" is named as the option it is not) and the required options
 * looked for.
 */
static int
args_parse(const struct rt_cmd *c, const char *cmdname, int argc, char **argv,
    struct rt_args *a, struct rt_ctx *ctx, struct rt_err *e)
{
	int nspec = 0, i, idx, rc = RT_OK, dashdash = 0, optpos = -1;

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
		const char *arg = argv[i], *eq, *value = NULL;
		const struct rt_opt *o;
		int global, vidx, vglobal;

		if (dashdash || strncmp(arg, "--", 2) != 0 || arg[2] == '\0') {
			if (!dashdash && strcmp(arg, "--") == 0) {
				dashdash = 1;
				optpos = a->npos;	/* those after are no options */
				continue;
			}
			a->pos[a->npos++] = argv[i];
			continue;
		}
		if ((o = arg_opt(c, arg, &global, &idx)) == NULL) {
			rc = unknown_opt(c, cmdname, arg, e);
			break;
		}
		eq = strchr(arg, '=');
		if ((o->kind & RT_OPT_KIND) == RT_OPT_FLAG ||
		    (o->kind & RT_OPT_KIND) == RT_OPT_WRITES) {
			if (eq != NULL) {
				rc = rt_error(e, RT_USAGE, "%s: option '--%s' takes no value",
				    cmdname, o->name);
				break;
			}
			value = "";
		} else if (eq != NULL)
			value = eq + 1;
		else if (i + 1 < argc && (is_help(argv[i + 1]) ||
		    arg_opt(c, argv[i + 1], &vglobal, &vidx) != NULL)) {
			rc = rt_error(e, RT_USAGE, "%s: option '--%s' needs a value, "
			    "not the option '%s' (if that is the value, write "
			    "--%s=%s)", cmdname, o->name, argv[i + 1], o->name,
			    argv[i + 1]);
			break;
		} else if (i + 1 < argc)
			value = argv[++i];
		else {
			rc = rt_error(e, RT_USAGE, "%s: option '--%s' needs a value",
			    cmdname, o->name);
			break;
		}
		if (global) {
			if (strcmp(o->name, "db") == 0)
				ctx->db_path = value;
			else if (strcmp(o->name, "quiet") == 0)
				ctx->quiet = 1;
			else if (strcmp(o->name, "allow-network-fs") == 0)
				rt_db_allow_network_fs(1);
			continue;
		}
		if ((o->kind & RT_OPT_KIND) == RT_OPT_MULTI) {
			if (a->all[idx] == NULL &&
			    (a->all[idx] = rt_malloc(sizeof(char *) * (size_t)argc)) == NULL) {
				rc = rt_error(e, RT_FAIL, "out of memory");
				break;
			}
			a->all[idx][a->nall[idx]++] = value;
		} else if ((o->kind & RT_OPT_KIND) == RT_OPT_VALUE &&
		    a->val[idx] != NULL && strcmp(a->val[idx], value) != 0) {
			rc = rt_error(e, RT_USAGE, "%s: option '--%s' given twice",
			    cmdname, o->name);
			break;
		}
		a->val[idx] = value;
	}
	if (rc == RT_OK && (a->npos < c->minpos || a->npos > c->maxpos)) {
		/* "-c pcs-osc": a short option taken for an argument. */
		for (i = 0; i < (optpos < 0 ? a->npos : optpos); i++)
			if (a->pos[i][0] == '-' && ((a->pos[i][1] >= 'a' &&
			    a->pos[i][1] <= 'z') || (a->pos[i][1] >= 'A' &&
			    a->pos[i][1] <= 'Z')))
				break;
		if (i < (optpos < 0 ? a->npos : optpos))
			rc = unknown_opt(c, cmdname, a->pos[i], e);
		else if (a->npos < c->minpos)
			rc = rt_error(e, RT_USAGE, "%s: missing argument (usage: "
			    "rectrack %s %s)", cmdname, cmdname, c->args);
		else
			rc = rt_error(e, RT_USAGE, "%s: unexpected argument '%s' (usage: "
			    "rectrack %s %s)", cmdname, a->pos[c->maxpos], cmdname, c->args);
	}
	if (rc == RT_OK)
		rc = check_required(c, cmdname, a, e);
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

/*
 * Does the command line ask for help?  Only "--help" or "-h" where an
 * option may stand: not as the value of an option ("--text --help", which
 * args_parse refuses), nor after "--".
 */
static int
wants_help(const struct rt_cmd *c, int argc, char **argv)
{
	const struct rt_opt *o;
	int i, global, idx;

	for (i = 0; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return 0;
		if (is_help(argv[i]))
			return 1;
		if ((o = arg_opt(c, argv[i], &global, &idx)) != NULL &&
		    (o->kind & RT_OPT_KIND) != RT_OPT_FLAG &&
		    strchr(argv[i], '=') == NULL)
			i++;	/* its value */
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
		if ((c->opts[i].kind & RT_OPT_KIND) == RT_OPT_WRITES)
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
			if ((!c->bulk ||
			    (rc = rt_db_bulk(&ctx->db, ctx->e)) == RT_OK) &&
			    (rc = rt_db_begin(&ctx->db, ctx->e)) == RT_OK &&
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

/* The options before the command: "rectrack --db x.db -q rec list". */
static int
top_options(int *argcp, char ***argvp, struct rt_ctx *ctx, int *done)
{
	static const struct rt_opt top[] = {
		{"db", RT_OPT_VALUE}, {"quiet", RT_OPT_FLAG},
		{"allow-network-fs", RT_OPT_FLAG}, {"help", RT_OPT_FLAG},
		{"version", RT_OPT_FLAG}, {NULL, 0}
	};
	static const struct rt_cmd self = {
		.name = "rectrack",
		.args = "",
		.summary = "",
		.opts = top,
		.db = RT_CMD_NODB,
	};
	int argc = *argcp, global, idx;
	char **argv = *argvp;

	*done = 0;
	while (argc > 0 && argv[0][0] == '-' && argv[0][1] != '\0') {
		if (strcmp(argv[0], "--db") == 0 && argc > 1 &&
		    (is_help(argv[1]) || strcmp(argv[1], "-q") == 0 ||
		    arg_opt(&self, argv[1], &global, &idx) != NULL))
			return rt_error(ctx->e, RT_USAGE, "option '--db' needs a value, "
			    "not the option '%s' (if that is the path, write "
			    "--db=%s)", argv[1], argv[1]);
		if (strcmp(argv[0], "--db") == 0 && argc > 1) {
			ctx->db_path = argv[1];
			argc -= 2, argv += 2;
		} else if (strncmp(argv[0], "--db=", 5) == 0) {
			ctx->db_path = argv[0] + 5;
			argc--, argv++;
		} else if (strcmp(argv[0], "--quiet") == 0 ||
		    strcmp(argv[0], "-q") == 0) {
			ctx->quiet = 1;
			argc--, argv++;
		} else if (strcmp(argv[0], "--allow-network-fs") == 0) {
			rt_db_allow_network_fs(1);
			argc--, argv++;
		} else if (strcmp(argv[0], "--db") == 0) {
			return rt_error(ctx->e, RT_USAGE, "option '--db' needs a value");
		} else if (is_help(argv[0])) {
			print_list(stdout);
			*done = 1;
			return RT_OK;
		} else if (strcmp(argv[0], "--version") == 0) {
			printf("rectrack %s (SQLite %s)\n", RT_VERSION,
			    sqlite3_libversion());
			*done = 1;
			return RT_OK;
		} else {
			char list[256];
			const char *name = argv[0] + strspn(argv[0], "-");

			suggest_opt(&self, name, strcspn(name, "="), list, sizeof list);
			if (list[0] != '\0')
				return rt_error(ctx->e, RT_USAGE, "unknown option '%s': did "
				    "you mean %s? (see 'rectrack help')", argv[0], list);
			return rt_error(ctx->e, RT_USAGE, "unknown option '%s' (see "
			    "'rectrack help')", argv[0]);
		}
	}
	*argcp = argc;
	*argvp = argv;
	return RT_OK;
}

int
rt_cmd_main(int argc, char **argv, struct rt_err *e)
{
	const struct rt_cmd *noun = NULL, *c;
	struct rt_ctx ctx;
	struct rt_args a;
	char cmdname[64];
	int rc, nspec = 0, done;

	memset(&ctx, 0, sizeof ctx);
	ctx.e = e;
	ctx.out = stdout;
	ctx.db_path = getenv("RECTRACK_DB");
	if (ctx.db_path == NULL || ctx.db_path[0] == '\0')
		ctx.db_path = "rectrack.db";

	if ((rc = top_options(&argc, &argv, &ctx, &done)) != RT_OK || done)
		return rc;
	if (argc == 0) {
		print_list(stdout);
		return RT_OK;
	}
	if ((c = lookup(commands, NULL, argv[0], e)) == NULL)
		return e->code;
	argc--, argv++;
	snprintf(cmdname, sizeof cmdname, "%s", c->name);
	/*
	 * A command that also has verbs ("update ID ..." and "update edit
	 * UID ..."): its own first argument is an id, so a word that begins
	 * a verb's name is that verb, found as a noun's verbs are ("update ed
	 * 5" edits; "update del 5" is told to write 'delete' in full); any
	 * other word is left to the command, which says it is no id.
	 */
	if (c->verbs != NULL && c->exec != NULL) {
		int j, verb = 0;

		for (j = 0; argc > 0 && argv[0][0] != '\0' &&
		    c->verbs[j] != NULL; j++)
			verb |= strncmp(c->verbs[j]->name, argv[0],
			    strlen(argv[0])) == 0;
		if (verb) {
			noun = c;
			if ((c = lookup(noun->verbs, noun, argv[0], e)) == NULL)
				return e->code;
			argc--, argv++;
			snprintf(cmdname, sizeof cmdname, "%s %s", noun->name,
			    c->name);
		}
	} else if (c->verbs != NULL) {
		noun = c;
		if (argc > 0 && is_help(argv[0])) {
			rt_cmd_help_print(stdout, noun, NULL);
			return RT_OK;
		}
		if (argc == 0 || strncmp(argv[0], "-", 1) == 0)
			return rt_error(e, RT_USAGE, "%s: missing verb (see 'rectrack %s "
			    "--help')", noun->name, noun->name);
		if ((c = lookup(noun->verbs, noun, argv[0], e)) == NULL)
			return e->code;
		argc--, argv++;
		snprintf(cmdname, sizeof cmdname, "%s %s", noun->name, c->name);
	}
	if (wants_help(c, argc, argv)) {
		rt_cmd_help_print(stdout, noun, c);
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
	if ((c = lookup(commands, NULL, a->pos[0], ctx->e)) == NULL)
		return ctx->e->code;
	if (c->verbs == NULL || a->npos == 1) {
		/* A command with verbs of its own ("update") describes itself. */
		rt_cmd_help_print(ctx->out, c->verbs && !c->exec ? c : NULL,
		    c->verbs && !c->exec ? NULL : c);
		return RT_OK;
	}
	if ((v = lookup(c->verbs, c, a->pos[1], ctx->e)) == NULL)
		return ctx->e->code;
	rt_cmd_help_print(ctx->out, c, v);
	return RT_OK;
}

const struct rt_cmd rt_cmd_help = {
	.name = "help",
	.args = "[COMMAND [VERB]]",
	.summary = "list the commands, or describe one",
	.maxpos = 2,
	.db = RT_CMD_NODB,
	.exec = help_exec,
};
