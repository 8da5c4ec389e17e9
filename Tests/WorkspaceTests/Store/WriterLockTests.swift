import EvaluationCore
import Foundation
import TestSupport
import Testing
import Workspace

@Suite("A writer's lock: one writer per folder, the holder named")
struct WriterLockTests {
    static let now = Timestamp("2025-12-01T10:00:00+02:00")!

    @Test("While the lock is held a second writer is refused, told once who holds it, and gets it once it is released")
    func heldThenReleased() throws {
        let folder = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try WriterLock.acquire(folder: folder, actor: "e1", now: Self.now)
        var told: [WriterLock.Holder?] = []
        do {
            _ = try WriterLock.acquire(folder: folder, actor: "e1", now: Self.now, wait: .milliseconds(200)) { told.append($0) }
            Issue.record("a second writer took a held lock")
        } catch {
            guard case .locked(let path, let holder) = error else {
                Issue.record("expected the lock to be refused, got \(error)")
                return
            }
            #expect(path == folder.path)
            #expect(holder?.pid == getpid())
            #expect(holder?.actor == "e1")
            #expect(holder?.since == Self.now.text)
        }
        #expect(told.count == 1)
        #expect(told.first??.actor == "e1")
        first.release()
        let second = try WriterLock.acquire(folder: folder, actor: "e2", now: Self.now, wait: .zero)
        second.release()
    }

    @Test("A lock on one folder does not hold back a writer of another")
    func otherFolder() throws {
        let base = try TestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let one = base.appendingPathComponent("e1")
        let two = base.appendingPathComponent("e2")
        try FileManager.default.createDirectory(at: one, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: two, withIntermediateDirectories: true)
        let first = try WriterLock.acquire(folder: one, actor: "e1", now: Self.now)
        defer { first.release() }
        let second = try WriterLock.acquire(folder: two, actor: "e2", now: Self.now, wait: .zero)
        second.release()
    }

    @Test("An evaluator's desk holds their folder: a second desk for the same evaluator is refused, another evaluator's opens")
    func desks() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let desk = try EvaluatorDesk.open(fixture.root, evaluator: "e1", clock: fixture.clock)
        defer { desk.close() }
        #expect {
            _ = try EvaluatorDesk.open(fixture.root, evaluator: "e1", clock: fixture.clock, wait: .zero)
        } throws: { error in
            guard case WorkspaceError.locked(_, let holder) = error else { return false }
            return holder?.pid == getpid() && holder?.actor == "e1"
        }
        let other = try EvaluatorDesk.open(fixture.root, evaluator: "e2", clock: fixture.clock)
        other.close()
    }
}
