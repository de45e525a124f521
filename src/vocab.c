/*
 * vocab.c - the closed vocabularies and their synonyms (see vocab.h).
 *
 * The synonyms are the words found in council trackers: Oxfordshire's keys
 * ("Update Pending", "Update in Item", "Updated"), Cherwell's statuses
 * ("Completed", "On going") and the decisions Cabinets write ("Agreed",
 * "Agreed in part", "Not accepted").
 */
#include <ctype.h>
#include <string.h>

#include "rectrack/vocab.h"

struct word {
	const char *in;  /* normalised spelling */
	const char *out; /* canonical word */
};

static const struct word decisions[] = {
	{"accepted", "accepted"}, {"accept", "accepted"}, {"agreed", "accepted"},
	{"agree", "accepted"}, {"approved", "accepted"},
	{"accepted-in-principle", "accepted-in-principle"},
	{"agreed-in-principle", "accepted-in-principle"},
	{"in-principle", "accepted-in-principle"},
	{"accepted-in-part", "partially-accepted"},
	{"partially-accepted", "partially-accepted"},
	{"partly-accepted", "partially-accepted"},
	{"agreed-in-part", "partially-accepted"},
	{"partially-agreed", "partially-accepted"},
	{"partly-agreed", "partially-accepted"}, {"partial", "partially-accepted"},
	{"rejected", "rejected"}, {"reject", "rejected"},
	{"not-accepted", "rejected"}, {"not-agreed", "rejected"},
	{"disagreed", "rejected"}, {"declined", "rejected"},
	{"noted", "noted"},
	{NULL, NULL}
};

/*
 * Not built in: a word that could mean two things.  "Closed" is complete
 * to one council and not-implemented to another; "Partially implemented"
 * is in progress to one and closed to another.  A database is taught
 * those (vocab add).
 */
static const struct word statuses[] = {
	{"pending", "pending"}, {"update-pending", "pending"},
	{"not-started", "pending"}, {"due", "pending"},
	{"in-item", "in-item"}, {"update-in-item", "in-item"},
	{"in-progress", "in-progress"}, {"progress", "in-progress"},
	{"ongoing", "in-progress"}, {"on-going", "in-progress"},
	{"started", "in-progress"}, {"underway", "in-progress"},
	{"delayed", "delayed"}, {"behind", "delayed"}, {"overdue", "delayed"},
	{"paused", "paused"}, {"on-hold", "paused"}, {"deferred", "paused"},
	{"complete", "complete"}, {"completed", "complete"},
	{"updated", "complete"}, {"implemented", "complete"},
	{"done", "complete"},
	{"not-implemented", "not-implemented"}, {"not-achieved", "not-implemented"},
	{"not-done", "not-implemented"},
	{"superseded", "superseded"}, {"overtaken-by-events", "superseded"},
	{"no-longer-applicable", "superseded"},
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
} vocabs[] = {
	{"decision", decisions, "accepted, accepted-in-principle, "
	    "partially-accepted, rejected or noted"},
	{"status", statuses, "pending, in-item, in-progress, delayed, paused, "
	    "complete, not-implemented or superseded"},
	{"kind", kinds, "scrutiny, executive, peer-review, audit or other"},
};

/* Lower case; runs of blanks, '_' and '-' become one '-'; trim. */
int
rt_vocab_norm(const char *s, char *norm, size_t size)
{
	size_t i = 0;
	const char *p = s;

	while (*p == ' ' || *p == '\t')
		p++;
	for (; *p != '\0' && i < size - 1; p++) {
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
	return *p == '\0';
}

const char *
rt_vocab_builtin(enum rt_vocab v, const char *s)
{
	char norm[64];
	const struct word *w;

	if (rt_vocab_norm(s, norm, sizeof norm))
		for (w = vocabs[v].words; w->in != NULL; w++)
			if (strcmp(w->in, norm) == 0)
				return w->out;
	return NULL;
}

const char *
rt_vocab_word(enum rt_vocab v, const char *s, struct rt_err *e)
{
	const char *w = rt_vocab_builtin(v, s);

	if (w == NULL)
		rt_vocab_unknown(v, s, e);
	return w;
}

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

/*
 * The error for a word nobody taught: it names the word, lists the
 * canonical words and shows the command that would teach it.
 */
int
rt_vocab_unknown(enum rt_vocab v, const char *s, struct rt_err *e)
{
	char q[HINT_MAX * 4 + 3];

	if (v != RT_VOCAB_KIND && strlen(s) <= HINT_MAX &&
	    shell_quote(s, q, sizeof q))
		return rt_error(e, RT_INVALID, "unknown %s '%s': expected %s; "
		    "teach it with: rectrack vocab add %s %s MEANS", vocabs[v].what,
		    s, vocabs[v].accepted, vocabs[v].what, q);
	return rt_error(e, RT_INVALID, "unknown %s '%s': expected %s",
	    vocabs[v].what, s, vocabs[v].accepted);
}

const char *
rt_vocab_canonical(enum rt_vocab v, const char *s)
{
	const struct word *w;

	for (w = vocabs[v].words; w->in != NULL; w++)
		if (strcmp(w->out, s) == 0)
			return w->out;
	return NULL;
}

const char *
rt_vocab_each(enum rt_vocab v, int i, const char **means)
{
	const struct word *w = vocabs[v].words;
	int k;

	for (k = 0; k < i && w[k].in != NULL; k++)
		;
	if (w[k].in == NULL)
		return NULL;
	*means = w[k].out;
	return w[k].in;
}

const char *
rt_vocab_accepted(enum rt_vocab v)
{
	return vocabs[v].accepted;
}

const char *
rt_vocab_name(enum rt_vocab v)
{
	return vocabs[v].what;
}

/*
 * The labels documents show for the canonical words, unless a database
 * teaches its own (vocab add --label): the words of the Oxfordshire
 * trackers.
 */
static const struct word labels[] = {
	{"accepted", "Accepted"}, {"accepted-in-principle", "Accepted in principle"},
	{"partially-accepted", "Partially Accepted"}, {"rejected", "Rejected"},
	{"noted", "Noted"},
	{"pending", "Pending"}, {"in-item", "In item"},
	{"in-progress", "In progress"}, {"delayed", "Delayed"},
	{"paused", "Paused"}, {"complete", "Complete"},
	{"not-implemented", "Not implemented"}, {"superseded", "Superseded"},
	{NULL, NULL}
};

const char *
rt_vocab_label(enum rt_vocab v, const char *canonical)
{
	const struct word *w;

	(void)v;
	for (w = labels; w->in != NULL; w++)
		if (strcmp(w->in, canonical) == 0)
			return w->out;
	return canonical;
}
