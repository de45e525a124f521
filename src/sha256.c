/*
 * sha256.c - SHA-256 as FIPS 180-4 defines it: checksums of migrations and
 * of export files.  The portable C is the reference; on x86-64 processors
 * with the SHA extensions the same blocks go through them, since the hash
 * of "export --dir" otherwise took as long as formatting the CSV (about
 * 150 MB/s in C, over 1 GB/s with the SHA instructions).
 */
#include <stdio.h>
#include <string.h>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define RT_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

#include "rectrack/sha256.h"

static const uint32_t K[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
	0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
	0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
	0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
	0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
	0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
	0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void
block_c(uint32_t *hh, const unsigned char *p)
{
	uint32_t w[64], a, b, cc, d, e, f, g, h, t1, t2;
	int i;

	for (i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		    (uint32_t)p[4 * i + 2] << 8 | (uint32_t)p[4 * i + 3];
	for (; i < 64; i++)
		w[i] = (ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10)) +
		    w[i - 7] +
		    (ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3)) +
		    w[i - 16];
	a = hh[0]; b = hh[1]; cc = hh[2]; d = hh[3];
	e = hh[4]; f = hh[5]; g = hh[6]; h = hh[7];
	for (i = 0; i < 64; i++) {
		t1 = h + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) +
		    ((e & f) ^ (~e & g)) + K[i] + w[i];
		t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) +
		    ((a & b) ^ (a & cc) ^ (b & cc));
		h = g; g = f; f = e; e = d + t1;
		d = cc; cc = b; b = a; a = t1 + t2;
	}
	hh[0] += a; hh[1] += b; hh[2] += cc; hh[3] += d;
	hh[4] += e; hh[5] += f; hh[6] += g; hh[7] += h;
}

#ifdef RT_SHA_NI
/*
 * One block with the SHA extensions.  The state lives in two registers as
 * ABEF and CDGH, the order sha256rnds2 wants; each turn of the loop does
 * four rounds (two sha256rnds2) and, for the first twelve, schedules the
 * message words of the turn four ahead (sha256msg1, the W[t-7] term,
 * sha256msg2).
 */
__attribute__((target("sha,sse4.1")))
static void
block_ni(uint32_t *hh, const unsigned char *p)
{
	const __m128i swap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL,
	    0x0405060700010203LL);
	__m128i st0, st1, tmp, msg, abef, cdgh, w[4];
	int i;

	tmp = _mm_loadu_si128((const __m128i *)(const void *)&hh[0]);
	st1 = _mm_loadu_si128((const __m128i *)(const void *)&hh[4]);
	tmp = _mm_shuffle_epi32(tmp, 0xB1);		/* CDAB */
	st1 = _mm_shuffle_epi32(st1, 0x1B);		/* EFGH */
	st0 = _mm_alignr_epi8(tmp, st1, 8);		/* ABEF */
	st1 = _mm_blend_epi16(st1, tmp, 0xF0);		/* CDGH */
	abef = st0;
	cdgh = st1;
	for (i = 0; i < 4; i++)
		w[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)
		    (const void *)(p + 16 * i)), swap);
	for (i = 0; i < 16; i++) {
		msg = _mm_add_epi32(w[i & 3],
		    _mm_loadu_si128((const __m128i *)(const void *)&K[4 * i]));
		st1 = _mm_sha256rnds2_epu32(st1, st0, msg);
		msg = _mm_shuffle_epi32(msg, 0x0E);
		st0 = _mm_sha256rnds2_epu32(st0, st1, msg);
		if (i < 12)
			w[i & 3] = _mm_sha256msg2_epu32(_mm_add_epi32(
			    _mm_sha256msg1_epu32(w[i & 3], w[(i + 1) & 3]),
			    _mm_alignr_epi8(w[(i + 3) & 3], w[(i + 2) & 3], 4)),
			    w[(i + 3) & 3]);
	}
	st0 = _mm_add_epi32(st0, abef);
	st1 = _mm_add_epi32(st1, cdgh);
	tmp = _mm_shuffle_epi32(st0, 0x1B);		/* FEBA */
	st1 = _mm_shuffle_epi32(st1, 0xB1);		/* DCHG */
	st0 = _mm_blend_epi16(tmp, st1, 0xF0);		/* DCBA */
	st1 = _mm_alignr_epi8(st1, tmp, 8);		/* HGFE */
	_mm_storeu_si128((__m128i *)(void *)&hh[0], st0);
	_mm_storeu_si128((__m128i *)(void *)&hh[4], st1);
}

/* SHA (CPUID 7.EBX bit 29), SSSE3 and SSE4.1 (CPUID 1.ECX bits 9, 19). */
static int
have_sha_ni(void)
{
	unsigned a, b, c, d;

	if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & 1u << 9) ||
	    !(c & 1u << 19))
		return 0;
	if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
		return 0;
	return (b & 1u << 29) != 0;
}
#endif

static void (*block_fn)(uint32_t *, const unsigned char *);

static void
block(struct rt_sha256 *c, const unsigned char *p)
{
	if (block_fn == NULL)
		rt_sha256_hw(1);
	block_fn(c->h, p);
}

int
rt_sha256_hw(int use)
{
	block_fn = block_c;
#ifdef RT_SHA_NI
	if (have_sha_ni()) {
		if (use)
			block_fn = block_ni;
		return 1;
	}
#endif
	return 0;
}

void
rt_sha256_init(struct rt_sha256 *c)
{
	static const uint32_t iv[8] = {
		0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
		0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
	};

	memcpy(c->h, iv, sizeof iv);
	c->len = 0;
	c->nbuf = 0;
}

void
rt_sha256_update(struct rt_sha256 *c, const void *v, size_t n)
{
	const unsigned char *p = v;
	size_t k;

	c->len += n;
	while (n > 0) {
		if (c->nbuf == 0 && n >= 64) {
			block(c, p);
			p += 64;
			n -= 64;
			continue;
		}
		k = 64 - c->nbuf < n ? 64 - c->nbuf : n;
		memcpy(c->buf + c->nbuf, p, k);
		c->nbuf += k;
		p += k;
		n -= k;
		if (c->nbuf == 64) {
			block(c, c->buf);
			c->nbuf = 0;
		}
	}
}

void
rt_sha256_hex(struct rt_sha256 *c, char hex[65])
{
	uint64_t bits = c->len * 8;
	unsigned char pad[72];
	size_t npad;
	int i;

	/* 0x80, zeros up to 56 mod 64, then the length in bits, big-endian. */
	npad = (c->nbuf < 56 ? 56 : 120) - c->nbuf;
	memset(pad, 0, sizeof pad);
	pad[0] = 0x80;
	for (i = 0; i < 8; i++)
		pad[npad + (size_t)i] = (unsigned char)(bits >> (56 - 8 * i));
	rt_sha256_update(c, pad, npad + 8);
	for (i = 0; i < 8; i++)
		snprintf(hex + 8 * i, 9, "%08x", (unsigned)c->h[i]);
}

void
rt_sha256_str(const void *p, size_t n, char hex[65])
{
	struct rt_sha256 c;

	rt_sha256_init(&c);
	rt_sha256_update(&c, p, n);
	rt_sha256_hex(&c, hex);
}
