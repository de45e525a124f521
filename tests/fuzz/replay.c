/*
 * replay.c - a main() for a harness outside libFuzzer: it runs the
 * harness's LLVMFuzzerTestOneInput() once on each file named on the
 * command line, and on each file of each directory named (in name order,
 * dot files and README files skipped), so that the seed corpus and every
 * input that once crashed run in every build as a ctest (replay.cmake),
 * under ASan+UBSan in the sanitizer build.
 *
 * Each input is handed over in a buffer of exactly its size, as libFuzzer
 * does, so that a read past its end is caught.  A missing directory is
 * an empty one (git keeps no empty directory).  Exit status 0 when every
 * input ran; a failing input aborts, as under libFuzzer.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static long replayed;

static void
replay_file(const char *path)
{
	struct stat sb;
	uint8_t *data;
	size_t n;
	FILE *fp = fopen(path, "rb");

	FZ_CHECK(fp != NULL && fstat(fileno(fp), &sb) == 0, "%s: %s", path,
	    strerror(errno));
	n = (size_t)sb.st_size;
	data = malloc(n > 0 ? n : 1);
	FZ_CHECK(data != NULL, "out of memory");
	FZ_CHECK(fread(data, 1, n, fp) == n, "%s: short read", path);
	fclose(fp);
	fprintf(stderr, "replay: %s\n", path);
	LLVMFuzzerTestOneInput(data, n);
	free(data);
	replayed++;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
replay_dir(const char *dir)
{
	char **names = NULL, path[4096];
	size_t n = 0, cap = 0, i;
	struct dirent *d;
	DIR *dp;

	if ((dp = opendir(dir)) == NULL) {
		FZ_CHECK(errno == ENOENT, "%s: %s", dir, strerror(errno));
		return;
	}
	while ((d = readdir(dp)) != NULL) {
		if (d->d_name[0] == '.' || strncmp(d->d_name, "README", 6) == 0)
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			names = realloc(names, cap * sizeof *names);
			FZ_CHECK(names != NULL, "out of memory");
		}
		names[n] = malloc(strlen(d->d_name) + 1);
		FZ_CHECK(names[n] != NULL, "out of memory");
		strcpy(names[n++], d->d_name);
	}
	closedir(dp);
	if (n > 0)
		qsort(names, n, sizeof *names, by_name);
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		replay_file(path);
		free(names[i]);
	}
	free(names);
}

int
main(int argc, char **argv)
{
	struct stat sb;
	int i;

	LLVMFuzzerInitialize(&argc, &argv);
	for (i = 1; i < argc; i++) {
		if (stat(argv[i], &sb) == 0 && S_ISREG(sb.st_mode))
			replay_file(argv[i]);
		else
			replay_dir(argv[i]);
	}
	fprintf(stderr, "replay: %ld inputs, no failure\n", replayed);
	return 0;
}
