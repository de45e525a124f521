/*
 * input.h - checking what users type before it reaches the database.
 *
 * Texts must be valid UTF-8 without control characters (C0, DEL, C1) other
 * than tab and line ends (a terminal escape sequence in a recommendation would later
 * repaint the officer's screen), names and titles must fit on one line,
 * and nothing may be longer than RT_TEXT_MAX bytes.
 */
#ifndef RECTRACK_INPUT_H
#define RECTRACK_INPUT_H

#include <sqlite3.h>
#include "rectrack/cmd.h"
#include "rectrack/err.h"

#define RT_TEXT_MAX 65536 /* bytes in one text: a long Word cell is ~5 KB */
#define RT_LINE_MAX 1024  /* bytes in a name, title or lead */
#define RT_NUMBER_MAX 16  /* "3a", "ii", "12.4": short by nature */

/*
 * The text of option --name: its value, standard input when the value is
 * "-", or the file given as --name-file, with line ends made LF
 * (rt_input_eol).  The result is checked (see above)
 * and, when required, must not be blank.  *out is NULL when the option was
 * not given, else an allocation the caller frees with rt_free().
 */
int rt_input_text(const struct rt_args *a, const char *name, int required,
    char **out, struct rt_err *e);

/*
 * Line ends as LF only: CRLF becomes LF and a lone CR, which would send
 * the cursor back over the line on a terminal, becomes LF too.  In place;
 * returns the new length.  Every text is stored so.
 */
size_t rt_input_eol(char *s);

/* Check a free text s for option what (UTF-8, controls, length, blank). */
int rt_input_check_text(const char *what, const char *s, int required,
    struct rt_err *e);

/* Check a one-line value: not blank, no line ends or controls, UTF-8. */
int rt_input_check_line(const char *what, const char *s, struct rt_err *e);

/*
 * A due text given as option opt (--due, --target, --update-due): one
 * line, read by rt_due_read(); the date it means goes to due ("" none).
 * A text no form fits is kept as written, with a warning on stderr.
 */
int rt_input_due(const char *opt, const char *s, char due[11], struct rt_err *e);

/* --rag: red, amber, green or blue (any case); *out the canonical word. */
int rt_input_rag(const char *s, const char **out, struct rt_err *e);

/* --percent: a whole number 0-100, "45" or "45%". */
int rt_input_percent(const char *s, int *out, struct rt_err *e);

/* A recommendation number as papers write it: 1, 3a, ii, 12.4. */
int rt_input_check_number(const char *s, struct rt_err *e);

/* A committee slug: 1 to 64 of [a-z0-9-]. */
int rt_input_is_slug(const char *s);
int rt_input_check_slug(const char *s, struct rt_err *e);

/* A positive integer id; RT_USAGE "invalid id 'x'" otherwise. */
int rt_input_id(const char *what, const char *s, sqlite3_int64 *id,
    struct rt_err *e);

/* 1 when s (n bytes) is valid UTF-8, else 0. */
int rt_utf8_valid(const char *s, size_t n);

/*
 * Leads from every --lead value, each split on ';' and trimmed: "Vic
 * Kurzeja; Michael Smedley" is two.  A value with no name in it (";;",
 * "") is invalid.  *names is an array of allocated
 * strings (free with rt_input_free_list); *n their count.
 */
int rt_input_leads(const char **vals, int nvals, char ***names, int *n,
    struct rt_err *e);
void rt_input_free_list(char **list, int n);

#endif
