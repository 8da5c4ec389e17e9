import EvaluationCore
import Foundation
import Workspace
import WorkspaceFixtures

/// The benchmark's workspaces: generated once per size and seed in the work folder, then reused.
enum BenchWorkspaces {
    /// Generates a workspace of the reference procedure in `root`.
    @discardableResult
    static func generate(at root: URL, proposals: Int, evaluators: Int, seed: UInt64,
                         justifications: ClosedRange<Int>) throws -> WorkspaceGenerator.Summary {
        let procedure: ProcedureFile
        switch DemoWorkspace.referenceProcedure() {
        case .success(let file): procedure = file
        case .failure(let error): throw BenchFailure(error.lines(in: .english).joined(separator: "\n"))
        }
        do {
            return try WorkspaceGenerator.generate(at: root, proposals: proposals, evaluators: evaluators, seed: seed, procedure: procedure,
                                                   justifications: justifications)
        } catch {
            throw BenchFailure(error.lines(in: .english).joined(separator: "\n"))
        }
    }

    /// The workspace of `proposals` × `evaluators` with `seed` in `work`, generated when it is not there yet.
    static func prepared(in work: URL, proposals: Int, evaluators: Int, seed: UInt64, justifications: ClosedRange<Int>) throws -> URL {
        let lengths = justifications.count == 1 ? "\(justifications.lowerBound)" : "\(justifications.lowerBound)-\(justifications.upperBound)"
        let root = work.appendingPathComponent("ws-\(proposals)x\(evaluators)-seed\(seed)-j\(lengths)", isDirectory: true)
        if FileManager.default.fileExists(atPath: WorkspaceLayout(root: root).workspaceFile.path) { return root }
        FileHandle.standardError.write(Data("generating \(root.path) …\n".utf8))
        let started = ContinuousClock.now
        try generate(at: root, proposals: proposals, evaluators: evaluators, seed: seed, justifications: justifications)
        let seconds = Stopwatch.milliseconds(ContinuousClock.now - started) / 1_000
        FileHandle.standardError.write(Data("generated in \(String(format: "%.1f", seconds)) s\n".utf8))
        return root
    }
}
