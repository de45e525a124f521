/*
 * sha256.h - SHA-256 (FIPS 180-4), for migration checksums and export
 * manifests: a thin layer over nettle's sha256, which picks the SHA
 * instructions at run time where the processor has them.  The layer keeps
 * the hex digest, which is all rectrack stores or prints.
 */
#ifndef RECTRACK_SHA256_H
#define RECTRACK_SHA256_H

#include <stddef.h>
#include <stdint.h>
#include <nettle/sha2.h>

struct rt_sha256 {
	struct sha256_ctx ctx;  /* nettle's state */
};

static inline void
rt_sha256_init(struct rt_sha256 *c)
{
	sha256_init(&c->ctx);
}

static inline void
rt_sha256_update(struct rt_sha256 *c, const void *p, size_t n)
{
	sha256_update(&c->ctx, n, (const uint8_t *)p);
}

/* Finish and write 64 lowercase hex digits and a NUL into hex. */
static inline void
rt_sha256_hex(struct rt_sha256 *c, char hex[65])
{
	static const char digits[] = "0123456789abcdef";
	uint8_t d[SHA256_DIGEST_SIZE];
	int i;

	sha256_digest(&c->ctx, sizeof d, d);
	for (i = 0; i < SHA256_DIGEST_SIZE; i++) {
		hex[2 * i] = digits[d[i] >> 4];
		hex[2 * i + 1] = digits[d[i] & 15];
	}
	hex[64] = '\0';
}

/* One call: the hex digest of n bytes at p. */
static inline void
rt_sha256_str(const void *p, size_t n, char hex[65])
{
	struct rt_sha256 c;

	rt_sha256_init(&c);
	rt_sha256_update(&c, p, n);
	rt_sha256_hex(&c, hex);
}

#endif
