/*
 * import-dir.c - import --dir DIR: restore a whole "export --dir".
 *
 * A council that moves to a new machine, or restores last night's export,
 * must get back everything, not only what fits the flat layout.  The
 * export's table CSVs hold every stored column with its id, so a restore
 * reads them back as they are, into an empty database only (ids are kept,
 * so they could not meet other rows), in the command's one transaction:
 * a restore that fails has changed nothing.
 *
 * Nothing is read before it is checked: the manifest must be the export's
 * (schema version of this program, not an --excel export, which is for
 * reading in Excel), and every file it lists must have the SHA-256 that
 * both it and SHA256SUMS give, so a file cut short by a failed copy, or
 * edited since, is refused before any row is written.  The data rows of
 * each table must then number what the manifest says.
 *
 * Derived columns (the joined leads, state, status, the committee slug of
 * meetings.csv) and the derived files (flat.csv, the state views) are
 * checked but not read: the views and triggers make them again, so a
 * second export of the result is byte-identical (manifest time aside).
 * The history is not part of an export: the triggers record each row as
 * inserted by the restore, and the history before it stays with the old
 * database (rectrack backup keeps it).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rectrack/bulk.h"
#include "rectrack/cmd.h"
#include "rectrack/csv.h"
#include "rectrack/export.h"
#include "rectrack/input.h"
#include "rectrack/sha256.h"
#include "rectrack/util.h"

#define MANIFEST_MAX (1024 * 1024)	/* bytes: the export's is ~2 KB */

/*
 * The tables restored, in an order that keeps the triggers' lookups whole,
 * each with its statement of sql/import/dir.sql.
 */
static const struct {
	const char *name;
	enum rt_sql_id insert;
} restored[] = {
	{"committees", RT_SQL_IMPORT_DIR_INSERT_COMMITTEES},
	{"meetings", RT_SQL_IMPORT_DIR_INSERT_MEETINGS},
	{"items", RT_SQL_IMPORT_DIR_INSERT_ITEMS},
	{"recommendations", RT_SQL_IMPORT_DIR_INSERT_RECOMMENDATIONS},
	{"actions", RT_SQL_IMPORT_DIR_INSERT_ACTIONS},
	{"leads", RT_SQL_IMPORT_DIR_INSERT_LEADS},
	{"responses", RT_SQL_IMPORT_DIR_INSERT_RESPONSES},
	{"updates", RT_SQL_IMPORT_DIR_INSERT_UPDATES},
	{"reports", RT_SQL_IMPORT_DIR_INSERT_REPORTS},
	{"revisions", RT_SQL_IMPORT_DIR_INSERT_REVISIONS},
	{"vocabulary", RT_SQL_IMPORT_DIR_INSERT_VOCABULARY},
	{NULL, RT_SQL_N}
};

/* What the manifest says of one file. */
struct listed {
	const char *table;	/* rt_export_tables[i] */
	long long rows;		/* data rows */
	char sha[65];		/* SHA-256, hex */
	int seen;		/* listed in the manifest */
};

struct restore {
	struct rt_ctx *ctx;
	const char *dir;
	int guard;		/* the export's formula guard was on */
	struct listed files[32];
	int nfiles;
};

/* dir/name, allocated into b. */
static const char *
path(struct restore *r, struct rt_buf *b, const char *name)
{
	rt_buf_reset(b);
	rt_buf_printf(b, "%s/%s", r->dir, name);
	return rt_buf_str(b);
}

/* The whole of a small file into b (NUL-terminated). */
static int
read_small(struct restore *r, const char *name, struct rt_buf *b)
{
	struct rt_buf p = RT_BUF_INIT;
	char chunk[4096];
	size_t n;
	FILE *fp;
	int rc = RT_OK;

	if ((fp = fopen(path(r, &p, name), "rb")) == NULL) {
		rc = rt_error(r->ctx->e, RT_INVALID, "import --dir: %s: %s: is this "
		    "an 'export --dir' directory?", rt_buf_str(&p), strerror(errno));
		goto out;
	}
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0 && b->len <= MANIFEST_MAX)
		rt_buf_add(b, chunk, n);
	if (ferror(fp))
		rc = rt_error(r->ctx->e, RT_FAIL, "import --dir: %s: %s",
		    rt_buf_str(&p), strerror(errno));
	else if (b->len > MANIFEST_MAX)
		rc = rt_error(r->ctx->e, RT_INVALID, "import --dir: %s: too large for "
		    "an export's", rt_buf_str(&p));
	else if (b->oom)
		rc = rt_error(r->ctx->e, RT_FAIL, "out of memory");
	else if (memchr(rt_buf_str(b), '\0', b->len) != NULL)
		rc = rt_error(r->ctx->e, RT_INVALID, "import --dir: %s: not text",
		    rt_buf_str(&p));
	fclose(fp);
out:
	rt_buf_release(&p);
	return rc;
}

/* The SHA-256 of a file of DIR, in hex. */
static int
file_sha(struct restore *r, const char *name, char sha[65])
{
	struct rt_buf p = RT_BUF_INIT;
	struct rt_sha256 c;
	char chunk[65536];
	size_t n;
	FILE *fp;
	int rc = RT_OK;

	if ((fp = fopen(path(r, &p, name), "rb")) == NULL) {
		rc = rt_error(r->ctx->e, RT_INVALID, "import --dir: %s: %s",
		    rt_buf_str(&p), strerror(errno));
		goto out;
	}
	rt_sha256_init(&c);
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		rt_sha256_update(&c, chunk, n);
	if (ferror(fp))
		rc = rt_error(r->ctx->e, RT_FAIL, "import --dir: %s: %s",
		    rt_buf_str(&p), strerror(errno));
	else
		rt_sha256_hex(&c, sha);
	fclose(fp);
out:
	rt_buf_release(&p);
	return rc;
}

static struct listed *
listed(struct restore *r, const char *name)
{
	int i;

	for (i = 0; i < r->nfiles; i++)
		if (strcmp(r->files[i].table, name) == 0)
			return &r->files[i];
	return NULL;
}

/* manifest.json: this program's layout, and what each file should be. */
static int
read_manifest(struct restore *r)
{
	struct rt_buf m = RT_BUF_INIT;
	sqlite3_stmt *st = NULL;
	struct rt_err *e = r->ctx->e;
	char name[80];
	int rc, row, version = 0, i;

	for (i = 0; rt_export_tables[i] != NULL; i++)
		r->files[r->nfiles++].table = rt_export_tables[i];
	if ((rc = read_small(r, "manifest.json", &m)) != RT_OK ||
	    (rc = rt_db_version(&r->ctx->db, &version, e)) != RT_OK ||
	    (rc = rt_db_prepare_sql(&r->ctx->db, RT_SQL_IMPORT_DIR_MANIFEST,
	        &st, e))
	    != RT_OK)
		goto out;
	rt_bind_text(st, ":manifest", rt_buf_str(&m));
	if ((rc = rt_db_step(&r->ctx->db, st, &row, "import --dir", e)) != RT_OK)
		goto out;
	if (!row || !sqlite3_column_int(st, 0)) {
		rc = rt_error(e, RT_INVALID, "import --dir: %s/manifest.json is not "
		    "JSON", r->dir);
		goto out;
	}
	if (sqlite3_column_type(st, 1) != SQLITE_INTEGER ||
	    sqlite3_column_int(st, 1) != version) {
		rc = rt_error(e, RT_INVALID, "import --dir: %s was exported from "
		    "schema version %s; this program restores version %d (export it "
		    "again with this version)", r->dir, sqlite3_column_type(st, 1) ==
		    SQLITE_NULL ? "(none)" : (const char *)sqlite3_column_text(st, 1),
		    version);
		goto out;
	}
	if (sqlite3_column_int(st, 3)) {
		rc = rt_error(e, RT_INVALID, "import --dir: %s was exported with "
		    "--excel, which is for reading in Excel: export it again without",
		    r->dir);
		goto out;
	}
	r->guard = sqlite3_column_int(st, 2);
	sqlite3_finalize(st);
	st = NULL;

	if ((rc = rt_db_prepare_sql(&r->ctx->db,
	    RT_SQL_IMPORT_DIR_MANIFEST_FILES, &st,
	    e)) != RT_OK)
		goto out;
	rt_bind_text(st, ":manifest", rt_buf_str(&m));
	while ((rc = rt_db_step(&r->ctx->db, st, &row, "import --dir", e)) == RT_OK &&
	    row) {
		const char *n = (const char *)sqlite3_column_text(st, 0);
		const char *sha = (const char *)sqlite3_column_text(st, 2);
		struct listed *f;
		size_t len = n != NULL ? strlen(n) : 0;

		if (len < 5 || len >= sizeof name || strcmp(n + len - 4, ".csv") != 0)
			continue;
		memcpy(name, n, len - 4);
		name[len - 4] = '\0';
		if ((f = listed(r, name)) == NULL)
			continue;
		if (sha == NULL || strlen(sha) != 64 ||
		    sqlite3_column_type(st, 1) != SQLITE_INTEGER) {
			rc = rt_error(e, RT_INVALID, "import --dir: %s/manifest.json: "
			    "%s.csv has no row count or SHA-256", r->dir, name);
			goto out;
		}
		f->rows = sqlite3_column_int64(st, 1);
		memcpy(f->sha, sha, 65);
		f->seen = 1;
	}
	for (i = 0; rc == RT_OK && i < r->nfiles; i++)
		if (!r->files[i].seen)
			rc = rt_error(e, RT_INVALID, "import --dir: %s/manifest.json does "
			    "not list %s.csv", r->dir, r->files[i].table);
out:
	sqlite3_finalize(st);
	rt_buf_release(&m);
	return rc;
}

/*
 * Every file has the SHA-256 the manifest gives, and SHA256SUMS says the
 * same of it.
 */
static int
verify(struct restore *r)
{
	struct rt_buf sums = RT_BUF_INIT, line = RT_BUF_INIT;
	char sha[65];
	int i, rc = RT_OK;

	if ((rc = read_small(r, "SHA256SUMS", &sums)) != RT_OK)
		goto out;
	for (i = 0; i < r->nfiles && rc == RT_OK; i++) {
		struct listed *f = &r->files[i];

		rt_buf_reset(&line);
		rt_buf_printf(&line, "%s.csv", f->table);
		if ((rc = file_sha(r, rt_buf_str(&line), sha)) != RT_OK)
			break;
		if (strcmp(sha, f->sha) != 0) {
			rc = rt_error(r->ctx->e, RT_INVALID, "import --dir: %s/%s.csv "
			    "does not match its SHA-256 in manifest.json: cut short or "
			    "changed since the export", r->dir, f->table);
			break;
		}
		/* The line "\nSHA  NAME\n" in "\n" + SHA256SUMS. */
		rt_buf_reset(&line);
		rt_buf_printf(&line, "\n%s  %s.csv\n", sha, f->table);
		if (line.oom) {
			rc = rt_error(r->ctx->e, RT_FAIL, "out of memory");
			break;
		}
		if (strncmp(rt_buf_str(&sums), rt_buf_str(&line) + 1, line.len - 1)
		    != 0 && strstr(rt_buf_str(&sums), rt_buf_str(&line)) == NULL)
			rc = rt_error(r->ctx->e, RT_INVALID, "import --dir: %s/SHA256SUMS "
			    "does not give %s.csv the SHA-256 manifest.json gives",
			    r->dir, f->table);
	}
out:
	rt_buf_release(&sums);
	rt_buf_release(&line);
	return rc;
}

/* Cell s of a restored row: the export's formula guard undone. */
static const char *
cell(struct restore *r, char *s)
{
	if (strchr(s, '\r') != NULL)
		rt_input_eol(s);
	if (r->guard && s[0] == '\'' && rt_csv_guarded(s + 1, strlen(s + 1)))
		return s + 1;
	return s;
}

/* Restore one table from TABLE.csv; *n receives its rows. */
static int
restore_table(struct restore *r, const char *table, enum rt_sql_id insert,
    long long *n)
{
	struct rt_buf p = RT_BUF_INIT, what = RT_BUF_INIT;
	struct rt_err *e = r->ctx->e, le;
	struct rt_csv csv;
	sqlite3_stmt *st = NULL;
	int colof[32], nparams = 0, ncols = 0, i, j, got, rc;
	FILE *fp;

	*n = 0;
	rt_buf_printf(&what, "%s.csv", table);
	if ((fp = fopen(path(r, &p, rt_buf_str(&what)), "rb")) == NULL) {
		rc = rt_error(e, RT_INVALID, "import --dir: %s: %s", rt_buf_str(&p),
		    strerror(errno));
		rt_buf_release(&p);
		rt_buf_release(&what);
		return rc;
	}
	rt_csv_init(&csv, fp, rt_buf_str(&p));
	rt_err_clear(&le);
	if ((rc = rt_db_prepare_sql(&r->ctx->db, insert, &st, e)) != RT_OK)
		goto out;
	if ((rc = rt_csv_next(&csv, &got, &le)) != RT_OK)
		goto out;
	if (!got) {
		rc = rt_error(e, RT_INVALID, "import --dir: %s: empty file: expected "
		    "a header row", rt_buf_str(&p));
		goto out;
	}
	ncols = csv.nfields;
	/* Each parameter :name is read from the column of that name. */
	nparams = sqlite3_bind_parameter_count(st);
	for (i = 1; i <= nparams && i <= 32; i++) {
		const char *name = sqlite3_bind_parameter_name(st, i);

		colof[i - 1] = -1;
		for (j = 0; name != NULL && j < ncols; j++)
			if (strcmp(rt_csv_get(&csv, j, NULL), name + 1) == 0)
				colof[i - 1] = j;
		if (colof[i - 1] < 0) {
			rc = rt_error(e, RT_INVALID, "import --dir: %s: no column '%s' "
			    "in the header", rt_buf_str(&p), name ? name + 1 : "?");
			goto out;
		}
	}
	while ((rc = rt_csv_next(&csv, &got, &le)) == RT_OK && got) {
		if (csv.nfields != ncols) {
			rc = rt_error(e, RT_INVALID, "import --dir: %s:%ld: %d fields, "
			    "the header has %d", rt_buf_str(&p), csv.rec_line,
			    csv.nfields, ncols);
			break;
		}
		sqlite3_reset(st);
		for (i = 0; i < nparams; i++) {
			const char *v = cell(r, (char *)rt_csv_get(&csv, colof[i], NULL));

			/* No stored text may drive a terminal, however it came. */
			if ((rc = rt_input_check_text(sqlite3_bind_parameter_name(st,
			    i + 1) + 1, v, 0, &le)) != RT_OK) {
				rc = rt_error(e, RT_INVALID, "import --dir: %s:%ld: %s",
				    rt_buf_str(&p), csv.rec_line, le.msg);
				goto out;
			}
			if (*v == '\0')
				sqlite3_bind_null(st, i + 1);
			else
				sqlite3_bind_text(st, i + 1, v, -1, SQLITE_TRANSIENT);
		}
		if (sqlite3_step(st) != SQLITE_DONE) {
			rc = rt_error(e, RT_INVALID, "import --dir: %s:%ld: %s",
			    rt_buf_str(&p), csv.rec_line, sqlite3_errmsg(r->ctx->db.h));
			break;
		}
		(*n)++;
	}
out:
	if (rc != RT_OK && le.code != RT_OK)
		rc = rt_error(e, le.code, "import --dir: %s", le.msg);
	sqlite3_finalize(st);
	rt_csv_release(&csv);
	fclose(fp);
	rt_buf_release(&p);
	rt_buf_release(&what);
	return rc;
}

int
rt_import_dir(struct rt_ctx *ctx, const char *dir)
{
	struct restore r;
	struct rt_bulk bulk = RT_BULK_INIT;
	struct rt_buf done = RT_BUF_INIT;
	sqlite3_stmt *st = NULL;
	long long n, total = 0;
	int i, rc, row;

	memset(&r, 0, sizeof r);
	r.ctx = ctx;
	r.dir = dir;
	if ((rc = read_manifest(&r)) != RT_OK || (rc = verify(&r)) != RT_OK)
		return rc;
	if ((rc = rt_db_prepare_sql(&ctx->db, RT_SQL_IMPORT_DIR_ROWS, &st,
	    ctx->e)) != RT_OK)
		return rc;
	if ((rc = rt_db_step(&ctx->db, st, &row, "import --dir", ctx->e)) == RT_OK &&
	    row && sqlite3_column_int64(st, 0) > 0)
		rc = rt_error(ctx->e, RT_INVALID, "import --dir: the database already "
		    "holds %lld rows: restore into an empty one (rectrack --db NEW.db "
		    "init)", (long long)sqlite3_column_int64(st, 0));
	sqlite3_finalize(st);
	st = NULL;
	/* Ids are kept as they are: references are checked once all is in. */
	if (rc != RT_OK ||
	    (rc = rt_db_exec(&ctx->db, "PRAGMA defer_foreign_keys = ON", ctx->e))
	    != RT_OK || (rc = rt_bulk_defer(&ctx->db, &bulk, ctx->e)) != RT_OK) {
		rt_bulk_release(&bulk);
		return rc;
	}
	for (i = 0; restored[i].name != NULL && rc == RT_OK; i++) {
		struct listed *f = listed(&r, restored[i].name);

		if ((rc = restore_table(&r, restored[i].name,
		    restored[i].insert,
		    &n)) != RT_OK)
			break;
		if (f != NULL && f->rows != n)
			rc = rt_error(ctx->e, RT_INVALID, "import --dir: %s/%s.csv has "
			    "%lld rows; manifest.json says %lld", dir,
			        restored[i].name, n,
			    f->rows);
		rt_buf_printf(&done, "%s%s %lld", i > 0 ? ", " : "",
		    restored[i].name, n);
		total += n;
	}
	if (rc == RT_OK)
		rc = rt_bulk_finish(&ctx->db, &bulk, ctx->e);
	rt_bulk_release(&bulk);
	if (rc == RT_OK &&
	    (rc = rt_db_prepare_sql(&ctx->db,
	        RT_SQL_IMPORT_DIR_FOREIGN_KEY_CHECK, &st,
	    ctx->e)) == RT_OK) {
		if ((rc = rt_db_step(&ctx->db, st, &row, "import --dir", ctx->e)) ==
		    RT_OK && row)
			rc = rt_error(ctx->e, RT_INVALID, "import --dir: %s.csv: the row "
			    "with id %lld refers to a %s row that is not there",
			    sqlite3_column_text(st, 0),
			    (long long)sqlite3_column_int64(st, 1),
			    sqlite3_column_text(st, 2));
		sqlite3_finalize(st);
	}
	if (rc == RT_OK && done.oom)
		rc = rt_error(ctx->e, RT_FAIL, "out of memory");
	if (rc == RT_OK)
		fprintf(ctx->out, "restored %lld rows: %s\n", total, rt_buf_str(&done));
	rt_buf_release(&done);
	return rc;
}
