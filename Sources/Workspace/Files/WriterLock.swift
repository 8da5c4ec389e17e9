import EvaluationCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The advisory lock of one writer's folder (DESIGN §7): `flock` on `<folder>/.lock`, held for as long
/// as the process writes there. The file says who holds it, so a second session can name the first.
public final class WriterLock {
    public struct Holder: Sendable, Equatable, Codable {
        public var pid: Int32
        public var host: String
        public var actor: String
        public var since: String
    }

    public let url: URL
    private var descriptor: Int32

    private init(url: URL, descriptor: Int32) {
        self.url = url
        self.descriptor = descriptor
    }

    deinit {
        release()
    }

    /// Takes the lock of `folder` for `actor`, or reports who holds it.
    public static func acquire(folder: URL, actor: String, now: Timestamp) throws(WorkspaceError) -> WriterLock {
        let url = folder.appendingPathComponent(".lock")
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io(path: url.path, operation: "open", reason: AtomicFile.errnoText()) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? Data(contentsOf: url)).flatMap { try? JSONDecoder().decode(Holder.self, from: $0) }
            close(descriptor)
            throw .locked(path: folder.path, holder: holder)
        }
        let holder = Holder(pid: getpid(), host: ProcessInfo.processInfo.hostName, actor: actor, since: now.text)
        if let data = try? CanonicalJSON.line(holder) {
            _ = ftruncate(descriptor, 0)
            _ = data.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        }
        return WriterLock(url: url, descriptor: descriptor)
    }

    /// Lets the lock go (also on deinit and when the process ends, however it ends).
    public func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }
}
