import EvaluationCore
import Foundation
import TestSupport
import Testing
import Workspace

/// Chair commands killed (SIGKILL, by strace's fault injection) at each system call of a save: the
/// pending file's write and flush, the audit line's write and flush, the rename, the folder's flush.
/// Whatever a command reported before stays; the next command finishes or drops the interrupted
/// save and adds its own; check is clean throughout.
@Suite("Chair commands killed at each step of a save lose nothing reported", .serialized, .oneAtATime)
struct ChairCrashTests {
    /// `syscall:when` pairs: the n-th call of that kind in one `decide` is where it dies.
    static let steps: [(String, Int)] = [("fsync", 1), ("write", 1), ("fsync", 2), ("rename", 1), ("fsync", 3)]

    static var strace: String? {
        ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The chair's writing commands; each run is told apart by `index`, and `present` says whether
    /// the run's change is on disk.
    struct ChairCommand: Sendable, CustomTestStringConvertible {
        let name: String
        let arguments: @Sendable (_ fixture: WorkspaceFixture, _ index: Int) throws -> [String]
        let present: @Sendable (_ fixture: WorkspaceFixture, _ index: Int) throws -> Bool

        var testDescription: String { name }
    }

    static let commands: [ChairCommand] = [
        ChairCommand(name: "committee add", arguments: { fixture, index in
            // With the member's own key, so that the only save is workspace.json's (no key file is made here).
            ["committee", "add", "--workspace", fixture.root.path, "--as", "chair", "--id", "m\(index)", "--name", "Член \(index)",
             "--role", "evaluator", "--key", MemberKey(derivedFrom: "crash-test:\(index)").publicKeyText]
        }, present: { fixture, index in
            try WorkspaceFiles.info(fixture.layout).member(withID: "m\(index)") != nil
        }),
        ChairCommand(name: "proposals import", arguments: { fixture, index in
            let csv = fixture.root.deletingLastPathComponent().appendingPathComponent("register-\(index).csv")
            try Data("""
            id,registeredAt,priority,requested,title,applicantName,applicantEik,applicantType,partners
            K-\(index),2025-11-24T10:00:00+02:00,1,10000.00,"Проект \(index)","ОУ „Иван Вазов“ № \(index)",\(EIK.completing(String(30_000_000 + index))!),school,

            """.utf8).write(to: csv)
            return ["proposals", "import", "--workspace", fixture.root.path, "--as", "chair", csv.path]
        }, present: { fixture, index in
            let info = try WorkspaceFiles.info(fixture.layout)
            let procedure = try WorkspaceFiles.procedure(fixture.layout, info: info)
            return try WorkspaceFiles.proposals(fixture.layout, procedure: procedure).contains { $0.id == "K-\(index)" }
        }),
    ]

    @Test("committee add and proposals import killed at every step, then run again", .enabled(if: strace != nil), arguments: commands)
    func chairCommandKilled(_ command: ChairCommand) throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let executable = try OcenkaExecutable.path()
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("OCENKA_") }
        environment["LANG"] = "C.UTF-8"
        var reported: [Int] = []
        for (index, step) in Self.steps.enumerated() {
            let killedIndex = 100 + index
            let arguments = ["-f", "-qq", "-o", "/dev/null", "-e", "trace=\(step.0)", "-e", "inject=\(step.0):signal=SIGKILL:when=\(step.1)",
                             executable] + (try command.arguments(fixture, killedIndex))
            let killed = try ChildProcess.run(try #require(Self.strace), arguments: arguments, environment: environment)
            #expect(killed.status != 0, "\(step) did not kill")
            let run = try CommandRun.ocenka(try command.arguments(fixture, index))
            #expect(run.status == 0, "after a kill at \(step): \(run.standardError)")
            if run.status == 0 { reported.append(index) }
            for done in reported { #expect(try command.present(fixture, done), "\(command.name) \(done) lost after a kill at \(step)") }
            let check = try CommandRun.ocenka(["check", "--workspace", fixture.root.path])
            #expect(check.status == 0, "check after a kill at \(step): \(check.standardError)")
        }
        #expect(try command.present(fixture, 103), "the run killed at its rename was completed by the next command")
        #expect(try !command.present(fixture, 100), "the run killed before its audit line was dropped")
    }

    @Test("decide killed at every step, then decided again", .enabled(if: strace != nil))
    func decideKilled() throws {
        let fixture = try WorkspaceFixture.make()
        defer { fixture.remove() }
        let executable = try OcenkaExecutable.path()
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("OCENKA_") }
        environment["LANG"] = "C.UTF-8"
        var reported: [String] = []
        var killedAt: [String] = []
        for (index, step) in Self.steps.enumerated() {
            let reason = "Убит при \(step.0) № \(step.1) (опит \(index))."
            let arguments = ["-f", "-qq", "-o", "/dev/null", "-e", "trace=\(step.0)",
                             "-e", "inject=\(step.0):signal=SIGKILL:when=\(step.1)",
                             executable, "decide", "correct", "--workspace", fixture.root.path, "--as", "chair",
                             "--proposal", "P-1", "--amount", "1.00", "--reason", reason]
            let killed = try ChildProcess.run(try #require(Self.strace), arguments: arguments, environment: environment)
            #expect(killed.status != 0, "\(step) did not kill: \(killed.errorOutput)")
            killedAt.append(reason)
            let afterKill = try CommandRun.ocenka(["check", "--workspace", fixture.root.path])
            #expect(afterKill.status == 0, "check after a kill at \(step): \(afterKill.standardError)")

            let next = "Корекция след убиване № \(index)."
            let run = try CommandRun.ocenka(["decide", "correct", "--workspace", fixture.root.path, "--as", "chair",
                                             "--proposal", "P-1", "--amount", "1.00", "--reason", next])
            #expect(run.status == 0, "\(run.standardError)")
            if run.status == 0 { reported.append(next) }

            let decisions = try WorkspaceFiles.decisions(fixture.layout).decisions
            let reasons = decisions.map(\.reason)
            #expect(Set(reported).isSubset(of: Set(reasons)), "lost after a kill at \(step): \(Set(reported).subtracting(reasons))")
            #expect(Set(decisions.map(\.number)).count == decisions.count, "decision numbers repeat: \(decisions.map(\.number))")
            let check = try CommandRun.ocenka(["check", "--workspace", fixture.root.path])
            #expect(check.status == 0, "check after the next decision: \(check.standardError)")
        }
        // A kill after the audit line was written leaves a decision the next command completes.
        let reasons = Set(try WorkspaceFiles.decisions(fixture.layout).decisions.map(\.reason))
        #expect(reasons.contains(killedAt[3]), "the decision killed at its rename was completed by the next command")
        #expect(!reasons.contains(killedAt[0]), "the decision killed before its audit line was dropped")
    }
}
