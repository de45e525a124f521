/*
 * vocab.h - the closed vocabularies (decisions, statuses, committee kinds)
 * and the words councils use for them.
 */
#ifndef RECTRACK_VOCAB_H
#define RECTRACK_VOCAB_H

#include "rectrack/err.h"

enum rt_vocab {
	RT_VOCAB_DECISION, /* accepted, partially-accepted, rejected, noted */
	RT_VOCAB_STATUS,   /* pending, in-item, in-progress, delayed, complete */
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

/*
 * The error for a word s that v does not know, in one place for every
 * command: it names s, lists the canonical words and, for the words a
 * database can be taught (decisions, statuses), shows the command that
 * would teach it, with s quoted for the shell: "unknown status 'Progress
 * Made': expected pending, ...; teach it with: rectrack vocab add status
 * 'Progress Made' MEANS".  Returns RT_INVALID.
 */
int rt_vocab_unknown(enum rt_vocab v, const char *s, struct rt_err *e);

#endif
