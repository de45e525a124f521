/*
 * vocab.h - the closed vocabularies (decisions, statuses, committee kinds)
 * and the words councils use for them.
 */
#ifndef RECTRACK_VOCAB_H
#define RECTRACK_VOCAB_H

#include "rectrack/err.h"

#include <stddef.h>

struct rt_db;

enum rt_vocab {
	RT_VOCAB_DECISION, /* accepted, accepted-in-principle, partially-accepted,
	                      rejected, noted */
	RT_VOCAB_STATUS,   /* pending, in-item, in-progress, delayed, paused,
	                      complete, not-implemented, superseded */
	RT_VOCAB_KIND      /* scrutiny, executive, peer-review, audit, other */
};

/*
 * The canonical word for s, read case-insensitively with spaces and
 * underscores taken as hyphens and the usual synonyms ("Agreed in part",
 * "Update Pending", "Ongoing", "Implemented", ...).  Returns a static
 * string, or NULL with an RT_INVALID error that names s and lists the
 * accepted words.
 */
const char *rt_vocab_word(enum rt_vocab v, const char *s, struct rt_err *e);

/* The same without an error: NULL when s is not a built-in word. */
const char *rt_vocab_builtin(enum rt_vocab v, const char *s);

/*
 * The canonical word for s in a database: a built-in word, else one the
 * database was taught (table vocabulary, matched the same forgiving way).
 * NULL with an RT_INVALID error that names s, lists the canonical words
 * and shows how to teach it, or with the database's error.
 */
const char *rt_vocab_read(struct rt_db *db, enum rt_vocab v, const char *s,
    struct rt_err *e);

/*
 * Set e to "unknown KIND 's': expected ...; teach it with: rectrack vocab
 * add KIND 's' MEANS" (no hint for a committee kind); returns RT_INVALID.
 */
int rt_vocab_unknown(enum rt_vocab v, const char *s, struct rt_err *e);

/* s normalised for matching into norm; 0 when it did not fit. */
int rt_vocab_norm(const char *s, char *norm, size_t size);

/* s if it is a canonical word of v (as a static string), else NULL. */
const char *rt_vocab_canonical(enum rt_vocab v, const char *s);

/* The i-th built-in word of v (normalised), *means its meaning; NULL after. */
const char *rt_vocab_each(enum rt_vocab v, int i, const char **means);

/* The canonical words of v, for messages ("accepted, ... or noted"). */
const char *rt_vocab_accepted(enum rt_vocab v);

/* "decision", "status", "kind". */
const char *rt_vocab_name(enum rt_vocab v);

/* The built-in label of a canonical word ("Partially Accepted"). */
const char *rt_vocab_label(enum rt_vocab v, const char *canonical);

/*
 * The labels a database's documents show: the taught ones (vocab add
 * --label) over the built-in ones.  Load once per command.
 */
struct rt_labels {
	char *taught[2][8]; /* [decision|status][index of canonical word] */
};
int rt_labels_load(struct rt_db *db, struct rt_labels *l, struct rt_err *e);
void rt_labels_free(struct rt_labels *l);
/* The label of canonical word w of v (decision or status). */
const char *rt_label(const struct rt_labels *l, enum rt_vocab v, const char *w);
/*
 * The label of a state of the views: awaiting-response is "Due to
 * ADDRESSEE" (written into buf); update-pending and update-in-item are the
 * taught labels of pending and in-item, else "Update pending", "Update in
 * item"; rejected and noted the decisions'; the rest the statuses'.
 */
const char *rt_state_label(const struct rt_labels *l, const char *state,
    const char *addressee, char *buf, size_t size);

#endif
