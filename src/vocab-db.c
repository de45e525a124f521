/*
 * vocab-db.c - the words a database was taught, and the labels its
 * documents show (see vocab.h; table vocabulary, migration 0002).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rectrack/db.h"
#include "rectrack/sqlfiles.h"
#include "rectrack/vocab.h"

/* The canonical words, in the order of rt_labels.taught. */
static const char *const canon[2][8] = {
	{"accepted", "accepted-in-principle", "partially-accepted", "rejected",
	 "noted", NULL},
	{"pending", "in-item", "in-progress", "delayed", "paused", "complete",
	 "not-implemented", "superseded"},
};

static int
canon_index(enum rt_vocab v, const char *w)
{
	int i;

	for (i = 0; i < 8 && canon[v][i] != NULL; i++)
		if (strcmp(canon[v][i], w) == 0)
			return i;
	return -1;
}

const char *
rt_vocab_read(struct rt_db *db, enum rt_vocab v, const char *s,
    struct rt_err *e)
{
	char want[64], norm[64];
	const char *w, *found = NULL;
	sqlite3_stmt *st;
	int row;

	if ((w = rt_vocab_builtin(v, s)) != NULL || v == RT_VOCAB_KIND) {
		if (w == NULL)
			rt_vocab_unknown(v, s, e);
		return w;
	}
	if (!rt_vocab_norm(s, want, sizeof want)) {
		rt_vocab_unknown(v, s, e);
		return NULL;
	}
	if (rt_db_prepare_sql(db, RT_SQL_CMD_VOCAB_TAUGHT, &st, e) != RT_OK)
		return NULL;
	sqlite3_bind_text(st, 1, rt_vocab_name(v), -1, SQLITE_STATIC);
	while (found == NULL && rt_db_step(db, st, &row, "vocabulary", e) == RT_OK &&
	    row)
		if (rt_vocab_norm((const char *)sqlite3_column_text(st, 0), norm,
		    sizeof norm) && strcmp(norm, want) == 0)
			found = rt_vocab_canonical(v,
			    (const char *)sqlite3_column_text(st, 1));
	sqlite3_finalize(st);
	if (found == NULL && e->code == RT_OK)
		rt_vocab_unknown(v, s, e);
	return found;
}

int
rt_labels_load(struct rt_db *db, struct rt_labels *l, struct rt_err *e)
{
	sqlite3_stmt *st;
	int rc, row, i;

	memset(l, 0, sizeof *l);
	if ((rc = rt_db_prepare_sql(db, RT_SQL_CMD_VOCAB_LABELS, &st, e))
	    != RT_OK)
		return rc;
	while ((rc = rt_db_step(db, st, &row, "vocabulary", e)) == RT_OK && row) {
		enum rt_vocab v = strcmp((const char *)sqlite3_column_text(st, 0),
		    "decision") == 0 ? RT_VOCAB_DECISION : RT_VOCAB_STATUS;

		i = canon_index(v, (const char *)sqlite3_column_text(st, 1));
		if (i < 0 || l->taught[v][i] != NULL)
			continue;
		if ((l->taught[v][i] = strdup((const char *)
		    sqlite3_column_text(st, 2))) == NULL) {
			rc = rt_error(e, RT_FAIL, "out of memory");
			break;
		}
	}
	sqlite3_finalize(st);
	if (rc != RT_OK)
		rt_labels_free(l);
	return rc;
}

void
rt_labels_free(struct rt_labels *l)
{
	int v, i;

	for (v = 0; v < 2; v++)
		for (i = 0; i < 8; i++) {
			free(l->taught[v][i]);
			l->taught[v][i] = NULL;
		}
}

const char *
rt_label(const struct rt_labels *l, enum rt_vocab v, const char *w)
{
	int i = v == RT_VOCAB_KIND ? -1 : canon_index(v, w);

	if (l != NULL && i >= 0 && l->taught[v][i] != NULL)
		return l->taught[v][i];
	return rt_vocab_label(v, w);
}

const char *
rt_state_label(const struct rt_labels *l, const char *state,
    const char *addressee, char *buf, size_t size)
{
	if (strcmp(state, "awaiting-response") == 0) {
		snprintf(buf, size, "Due to %s", addressee != NULL &&
		    *addressee != '\0' ? addressee : "Cabinet");
		return buf;
	}
	if (strcmp(state, "update-pending") == 0)
		return l != NULL && l->taught[RT_VOCAB_STATUS][0] != NULL ?
		    l->taught[RT_VOCAB_STATUS][0] : "Update pending";
	if (strcmp(state, "update-in-item") == 0)
		return l != NULL && l->taught[RT_VOCAB_STATUS][1] != NULL ?
		    l->taught[RT_VOCAB_STATUS][1] : "Update in item";
	if (canon_index(RT_VOCAB_DECISION, state) >= 0)
		return rt_label(l, RT_VOCAB_DECISION, state);
	return rt_label(l, RT_VOCAB_STATUS, state);
}
