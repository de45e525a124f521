/*
 * check_sha256.c - SHA-256 through nettle: the FIPS 180-4 example vectors
 * fed in every split that matters, and the one-call form against them.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "rectrack/sha256.h"
#include "suites.h"

static const struct {
	const char *in;
	size_t repeat;
	const char *hex;
} vectors[] = {
	{"", 1,
	 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
	{"abc", 1,
	 "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
	{"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 1,
	 "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
	{"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
	 "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu", 1,
	 "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
	{"a", 1000000,
	 "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
};

/* The digest of vector i, fed in pieces of step bytes. */
static void
digest(int i, size_t step, char hex[65])
{
	struct rt_sha256 c;
	size_t len = strlen(vectors[i].in) * vectors[i].repeat, k, n;
	char *all = malloc(len + 1), *p;

	ck_assert_ptr_nonnull(all);
	for (k = 0, p = all; k < vectors[i].repeat; k++, p += strlen(vectors[i].in))
		memcpy(p, vectors[i].in, strlen(vectors[i].in));
	rt_sha256_init(&c);
	for (k = 0; k < len; k += n) {
		n = len - k < step ? len - k : step;
		rt_sha256_update(&c, all + k, n);
	}
	rt_sha256_hex(&c, hex);
	free(all);
}

START_TEST(test_vectors)
{
	static const size_t steps[] = {1, 3, 63, 64, 65, 1000, (size_t)-1};
	char hex[65];
	size_t s;

	for (s = 0; s < sizeof steps / sizeof steps[0]; s++) {
		if (vectors[_i].repeat > 1 && steps[s] < 64)
			continue;	/* a million calls: slow under valgrind */
		digest(_i, steps[s], hex);
		ck_assert_msg(strcmp(hex, vectors[_i].hex) == 0,
		    "vector %d, pieces of %zu: %s", _i, steps[s], hex);
	}
	if (vectors[_i].repeat == 1) {
		rt_sha256_str(vectors[_i].in, strlen(vectors[_i].in), hex);
		ck_assert_str_eq(hex, vectors[_i].hex);
	}
}
END_TEST

Suite *
rt_sha256_suite(void)
{
	Suite *s = suite_create("sha256");
	TCase *tc = tcase_create("sha256");

	tcase_add_loop_test(tc, test_vectors, 0,
	    (int)(sizeof vectors / sizeof vectors[0]));
	suite_add_tcase(s, tc);
	return s;
}
