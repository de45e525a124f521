/*
 * cmd-vocab.c - vocab list, add and remove: the words a source uses for
 * decisions and statuses, each meaning one canonical word.
 *
 * The built-in synonyms live in the program (vocab.c); a database is
 * taught the rest (table vocabulary).  Stored rows always keep the
 * canonical word, so teaching or forgetting a word never changes an
 * answer; --label only changes what documents call the canonical word.
 */
#include <string.h>

#include "rectrack/cmd.h"
#include "rectrack/input.h"
#include "rectrack/vocab.h"

static int
read_kind(const char *s, enum rt_vocab *v, struct rt_err *e)
{
	if (strcmp(s, "decision") == 0)
		*v = RT_VOCAB_DECISION;
	else if (strcmp(s, "status") == 0)
		*v = RT_VOCAB_STATUS;
	else
		return rt_error(e, RT_USAGE, "vocab: unknown kind '%s': expected "
		    "decision or status", s);
	return RT_OK;
}

/*
 * The taught word of kind v that reads as word (matched like any word:
 * case, blanks, '-' and '_' aside): *id 0 when none.
 */
static int
taught(struct rt_db *db, enum rt_vocab v, const char *word, sqlite3_int64 *id,
    char means[32], int *label, struct rt_err *e)
{
	char want[64], norm[64];
	sqlite3_stmt *st;
	int rc, row;

	*id = 0;
	if (!rt_vocab_norm(word, want, sizeof want))
		return RT_OK;
	if ((rc = rt_db_prepare_sql(db, RT_SQL_CMD_VOCAB_TAUGHT, &st,
	    e)) != RT_OK)
		return rc;
	sqlite3_bind_text(st, 1, rt_vocab_name(v), -1, SQLITE_STATIC);
	while (*id == 0 && (rc = rt_db_step(db, st, &row, "vocab", e)) == RT_OK &&
	    row)
		if (rt_vocab_norm((const char *)sqlite3_column_text(st, 0), norm,
		    sizeof norm) && strcmp(norm, want) == 0) {
			snprintf(means, 32, "%s", sqlite3_column_text(st, 1));
			*id = sqlite3_column_int64(st, 2);
			*label = sqlite3_column_int(st, 3);
		}
	sqlite3_finalize(st);
	return rc;
}

static int
run_named(struct rt_db *db, enum rt_sql_id name, enum rt_vocab v,
    const char *a2, const char *a3, sqlite3_int64 n, struct rt_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if ((rc = rt_db_prepare_sql(db, name, &st, e)) != RT_OK)
		return rc;
	if (name == RT_SQL_CMD_VOCAB_RELABEL || name == RT_SQL_CMD_VOCAB_REMOVE)
		sqlite3_bind_int64(st, 1, n);
	else {
		sqlite3_bind_text(st, 1, rt_vocab_name(v), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, a2, -1, SQLITE_STATIC);
		if (a3 != NULL)
			sqlite3_bind_text(st, 3, a3, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 4, n);
	}
	rc = rt_db_step(db, st, NULL, "vocab", e);
	sqlite3_finalize(st);
	return rc;
}

static int
add_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const char *word = a->pos[1], *means, *builtin;
	int label = rt_arg_set(a, "label"), was_label = 0, rc;
	enum rt_vocab v = RT_VOCAB_DECISION;
	sqlite3_int64 id;
	char old[32];

	if ((rc = read_kind(a->pos[0], &v, ctx->e)) != RT_OK ||
	    (rc = rt_input_check_line("vocab word", word, ctx->e)) != RT_OK)
		return rc;
	if (strlen(word) > 60)
		return rt_error(ctx->e, RT_INVALID, "vocab word '%.20s...' is "
		    "longer than 60 bytes", word);
	if ((means = rt_vocab_canonical(v, a->pos[2])) == NULL)
		return rt_error(ctx->e, RT_INVALID, "vocab add: '%s' is not a "
		    "canonical %s: expected %s", a->pos[2], rt_vocab_name(v),
		    rt_vocab_accepted(v));
	if ((builtin = rt_vocab_builtin(v, word)) != NULL && strcmp(builtin, means) != 0)
		return rt_error(ctx->e, RT_INVALID, "vocab add: '%s' is a built-in "
		    "%s that means %s, not %s", word, rt_vocab_name(v), builtin,
		    means);
	if ((rc = taught(&ctx->db, v, word, &id, old, &was_label, ctx->e)) != RT_OK)
		return rc;
	if (id != 0 && strcmp(old, means) != 0)
		return rt_error(ctx->e, RT_INVALID, "vocab add: '%s' already means "
		    "%s here (vocab remove %s first)", word, old, rt_vocab_name(v));
	if ((id != 0 || builtin != NULL) && (!label || was_label))
		return rt_error(ctx->e, RT_INVALID, "vocab add: '%s' already means "
		    "%s%s", word, means, builtin != NULL && id == 0 ?
		    " (built in)" : "");
	if (label && (rc = run_named(&ctx->db, RT_SQL_CMD_VOCAB_UNLABEL, v,
	    means, NULL, 0,
	    ctx->e)) != RT_OK)
		return rc;
	if (id != 0)
		return run_named(&ctx->db, RT_SQL_CMD_VOCAB_RELABEL, v, NULL,
		    NULL, id, ctx->e);
	return run_named(&ctx->db, RT_SQL_CMD_VOCAB_ADD, v, word, means, label,
	    ctx->e);
}

static int
remove_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const char *word = a->pos[1];
	enum rt_vocab v = RT_VOCAB_DECISION;
	sqlite3_int64 id;
	char means[32];
	int label, rc;

	if ((rc = read_kind(a->pos[0], &v, ctx->e)) != RT_OK ||
	    (rc = taught(&ctx->db, v, word, &id, means, &label, ctx->e)) != RT_OK)
		return rc;
	if (id == 0)
		return rt_error(ctx->e, RT_INVALID, "vocab remove: '%s' is %s",
		    word, rt_vocab_builtin(v, word) != NULL ?
		    "built in and cannot be removed" : "not a word this database "
		    "was taught");
	return run_named(&ctx->db, RT_SQL_CMD_VOCAB_REMOVE, v, NULL, NULL, id,
	    ctx->e);
}

/* The built-in words go into a TEMP table, so one statement lists all. */
static int
list_exec(struct rt_ctx *ctx, struct rt_args *a)
{
	const char *kind = rt_arg(a, "kind"), *word, *means;
	enum rt_vocab v = RT_VOCAB_DECISION;
	sqlite3_stmt *st;
	int rc, i;

	if (kind != NULL && (rc = read_kind(kind, &v, ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_CMD_VOCAB_BUILTIN, &st,
	    ctx->e)) != RT_OK)
		return rc;
	rc = rt_db_step(&ctx->db, st, NULL, "vocab", ctx->e);
	sqlite3_finalize(st);
	if (rc != RT_OK || (rc = rt_db_prepare_sql(&ctx->db,
	    RT_SQL_CMD_VOCAB_BUILTIN_ADD, &st, ctx->e)) != RT_OK)
		return rc;
	for (v = RT_VOCAB_DECISION; rc == RT_OK && v <= RT_VOCAB_STATUS; v++)
		for (i = 0; rc == RT_OK &&
		    (word = rt_vocab_each(v, i, &means)) != NULL; i++) {
			sqlite3_reset(st);
			sqlite3_bind_text(st, 1, rt_vocab_name(v), -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 2, word, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 3, means, -1, SQLITE_STATIC);
			rc = rt_db_step(&ctx->db, st, NULL, "vocab", ctx->e);
		}
	sqlite3_finalize(st);
	if (rc != RT_OK)
		return rc;
	return rt_cmd_listing(ctx, a, rt_sql(RT_SQL_CMD_VOCAB_LIST));
}

static const struct rt_opt add_opts[] = {{"label", RT_OPT_FLAG}, {NULL, 0}};

static const struct rt_opt list_opts[] = {
	{"kind", RT_OPT_VALUE}, {"format", RT_OPT_VALUE},
	{"no-formula-guard", RT_OPT_FLAG}, {NULL, 0}
};

static const struct rt_cmd list = {
	.name = "list",
	.args = "[--kind decision|status] [--format F]",
	.summary = "list the words rectrack reads",
	.help =
	    "Every word rectrack reads as a decision or a status: the built-in ones\n"
	    "and those this database was taught, with the canonical word each means\n"
	    "and whether documents show it as the label of that word.\n",
	.opts = list_opts,
	.db = RT_CMD_READ,
	.exec = list_exec,
};

static const struct rt_cmd add = {
	.name = "add",
	.args = "KIND WORD MEANS [--label]",
	.summary = "teach the database a word",
	.help =
	    "KIND is decision or status; MEANS one of the canonical words:\n"
	    "  decision: accepted, accepted-in-principle, partially-accepted,\n"
	    "            rejected, noted\n"
	    "  status:   pending, in-item, in-progress, delayed, paused, complete,\n"
	    "            not-implemented, superseded\n"
	    "WORD is then read wherever a decision or status is (respond, update,\n"
	    "import), ignoring case, blanks, '-' and '_'.  Rows keep the canonical\n"
	    "word.  --label makes WORD what documents (tracker, plan, site) call\n"
	    "MEANS; a built-in word may be taught again only as a label.\n"
	    "  rectrack vocab add status 'Progress Made' in-progress --label\n",
	.opts = add_opts,
	.minpos = 3, .maxpos = 3,
	.db = RT_CMD_WRITE,
	.exec = add_exec,
};

static const struct rt_cmd remove_ = {
	.name = "remove",
	.args = "KIND WORD",
	.summary = "forget a taught word",
	.help =
	    "Forgets a word this database was taught (built-in words stay).  Rows\n"
	    "keep their canonical words, so nothing else changes.\n",
	.minpos = 2, .maxpos = 2,
	.db = RT_CMD_WRITE,
	.exec = remove_exec,
};

static const struct rt_cmd *const verbs[] = {&list, &add, &remove_, NULL};

const struct rt_cmd rt_cmd_vocab = {
	.name = "vocab",
	.args = "",
	.summary = "words for decisions and statuses: list, add, remove",
	.db = RT_CMD_NODB,
	.verbs = verbs,
};
