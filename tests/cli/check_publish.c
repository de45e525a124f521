/*
 * check_publish.c - publish, and every reading command on a read-only
 * database.
 *
 * The site itself (links, escaping, the data package, Chromium) is
 * checked by tests/render/publish-site.sh; here, what a user of the
 * command line sees: the folders publish refuses, that a second publish
 * gives the same bytes, that a publish that cannot start leaves the old
 * site and what was planted as they were, and that each command that
 * only reads works on a 0444 copy in a 0555 folder and writes nothing
 * there (the tests may run as root, whom the modes do not stop: so the
 * file's bytes and the folder's listing are compared, not only the exit
 * status; as root, SQLite's empty WAL index files are allowed).
 */
#include <sys/stat.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

/* The known state, plus an action with an update, for every listing. */
static char *
publish_db(void)
{
	struct run r = RUN_INIT;
	char *db = setup_db();

	RUN_OK(&r, db, NULL, "action", "add", "--rec", "1", "--text",
	    "Draft the report template.", "--lead", "Lorna Baxter", "--due",
	    "March 2025");
	RUN_OK(&r, db, NULL, "action", "update", "1", "--status", "in-progress",
	    "--date", "2025-02-01", "--text", "Template drafted.");
	RUN_OK(&r, db, NULL, "update", "1", "--status", "complete", "--date",
	    "2025-03-01", "--text", "Reported in March.");
	return db;
}

/* Every file under dir, "name\n<bytes>\n" each, sorted by path. */
static void
tree_add(char **acc, const char *dir, const char *rel)
{
	char *path = xprintf("%s%s%s", dir, *rel ? "/" : "", rel);
	struct dirent **list;
	int n, i;

	n = scandir(path, &list, NULL, alphasort);
	ck_assert_msg(n >= 0, "cannot list %s", path);
	for (i = 0; i < n; i++) {
		const char *name = list[i]->d_name;
		char *sub = xprintf("%s%s%s", rel, *rel ? "/" : "", name);
		char *full = xprintf("%s/%s", dir, sub);
		struct stat sb;

		if (strcmp(name, ".") != 0 && strcmp(name, "..") != 0) {
			ck_assert(lstat(full, &sb) == 0);
			if (S_ISDIR(sb.st_mode))
				tree_add(acc, dir, sub);
			else {
				size_t len;
				char *s = file_read(full, &len);

				*acc = xprintf("%s%s\n%zu\n%.*s\n", *acc, sub, len,
				    (int)len, s ? s : "");
			}
		}
		free(list[i]);
	}
	free(list);
}

static char *
tree(const char *dir)
{
	char *acc = xprintf("%s", "");

	tree_add(&acc, dir, "");
	return acc;
}

/* The names in dir, sorted, one a line. */
static char *
listing(const char *dir)
{
	struct dirent **list;
	char *s = xprintf("%s", "");
	int n, i;

	n = scandir(dir, &list, NULL, alphasort);
	ck_assert(n >= 0);
	for (i = 0; i < n; i++) {
		s = xprintf("%s%s\n", s, list[i]->d_name);
		free(list[i]);
	}
	free(list);
	return s;
}

/* Publishing twice gives the same bytes; over an existing site too. */
START_TEST(test_publish_deterministic)
{
	struct run r = RUN_INIT;
	char *db = publish_db(), *a = rt_path("a"), *b = rt_path("b"), *first;

	RUN_OK(&r, db, NULL, "publish", a, "--as-of", "2025-03-14");
	ck_assert_str_eq(r.out, "");
	first = tree(a);
	ck_assert(has(first, "index.html\n"));
	ck_assert(has(first, "c/pcs-osc.html\n"));
	ck_assert(has(first, "r/1.html\n"));
	ck_assert(has(first, "r/2.html\n"));
	ck_assert(has(first, "data/datapackage.json\n"));
	ck_assert(has(first, "data/recommendations.csv\n"));
	ck_assert(has(first, "data/recommendations.json\n"));
	RUN_OK(&r, db, NULL, "publish", b, "--as-of", "2025-03-14");
	ck_assert_str_eq(tree(b), first);
	RUN_OK(&r, db, NULL, "publish", a, "--as-of", "2025-03-14");
	ck_assert_str_eq(tree(a), first);
	/* Nothing hidden is left beside the site. */
	ck_assert(!has(listing(rt_dir), ".a."));
	/* Another date is another site, in place. */
	RUN_OK(&r, db, NULL, "publish", a, "--as-of", "2025-01-01");
	ck_assert_str_ne(tree(a), first);
}
END_TEST

/* --committee publishes only those, in the pages and in the data. */
START_TEST(test_publish_committee)
{
	struct run r = RUN_INIT;
	char *db = publish_db(), *s = rt_path("s"), *t;

	RUN_OK(&r, db, NULL, "committee", "add", "secret", "Secret Committee");
	RUN_OK(&r, db, NULL, "rec", "add", "--committee", "secret", "--meeting",
	    "2024-12-01", "--item", "Hidden", "--number", "1", "--text",
	    "Not for the public site.");
	RUN_OK(&r, db, NULL, "publish", s, "--committee", "PCS-OSC");
	t = tree(s);
	ck_assert(has(t, "c/pcs-osc.html\n"));
	ck_assert(!has(t, "secret"));
	ck_assert(!has(t, "Secret Committee"));
	ck_assert(!has(t, "Not for the public site."));
	RUN_FAIL(&r, db, NULL, 3, "unknown committee 'nope'", "publish", s,
	    "--committee", "nope");
	ck_assert_str_eq(tree(s), t);
}
END_TEST

/* What publish refuses, leaving everything as it was. */
START_TEST(test_publish_refuses)
{
	struct run r = RUN_INIT;
	char *db = publish_db(), *victim_dir = rt_path("victim"), *link_path;
	char *before, *in = rt_path("in"), *indb, *file = rt_path("file");

	ck_assert(mkdir(victim_dir, 0777) == 0);
	file_write(xprintf("%s/keep.txt", victim_dir), "keep\n", 5);
	link_path = rt_path("link");
	ck_assert(symlink(victim_dir, link_path) == 0);
	before = tree(victim_dir);
	RUN_FAIL(&r, db, NULL, 2, "is a symbolic link", "publish", link_path);
	RUN_FAIL(&r, db, NULL, 2, "is the database", "publish", db);
	file_write(file, "x", 1);
	RUN_FAIL(&r, db, NULL, 2, "is not a directory", "publish", file);
	RUN_FAIL(&r, db, NULL, 2, "holds the database", "publish", rt_dir);
	RUN_FAIL(&r, db, NULL, 2, "give the site's own folder", "publish", ".");
	RUN_FAIL(&r, db, NULL, 2, "does not exist", "publish",
	    rt_path("no/such/site"));
	/* A database inside the site's folder would go with the old site. */
	ck_assert(mkdir(in, 0777) == 0);
	indb = xprintf("%s/in.db", in);
	RUN_OK(&r, db, NULL, "backup", indb);
	RUN_FAIL(&r, indb, NULL, 2, "holds the database", "publish", in);
	ck_assert(access(indb, F_OK) == 0);
	ck_assert_str_eq(tree(victim_dir), before);
	ck_assert(access(link_path, F_OK) == 0);
}
END_TEST

/*
 * DIR is replaced whole; a folder that held anything but a published site
 * (a mistyped path to somebody's documents) is kept beside it, and said
 * so.  A site published over a site keeps nothing.
 */
START_TEST(test_publish_keeps_foreign)
{
	struct run r = RUN_INIT;
	char *db = publish_db(), *docs = rt_path("docs"), *kept;

	ck_assert(mkdir(docs, 0777) == 0);
	file_write(xprintf("%s/mine.txt", docs), "mine\n", 5);
	rt_run(&r, db, NULL, ARGV("publish", docs));
	ck_assert_msg(r.code == 0, "exit %d: %s", r.code, r.err);
	ck_assert(access(xprintf("%s/index.html", docs), F_OK) == 0);
	ck_assert(access(xprintf("%s/mine.txt", docs), F_OK) != 0);
	ck_assert_msg(has(r.err, "rectrack: warning: publish: '") &&
	    has(r.err, "' held files that were not a published site; they are "
	    "kept in '"), "%s", r.err);
	kept = xprintf("%s", strstr(r.err, "kept in '") + 9);
	*strchr(kept, '\'') = '\0';
	ck_assert_msg(access(xprintf("%s/mine.txt", kept), F_OK) == 0, "%s",
	    kept);
	/* Now a site: published again, nothing is kept and nothing said. */
	RUN_OK(&r, db, NULL, "publish", docs);
}
END_TEST

/*
 * Something planted under the name of the hidden sibling: the publish
 * fails (mkdir will not take over what is there), the old site and the
 * planted link's target stay as they were.
 */
START_TEST(test_publish_planted_sibling)
{
	struct run r = RUN_INIT;
	char *db = publish_db(), *site = rt_path("site"), *target, *before;
	char *v = rt_path("victim");
	long pid;
	int i;
	size_t n;
	char *s;

	RUN_OK(&r, db, NULL, "publish", site);
	before = tree(site);
	ck_assert(mkdir(v, 0777) == 0);
	target = tree(v);
	s = file_read("/proc/sys/kernel/ns_last_pid", &n);
	if (s == NULL)
		return;
	pid = atol(s) + 1;
	for (i = 0; i < 8; i++)
		ck_assert(symlink(v, rt_path(xprintf(".site.publish-%ld",
		    pid + i))) == 0);
	rt_run(&r, db, NULL, ARGV("publish", site));
	if (r.code == 0)
		return;	/* another process took the pids: nothing shown */
	ck_assert_int_eq(r.code, 1);
	ck_assert(has(r.err, "rectrack: publish: cannot create"));
	ck_assert_str_eq(tree(site), before);
	ck_assert_str_eq(tree(v), target);
}
END_TEST

/*
 * Every command that only reads, on a 0444 copy in a 0555 folder: exit
 * 0, nothing on standard error, and the folder and the file unchanged.
 */
START_TEST(test_read_only_commands)
{
	static const char *const queries[] = {
		"awaiting-response", "response-overdue", "accepted-pending",
		"update-in-item", "update-overdue", "rejected", "open",
		"unreported", "open-actions", "overdue-actions",
	};
	struct run r = RUN_INIT;
	char *db = publish_db(), *ro = rt_path("ro"), *rodb, *bytes, *names;
	char *out = rt_path("out"), *site = rt_path("site");
	size_t n, len, i;

	ck_assert(mkdir(ro, 0777) == 0);
	rodb = xprintf("%s/rt.db", ro);
	bytes = file_read(db, &len);
	ck_assert(bytes != NULL);
	file_write(rodb, bytes, len);
	ck_assert(chmod(rodb, 0444) == 0);
	ck_assert(chmod(ro, 0555) == 0);
	names = listing(ro);
	{
		const char *const *cmds[] = {
			ARGV("rec", "list"), ARGV("rec", "show", "1"),
			ARGV("tracker", "pcs-osc", "--meeting", "2025-03-14"),
			ARGV("tracker", "pcs-osc", "--meeting", "2025-03-14",
			    "--format", "html"),
			ARGV("export", "--dir", out), ARGV("export", "flat"),
			ARGV("search", "budget"),
			ARGV("sql", "SELECT count(*) FROM recommendations"),
			ARGV("log"), ARGV("log", "1"), ARGV("check"),
			ARGV("publish", site), ARGV("committee", "list"),
			ARGV("meeting", "list"), ARGV("action", "list"),
			ARGV("query", "--list"), ARGV("vocab", "list"),
			ARGV("stats"), ARGV("stats", "--format", "html"),
			ARGV("chase", "--as-of", "2025-03-14"),
			ARGV("calendar", "--as-of", "2025-03-14"),
			ARGV("plan", "pcs-osc", "--as-of", "2025-03-14"),
			ARGV("plan", "pcs-osc", "--format", "html"),
			ARGV("query", "revised"),
		};

		for (i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
			rt_run(&r, rodb, NULL, cmds[i]);
			ck_assert_msg(r.code == 0 && r.err[0] == '\0',
			    "%s %s: exit %d: %s", cmds[i][0], cmds[i][1] ?
			    cmds[i][1] : "", r.code, r.err);
		}
	}
	for (i = 0; i < sizeof queries / sizeof queries[0]; i++) {
		rt_run(&r, rodb, NULL, ARGV("query", queries[i], "--as-of",
		    "2025-06-30"));
		ck_assert_msg(r.code == 0 && r.err[0] == '\0', "query %s: %d: %s",
		    queries[i], r.code, r.err);
	}
	ck_assert(access(xprintf("%s/index.html", site), F_OK) == 0);
	ck_assert(access(xprintf("%s/recommendations.csv", out), F_OK) == 0);
	/*
	 * Root is not stopped by the folder's mode: SQLite then makes the
	 * WAL index files of a reader, with nothing written in the log.
	 */
	if (geteuid() == 0 && access(xprintf("%s-wal", rodb), F_OK) == 0) {
		struct stat sb;

		ck_assert(stat(xprintf("%s-wal", rodb), &sb) == 0);
		ck_assert_msg(sb.st_size == 0, "the log holds %lld bytes",
		    (long long)sb.st_size);
		names = xprintf("%s%s", names, "rt.db-shm\nrt.db-wal\n");
	}
	ck_assert_str_eq(listing(ro), names);
	{
		char *after = file_read(rodb, &n);

		ck_assert(after != NULL && n == len && memcmp(after, bytes, n) == 0);
	}
	chmod(ro, 0755);
}
END_TEST

Suite *
cli_publish_suite(void)
{
	Suite *s = suite_create("cli-publish");
	TCase *tc = rt_tcase("publish");

	tcase_add_test(tc, test_publish_deterministic);
	tcase_add_test(tc, test_publish_committee);
	tcase_add_test(tc, test_publish_refuses);
	tcase_add_test(tc, test_publish_planted_sibling);
	tcase_add_test(tc, test_publish_keeps_foreign);
	tcase_add_test(tc, test_read_only_commands);
	suite_add_tcase(s, tc);
	return s;
}
