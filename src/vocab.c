/*
 * vocab.c - the closed vocabularies and their synonyms (see vocab.h).
 *
 * The synonyms are the words found in council trackers: Oxfordshire's keys
 * ("Update Pending", "Update in Item", "Updated"), Cherwell's statuses
 * ("Completed", "On going") and the decisions Cabinets write ("Agreed",
 * "Agreed in part", "Not accepted").
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "rectrack/vocab.h"

struct word {
	const char *in;  /* normalised spelling */
	const char *out; /* canonical word */
};

static const struct word decisions[] = {
	{"accepted", "accepted"}, {"accept", "accepted"}, {"agreed", "accepted"},
	{"agree", "accepted"}, {"approved", "accepted"},
	{"partially-accepted", "partially-accepted"},
	{"partly-accepted", "partially-accepted"},
	{"accepted-in-part", "partially-accepted"},
	{"agreed-in-part", "partially-accepted"},
	{"partially-agreed", "partially-accepted"},
	{"partly-agreed", "partially-accepted"}, {"partial", "partially-accepted"},
	{"rejected", "rejected"}, {"reject", "rejected"},
	{"not-accepted", "rejected"}, {"not-agreed", "rejected"},
	{"disagreed", "rejected"}, {"declined", "rejected"},
	{"noted", "noted"},
	{NULL, NULL}
};

static const struct word statuses[] = {
	{"pending", "pending"}, {"update-pending", "pending"},
	{"not-started", "pending"}, {"due", "pending"},
	{"in-item", "in-item"}, {"update-in-item", "in-item"},
	{"in-progress", "in-progress"}, {"progress", "in-progress"},
	{"ongoing", "in-progress"}, {"on-going", "in-progress"},
	{"started", "in-progress"}, {"underway", "in-progress"},
	{"delayed", "delayed"}, {"behind", "delayed"}, {"overdue", "delayed"},
	{"complete", "complete"}, {"completed", "complete"},
	{"updated", "complete"}, {"implemented", "complete"},
	{"done", "complete"}, {"closed", "complete"},
	{NULL, NULL}
};

static const struct word kinds[] = {
	{"scrutiny", "scrutiny"}, {"executive", "executive"},
	{"peer-review", "peer-review"}, {"audit", "audit"}, {"other", "other"},
	{NULL, NULL}
};

static const struct {
	const char *what;         /* for messages */
	const struct word *words; /* the table */
	const char *accepted;     /* the canonical words, for messages */
	int teachable;            /* `vocab add` can teach it a word */
} vocabs[] = {
	{"decision", decisions, "accepted, partially-accepted, rejected or noted",
	    1},
	{"status", statuses, "pending, in-item, in-progress, delayed or complete",
	    1},
	{"kind", kinds, "scrutiny, executive, peer-review, audit or other", 0},
};

/* Longest word the hint quotes; a longer one is no word a tracker uses. */
#define HINT_MAX 200

/*
 * s quoted for a POSIX shell, into out: always in single quotes, each
 * single quote of s written as '\'' (close, escaped quote, reopen).
 * Returns 0 when s cannot be given so (a control character, which the
 * error printer would show escaped, or too long for out).
 */
static int
shell_quote(const char *s, char *out, size_t size)
{
	size_t n = 0;

	if (size < 3)
		return 0;
	out[n++] = '\'';
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c < 0x20 || c == 0x7f || n + 6 >= size ||
		    (c == 0xc2 && (unsigned char)s[1] >= 0x80 &&
		    (unsigned char)s[1] <= 0x9f))
			return 0;
		if (c == '\'') {
			memcpy(out + n, "'\\''", 4);
			n += 4;
		} else
			out[n++] = (char)c;
	}
	out[n++] = '\'';
	out[n] = '\0';
	return 1;
}

int
rt_vocab_unknown(enum rt_vocab v, const char *s, struct rt_err *e)
{
	char q[HINT_MAX * 4 + 3];

	if (vocabs[v].teachable && strlen(s) <= HINT_MAX &&
	    shell_quote(s, q, sizeof q))
		return rt_error(e, RT_INVALID, "unknown %s '%s': expected %s; "
		    "teach it with: rectrack vocab add %s %s MEANS", vocabs[v].what,
		    s, vocabs[v].accepted, vocabs[v].what, q);
	return rt_error(e, RT_INVALID, "unknown %s '%s': expected %s",
	    vocabs[v].what, s, vocabs[v].accepted);
}

const char *
rt_vocab_word(enum rt_vocab v, const char *s, struct rt_err *e)
{
	char norm[64];
	size_t i = 0;
	const char *p = s;
	const struct word *w;

	/* Lower case; runs of blanks, '_' and '-' become one '-'; trim. */
	while (*p == ' ' || *p == '\t')
		p++;
	for (; *p != '\0' && i < sizeof norm - 1; p++) {
		unsigned char c = (unsigned char)*p;

		if (c == ' ' || c == '\t' || c == '_' || c == '-') {
			if (i > 0 && norm[i - 1] != '-')
				norm[i++] = '-';
		} else
			norm[i++] = (char)tolower(c);
	}
	while (i > 0 && norm[i - 1] == '-')
		i--;
	norm[i] = '\0';
	if (*p == '\0')
		for (w = vocabs[v].words; w->in != NULL; w++)
			if (strcmp(w->in, norm) == 0)
				return w->out;
	rt_vocab_unknown(v, s, e);
	return NULL;
}
