import Foundation

/// The steps timed as processes of their own, from start to exit, as a user runs them: the Python
/// reference script and the release `ocenka` (`rank`, `protocol`, `check`). `protocol` writes its
/// files into a new folder beside the workspace each time and records the export in the chair's log,
/// as it always does, so the workspace's `chair/exports.json` grows by one export a run.
struct ProcessTimings {
    let ocenka: String
    let reference: String
    let root: URL
    let runs: Int

    func measure(into result: inout SizeResult) throws {
        let output = root.deletingLastPathComponent().appendingPathComponent("protocol-out", isDirectory: true)
        for _ in 0..<max(1, runs) {
            try record(.python, into: &result, "/usr/bin/env", ["python3", reference, root.path])
            try record(.ocenkaRank, into: &result, ocenka, ["rank", "--workspace", root.path, "--format", "json"])
            try? FileManager.default.removeItem(at: output)
            try record(.ocenkaProtocol, into: &result, ocenka, ["protocol", "--workspace", root.path, "-o",
                                                               output.appendingPathComponent("protocol.txt").path])
            try record(.ocenkaCheck, into: &result, ocenka, ["check", "--workspace", root.path])
        }
        try? FileManager.default.removeItem(at: output)
    }

    private func record(_ step: BenchStep, into result: inout SizeResult, _ executable: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        let started = ContinuousClock.now
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = Stopwatch.milliseconds(ContinuousClock.now - started)
        guard process.terminationStatus == 0 else {
            throw BenchFailure("\(executable) \(arguments.joined(separator: " ")) failed: \(String(decoding: message.prefix(2_000), as: UTF8.self))")
        }
        result.samples[step.rawValue, default: []].append(elapsed)
    }
}
