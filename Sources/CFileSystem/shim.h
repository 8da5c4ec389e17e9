/*
 * statfs(2), which Swift's Glibc module does not import (it has statvfs,
 * which does not say what kind of file system a path is on). The
 * Workspace module asks it whether a workspace's file system keeps the
 * status-change times its index relies on.
 *
 * sync_file_range(2), which it does not import either (glibc declares it
 * only under _GNU_SOURCE): a long export asks the kernel to start writing
 * what it has written so far, so that the fsync at its end has little
 * left to wait for.
 */
#ifndef OCENKA_CFILESYSTEM_SHIM_H
#define OCENKA_CFILESYSTEM_SHIM_H

#if defined(__linux__)
#include <sys/vfs.h>

/* The file system's magic number (statfs's f_type) in *type; 0 on success, -1 on failure. */
static inline int ocenka_file_system_type(const char *path, long long *type) {
    struct statfs info;
    if (statfs(path, &info) != 0) return -1;
    *type = (long long)info.f_type;
    return 0;
}

extern int sync_file_range(int fd, long offset, long count, unsigned int flags);

/* Starts writing back the file's dirty pages in [offset, offset + count) without waiting for them
   (SYNC_FILE_RANGE_WRITE); 0 on success, -1 on failure. Only a head start for fsync, never instead. */
static inline int ocenka_start_writeback(int fd, long long offset, long long count) {
    return sync_file_range(fd, (long)offset, (long)count, 2u);
}
#endif

#endif
