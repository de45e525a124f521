/*
 * sql-embed.c - embed sql/ in the program, and name every statement.
 *
 *   rt_sql_embed SRCDIR OUT.c OUT.h FILE...
 *
 * FILE is a path below SRCDIR ("cmd/vocab.sql").  OUT.c gets each file's
 * bytes (rt_sqlfiles[], for code that walks a folder such as migrations/
 * or queries/) and each statement's (rt_sqltexts[]); OUT.h an enum with
 * one constant per file and one per section, so that a statement is named
 * in C by a constant the compiler checks, never by a string looked up at
 * run time:
 *
 *   sql/cmd/log.sql                      RT_SQL_CMD_LOG (the whole file)
 *   sql/cmd/vocab.sql, "-- name: labels" RT_SQL_CMD_VOCAB_LABELS
 *
 * A section is the text after its line "-- name: NAME" up to the next such
 * line (the newline before it excluded) or the end of the file.  The part
 * of a file before its first section is its commentary.  This is the one
 * place where sql/ files are split; two names that come out the same, or a
 * section name that is not [a-z0-9_]+, fail the build.
 *
 * A build tool, not part of the program: it runs on the build machine.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MARK "-- name: "

struct text {
	char id[256];     /* the constant, without RT_SQL_ */
	char what[256];   /* "cmd/vocab.sql: labels", for messages */
	const char *p;    /* its bytes */
	size_t len;
};

static struct text *texts;
static size_t ntexts, captexts;

static void
die(const char *fmt, const char *a, const char *b)
{
	fprintf(stderr, "rt_sql_embed: ");
	fprintf(stderr, fmt, a, b);
	fputc('\n', stderr);
	exit(1);
}

static char *
slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, n = 0, got;

	if (fp == NULL)
		die("%s: %s", path, strerror(errno));
	do {
		if (n + 4096 + 1 > cap) {
			cap = (cap + 4096 + 1) * 2;
			if ((buf = realloc(buf, cap)) == NULL)
				die("%s: %s", path, "out of memory");
		}
		got = fread(buf + n, 1, cap - n - 1, fp);
		n += got;
	} while (got > 0);
	if (ferror(fp))
		die("%s: %s", path, "read error");
	fclose(fp);
	buf[n] = '\0';
	if (strlen(buf) != n)
		die("%s: %s", path, "a NUL byte");
	*len = n;
	return buf;
}

/* "cmd/vocab.sql" -> "CMD_VOCAB"; appended to dst. */
static void
constant(char *dst, size_t cap, const char *s, size_t n)
{
	size_t k = strlen(dst);

	for (; n > 0 && *s != '\0'; s++, n--) {
		if (k + 2 >= cap)
			die("%s: %s", s, "name too long");
		dst[k++] = isalnum((unsigned char)*s) ?
		    (char)toupper((unsigned char)*s) : '_';
	}
	dst[k] = '\0';
}

static void
add(const char *id, const char *what, const char *p, size_t len)
{
	size_t i;

	for (i = 0; i < ntexts; i++)
		if (strcmp(texts[i].id, id) == 0)
			die("RT_SQL_%s names both %s", id, texts[i].what);
	if (ntexts == captexts) {
		captexts = captexts ? captexts * 2 : 64;
		if ((texts = realloc(texts, captexts * sizeof *texts)) == NULL)
			die("%s%s", "out of memory", "");
	}
	snprintf(texts[ntexts].id, sizeof texts[ntexts].id, "%s", id);
	snprintf(texts[ntexts].what, sizeof texts[ntexts].what, "%s", what);
	texts[ntexts].p = p;
	texts[ntexts].len = len;
	ntexts++;
}

/* Every section of the file name (bytes p): added after the whole file. */
static void
split(const char *name, const char *p)
{
	const char *s = p, *end, *nl;
	char id[256], what[256];
	size_t stem = strlen(name) - (strlen(name) > 4 ? 4 : 0), k;

	while ((s = strstr(s, MARK)) != NULL) {
		if (s != p && s[-1] != '\n') {
			s += strlen(MARK);
			continue;
		}
		s += strlen(MARK);
		if ((nl = strchr(s, '\n')) == NULL)
			die("%s: %s", name, "a section name without a statement");
		snprintf(what, sizeof what, "%.*s", (int)(nl - s), s);
		for (k = 0; s + k < nl; k++)
			if (!(islower((unsigned char)s[k]) ||
			    isdigit((unsigned char)s[k]) || s[k] == '_'))
				die("%s: section name '%s' is not [a-z0-9_]+",
				    name, what);
		id[0] = '\0';
		constant(id, sizeof id, name, stem);
		constant(id, sizeof id, "_", 1);
		constant(id, sizeof id, s, (size_t)(nl - s));
		snprintf(what, sizeof what, "%s: %.*s", name, (int)(nl - s), s);
		s = nl + 1;
		end = strstr(s, "\n" MARK);
		add(id, what, s, end != NULL ? (size_t)(end - s) : strlen(s));
	}
}

static void
bytes(FILE *out, const char *p, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		fprintf(out, "%s0x%02x,", i % 16 == 0 ? "\n" : "",
		    (unsigned char)p[i]);
	fprintf(out, "%s0x00", len % 16 == 0 ? "\n" : "");
}

int
main(int argc, char **argv)
{
	FILE *c, *h;
	char path[4096], id[256];
	size_t i, nfiles = (size_t)(argc > 4 ? argc - 4 : 0), len;
	size_t *first;
	const char **file;
	char **buf;

	if (argc < 4)
		die("usage: %s %s", "rt_sql_embed SRCDIR OUT.c OUT.h",
		    "FILE...");
	file = (const char **)(argv + 4);
	if ((first = calloc(nfiles + 1, sizeof *first)) == NULL ||
	    (buf = calloc(nfiles + 1, sizeof *buf)) == NULL)
		die("%s%s", "out of memory", "");
	/* Sorted, so that the output does not depend on the order given. */
	for (i = 1; i < nfiles; i++) {
		size_t j = i;
		const char *t = file[i];

		while (j > 0 && strcmp(file[j - 1], t) > 0) {
			file[j] = file[j - 1];
			j--;
		}
		file[j] = t;
	}
	for (i = 0; i < nfiles; i++) {
		char *p;

		snprintf(path, sizeof path, "%s/%s", argv[1], file[i]);
		p = buf[i] = slurp(path, &len);
		id[0] = '\0';
		constant(id, sizeof id, file[i],
		    strlen(file[i]) - (strlen(file[i]) > 4 ? 4 : 0));
		first[i] = ntexts;
		add(id, file[i], p, len);
		split(file[i], p);
	}
	first[nfiles] = ntexts;

	if ((h = fopen(argv[3], "w")) == NULL)
		die("%s: %s", argv[3], strerror(errno));
	fprintf(h, "/* generated by cmake/sql-embed.c from sql/: do not edit */\n"
	    "#ifndef RECTRACK_SQLNAMES_H\n#define RECTRACK_SQLNAMES_H\n\n"
	    "enum rt_sql_id {\n");
	for (i = 0; i < ntexts; i++)
		fprintf(h, "\tRT_SQL_%s,\t/* %s */\n", texts[i].id, texts[i].what);
	fprintf(h, "\tRT_SQL_N\n};\n\n#endif\n");
	if (fclose(h) != 0)
		die("%s: %s", argv[3], strerror(errno));

	if ((c = fopen(argv[2], "w")) == NULL)
		die("%s: %s", argv[2], strerror(errno));
	fprintf(c, "/* generated by cmake/sql-embed.c from sql/: do not edit */\n"
	    "#include <stddef.h>\n#include \"rectrack/sqlfiles.h\"\n");
	for (i = 0; i < ntexts; i++) {
		fprintf(c, "\n/* %s */\nstatic const unsigned char t%zu[] = {",
		    texts[i].what, i);
		bytes(c, texts[i].p, texts[i].len);
		fprintf(c, "\n};\n");
	}
	fprintf(c, "\nconst struct rt_sqltext rt_sqltexts[RT_SQL_N] = {\n");
	for (i = 0; i < ntexts; i++)
		fprintf(c, "\t{(const char *)t%zu, sizeof t%zu - 1, \"%s\"},\n",
		    i, i, texts[i].what);
	fprintf(c, "};\n\nconst struct rt_sqlfile rt_sqlfiles[] = {\n");
	for (i = 0; i < nfiles; i++)
		fprintf(c, "\t{\"%s\", (const char *)t%zu, sizeof t%zu - 1},\n",
		    file[i], first[i], first[i]);
	fprintf(c, "\t{NULL, NULL, 0}\n};\n");
	if (fclose(c) != 0)
		die("%s: %s", argv[2], strerror(errno));
	for (i = 0; i < nfiles; i++)
		free(buf[i]);
	free(buf);
	free(first);
	free(texts);
	return 0;
}
