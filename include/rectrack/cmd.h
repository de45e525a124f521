/*
 * cmd.h - the command table.
 *
 * Every command is a const struct rt_cmd at the end of its src/cmd-*.c
 * file; a noun with verbs ("rec add") is an entry whose verbs table holds
 * the verbs.  The dispatcher (cmd.c) finds the entry, handles --help,
 * parses the options the entry declares, opens the database the way the
 * entry asks, wraps a writing command in one transaction, and hands the
 * parsed arguments to exec.  Commands never print errors: they return a
 * status with the message in ctx->e.  Entries are written with designated
 * initialisers (.name = "add", .opts = add_opts, .exec = add_exec), so each
 * field is named and a new field cannot shift the others.
 */
#ifndef RECTRACK_CMD_H
#define RECTRACK_CMD_H

#include <stdio.h>
#include "rectrack/db.h"
#include "rectrack/err.h"
#include "rectrack/out.h"

/* What the dispatcher opens before exec. */
enum rt_cmd_db {
	RT_CMD_NODB,    /* no database (help) */
	RT_CMD_READ,    /* read-only, schema current */
	RT_CMD_WRITE,   /* one BEGIN IMMEDIATE transaction, schema current */
	RT_CMD_MIGRATE, /* read-write, schema may be behind; exec manages it */
	RT_CMD_CREATE   /* exec opens (and may create) the file itself */
};

/*
 * An option's kind, with what the command needs of it or'd in:
 * {"meeting", RT_OPT_VALUE | RT_OPT_REQUIRED}.  The dispatcher refuses a
 * command line that lacks a required option, naming every one missing,
 * so a command never checks for them itself.  (Bits, not a third field:
 * every option array would otherwise have to spell the field out.)
 */
enum rt_opt_kind {
	RT_OPT_FLAG,            /* --force */
	RT_OPT_VALUE,           /* --title T (the last one given wins) */
	RT_OPT_MULTI,           /* --lead L, repeatable */
	RT_OPT_WRITES,          /* a flag that makes an RT_CMD_WRITE command
				   write (tracker --mark-reported): without it
				   the command opens the database read-only */
	RT_OPT_KIND = 0x0f,     /* the bits that hold one of the above */
	RT_OPT_REQUIRED = 0x10, /* the command needs this option */
	RT_OPT_ONE_OF = 0x20,   /* it needs one of the options so marked
				   (--text or --text-file) */
	RT_OPT_INSTEAD = 0x40,  /* given, the options marked RT_OPT_REPLACED
				   are no longer required but refused:
				   --parent ID instead of --committee
				   --meeting --item */
	RT_OPT_REPLACED = 0x80
};

struct rt_opt {
	const char *name;      /* without the dashes */
	enum rt_opt_kind kind; /* see above */
};

/* The parsed command line of one command. */
struct rt_args {
	const struct rt_opt *spec; /* the entry's options, NULL-terminated */
	const char **val;          /* per option: last value, "" for a flag, or NULL */
	const char ***all;         /* per option: every value (MULTI) */
	int *nall;                 /* per option: how many in all[] */
	char **pos;                /* positional arguments */
	int npos;                  /* how many */
};

struct rt_ctx {
	const char *cmd;       /* "rec add", for messages */
	const char *db_path;   /* --db, $RECTRACK_DB or ./rectrack.db */
	struct rt_db db;       /* opened as the entry asked */
	FILE *out;             /* where results go (buffered for writers) */
	int quiet;             /* --quiet */
	int rollback;          /* set by a writer: succeed, but roll back (--dry-run) */
	struct rt_err *e;      /* the one error */
};

struct rt_cmd {
	const char *name;               /* "add" */
	const char *args;               /* synopsis after the name */
	const char *summary;            /* one line for the list */
	const char *help;               /* the rest of --help, or NULL */
	const struct rt_opt *opts;      /* NULL-terminated, or NULL */
	int minpos, maxpos;             /* positional argument counts */
	enum rt_cmd_db db;              /* what to open */
	int (*exec)(struct rt_ctx *, struct rt_args *);
	const struct rt_cmd *const *verbs; /* a noun's verbs, or NULL */
	int whole;                      /* never matched by a prefix: it
					   replaces files (publish, backup),
					   as one that deletes never is */
	int bulk;                       /* loads rows: rt_db_bulk() first */
};

/* Run argv (without the program name); returns the exit status. */
int rt_cmd_main(int argc, char **argv, struct rt_err *e);

/* Print c's --help (noun: its noun, or NULL) on fp. */
void rt_cmd_help_print(FILE *fp, const struct rt_cmd *noun,
    const struct rt_cmd *c);

/* Option lookup by name: the value or NULL; is it set. */
const char *rt_arg(const struct rt_args *a, const char *name);
int rt_arg_set(const struct rt_args *a, const char *name);
/* All values of a MULTI option; *n receives the count. */
const char **rt_arg_all(const struct rt_args *a, const char *name, int *n);

/* The entries, defined at the end of each src/cmd-*.c. */
extern const struct rt_cmd rt_cmd_init, rt_cmd_migrate, rt_cmd_committee,
    rt_cmd_meeting, rt_cmd_rec, rt_cmd_respond, rt_cmd_update, rt_cmd_action,
    rt_cmd_log, rt_cmd_check, rt_cmd_backup, rt_cmd_help, rt_cmd_query,
    rt_cmd_tracker, rt_cmd_search, rt_cmd_sql, rt_cmd_import,
    rt_cmd_export, rt_cmd_publish, rt_cmd_vocab, rt_cmd_plan;

/* cmd-impact.c */
extern const struct rt_cmd rt_cmd_stats, rt_cmd_chase, rt_cmd_calendar;

/*
 * The options every listing shares: --format (default table) and --as-of
 * (any accepted date form, default today).  RT_USAGE or RT_INVALID naming
 * the value.
 */
int rt_cmd_format(const struct rt_args *a, enum rt_fmt *fmt, struct rt_err *e);
int rt_cmd_as_of(const struct rt_args *a, char as_of[11], struct rt_err *e);
/*
 * The --format of a document (tracker, plan): markdown (the default),
 * html or csv.  RT_USAGE naming the value and the command (cmd).
 */
enum rt_docfmt { RT_DOCFMT_MARKDOWN, RT_DOCFMT_HTML, RT_DOCFMT_CSV };
int rt_cmd_doc_format(const struct rt_args *a, const char *cmd,
    enum rt_docfmt *fmt, struct rt_err *e);
/*
 * The output options of a listing: --format (default table) and
 * --no-formula-guard (when the command declares it; the guard is on
 * otherwise).  RT_USAGE naming a bad format.
 */
int rt_cmd_out(const struct rt_args *a, struct rt_out *o, struct rt_err *e);

/*
 * When ctx->out is a terminal: fit a table to its width ($COLUMNS, else
 * the terminal's own) and send the output through $PAGER (default "less
 * -FRSX"; empty or "cat": none) by making ctx->out the pager's input.
 * rt_cmd_page_end() waits for the pager and gives ctx->out back; a reader
 * who quits the pager early is not an error.  Returns rc, or the pager's
 * failure when rc was RT_OK.
 */
void rt_cmd_page(struct rt_ctx *ctx, struct rt_out *o);
int rt_cmd_page_end(struct rt_ctx *ctx, int rc);

/*
 * Run a listing: read --format (default table) and --as-of (default today;
 * the state views are computed for it), bind every option the command was
 * given to the parameter of the same name (":committee" for --committee,
 * ":as_of" for --as-of; dates given as --since, --until, --as-of are read in
 * any accepted form first) and print the rows.  An unknown --committee is
 * an error, not an empty list.
 */
int rt_cmd_listing(struct rt_ctx *ctx, const struct rt_args *a, const char *sql);
/*
 * The same up to the printing: *st (finalized by the caller) prepared and
 * bound as above, the state views computed for as_of (ISO, which it
 * receives), so that a command can walk the rows into a document.
 */
int rt_cmd_listing_stmt(struct rt_ctx *ctx, const struct rt_args *a,
    const char *sql, sqlite3_stmt **st, char as_of[11]);

/*
 * Record a progress update: on a recommendation (update) or, with
 * on_action, on an action (action update).  Shared because the two are the
 * same row in the same table, checked the same way.
 */
int rt_cmd_record_update(struct rt_ctx *ctx, struct rt_args *a, int on_action);
/*
 * rec target ID TEXT (on_action 0) and action due ID TEXT (1), with
 * --reason and --date: revise the target or due date, keeping the old
 * value in a revisions row (revise.c).  Prints the revision's id.
 */
int rt_cmd_revise(struct rt_ctx *ctx, struct rt_args *a, int on_action);
/*
 * A due text or target as written, with its revisions: "March 2025
 * (revised twice; first set as December 2024)"; first NULL: first set
 * with no date (cmd-plan.c; the tracker and the plan).
 */
void rt_doc_revised(struct rt_doc *d, const char *text, int revisions,
    const char *first);

/* update delete / respond delete (response: 1): one row, with --force. */
int rt_cmd_delete_record(struct rt_ctx *ctx, struct rt_args *a, int response);

#endif
