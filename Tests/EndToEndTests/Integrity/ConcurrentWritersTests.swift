import EvaluationCore
import Foundation
import TestSupport
import Testing
import Workspace

/// Chair commands run at the same moment: each waits for the chair's lock, reads after it, and
/// nothing any of them reported is lost.
@Suite("Concurrent writers lose nothing", .serialized)
struct ConcurrentWritersTests {
    /// Starts every command at once and waits for all; the exit status of each.
    static func runAtOnce(_ commands: [[String]]) throws -> [Int32] {
        let executable = try OcenkaExecutable.path()
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("OCENKA_") }
        environment["LANG"] = "C.UTF-8"
        // Generous on a loaded 2-core machine: the point is that nobody fails for the lock.
        environment["OCENKA_LOCK_WAIT"] = "300"
        let pids = try commands.map { try ChildProcess.spawn(executable, arguments: $0, environment: environment) }
        return try pids.map { try ChildProcess.wait($0) }
    }

    @Test("50 budget corrections at once: all 50 recorded, numbered 1–50, check clean")
    func corrections() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let commands = (1...50).map { index in
            ["decide", "correct", "--workspace", fixture.root.path, "--as", "chair", "--proposal", "P-1",
             "--amount", "1.00", "--reason", "Корекция № \(index): недопустим разход."]
        }
        let statuses = try Self.runAtOnce(commands)
        #expect(statuses.allSatisfy { $0 == 0 }, "exit statuses: \(statuses)")
        let decisions = try WorkspaceFiles.decisions(fixture.layout).decisions
        #expect(decisions.count == statuses.filter { $0 == 0 }.count)
        #expect(decisions.map(\.number).sorted() == Array(1...50))
        #expect(Set(decisions.map(\.reason)).count == 50)
        let check = try CommandRun.ocenka(["check", "--workspace", fixture.root.path])
        #expect(check.status == 0, "\(check.standardError)")
    }

    @Test("10 members added and 10 registers imported at once: every one is there, check clean")
    func membersAndRegisters() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        var commands: [[String]] = (1...10).map { index in
            ["committee", "add", "--workspace", fixture.root.path, "--as", "chair", "--id", "m\(index)",
             "--name", "Член \(index)", "--role", "evaluator"]
        }
        for index in 1...10 {
            let csv = fixture.root.deletingLastPathComponent().appendingPathComponent("register-\(index).csv")
            let eik = EIK.completing(String(20_000_000 + index))!
            try Data("""
            id,registeredAt,priority,requested,title,applicantName,applicantEik,applicantType,partners
            R-\(index),2025-11-24T10:00:00+02:00,1,10000.00,"Проект \(index)","ОУ „Иван Вазов“ № \(index)",\(eik),school,

            """.utf8).write(to: csv)
            commands.append(["proposals", "import", "--workspace", fixture.root.path, "--as", "chair", csv.path])
        }
        let statuses = try Self.runAtOnce(commands.shuffled())
        #expect(statuses.allSatisfy { $0 == 0 }, "exit statuses: \(statuses)")
        let info = try WorkspaceFiles.info(fixture.layout)
        #expect(Set(info.committee.map(\.id)).isSuperset(of: (1...10).map { "m\($0)" }))
        let procedure = try WorkspaceFiles.procedure(fixture.layout, info: info)
        let ids = Set(try WorkspaceFiles.proposals(fixture.layout, procedure: procedure).map(\.id))
        #expect(ids.isSuperset(of: (1...10).map { "R-\($0)" }))
        let check = try CommandRun.ocenka(["check", "--workspace", fixture.root.path])
        #expect(check.status == 0, "\(check.standardError)")
    }

    @Test("A writer that must wait says whom it waits for, then proceeds")
    func waitMessage() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let session = try WriterSession.chair(fixture.layout, actor: "chair", clock: fixture.clock)
        let release = DispatchWorkItem { session.close() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 1.5, execute: release)
        let run = try CommandRun.ocenka(["decide", "correct", "--workspace", fixture.root.path, "--as", "chair", "--proposal", "P-1",
                                         "--amount", "1.00", "--reason", "Недопустим разход."], environment: ["OCENKA_LOCK_WAIT": "60"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains("Изчаква се друг запис в същата папка (chair, процес \(getpid())"))
        let refused = try WriterSession.chair(fixture.layout, actor: "chair", clock: fixture.clock)
        defer { refused.close() }
        let timedOut = try CommandRun.ocenka(["decide", "correct", "--workspace", fixture.root.path, "--as", "chair", "--proposal", "P-1",
                                              "--amount", "1.00", "--reason", "Втора корекция."], environment: ["OCENKA_LOCK_WAIT": "0.5"])
        #expect(timedOut.status == 1)
        #expect(timedOut.standardError.contains("папката се използва от друга сесия на ocenka (chair, процес \(getpid())"))
    }
}
