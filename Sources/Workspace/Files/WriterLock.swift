import EvaluationCore
import Foundation
import SystemPackage

/// The advisory lock of one writer's folder: `flock` on `<folder>/.lock`, held for as long as the
/// process writes there. The file says who holds it, so a second session can name the first. A
/// second writer waits for the lock, up to a bound, rather than failing at once.
public final class WriterLock {
    public struct Holder: Sendable, Equatable, Codable {
        public var pid: Int32
        public var host: String
        public var actor: String
        public var since: String
    }

    /// How long a writer waits for a lock another process holds: `$OCENKA_LOCK_WAIT` seconds, else 10.
    public static var defaultWait: Duration {
        let text = ProcessInfo.processInfo.environment["OCENKA_LOCK_WAIT"] ?? ""
        if let seconds = Double(text), seconds >= 0, seconds <= 3600 { return .milliseconds(Int(seconds * 1000)) }
        return .seconds(10)
    }

    public let url: URL
    private var descriptor: FileDescriptor?

    private init(url: URL, descriptor: FileDescriptor) {
        self.url = url
        self.descriptor = descriptor
    }

    deinit {
        release()
    }

    /// Takes the lock of `folder` for `actor`. While another process holds it, `waiting` is told who
    /// (once) and the lock is tried again every 50 ms until `wait` has passed; then the holder is
    /// reported.
    public static func acquire(folder: URL, actor: String, now: Timestamp, wait: Duration = defaultWait,
                               waiting: (Holder?) -> Void = { _ in }) throws(WorkspaceError) -> WriterLock {
        let url = folder.appendingPathComponent(".lock")
        let descriptor = try AtomicFile.call(url.path, "open") { () throws in
            try FileDescriptor.open(FilePath(url.path), .readWrite, options: [.create, .noFollow, .closeOnExec],
                                    permissions: [.ownerReadWrite, .groupRead, .otherRead])
        }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: wait)
        var told = false
        do {
            while try !Posix.tryLock(descriptor) {
                let holder = readHolder(descriptor)
                guard clock.now < deadline else {
                    try? descriptor.close()
                    throw WorkspaceError.locked(path: folder.path, holder: holder)
                }
                if !told {
                    waiting(holder)
                    told = true
                }
                usleep(50_000)
            }
        } catch let error as WorkspaceError {
            throw error
        } catch {
            try? descriptor.close()
            throw .io(path: url.path, operation: "flock", reason: (error as? Errno)?.text ?? String(describing: error))
        }
        let holder = Holder(pid: getpid(), host: ProcessInfo.processInfo.hostName, actor: actor, since: now.text)
        if let data = try? CanonicalJSON.line(holder) {
            _ = ftruncate(descriptor.rawValue, 0)
            _ = try? data.withUnsafeBytes { buffer throws in try descriptor.writeAll(toAbsoluteOffset: 0, buffer) }
        }
        return WriterLock(url: url, descriptor: descriptor)
    }

    private static func readHolder(_ descriptor: FileDescriptor) -> Holder? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = (try? buffer.withUnsafeMutableBytes { bytes throws in
            try descriptor.read(fromAbsoluteOffset: 0, into: bytes)
        }) ?? 0
        return try? JSONDecoder().decode(Holder.self, from: Data(buffer.prefix(count)))
    }

    /// Lets the lock go (also on deinit and when the process ends, however it ends).
    public func release() {
        guard let descriptor else { return }
        Posix.unlock(descriptor)
        try? descriptor.close()
        self.descriptor = nil
    }
}
