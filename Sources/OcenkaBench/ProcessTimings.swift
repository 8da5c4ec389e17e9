import Foundation
import Workspace

/// The steps timed as processes of their own, from start to exit, as a user runs them: the Python
/// reference script and the release `ocenka` (`rank`, `protocol`, `check`). `protocol` writes its
/// files into a new folder beside the workspace each time and records the export in the chair's log,
/// as it always does, so the workspace's `chair/exports.json` grows by one export a run. `ocenka`
/// keeps what it verified and parsed (the verified signatures, the `WorkspaceIndex`) in a cache
/// folder of the benchmark's own, `cache` beside the workspace, so the usual rows are of a command
/// after an earlier one; the rows "nothing cached" run `check` and `rank` with an empty cache folder
/// each time, as the first command on a machine does.
struct ProcessTimings {
    let ocenka: String
    let reference: String
    let root: URL
    let runs: Int

    func measure(into result: inout SizeResult) throws {
        let output = root.deletingLastPathComponent().appendingPathComponent("protocol-out", isDirectory: true)
        let cache = Self.cache(for: root)
        let empty = root.deletingLastPathComponent().appendingPathComponent("cache-empty", isDirectory: true)
        for _ in 0..<max(1, runs) {
            for step in [BenchStep.ocenkaCheckUncached, .ocenkaRankUncached] {
                try? FileManager.default.removeItem(at: empty)
                try record(step, into: &result, ocenka, [step == .ocenkaCheckUncached ? "check" : "rank", "--workspace", root.path]
                           + (step == .ocenkaRankUncached ? ["--format", "json"] : []), cache: empty)
            }
            try? FileManager.default.removeItem(at: empty)
        }
        // The cache as a check leaves it, before the timed runs.
        try record(.ocenkaCheck, into: &result, ocenka, ["check", "--workspace", root.path], cache: cache, keeping: false)
        for _ in 0..<max(1, runs) {
            try record(.python, into: &result, "/usr/bin/env", ["python3", reference, root.path])
            try record(.ocenkaRank, into: &result, ocenka, ["rank", "--workspace", root.path, "--format", "json"], cache: cache)
            try? FileManager.default.removeItem(at: output)
            try record(.ocenkaProtocol, into: &result, ocenka, ["protocol", "--workspace", root.path, "-o",
                                                               output.appendingPathComponent("protocol.txt").path], cache: cache)
            try record(.ocenkaCheck, into: &result, ocenka, ["check", "--workspace", root.path], cache: cache)
        }
        try measureOutputFloor(of: output, into: &result)
        try? FileManager.default.removeItem(at: output)
    }

    /// Floor 3: the files the last `protocol -o` wrote, written again `runs` times with nothing to
    /// render, after a first time not timed (on a virtual machine the first writes of a process into
    /// memory it has not used yet are slower: 0.45 s against 0.14 s for the first of a few). Their
    /// digests must be the ones the export record holds for them: the same bytes.
    private func measureOutputFloor(of output: URL, into result: inout SizeResult) throws {
        let files = try OutputBytes(of: output)
        let copy = root.deletingLastPathComponent().appendingPathComponent("protocol-floor", isDirectory: true)
        let recorded = try Self.recordedDigests(root)
        for run in 0...max(1, runs) {
            try? FileManager.default.removeItem(at: copy)
            let timed = try Stopwatch.time { try files.write(into: copy) }
            if run > 0 { result.samples[BenchStep.writeProtocolOutput.rawValue, default: []].append(timed.milliseconds) }
            for (name, digest) in timed.value where recorded[output.appendingPathComponent(name).path] != digest {
                throw BenchFailure("floor 3 wrote \(name) with another SHA-256 than the export record's")
            }
        }
        try? FileManager.default.removeItem(at: copy)
    }

    /// File → SHA-256 of the workspace's export record, the latest export of a file winning.
    private static func recordedDigests(_ root: URL) throws -> [String: String] {
        let data = try Data(contentsOf: WorkspaceLayout(root: root).exportLogFile)
        guard let record = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let exports = record["exports"] as? [[String: Any]] else { throw BenchFailure("chair/exports.json: no exports") }
        var digests: [String: String] = [:]
        for export in exports {
            if let file = export["file"] as? String, let digest = export["sha256"] as? String { digests[file] = digest }
        }
        return digests
    }

    /// The benchmark's cache folder for the workspace at `root`.
    static func cache(for root: URL) -> URL {
        root.deletingLastPathComponent().appendingPathComponent("cache-\(root.lastPathComponent)", isDirectory: true)
    }

    /// `cache`: the process's `OCENKA_CACHE`; `keeping`: whether the time is one of the step's samples.
    private func record(_ step: BenchStep, into result: inout SizeResult, _ executable: String, _ arguments: [String],
                        cache: URL? = nil, keeping: Bool = true) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let cache {
            var environment = ProcessInfo.processInfo.environment
            environment["OCENKA_CACHE"] = cache.path
            process.environment = environment
        }
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        let exit = ProcessExit(of: process)
        let started = ContinuousClock.now
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        exit.wait()
        let elapsed = Stopwatch.milliseconds(ContinuousClock.now - started)
        guard process.terminationStatus == 0 else {
            throw BenchFailure("\(executable) \(arguments.joined(separator: " ")) failed: \(String(decoding: message.prefix(2_000), as: UTF8.self))")
        }
        if keeping { result.samples[step.rawValue, default: []].append(elapsed) }
    }
}
