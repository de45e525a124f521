/*
 * model.h - finding and creating the rows the recording commands share:
 * a committee by slug, a meeting by date, an item by title, a
 * recommendation or action by id, and the leads of either.
 */
#ifndef RECTRACK_MODEL_H
#define RECTRACK_MODEL_H

#include <sqlite3.h>
#include "rectrack/db.h"

#define RT_SLUG_LEN 65	/* a committee's slug, NUL included */

/*
 * The committee a user means by name: its slug in any case ("PCS-OSC"),
 * or its name ignoring case.  *id (id may be NULL) and slug (may be NULL)
 * receive it.  RT_INVALID "unknown committee", with a did-you-mean when
 * a slug or name is close, or when two committees share the name.
 */
int rt_committee_find(struct rt_db *db, const char *name, sqlite3_int64 *id,
    char slug[RT_SLUG_LEN], struct rt_err *e);

/* The same, when only the id matters. */
/* The committee a recommendation belongs to. */
int rt_committee_of_rec(struct rt_db *db, sqlite3_int64 rec, sqlite3_int64 *id,
    struct rt_err *e);

/*
 * The response due date for a report received on received by a committee
 * whose response period is period ("2 months", "8 weeks", "28 days";
 * "open" and "none" give ""): cmd-rec.c.
 */
int rt_response_due(const char *period, const char *received, char out[11],
    struct rt_err *e);

int rt_committee_id(struct rt_db *db, const char *slug, sqlite3_int64 *id,
    struct rt_err *e);

/*
 * The meeting of a committee on date (ISO), created (with title, may be
 * NULL) when missing if create is set, else RT_INVALID when missing.
 */
int rt_meeting_get(struct rt_db *db, sqlite3_int64 committee, const char *date,
    const char *title, int create, sqlite3_int64 *id, struct rt_err *e);

/* The item of a meeting with this title, created when missing. */
int rt_item_get(struct rt_db *db, sqlite3_int64 meeting, const char *title,
    sqlite3_int64 *id, struct rt_err *e);

/*
 * Does recommendation id exist?  RT_INVALID "unknown recommendation N" if
 * not; meeting_date (may be NULL) receives its meeting's date.
 */
int rt_rec_find(struct rt_db *db, sqlite3_int64 id, char meeting_date[11],
    struct rt_err *e);
/* The same for an action. */
int rt_action_find(struct rt_db *db, sqlite3_int64 id, char meeting_date[11],
    struct rt_err *e);

/* Replace the leads of a recommendation, or with on_action of an action,
 * with names, in order. */
int rt_leads_set(struct rt_db *db, int on_action, sqlite3_int64 owner,
    char **names, int n, struct rt_err *e);

/*
 * A recommendation's or an action's number as it sorts (the view
 * natural_keys of sql/migrations/0002 says how: "R10" is "r0210") into
 * key; 0, or -1 when it does not fit in size.  The import binds it so that
 * the sort key is in the row from the start; the SQL stays the rule, and
 * the import's catch-up (sql/import/bulk.sql) rewrites any key that
 * differs from it.
 */
int rt_number_key(const char *number, char *key, size_t size);

#endif
