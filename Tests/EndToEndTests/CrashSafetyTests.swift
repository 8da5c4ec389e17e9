import EvaluationCore
import Foundation
import TestSupport
import Testing
import Workspace
#if canImport(Glibc)
import Glibc
#endif

@Suite("Saves survive SIGKILL at any moment", .oneAtATime)
struct CrashSafetyTests {
    static func saveStressPath() throws -> String {
        let executable = try OcenkaExecutable.path()
        return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("SaveStress").path
    }

    @Test("1 000 consecutive saves, killed at least 50 times: every file is the state before or after the save in flight")
    func killedAtRandomMoments() async throws {
        let fixture = try WorkspaceFixture.make(evaluators: ["e1"])
        defer { fixture.remove() }
        let proposal = "P-1"
        let sheetURL = fixture.layout.sheetFile("e1", proposal: proposal, stage: .admin)
        let progressURL = fixture.root.deletingLastPathComponent().appendingPathComponent("progress.txt")
        var generator = SystemRandomNumberGenerator()
        var next = 0
        var completed = 0
        var kills = 0
        var killsDuringASave = 0
        var allowed: Set<String> = []
        while completed < 1000 || kills < 50 {
            try? FileManager.default.removeItem(at: progressURL)
            let remaining = max(1000 - completed, 40)
            let pid = try ChildProcess.spawn(try Self.saveStressPath(),
                                             arguments: [fixture.root.path, "e1", proposal, String(next), String(remaining), progressURL.path],
                                             environment: ["OCENKA_NOW": "2025-12-01T10:00:00+02:00", "LANG": "C.UTF-8"])
            var killed = false
            if kills < 50 {
                let deadline = ContinuousClock.now + .seconds(20)
                while ContinuousClock.now < deadline {
                    if let text = try? String(contentsOf: progressURL, encoding: .utf8), text.hasPrefix("ready") { break }
                    try await Task.sleep(for: .milliseconds(1))
                }
                try await Task.sleep(for: .microseconds(Int.random(in: 0...60_000, using: &generator)))
                killed = kill(pid, SIGKILL) == 0
            }
            let status = try ChildProcess.wait(pid)
            let lines = (try String(contentsOf: progressURL, encoding: .utf8)).split(separator: "\n")
            var lastEnded: Int?
            var inFlight: (index: Int, sha: String)?
            var shaOf: [Int: String] = [:]
            for line in lines {
                let parts = line.split(separator: " ")
                if parts.first == "begin", parts.count == 3, let index = Int(parts[1]) {
                    shaOf[index] = String(parts[2])
                    inFlight = (index, String(parts[2]))
                } else if parts.first == "end", parts.count == 2, let index = Int(parts[1]) {
                    lastEnded = index
                    inFlight = nil
                }
            }
            if let lastEnded, let sha = shaOf[lastEnded] {
                allowed = [sha]
                completed += lastEnded - next + 1
            }
            if let inFlight { allowed.insert(inFlight.sha) }
            if killed && status == 128 + SIGKILL {
                kills += 1
                if inFlight != nil { killsDuringASave += 1 }
            } else {
                #expect(status == 0, "SaveStress ended with \(status)")
            }
            if FileManager.default.fileExists(atPath: sheetURL.path) {
                let sha = SHA256Digest.hex(try Data(contentsOf: sheetURL))
                #expect(allowed.contains(sha), "after kill \(kills): the sheet is neither the state before nor after the save in flight")
            }
            guard case .success = WorkspaceLoader.load(fixture.root) else {
                Issue.record("a file does not parse after kill \(kills)")
                return
            }
            let report = WorkspaceCheck.run(fixture.root, language: .english)
            #expect(report.isClean, "ocenka check after kill \(kills): \(report.problems)")
            if !report.isClean { return }
            next = (inFlight?.index ?? lastEnded ?? (next - 1)) + 1
        }
        #expect(kills >= 50)
        #expect(killsDuringASave >= 25, "only \(killsDuringASave) kills landed between the start and the end of a save")
        #expect(completed >= 1000)
        let final = try CommandRun.ocenka(["check", "--workspace", fixture.root.path])
        #expect(final.status == 0, "\(final.standardError)")
    }
}
