/*
 * common.c - what the libFuzzer harnesses share (see fuzz.h).
 */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rectrack/cmd.h"
#include "rectrack/util.h"
#include "fuzz.h"

static char dir[256];
static char path_buf[512];

const char fz_sample_csv[] =
    "\xef\xbb\xbf"
    "Committee,Meeting date,Item,Rec number,Recommendation,Lead,"
    "Response date,Response,Response text,Update date,Update status,"
    "Update text,Update due\r\n"
    "pcs-osc,15-Nov-24,Community Asset Transfer Policy and Leases to VCS "
    "Organisations,1,That the Council ensures that local members are "
    "involved with next-step discussions with VCS groups.,Vic Kurzeja; "
    "Michael Smedley,11-Feb-25,Accepted,See response in item 9,,,,\r\n"
    "pcs-osc,15-Nov-24,Commercial Strategy Progress Update,3,That the "
    "Council gives consideration to seconding staff to exemplars of good "
    "commercial practice to the private sector.,,11-Feb-25,Partially "
    "Accepted,See response in item 9,,,,\r\n"
    "pcs-osc,15-Nov-24,Commercial Strategy Progress Update,5,That the "
    "Council includes representatives of Adult Social Care and Children's "
    "Social Care on its Commercial Board,,11-Feb-25,Rejected,See response "
    "in item 9,,,,\r\n"
    "pcs-osc,17-Jan-25,Updated Funding and Budget Proposals 2025/26 "
    "\xe2\x80\x93 2027/28,1,That the increases for school meals are "
    "stepped over a longer period,Lorna Baxter,,,,,,,\r\n"
    "pcs-osc,26-Jan-24,Capital Asset Disposal Process,1,That the Council "
    "conveys information about potential asset disposals to opposition "
    "parties at an earlier point.,Michael Smedley,19-Mar-24,Accepted,"
    "Accepted,20-Feb-25,Updated,\"As part of the current disposal process "
    "key decisions are sought for significant sales.\r\n\r\nAhead of any "
    "disposal officers will consult with the local member, and where "
    "appropriate \"\"other\"\" members.\",\r\n"
    "pcs-osc,18-Oct-24,Community Wealth Building and Wider Social Value,1,"
    "That the Council works with the Local Government Association to open "
    "discussion with central government.,Vic Kurzeja,17-Dec-24,Accepted,"
    "Accepted,20-Feb-25,Update Pending,Update due April,April 2025\r\n"
    "pcs-osc,18-Oct-24,Community Wealth Building and Wider Social Value,1,"
    "That the Council works with the Local Government Association to open "
    "discussion with central government.,Vic Kurzeja,17-Dec-24,Accepted,"
    "Accepted,05 February 2025,In progress,Updated during Place OSC on 05 "
    "February 2025,Q1 25/26\r\n"
    "Place Overview & Scrutiny Committee,2024-06-05,Highways,2a,That "
    "Cabinet reviews the pothole backlog.,Paul Fermer,2024-07-16,Noted,"
    "'=not a formula,2024-09-01,Delayed,,30/11/2024\r\n"
    "Place Overview & Scrutiny Committee,2024-06-05,Highways,2b,That "
    "Cabinet publishes the repair programme.,Paul Fermer,2024-07-16,"
    "Agreed,,2024-12-01,Complete,Published.,\r\n";

void
fz_fail(const char *file, int line, const char *cond, const char *fmt, ...)
{
	va_list ap;

	fz_quiet(0);
	fprintf(stderr, "\n%s:%d: fuzz check failed: %s: ", file, line, cond);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

/* Remove the private directory and the files in it (no subdirectories). */
static void
remove_dir(void)
{
	struct dirent *d;
	DIR *dp;

	if (dir[0] == '\0' || (dp = opendir(dir)) == NULL)
		return;
	while ((d = readdir(dp)) != NULL)
		if (strcmp(d->d_name, ".") != 0 && strcmp(d->d_name, "..") != 0)
			unlink(fz_path(d->d_name));
	closedir(dp);
	rmdir(dir);
	dir[0] = '\0';
}

const char *
fz_dir(void)
{
	struct stat sb;
	const char *base = getenv("TMPDIR");

	if (dir[0] != '\0')
		return dir;
	if (stat("/dev/shm", &sb) == 0 && S_ISDIR(sb.st_mode) &&
	    access("/dev/shm", W_OK) == 0)
		base = "/dev/shm";
	else if (base == NULL || base[0] == '\0')
		base = "/tmp";
	snprintf(dir, sizeof dir, "%s/rt-fuzz-XXXXXX", base);
	FZ_CHECK(mkdtemp(dir) != NULL, "mkdtemp %s: %s", dir, strerror(errno));
	atexit(remove_dir);
	return dir;
}

const char *
fz_path(const char *name)
{
	snprintf(path_buf, sizeof path_buf, "%s/%s", fz_dir(), name);
	return path_buf;
}

void
fz_write_file(const char *path, const void *p, size_t n)
{
	FILE *fp = fopen(path, "wb");

	FZ_CHECK(fp != NULL, "%s: %s", path, strerror(errno));
	FZ_CHECK(fwrite(p, 1, n, fp) == n && fclose(fp) == 0, "%s: %s", path,
	    strerror(errno));
}

char *
fz_strndup(const uint8_t *p, size_t n)
{
	char *s = malloc(n + 1);

	FZ_CHECK(s != NULL, "out of memory");
	memcpy(s, p, n);
	s[n] = '\0';
	return s;
}

FILE *
fz_devnull(void)
{
	static FILE *fp;

	if (fp == NULL)
		FZ_CHECK((fp = fopen("/dev/null", "w")) != NULL, "/dev/null: %s",
		    strerror(errno));
	return fp;
}

void
fz_quiet(int on)
{
	static FILE *saved;
	static int verbose = -1;

	if (verbose < 0)
		verbose = getenv("FUZZ_VERBOSE") != NULL;
	if (verbose)
		return;
	if (on && saved == NULL) {
		saved = stderr;
		stderr = fz_devnull();
	} else if (!on && saved != NULL) {
		stderr = saved;
		saved = NULL;
	}
}

int
fz_import(struct rt_db *db, const char *path, FILE *out, struct rt_err *e)
{
	const struct rt_opt *o;
	const char *val[8] = {NULL}, **all[8] = {NULL};
	int nall[8] = {0};
	char *pos[1];
	struct rt_args a;
	struct rt_ctx ctx;

	/* The arguments as cmd.c parses "import PATH": no option set. */
	for (o = rt_cmd_import.opts; o != NULL && o->name != NULL; o++)
		FZ_CHECK(o - rt_cmd_import.opts < 7, "import has more options "
		    "than this harness knows");
	memset(&a, 0, sizeof a);
	a.spec = rt_cmd_import.opts;
	a.val = val;
	a.all = all;
	a.nall = nall;
	pos[0] = (char *)path;
	a.pos = pos;
	a.npos = 1;

	memset(&ctx, 0, sizeof ctx);
	ctx.db_path = db->path;
	ctx.db = *db;
	ctx.out = out;
	ctx.quiet = out == fz_devnull();
	ctx.e = e;
	return rt_cmd_import.exec(&ctx, &a);
}
