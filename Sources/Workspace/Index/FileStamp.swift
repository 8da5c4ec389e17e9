import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the file system says of a file without reading it: device, inode, size, and the times of
/// its last modification and last status change, in nanoseconds. A file whose stamp is what a
/// `WorkspaceIndex` recorded is taken to hold the bytes recorded with it (the way git's index avoids
/// reading unchanged files): a write changes the size or the modification time, a replacement the
/// inode, and any change — even one that puts the old modification time back — the status-change
/// time, which no unprivileged program can set.
struct FileStamp: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modified: Int64
    let changed: Int64

    /// The stamp of the regular file at `path`, not following a link; nil for anything else.
    init?(path: String) {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        self.init(status)
    }

    init(_ status: stat) {
        device = UInt64(truncatingIfNeeded: status.st_dev)
        inode = UInt64(truncatingIfNeeded: status.st_ino)
        size = Int64(status.st_size)
        #if canImport(Darwin)
        modified = Int64(status.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(status.st_mtimespec.tv_nsec)
        changed = Int64(status.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(status.st_ctimespec.tv_nsec)
        #else
        modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        changed = Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec)
        #endif
    }

    init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    /// Whether the file was last touched at least `margin` nanoseconds before `moment` (nanoseconds
    /// since 1970), so that a later change, even of the same size and in place, cannot carry the
    /// same times: a file changed within the clock's granularity of the moment it was read is not
    /// recorded ("racy", as git calls it), and is read again next time.
    func isSettled(before moment: Int64, margin: Int64) -> Bool {
        modified <= moment - margin && changed <= moment - margin
    }

    /// Now, in nanoseconds since 1970, by the clock the file system stamps files with.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
