/*
 * faultvfs.c - the shim VFS "faulty", the one counter of I/O points and
 * the set-up of the test-only build (see fault.h).
 *
 * The shim wraps SQLite's own "unix" VFS: xOpen opens the real file
 * right behind the shim's file structure and gives SQLite the shim's
 * io_methods, which forward every call to the real ones.  Only xWrite,
 * xSync and xTruncate are counted, and fail when fault_point() says so;
 * everything else (locks, shared memory, reads) goes through untouched,
 * so WAL mode works exactly as it does without the shim.  Registered as
 * the default VFS, it sees every file of the command: the database, its
 * WAL, a rollback journal, temporary files, the file a backup writes.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "rectrack/util.h"
#include "fault.h"

/* The shim's file: the real file follows it in the same allocation. */
struct ffile {
	sqlite3_file base;	/* pMethods is &shim_io */
	const char *name;	/* the file's base name, for the record */
	sqlite3_file *real;	/* the unix VFS's file */
};

/* Rounded so that the real file behind it is aligned like the structure. */
#define FFILE_SIZE ((sizeof(struct ffile) + 7) & ~(size_t)7)

static sqlite3_vfs *root;	/* the "unix" VFS */

/* The counter and what to fail, from the environment. */
static long io_count;		/* I/O points so far */
static long io_at;		/* the point to fail, 0: none */
static enum fault_kind io_kind = FAULT_IOERR;
static int io_persist;		/* every point from io_at fails */
static int counting = 1;	/* cleared by fault_report() */
static char hit[512];		/* what the first injected fault hit */
static const char *count_file;	/* RT_FAULT_COUNT_FILE */

enum fault_kind
fault_point(const char *op, const char *name)
{
	if (!counting)
		return FAULT_NONE;
	io_count++;
	if (io_at <= 0 || io_count < io_at || (io_count > io_at && !io_persist))
		return FAULT_NONE;
	if (io_count == io_at)
		snprintf(hit, sizeof hit, "%s %s", op, name != NULL ? name : "-");
	return io_kind;
}

int
fault_first(void)
{
	return io_at > 0 && io_count == io_at;
}

/* What a failed xWrite, xSync or xTruncate returns. */
static int
vfs_error(enum fault_kind k, int ioerr)
{
	return k == FAULT_FULL ? SQLITE_FULL : ioerr;
}

static sqlite3_file *
real_of(sqlite3_file *f)
{
	return ((struct ffile *)f)->real;
}

static int
shim_close(sqlite3_file *f)
{
	sqlite3_file *r = real_of(f);

	return r->pMethods->xClose(r);
}

static int
shim_read(sqlite3_file *f, void *p, int n, sqlite3_int64 off)
{
	sqlite3_file *r = real_of(f);

	return r->pMethods->xRead(r, p, n, off);
}

static int
shim_write(sqlite3_file *f, const void *p, int n, sqlite3_int64 off)
{
	sqlite3_file *r = real_of(f);
	enum fault_kind k = fault_point("xWrite", ((struct ffile *)f)->name);

	if (k != FAULT_NONE)
		return vfs_error(k, SQLITE_IOERR_WRITE);
	return r->pMethods->xWrite(r, p, n, off);
}

static int
shim_truncate(sqlite3_file *f, sqlite3_int64 size)
{
	sqlite3_file *r = real_of(f);
	enum fault_kind k = fault_point("xTruncate", ((struct ffile *)f)->name);

	if (k != FAULT_NONE)
		return vfs_error(k, SQLITE_IOERR_TRUNCATE);
	return r->pMethods->xTruncate(r, size);
}

static int
shim_sync(sqlite3_file *f, int flags)
{
	sqlite3_file *r = real_of(f);
	enum fault_kind k = fault_point("xSync", ((struct ffile *)f)->name);

	if (k != FAULT_NONE)
		return vfs_error(k, SQLITE_IOERR_FSYNC);
	return r->pMethods->xSync(r, flags);
}

static int
shim_file_size(sqlite3_file *f, sqlite3_int64 *size)
{
	sqlite3_file *r = real_of(f);

	return r->pMethods->xFileSize(r, size);
}

static int
shim_lock(sqlite3_file *f, int lock)
{
	sqlite3_file *r = real_of(f);

	return r->pMethods->xLock(r, lock);
}

static int
shim_unlock(sqlite3_file *f, int lock)
{
	sqlite3_file *r = real_of(f);

	return r->pMethods->xUnlock(r, lock);
}

static int
shim_check_reserved(sqlite3_file *f, int *out)
{
	sqlite3_file *r = real_of(f);

	return r->pMethods->xCheckReservedLock(r, out);
}

static int
shim_file_control(sqlite3_file *f, int op, void *arg)
{
	sqlite3_file *r = real_of(f);

	return r->pMethods->xFileControl(r, op, arg);
}

static int
shim_sector_size(sqlite3_file *f)
{
	sqlite3_file *r = real_of(f);

	return r->pMethods->xSectorSize(r);
}

static int
shim_device_characteristics(sqlite3_file *f)
{
	sqlite3_file *r = real_of(f);

	return r->pMethods->xDeviceCharacteristics(r);
}

/*
 * Shared memory and memory-mapped reads exist from io_methods version 2
 * and 3; the unix VFS has both, but a real file without them must look
 * the same through the shim, so ask before forwarding.
 */
static int
shim_shm_map(sqlite3_file *f, int page, int size, int extend,
    void volatile **p)
{
	sqlite3_file *r = real_of(f);

	if (r->pMethods->iVersion < 2 || r->pMethods->xShmMap == NULL)
		return SQLITE_IOERR_SHMMAP;
	return r->pMethods->xShmMap(r, page, size, extend, p);
}

static int
shim_shm_lock(sqlite3_file *f, int offset, int n, int flags)
{
	sqlite3_file *r = real_of(f);

	if (r->pMethods->iVersion < 2 || r->pMethods->xShmLock == NULL)
		return SQLITE_IOERR_SHMLOCK;
	return r->pMethods->xShmLock(r, offset, n, flags);
}

static void
shim_shm_barrier(sqlite3_file *f)
{
	sqlite3_file *r = real_of(f);

	if (r->pMethods->iVersion >= 2 && r->pMethods->xShmBarrier != NULL)
		r->pMethods->xShmBarrier(r);
}

static int
shim_shm_unmap(sqlite3_file *f, int delete)
{
	sqlite3_file *r = real_of(f);

	if (r->pMethods->iVersion < 2 || r->pMethods->xShmUnmap == NULL)
		return SQLITE_OK;
	return r->pMethods->xShmUnmap(r, delete);
}

static int
shim_fetch(sqlite3_file *f, sqlite3_int64 off, int n, void **p)
{
	sqlite3_file *r = real_of(f);

	if (r->pMethods->iVersion < 3 || r->pMethods->xFetch == NULL) {
		*p = NULL;
		return SQLITE_OK;
	}
	return r->pMethods->xFetch(r, off, n, p);
}

static int
shim_unfetch(sqlite3_file *f, sqlite3_int64 off, void *p)
{
	sqlite3_file *r = real_of(f);

	if (r->pMethods->iVersion < 3 || r->pMethods->xUnfetch == NULL)
		return SQLITE_OK;
	return r->pMethods->xUnfetch(r, off, p);
}

static const sqlite3_io_methods shim_io = {
	3,
	shim_close,
	shim_read,
	shim_write,
	shim_truncate,
	shim_sync,
	shim_file_size,
	shim_lock,
	shim_unlock,
	shim_check_reserved,
	shim_file_control,
	shim_sector_size,
	shim_device_characteristics,
	shim_shm_map,
	shim_shm_lock,
	shim_shm_barrier,
	shim_shm_unmap,
	shim_fetch,
	shim_unfetch
};

static int
shim_open(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *f, int flags,
    int *out_flags)
{
	struct ffile *p = (struct ffile *)f;
	const char *slash;
	int rc;

	(void)vfs;
	p->base.pMethods = NULL;
	p->real = (sqlite3_file *)((char *)f + FFILE_SIZE);
	p->name = "temporary";
	if (name != NULL)
		p->name = (slash = strrchr(name, '/')) != NULL ? slash + 1 : name;
	rc = root->xOpen(root, name, p->real, flags, out_flags);
	/* SQLite calls xClose only when pMethods is set: only on success. */
	if (rc == SQLITE_OK && p->real->pMethods != NULL)
		p->base.pMethods = &shim_io;
	return rc;
}

/* The rest of the VFS is the unix VFS's, called with its own pointer. */
static int
shim_delete(sqlite3_vfs *vfs, const char *name, int sync_dir)
{
	(void)vfs;
	return root->xDelete(root, name, sync_dir);
}

static int
shim_access(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
	(void)vfs;
	return root->xAccess(root, name, flags, out);
}

static int
shim_full_pathname(sqlite3_vfs *vfs, const char *name, int n, char *out)
{
	(void)vfs;
	return root->xFullPathname(root, name, n, out);
}

static void *
shim_dlopen(sqlite3_vfs *vfs, const char *name)
{
	(void)vfs;
	return root->xDlOpen(root, name);
}

static void
shim_dlerror(sqlite3_vfs *vfs, int n, char *msg)
{
	(void)vfs;
	root->xDlError(root, n, msg);
}

static void (*shim_dlsym(sqlite3_vfs *vfs, void *h, const char *sym))(void)
{
	(void)vfs;
	return root->xDlSym(root, h, sym);
}

static void
shim_dlclose(sqlite3_vfs *vfs, void *h)
{
	(void)vfs;
	root->xDlClose(root, h);
}

static int
shim_randomness(sqlite3_vfs *vfs, int n, char *out)
{
	(void)vfs;
	return root->xRandomness(root, n, out);
}

static int
shim_sleep(sqlite3_vfs *vfs, int us)
{
	(void)vfs;
	return root->xSleep(root, us);
}

static int
shim_current_time(sqlite3_vfs *vfs, double *t)
{
	(void)vfs;
	return root->xCurrentTime(root, t);
}

static int
shim_last_error(sqlite3_vfs *vfs, int n, char *msg)
{
	(void)vfs;
	return root->xGetLastError(root, n, msg);
}

static int
shim_current_time64(sqlite3_vfs *vfs, sqlite3_int64 *t)
{
	(void)vfs;
	return root->xCurrentTimeInt64(root, t);
}

static int
shim_set_syscall(sqlite3_vfs *vfs, const char *name, sqlite3_syscall_ptr p)
{
	(void)vfs;
	return root->xSetSystemCall(root, name, p);
}

static sqlite3_syscall_ptr
shim_get_syscall(sqlite3_vfs *vfs, const char *name)
{
	(void)vfs;
	return root->xGetSystemCall(root, name);
}

static const char *
shim_next_syscall(sqlite3_vfs *vfs, const char *name)
{
	(void)vfs;
	return root->xNextSystemCall(root, name);
}

static sqlite3_vfs shim_vfs = {
	3,			/* iVersion */
	0,			/* szOsFile: set at registration */
	0,			/* mxPathname: the unix VFS's */
	NULL,			/* pNext */
	"faulty",		/* zName */
	NULL,			/* pAppData */
	shim_open,
	shim_delete,
	shim_access,
	shim_full_pathname,
	shim_dlopen,
	shim_dlerror,
	shim_dlsym,
	shim_dlclose,
	shim_randomness,
	shim_sleep,
	shim_current_time,
	shim_last_error,
	shim_current_time64,
	shim_set_syscall,
	shim_get_syscall,
	shim_next_syscall
};

/* A non-negative integer from the environment; -1 when malformed. */
static long
env_long(const char *name)
{
	const char *v = getenv(name);
	char *end;
	long n;

	if (v == NULL || *v == '\0')
		return 0;
	errno = 0;
	n = strtol(v, &end, 10);
	if (errno != 0 || *end != '\0' || n < 0)
		return -1;
	return n;
}

int
fault_setup(void)
{
	const char *kind = getenv("RT_FAULT_KIND"), *persist;
	long oom_at;
	int rc;

	if ((io_at = env_long("RT_FAULT_AT")) < 0 ||
	    (oom_at = env_long("RT_OOM_AT")) < 0) {
		fprintf(stderr, "rectrack-fault: RT_FAULT_AT and RT_OOM_AT take a "
		    "number\n");
		return -1;
	}
	if (kind == NULL || *kind == '\0' || strcmp(kind, "ioerr") == 0)
		io_kind = FAULT_IOERR;
	else if (strcmp(kind, "full") == 0)
		io_kind = FAULT_FULL;
	else {
		fprintf(stderr, "rectrack-fault: RT_FAULT_KIND is ioerr or full, "
		    "not '%s'\n", kind);
		return -1;
	}
	io_persist = io_kind == FAULT_FULL;
	if ((persist = getenv("RT_FAULT_PERSIST")) != NULL && *persist != '\0')
		io_persist = strcmp(persist, "0") != 0;
	count_file = getenv("RT_FAULT_COUNT_FILE");
	if (count_file != NULL && *count_file == '\0')
		count_file = NULL;

	/* The allocator first: SQLite takes it only before it initializes. */
	if ((rc = fault_mem_install()) != SQLITE_OK) {
		fprintf(stderr, "rectrack-fault: SQLITE_CONFIG_MALLOC: %s\n",
		    sqlite3_errstr(rc));
		return -1;
	}
	/*
	 * Armed before SQLite initializes, so that the allocations of its
	 * initialization are points too: in a plain build they happen in the
	 * command's first sqlite3_open_v2(), which must cope with failing.
	 */
	rt_alloc_fail_at(oom_at);
	if ((root = sqlite3_vfs_find("unix")) == NULL) {
		/* Out of memory initializing: the command meets it again. */
		if (oom_at > 0)
			return 0;
		fprintf(stderr, "rectrack-fault: no unix VFS\n");
		return -1;
	}
	shim_vfs.szOsFile = (int)FFILE_SIZE + root->szOsFile;
	shim_vfs.mxPathname = root->mxPathname;
	if ((rc = sqlite3_vfs_register(&shim_vfs, 1)) != SQLITE_OK) {
		if (oom_at > 0)
			return 0;
		fprintf(stderr, "rectrack-fault: sqlite3_vfs_register: %s\n",
		    sqlite3_errstr(rc));
		return -1;
	}
	return 0;
}

void
fault_report(void)
{
	FILE *fp;

	/* The report's own writes are not the command's. */
	counting = 0;
	if (count_file == NULL)
		return;
	if ((fp = fopen(count_file, "w")) == NULL) {
		fprintf(stderr, "rectrack-fault: %s: %s\n", count_file,
		    strerror(errno));
		return;
	}
	fprintf(fp, "io %ld\noom %ld\n", io_count, rt_alloc_count());
	fault_mem_report(fp);
	if (hit[0] != '\0')
		fprintf(fp, "hit %s\n", hit);
	if (fclose(fp) != 0)
		fprintf(stderr, "rectrack-fault: %s: %s\n", count_file,
		    strerror(errno));
}
