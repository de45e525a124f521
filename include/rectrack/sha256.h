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
void rt_sha256_str(const void *p, size_t n, char hex[65]);

#endif
