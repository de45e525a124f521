/*
 * check_sha256.c - SHA-256: the FIPS 180-4 example vectors, in the
 * portable C and (when the processor has them) the SHA instructions, and
 * the two against each other on every length and split that matters.
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
	int hw;
	size_t s;

	for (hw = 0; hw <= 1; hw++) {
		if (rt_sha256_hw(hw) == 0 && hw)
			break;	/* no SHA instructions here: C only */
		for (s = 0; s < sizeof steps / sizeof steps[0]; s++) {
			if (vectors[_i].repeat > 1 && steps[s] < 64)
				continue;	/* a million calls: slow under valgrind */
			digest(_i, steps[s], hex);
			ck_assert_msg(strcmp(hex, vectors[_i].hex) == 0,
			    "vector %d, %s, pieces of %zu: %s", _i,
			    hw ? "SHA instructions" : "C", steps[s], hex);
		}
	}
	rt_sha256_hw(1);
}
END_TEST

/* Every length up to three blocks and more, both ways, the same digest. */
START_TEST(test_c_and_hw_agree)
{
	unsigned char buf[300];
	char a[65], b[65];
	size_t n;
	unsigned x = 12345;

	if (!rt_sha256_hw(1))
		return;		/* nothing to compare */
	for (n = 0; n < sizeof buf; n++) {
		x = x * 1103515245u + 12345u;
		buf[n] = (unsigned char)(x >> 16);
	}
	for (n = 0; n <= sizeof buf; n++) {
		rt_sha256_hw(0);
		rt_sha256_str(buf, n, a);
		rt_sha256_hw(1);
		rt_sha256_str(buf, n, b);
		ck_assert_msg(strcmp(a, b) == 0, "length %zu: C %s, hw %s", n, a, b);
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
	tcase_add_test(tc, test_c_and_hw_agree);
	suite_add_tcase(s, tc);
	return s;
}
