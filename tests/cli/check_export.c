/*
 * check_export.c - export: the nightly CSV files and one table on
 * standard output, byte for byte.
 *
 * The files are compared whole (RFC 4180 with CRLF, the formula guard,
 * the byte-order mark), the manifest against the files it describes
 * (SHA-256 by sha256sum, not by the program's own code), and a failed
 * export against the files it must leave alone.  Every export passes
 * --as-of, so that no test depends on today's date.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>
#include <sqlite3.h>

#include "harness.h"

#define AS_OF "--as-of", "2025-03-01"

#define FLAT_HDR "committee,meeting_date,item,rec_number,recommendation," \
	"lead,response_date,response,response_text,update_date,update_status," \
	"update_text,update_due\r\n"
#define REC_HDR "id,item_id,number,title,text,leads,response_due," \
	"update_due,state,parent_id,received,response_expected," \
	"update_due_text,target_text,target_date,theme\r\n"
/* The empty cells of the columns recommendations.csv has after state. */
#define REC_V2 ",,,,,,,"
#define COM_HDR "id,slug,name,kind,chair,officer,addressee,response_period\r\n"

/* The files of an export, in the manifest's order. */
static const char *const files[] = {
	"committees.csv", "meetings.csv", "items.csv", "recommendations.csv",
	"responses.csv", "updates.csv", "actions.csv", "leads.csv",
	"revisions.csv", "vocabulary.csv", "reports.csv", "flat.csv",
	"recommendation_state.csv", "action_state.csv", NULL
};

/* setup_db() exported as of 2025-03-01, file by file. */
static const struct {
	const char *name;
	const char *bytes;
	int rows;
} setup_files[] = {
	{"committees.csv", COM_HDR
	    "1,pcs-osc,Performance & Corporate Services OSC,scrutiny,,,Cabinet,"
	    "2 months\r\n", 1},
	{"meetings.csv", "id,committee_id,committee,date,title\r\n"
	    "1,1,pcs-osc,2024-11-15,\r\n", 1},
	{"items.csv", "id,meeting_id,title,agenda_number\r\n"
	    "1,1,Budget monitoring,\r\n", 1},
	{"recommendations.csv", REC_HDR
	    "1,1,1,,Publish the quarterly budget monitoring report.,"
	    "Vic Kurzeja; Michael Smedley,2025-01-15,,update-pending" REC_V2 "\r\n"
	    "2,1,2,,Review the capital programme.,Lorna Baxter,2025-01-15,,"
	    "awaiting-response" REC_V2 "\r\n", 2},
	{"responses.csv", "id,recommendation_id,date,decision,text\r\n"
	    "1,1,2025-01-10,accepted,Agreed; first report in March.\r\n", 1},
	{"updates.csv", "id,recommendation_id,action_id,date,status,text,due,"
	    "due_text,rag,percent\r\n",
	    0},
	{"actions.csv", "id,item_id,recommendation_id,text,leads,due_text,"
	    "due_date,status,number\r\n", 0},
	{"leads.csv", "id,recommendation_id,action_id,position,name\r\n"
	    "1,1,,1,Vic Kurzeja\r\n2,1,,2,Michael Smedley\r\n"
	    "3,2,,1,Lorna Baxter\r\n", 3},
	{"revisions.csv", "id,recommendation_id,action_id,date,old_text,"
	    "old_date,new_text,new_date,reason\r\n", 0},
	{"vocabulary.csv", "id,kind,word,means,label\r\n", 0},
	{"reports.csv", "id,meeting_id,response_id,update_id\r\n", 0},
	{"flat.csv", FLAT_HDR
	    "pcs-osc,2024-11-15,Budget monitoring,1,"
	    "Publish the quarterly budget monitoring report.,"
	    "Vic Kurzeja; Michael Smedley,2025-01-10,accepted,"
	    "Agreed; first report in March.,,,,\r\n"
	    "pcs-osc,2024-11-15,Budget monitoring,2,"
	    "Review the capital programme.,Lorna Baxter,,,,,,,\r\n", 2},
	{NULL, NULL, 0}
};

/* A new directory rt_dir/name. */
static char *
new_dir(const char *name)
{
	char *dir = rt_path(name);

	ck_assert_msg(mkdir(dir, 0755) == 0, "mkdir %s", dir);
	return dir;
}

/* The bytes of dir/name; the test fails when it cannot be read. */
static char *
read_in(const char *dir, const char *name, size_t *n)
{
	size_t len;
	char *p = file_read(xprintf("%s/%s", dir, name), &len);

	ck_assert_msg(p != NULL, "cannot read %s/%s", dir, name);
	if (n != NULL)
		*n = len;
	return p;
}

/* Exactly the 14 CSVs, the manifest and SHA256SUMS: no temporary file. */
static void
assert_only_export(const char *dir)
{
	struct dirent *d;
	DIR *dp = opendir(dir);
	int n = 0, i, known;

	ck_assert_ptr_nonnull(dp);
	while ((d = readdir(dp)) != NULL) {
		if (strcmp(d->d_name, ".") == 0 || strcmp(d->d_name, "..") == 0)
			continue;
		known = strcmp(d->d_name, "manifest.json") == 0 ||
		    strcmp(d->d_name, "SHA256SUMS") == 0;
		for (i = 0; files[i] != NULL; i++)
			known |= strcmp(d->d_name, files[i]) == 0;
		ck_assert_msg(known, "unexpected file '%s' in %s", d->d_name, dir);
		n++;
	}
	closedir(dp);
	ck_assert_int_eq(n, 16);
}

/* SHA-256 of a file by sha256sum(1), hex. */
static char *
sha256_of(const char *path)
{
	char line[256], *sp;
	FILE *fp = popen(xprintf("sha256sum < '%s'", path), "r");

	ck_assert_ptr_nonnull(fp);
	ck_assert_ptr_nonnull(fgets(line, sizeof line, fp));
	ck_assert_int_eq(pclose(fp), 0);
	if ((sp = strchr(line, ' ')) != NULL)
		*sp = '\0';
	ck_assert_uint_eq(strlen(line), 64);
	return xprintf("%s", line);
}

/* The manifest's snapshot time, checked to be ISO 8601 UTC. */
static char *
snapshot_of(const char *manifest)
{
	static const char key[] = "\n  \"snapshot\": \"";
	const char *p = strstr(manifest, key);
	char *t;

	ck_assert_ptr_nonnull(p);
	t = xprintf("%.20s", p + sizeof key - 1);
	ck_assert_msg(strlen(t) == 20 && t[4] == '-' && t[7] == '-' &&
	    t[10] == 'T' && t[13] == ':' && t[16] == ':' && t[19] == 'Z',
	    "snapshot is not YYYY-MM-DDTHH:MM:SSZ: %s", t);
	return t;
}

/* The program's version, as "rectrack --version" prints it first. */
static char *
version(void)
{
	struct run r = RUN_INIT;
	size_t n;

	RUN_OK(&r, NULL, NULL, "--version");
	ck_assert(starts(r.out, "rectrack "));
	n = strcspn(r.out + 9, " \n");
	ck_assert(n > 0 && r.out[9 + n] != '\0');
	return xprintf("%.*s", (int)n, r.out + 9);
}

/*
 * The manifest a correct export of dir must have written, whole.  Rows
 * are counted as CRLFs less the header's (no test text holds a CRLF).
 */
static char *
expected_manifest(const char *dir, const char *snapshot, const char *bom,
    const char *guard)
{
	char *m, *csv;
	size_t n;
	int i, rows, k;

	m = xprintf("{\n  \"snapshot\": \"%s\",\n  \"as_of\": \"2025-03-01\",\n"
	    "  \"rectrack\": \"%s\",\n  \"schema_version\": 3,\n"
	    "  \"bom\": %s,\n  \"formula_guard\": %s,\n  \"excel\": false,\n"
	    "  \"files\": [\n",
	    snapshot, version(), bom, guard);
	for (i = 0; files[i] != NULL; i++) {
		csv = read_in(dir, files[i], &n);
		for (rows = -1, k = 0; (size_t)k < n; k++)
			if (csv[k] == '\r' && (size_t)k + 1 < n && csv[k + 1] == '\n')
				rows++;
		m = xprintf("%s    {\n      \"name\": \"%s\",\n      \"rows\": %d,\n"
		    "      \"bytes\": %zu,\n      \"sha256\": \"%s\"\n    }%s\n", m,
		    files[i], rows, n, sha256_of(xprintf("%s/%s", dir, files[i])),
		    files[i + 1] != NULL ? "," : "");
	}
	return xprintf("%s  ]\n}\n", m);
}

START_TEST(test_dir_files)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *dir = new_dir("out"), *m;
	int i;

	RUN_OK(&r, db, NULL, "export", "--dir", dir, AS_OF);
	ck_assert_str_eq(r.out, "");
	assert_only_export(dir);
	for (i = 0; setup_files[i].name != NULL; i++)
		ck_assert_str_eq(read_in(dir, setup_files[i].name, NULL),
		    setup_files[i].bytes);

	/* The manifest describes exactly these files. */
	m = read_in(dir, "manifest.json", NULL);
	ck_assert_str_eq(m, expected_manifest(dir, snapshot_of(m), "false",
	    "true"));
	for (i = 0; setup_files[i].name != NULL; i++)
		ck_assert_msg(has(m, xprintf("\"name\": \"%s\",\n      \"rows\": %d,",
		    setup_files[i].name, setup_files[i].rows)), "%s", m);

	/* A trailing slash is the same directory; the export replaces. */
	RUN_OK(&r, db, NULL, "committee", "add", "audit", "Audit Committee",
	    "--kind", "audit");
	RUN_OK(&r, db, NULL, "--quiet", "export", "--dir", xprintf("%s/", dir),
	    AS_OF);
	assert_only_export(dir);
	ck_assert_str_eq(read_in(dir, "committees.csv", NULL),
	    COM_HDR
	    "1,pcs-osc,Performance & Corporate Services OSC,scrutiny,,,Cabinet,"
	    "2 months\r\n"
	    "2,audit,Audit Committee,audit,,,Cabinet,open\r\n");
	m = read_in(dir, "manifest.json", NULL);
	ck_assert_str_eq(m, expected_manifest(dir, snapshot_of(m), "false",
	    "true"));
}
END_TEST

/* Quoting and the formula guard, on text cells only. */
static const struct {
	const char *text;	/* as recorded */
	const char *guarded;	/* its CSV field, formula guard on */
	const char *plain;	/* --no-formula-guard */
} fields[] = {
	{"a, b", "\"a, b\"", "\"a, b\""},
	{"say \"hi\"", "\"say \"\"hi\"\"\"", "\"say \"\"hi\"\"\""},
	{"line1\nline2", "\"line1\nline2\"", "\"line1\nline2\""},
	{"a\rb", "\"a\nb\"", "\"a\nb\""},	/* a lone CR is stored as LF */
	{"=1+2", "'=1+2", "=1+2"},
	{"+44 20 7946 0000", "'+44 20 7946 0000", "+44 20 7946 0000"},
	{"-5", "'-5", "-5"},
	{"@SUM(A1)", "'@SUM(A1)", "@SUM(A1)"},
	{"\tTab", "'\tTab", "\tTab"},
	{"'+44 1865 792422", "''+44 1865 792422", "'+44 1865 792422"},
	{"''=1", "'''=1", "''=1"},
	{"'hello", "'hello", "'hello"},
	{"=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"",
	    "\"=HYPERLINK(\"\"x\"\",\"\"y\"\")\""},
	{"plain 'quoted' text", "plain 'quoted' text", "plain 'quoted' text"},
	{"caf\xc3\xa9 \xe2\x82\xac", "caf\xc3\xa9 \xe2\x82\xac",
	    "caf\xc3\xa9 \xe2\x82\xac"},
	{NULL, NULL, NULL}
};

START_TEST(test_quoting_and_guard)
{
	struct run r = RUN_INIT;
	char *db = rt_path("q.db"), *want_g, *want_p, *dir;
	int i;

	RUN_OK(&r, db, NULL, "init");
	RUN_OK(&r, db, NULL, "committee", "add", "pcs-osc", "PCS");
	want_g = xprintf("%s", REC_HDR);
	want_p = want_g;
	for (i = 0; fields[i].text != NULL; i++) {
		RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc",
		    "--meeting", "2024-11-15", "--item", "I", "--number",
		    xprintf("%d", i + 1), "--text", fields[i].text);
		want_g = xprintf("%s%d,1,%d,,%s,,2025-01-15,,awaiting-response"
		    REC_V2 "\r\n", want_g, i + 1, i + 1, fields[i].guarded);
		want_p = xprintf("%s%d,1,%d,,%s,,2025-01-15,,awaiting-response"
		    REC_V2 "\r\n", want_p, i + 1, i + 1, fields[i].plain);
	}
	RUN_OK(&r, db, NULL, "export", "recommendations", AS_OF);
	ck_assert_str_eq(r.out, want_g);
	RUN_OK(&r, db, NULL, "export", "recommendations", "--no-formula-guard",
	    AS_OF);
	ck_assert_str_eq(r.out, want_p);

	/* The same in the files; the manifest says which. */
	dir = new_dir("g");
	RUN_OK(&r, db, NULL, "export", "--dir", dir, AS_OF);
	ck_assert_str_eq(read_in(dir, "recommendations.csv", NULL), want_g);
	ck_assert(has(read_in(dir, "manifest.json", NULL),
	    "\n  \"formula_guard\": true,\n"));
	dir = new_dir("p");
	RUN_OK(&r, db, NULL, "export", "--dir", dir, "--no-formula-guard", AS_OF);
	ck_assert_str_eq(read_in(dir, "recommendations.csv", NULL), want_p);
	ck_assert(has(read_in(dir, "manifest.json", NULL),
	    "\n  \"formula_guard\": false,\n"));

	/*
	 * A number is never guarded: an id of -1 is not a formula, whereas
	 * a text "-1" is.
	 */
	db_exec(db, "INSERT INTO committees(id, slug, name, kind) "
	    "VALUES (-1, 'neg', '-1', 'other')");
	RUN_OK(&r, db, NULL, "export", "committees", AS_OF);
	ck_assert_str_eq(r.out, COM_HDR
	    "-1,neg,'-1,other,,,Cabinet,2 months\r\n"
	    "1,pcs-osc,PCS,scrutiny,,,Cabinet,2 months\r\n");
}
END_TEST

START_TEST(test_bom)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *dir = new_dir("out"), *p;
	int i;

	RUN_OK(&r, db, NULL, "export", "--dir", dir, "--bom", AS_OF);
	for (i = 0; setup_files[i].name != NULL; i++) {
		p = read_in(dir, setup_files[i].name, NULL);
		ck_assert_str_eq(p, xprintf("\xEF\xBB\xBF%s", setup_files[i].bytes));
	}
	/* The manifest is JSON, not for Excel: no mark, and it says so. */
	p = read_in(dir, "manifest.json", NULL);
	ck_assert(starts(p, "{\n"));
	ck_assert_str_eq(p, expected_manifest(dir, snapshot_of(p), "true",
	    "true"));

	RUN_OK(&r, db, NULL, "export", "committees", "--bom", AS_OF);
	ck_assert_str_eq(r.out, xprintf("\xEF\xBB\xBF%s", setup_files[0].bytes));
}
END_TEST

/* Two exports of the same data are the same bytes. */
START_TEST(test_reproducible)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *a = new_dir("a"), *b = new_dir("b");
	char *pa, *pb, *sa, *sb;
	size_t na, nb;
	int i;

	RUN_OK(&r, db, NULL, "update", "1", "--status", "in-progress",
	    "--date", "2025-02-01", "--text", "Plan drafted", "--due",
	    "June 2025");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "1", "--text",
	    "=Draft the plan", "--due", "Q4 24/25");
	RUN_OK(&r, db, NULL, "export", "--dir", a, AS_OF);
	RUN_OK(&r, db, NULL, "export", "--dir", b, AS_OF);
	for (i = 0; files[i] != NULL; i++) {
		pa = read_in(a, files[i], &na);
		pb = read_in(b, files[i], &nb);
		ck_assert_msg(na == nb && memcmp(pa, pb, na) == 0,
		    "%s differs between two exports", files[i]);
	}
	/* The manifests differ at most in the snapshot time. */
	pa = read_in(a, "manifest.json", NULL);
	pb = read_in(b, "manifest.json", NULL);
	sa = snapshot_of(pa);
	sb = snapshot_of(pb);
	ck_assert_str_eq(pa, expected_manifest(a, sa, "false", "true"));
	ck_assert_str_eq(pb, expected_manifest(a, sb, "false", "true"));

	/* And standard output gives what the files hold. */
	for (i = 0; files[i] != NULL; i++) {
		char table[32];

		snprintf(table, sizeof table, "%.*s",
		    (int)(strlen(files[i]) - 4), files[i]);
		RUN_OK(&r, db, NULL, "export", table, AS_OF);
		pa = read_in(a, files[i], &na);
		ck_assert_msg(r.nout == na && memcmp(r.out, pa, na) == 0,
		    "export %s differs from %s", table, files[i]);
	}
}
END_TEST

START_TEST(test_flat)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *dir = new_dir("out");

	RUN_OK(&r, db, NULL, "update", "1", "--status", "in-progress",
	    "--date", "2025-02-01", "--text", "Plan drafted", "--due",
	    "June 2025");
	RUN_OK(&r, db, NULL, "update", "1", "--status", "complete",
	    "--date", "2025-02-20", "--text", "Published");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc",
	    "--meeting", "2024-11-15", "--item", "Budget monitoring",
	    "--number", "3", "--text", "Check the reserves.",
	    "--update-due", "2025-06-30");
	RUN_OK(&r, db, NULL, "export", "--dir", dir, AS_OF);
	/*
	 * One row per update in the order entered; a recommendation without
	 * updates has one row, whose update_due is its own.
	 */
	ck_assert_str_eq(read_in(dir, "flat.csv", NULL), FLAT_HDR
	    "pcs-osc,2024-11-15,Budget monitoring,1,"
	    "Publish the quarterly budget monitoring report.,"
	    "Vic Kurzeja; Michael Smedley,2025-01-10,accepted,"
	    "Agreed; first report in March.,2025-02-01,in-progress,"
	    "Plan drafted,2025-06-30\r\n"
	    "pcs-osc,2024-11-15,Budget monitoring,1,"
	    "Publish the quarterly budget monitoring report.,"
	    "Vic Kurzeja; Michael Smedley,2025-01-10,accepted,"
	    "Agreed; first report in March.,2025-02-20,complete,Published,\r\n"
	    "pcs-osc,2024-11-15,Budget monitoring,2,"
	    "Review the capital programme.,Lorna Baxter,,,,,,,\r\n"
	    "pcs-osc,2024-11-15,Budget monitoring,3,Check the reserves.,,,,,,,,"
	    "2025-06-30\r\n");
	ck_assert_str_eq(read_in(dir, "updates.csv", NULL),
	    "id,recommendation_id,action_id,date,status,text,due,due_text,rag,"
	    "percent\r\n"
	    "1,1,,2025-02-01,in-progress,Plan drafted,2025-06-30,June 2025,,\r\n"
	    "2,1,,2025-02-20,complete,Published,,,,\r\n");
	ck_assert(has(read_in(dir, "manifest.json", NULL),
	    "\"name\": \"flat.csv\",\n      \"rows\": 4,"));
}
END_TEST

/* The derived states follow --as-of; later meetings have none yet. */
START_TEST(test_as_of)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *dir;

	RUN_OK(&r, db, NULL, "action", "add", "--rec", "1", "--text", "Do it",
	    "--due", "March 2025");
	RUN_OK(&r, db, NULL, "export", "recommendations", "--as-of",
	    "01/11/2024");
	ck_assert_str_eq(r.out, REC_HDR
	    "1,1,1,,Publish the quarterly budget monitoring report.,"
	    "Vic Kurzeja; Michael Smedley,2025-01-15,," REC_V2 "\r\n"
	    "2,1,2,,Review the capital programme.,Lorna Baxter,2025-01-15,,"
	    REC_V2 "\r\n");
	RUN_OK(&r, db, NULL, "export", "actions", "--as-of", "2024-11-01");
	ck_assert_str_eq(r.out, "id,item_id,recommendation_id,text,leads,"
	    "due_text,due_date,status,number\r\n"
	    "1,,1,Do it,,March 2025,2025-03-31,,\r\n");
	RUN_OK(&r, db, NULL, "export", "actions", AS_OF);
	ck_assert_str_eq(r.out, "id,item_id,recommendation_id,text,leads,"
	    "due_text,due_date,status,number\r\n"
	    "1,,1,Do it,,March 2025,2025-03-31,pending,\r\n");
	dir = new_dir("out");
	RUN_OK(&r, db, NULL, "export", "--dir", dir, "--as-of", "15 November 2024");
	ck_assert(has(read_in(dir, "manifest.json", NULL),
	    "\n  \"as_of\": \"2024-11-15\",\n"));
}
END_TEST

/*
 * Issue 11, finding 18: --excel writes the texts Excel would turn into a
 * number or a date as ="...", which Excel shows as the text; the rest,
 * numbers and ISO dates included, as without it.
 */
static const struct {
	const char *number;	/* the recommendation's number, as written */
	const char *text;	/* and its text */
	const char *csv;	/* number,title,text as --excel writes them */
} excel[] = {
	{"007", "March 2025", "\"=\"\"007\"\"\",,\"=\"\"March 2025\"\"\""},
	{"3.10", "1E5", "\"=\"\"3.10\"\"\",,\"=\"\"1E5\"\"\""},
	{"1-2", "-5", "\"=\"\"1-2\"\"\",,\"=\"\"-5\"\"\""},
	{"R10", "=SUM(1,2)", "R10,,\"'=SUM(1,2)\""},
	{"3.1(a)", "Plain text, 10:30", "3.1(a),,\"Plain text, 10:30\""},
	{NULL, NULL, NULL}
};

START_TEST(test_excel)
{
	struct run r = RUN_INIT;
	char *db = rt_path("x.db"), *want;
	int i;

	RUN_OK(&r, db, NULL, "init");
	RUN_OK(&r, db, NULL, "committee", "add", "pcs-osc", "PCS");
	want = xprintf("%s", REC_HDR);
	for (i = 0; excel[i].number != NULL; i++) {
		RUN_OK(&r, db, NULL, "rec", "add", "--committee", "pcs-osc",
		    "--meeting", "2024-11-15", "--item", "I", "--number",
		    excel[i].number, "--text", excel[i].text);
		want = xprintf("%s%d,1,%s,,2025-01-15,,awaiting-response" REC_V2
		    "\r\n", want, i + 1, excel[i].csv);
	}
	RUN_OK(&r, db, NULL, "export", "recommendations", "--excel", AS_OF);
	ck_assert_str_eq(r.out, want);
	/* Without --excel, as stored. */
	RUN_OK(&r, db, NULL, "export", "recommendations", AS_OF);
	ck_assert(has(r.out, "\r\n1,1,007,,March 2025,"));
}
END_TEST

/*
 * Issue 15: DIR is made when missing; SHA256SUMS checks with sha256sum -c
 * and agrees with the manifest; the state views are there, as of the date.
 */
START_TEST(test_dir_sums_and_states)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *dir = rt_path("new"), *sums, *m;
	int i;

	RUN_OK(&r, db, NULL, "--quiet", "export", "--dir", dir, AS_OF);
	assert_only_export(dir);
	ck_assert_int_eq(system(xprintf("cd '%s' && sha256sum --quiet -c "
	    "SHA256SUMS", dir)), 0);
	sums = read_in(dir, "SHA256SUMS", NULL);
	m = read_in(dir, "manifest.json", NULL);
	for (i = 0; files[i] != NULL; i++) {
		char *sha = sha256_of(xprintf("%s/%s", dir, files[i]));

		ck_assert(has(sums, xprintf("%s  %s\n", sha, files[i])));
		ck_assert(has(m, xprintf("\"sha256\": \"%s\"", sha)));
	}
	ck_assert_int_eq(nlines(sums), 14);
	ck_assert(starts(read_in(dir, "recommendation_state.csv", NULL),
	    "id,committee,meeting_date,item,number,recommendation,leads,"
	    "decision,response_date,state,"));
	ck_assert(has(read_in(dir, "recommendation_state.csv", NULL),
	    "\r\n2,pcs-osc,2024-11-15,Budget monitoring,2,"
	    "Review the capital programme.,Lorna Baxter,,,awaiting-response,"));
	ck_assert(starts(read_in(dir, "action_state.csv", NULL),
	    "id,committee,meeting_date,item,recommendation_id,action,leads,"
	    "due_text,due_date,status,"));
	/* One table of them on standard output, too. */
	RUN_OK(&r, db, NULL, "export", "recommendation_state", AS_OF);
	ck_assert_str_eq(r.out, read_in(dir, "recommendation_state.csv", NULL));
}
END_TEST

START_TEST(test_usage)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	RUN_FAIL(&r, db, NULL, 2, "unknown table 'bogus' (tables: committees, "
	    "meetings, items, recommendations, responses, updates, actions, leads, "
	    "revisions, vocabulary, reports, flat, recommendation_state, "
	    "action_state)",
	    "export", "bogus");
	RUN_FAIL(&r, db, NULL, 2, "export: cannot use directory",
	    "export", "--dir", rt_path("missing/sub"));
	ck_assert(has(r.err, rt_path("missing/sub")));
	RUN_FAIL(&r, db, NULL, 2, xprintf("'%s' is not a directory", db),
	    "export", "--dir", db);
	RUN_FAIL(&r, db, NULL, 2, "give --dir DIR or a TABLE, not both",
	    "export", "committees", "--dir", rt_dir);
	RUN_FAIL(&r, db, NULL, 2, "give --dir DIR", "export");
	RUN_FAIL(&r, db, NULL, 2, "unknown option '--format'",
	    "export", "committees", "--format", "json");
	RUN_FAIL(&r, db, NULL, 3, "2025-02-30", "export", "committees",
	    "--as-of", "2025-02-30");

	RUN_OK(&r, db, NULL, "export", "--help");
	ck_assert(starts(r.out, "usage: rectrack export [--dir DIR | TABLE] "
	    "[--bom] [--no-formula-guard] [--excel] [--as-of DATE]\n"));
}
END_TEST

/*
 * A failure leaves the previous night's files as they were: here the
 * eighth rename fails (flat.csv has become a directory), after seven files
 * were already replaced, and those are put back.
 */
START_TEST(test_failure_keeps_previous)
{
	struct run r = RUN_INIT;
	/* The ten CSVs, then the manifest and SHA256SUMS. */
	static const char *const extra[] = {"manifest.json", "SHA256SUMS"};
	char *db = setup_db(), *dir = new_dir("out"), *before[16], *p;
	const char *name;
	size_t nbefore[16], n;
	int i, nfiles;

	RUN_OK(&r, db, NULL, "export", "--dir", dir, AS_OF);
	for (nfiles = 0; files[nfiles] != NULL; nfiles++)
		;
	ck_assert_int_eq(nfiles + 2, 16);
	for (i = 0; i < 16; i++)
		before[i] = read_in(dir, i < nfiles ? files[i] :
		    extra[i - nfiles], &nbefore[i]);

	/* New data, so that every file would change. */
	RUN_OK(&r, db, NULL, "committee", "add", "audit", "Audit Committee");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "audit",
	    "--meeting", "2025-01-20", "--item", "Risk", "--number", "1",
	    "--text", "Refresh the risk register.", "--lead", "Ann Other");
	RUN_OK(&r, db, NULL, "respond", "3", "--decision", "noted",
	    "--date", "2025-02-01");
	RUN_OK(&r, db, NULL, "update", "1", "--status", "delayed",
	    "--date", "2025-02-01");
	RUN_OK(&r, db, NULL, "action", "add", "--rec", "3", "--text", "Act");

	/* flat.csv, the twelfth file renamed, cannot be replaced. */
	ck_assert_int_eq(unlink(xprintf("%s/flat.csv", dir)), 0);
	ck_assert_int_eq(mkdir(xprintf("%s/flat.csv", dir), 0755), 0);
	RUN_FAIL(&r, db, NULL, 1, xprintf("export: %s/flat.csv: cannot replace: ",
	    dir), "export", "--dir", dir, AS_OF);
	for (i = 0; i < 16; i++) {
		name = i < nfiles ? files[i] : extra[i - nfiles];
		if (strcmp(name, "flat.csv") == 0)
			continue;	/* the directory */
		p = read_in(dir, name, &n);
		ck_assert_msg(n == nbefore[i] && memcmp(p, before[i], n) == 0,
		    "%s changed by a failed export", name);
	}
	assert_only_export(dir);

	/* Once the obstacle is gone, the next night's export goes through. */
	ck_assert_int_eq(rmdir(xprintf("%s/flat.csv", dir)), 0);
	RUN_OK(&r, db, NULL, "export", "--dir", dir, AS_OF);
	assert_only_export(dir);
	ck_assert(has(read_in(dir, "committees.csv", NULL),
	    "\r\n2,audit,Audit Committee,scrutiny,,,Cabinet,2 months\r\n"));
	p = read_in(dir, "manifest.json", NULL);
	ck_assert_str_eq(p, expected_manifest(dir, snapshot_of(p), "false",
	    "true"));
}
END_TEST

/*
 * A writer holding its transaction open does not stop the export, which
 * sees the database as last committed.
 */
START_TEST(test_snapshot_while_writing)
{
	struct run r = RUN_INIT;
	char *db = setup_db(), *dir = new_dir("out");
	sqlite3 *h;

	ck_assert_int_eq(sqlite3_open(db, &h), SQLITE_OK);
	sqlite3_busy_timeout(h, 5000);
	ck_assert_int_eq(sqlite3_exec(h, "BEGIN IMMEDIATE; "
	    "INSERT INTO committees(slug, name, kind) "
	    "VALUES ('held', 'Held Open', 'audit')", NULL, NULL, NULL), SQLITE_OK);
	RUN_OK(&r, db, NULL, "export", "--dir", dir, AS_OF);
	ck_assert_str_eq(read_in(dir, "committees.csv", NULL),
	    setup_files[0].bytes);
	ck_assert_int_eq(sqlite3_exec(h, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_close(h), SQLITE_OK);
	RUN_OK(&r, db, NULL, "export", "--dir", dir, AS_OF);
	ck_assert(has(read_in(dir, "committees.csv", NULL),
	    "\r\n2,held,Held Open,audit,,,Cabinet,2 months\r\n"));
}
END_TEST

Suite *
cli_export_suite(void)
{
	Suite *s = suite_create("cli_export");
	TCase *tc = rt_tcase("export");

	tcase_add_test(tc, test_dir_files);
	tcase_add_test(tc, test_quoting_and_guard);
	tcase_add_test(tc, test_excel);
	tcase_add_test(tc, test_dir_sums_and_states);
	tcase_add_test(tc, test_bom);
	tcase_add_test(tc, test_reproducible);
	tcase_add_test(tc, test_flat);
	tcase_add_test(tc, test_as_of);
	tcase_add_test(tc, test_usage);
	tcase_add_test(tc, test_failure_keeps_previous);
	tcase_add_test(tc, test_snapshot_while_writing);
	suite_add_tcase(s, tc);
	return s;
}
