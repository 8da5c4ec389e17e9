/*
 * statfs(2), which Swift's Glibc module does not import (it has statvfs,
 * which does not say what kind of file system a path is on). The
 * Workspace module asks it whether a workspace's file system keeps the
 * status-change times its index relies on.
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
#endif

#endif
