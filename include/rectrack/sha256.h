/*
 * sha256.h - SHA-256 (FIPS 180-4), for migration checksums and export
 * manifests.
 */
#ifndef RECTRACK_SHA256_H
#define RECTRACK_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct rt_sha256 {
	uint32_t h[8];          /* chaining state */
	uint64_t len;           /* bytes hashed so far */
	unsigned char buf[64];  /* a partial block */
	size_t nbuf;            /* bytes in buf */
};

void rt_sha256_init(struct rt_sha256 *c);
void rt_sha256_update(struct rt_sha256 *c, const void *p, size_t n);
/* Finish and write 64 lowercase hex digits and a NUL into hex. */
void rt_sha256_hex(struct rt_sha256 *c, char hex[65]);
/* One call: the hex digest of n bytes at p. */
/*
 * Whether this processor has the SHA instructions; use them (the default)
 * or the portable C (use = 0: tests compare the two).
 */
int rt_sha256_hw(int use);
void rt_sha256_str(const void *p, size_t n, char hex[65]);

#endif
