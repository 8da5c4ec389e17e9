import Crypto
import Foundation

/// The floor of `protocol`'s output (floor 3): writing again the bytes that `ocenka protocol -o` wrote,
/// with nothing to render — each file created anew, written in pieces of 1 MiB, hashed with SHA-256
/// as it is written (the export record keeps every file's digest) and flushed to disk, on every core,
/// the biggest files first, and the folder flushed once, as the program's writer does. What
/// `protocol` does beyond this (checking the workspace, making the text and the CSVs) is its own cost;
/// no program writing the same files can take less than this, on the same machine, plus reading the
/// workspace (floor 1).
struct OutputBytes {
    private let files: [(name: String, bytes: [UInt8])]

    /// The files of the folder `protocol -o` wrote, read into memory, the biggest first.
    init(of folder: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        files = try names.map { name in
            (name, [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
        }.sorted { $0.bytes.count > $1.bytes.count }
        guard !files.isEmpty else { throw BenchFailure("protocol -o wrote nothing into \(folder.path)") }
    }

    /// Writes the files into `folder`, which must not exist; returns each file's name and SHA-256.
    func write(into folder: URL) throws -> [(name: String, digest: String)] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let digests = Digests(count: files.count)
        // One file per iteration, not `concurrentMap`, whose chunks of neighbouring elements would put
        // the two biggest files (the protocol and the scores CSV) on one thread.
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            digests.set(index, Self.write(files[index].bytes, to: folder.appendingPathComponent(files[index].name).path))
        }
        try Self.sync(folder.path)
        return zip(files, try digests.values()).map { ($0.name, $1) }
    }

    private static func write(_ bytes: [UInt8], to path: String) -> Result<String, BenchFailure> {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(BenchFailure("cannot create \(path): errno \(errno)")) }
        defer { close(descriptor) }
        var hasher = SHA256()
        let piece = 1 << 20
        let failed = bytes.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let part = UnsafeRawBufferPointer(rebasing: buffer[offset..<min(offset + piece, buffer.count)])
                hasher.update(bufferPointer: part)
                var written = 0
                while written < part.count {
                    let count = Glibc.write(descriptor, part.baseAddress! + written, part.count - written)
                    if count < 0 && errno == EINTR { continue }
                    guard count > 0 else { return true }
                    written += count
                }
                offset += part.count
            }
            return false
        }
        guard !failed, fsync(descriptor) == 0 else { return .failure(BenchFailure("cannot write \(path): errno \(errno)")) }
        return .success(hasher.finalize().map { String(format: "%02x", $0) }.joined())
    }

    private static func sync(_ folder: String) throws {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw BenchFailure("cannot open \(folder): errno \(errno)") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw BenchFailure("cannot flush \(folder): errno \(errno)") }
    }

    /// The digests, set from the writing threads.
    private final class Digests: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result<String, BenchFailure>?]

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: Result<String, BenchFailure>) {
            lock.withLock { results[index] = result }
        }

        func values() throws -> [String] {
            try lock.withLock { try results.map { try ($0 ?? .failure(BenchFailure("a file was not written"))).get() } }
        }
    }
}
