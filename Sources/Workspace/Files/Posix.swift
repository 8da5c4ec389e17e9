import Foundation
import SystemPackage
#if canImport(Glibc)
import CFileSystem
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few system calls the save protocol needs that swift-system's `FileDescriptor` does not wrap
/// (fsync, rename, flock, lstat), each retried on `EINTR`; opening, writing and closing go through
/// `FileDescriptor`, which retries on its own.
enum Posix {
    /// What is at a path, without following a symbolic link there.
    enum Entry: Equatable {
        case missing
        case file
        case folder
        case symbolicLink
        case other
    }

    static func entry(at path: String) -> Entry {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// The names in the folder at `path`, sorted, each with what it is as the folder itself says
    /// (`d_type`), so that a folder of thousands of sheets is not `lstat`ed file by file; `lstat`
    /// only where the file system does not say. Empty when the folder cannot be read.
    static func entries(in path: String) -> [(name: String, entry: Entry)] {
        guard let folder = opendir(path) else { return [] }
        defer { closedir(folder) }
        var result: [(name: String, entry: Entry)] = []
        while let item = readdir(folder) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let entry: Entry
            switch Int(item.pointee.d_type) {
            case Int(DT_REG): entry = .file
            case Int(DT_DIR): entry = .folder
            case Int(DT_LNK): entry = .symbolicLink
            case Int(DT_UNKNOWN): entry = self.entry(at: path + "/" + name)
            default: entry = .other
            }
            result.append((name, entry))
        }
        return result.sorted { $0.name < $1.name }
    }

    /// The size, modification time and inode of the file at `path`, not following a link.
    static func identity(at path: String) -> (size: Int64, modified: Int64, inode: UInt64)? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = Int64(status.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(status.st_mtimespec.tv_nsec)
        #else
        let modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        #endif
        return (Int64(status.st_size), modified, UInt64(status.st_ino))
    }

    /// The size of the open file, nil when it cannot be asked.
    static func size(of descriptor: FileDescriptor) -> Int64? {
        var status = stat()
        guard fstat(descriptor.rawValue, &status) == 0 else { return nil }
        return Int64(status.st_size)
    }

    /// Up to `count` bytes of the open file from `offset`: fewer only where the file ends first.
    static func read(_ descriptor: FileDescriptor, at offset: Int, count: Int) throws(Errno) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: max(0, count))
        var filled = 0
        while filled < bytes.count {
            let read: Int
            do {
                read = try bytes.withUnsafeMutableBytes { buffer in
                    try descriptor.read(fromAbsoluteOffset: Int64(offset + filled), into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
                }
            } catch let error as Errno {
                throw error
            } catch {
                throw .ioError
            }
            guard read > 0 else { break }
            filled += read
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Asks the kernel to start writing bytes `range` of the open file to the disk, without waiting
    /// (Linux; nothing elsewhere). A head start for `sync`, which still has to follow: failures are
    /// left for it to report.
    static func startWriteback(_ descriptor: FileDescriptor, _ range: Range<Int>) {
        #if os(Linux)
        _ = ocenka_start_writeback(descriptor.rawValue, Int64(range.lowerBound), Int64(range.count))
        #endif
    }

    static func sync(_ descriptor: FileDescriptor) throws(Errno) {
        try retrying { fsync(descriptor.rawValue) }
    }

    static func rename(_ from: String, _ to: String) throws(Errno) {
        try retrying { Foundation.rename(from, to) }
    }

    static func removeFile(_ path: String) throws(Errno) {
        do {
            try retrying { unlink(path) }
        } catch {
            if error != .noSuchFileOrDirectory { throw error }
        }
    }

    static func makeFolder(_ path: String) throws(Errno) {
        do {
            try retrying { mkdir(path, 0o755) }
        } catch {
            if error != .fileExists { throw error }
        }
    }

    static func truncate(_ path: String, to size: Int64) throws(Errno) {
        try retrying { Foundation.truncate(path, off_t(size)) }
    }

    /// Tries to take an exclusive `flock`; false when another process holds it.
    static func tryLock(_ descriptor: FileDescriptor) throws(Errno) -> Bool {
        while flock(descriptor.rawValue, LOCK_EX | LOCK_NB) != 0 {
            let error = Errno(rawValue: errno)
            if error == .interrupted { continue }
            if error == .wouldBlock || error == .resourceTemporarilyUnavailable { return false }
            throw error
        }
        return true
    }

    static func unlock(_ descriptor: FileDescriptor) {
        _ = flock(descriptor.rawValue, LOCK_UN)
    }

    private static func retrying(_ call: () -> Int32) throws(Errno) {
        while call() != 0 {
            let error = Errno(rawValue: errno)
            if error != .interrupted { throw error }
        }
    }
}

extension Errno {
    /// The system's text for the error, as the messages quote it.
    var text: String { String(cString: strerror(rawValue)) }
}
