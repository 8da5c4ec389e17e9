import EvaluationCore
import Foundation

/// The real `git` executable, run in a workspace: distribution is git's job, not ocenka's. Both
/// output streams are read at once (so a chatty command cannot block), every run is bounded in time,
/// and git is told never to prompt.
public struct Git: Sendable {
    public struct Output: Sendable {
        public let status: Int32
        public let standardOutput: String
        public let standardError: String

        public var succeeded: Bool { status == 0 }
    }

    public let executable: URL
    public let folder: URL
    /// The longest one git command may take (a fetch from an unreachable host, say).
    public var timeout: Duration = .seconds(120)

    /// `git` found on `PATH`, or a clear refusal.
    public static func locate(in folder: URL) throws(WorkspaceError) -> Git {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("git")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return Git(executable: candidate, folder: folder)
            }
        }
        throw .refused(LocalizedText(
            bg: "не е намерена програмата git (търсено в PATH: \(path)); инсталирайте я, напр. apt-get install git",
            en: "the git program was not found (searched PATH: \(path)); install it, e.g. apt-get install git"))
    }

    /// Runs `git arguments` in the folder.
    public func run(_ arguments: [String], identity: (name: String, email: String)? = nil) throws(WorkspaceError) -> Output {
        let process = Process()
        process.executableURL = executable
        var prefix = ["-C", folder.path, "-c", "core.quotepath=off", "-c", "advice.detachedHead=false"]
        if let identity {
            prefix += ["-c", "user.name=\(identity.name)", "-c", "user.email=\(identity.email)"]
        }
        process.arguments = prefix + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_SSH_COMMAND"] = environment["GIT_SSH_COMMAND"] ?? "ssh -o BatchMode=yes -o ConnectTimeout=15"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let exit = ProcessExit(of: process)
        do {
            try process.run()
        } catch {
            throw .io(path: executable.path, operation: "run", reason: error.localizedDescription)
        }
        let collected = Collected()
        let group = DispatchGroup()
        for (pipe, isError) in [(output, false), (errors, true)] {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.set(data, isError: isError)
                group.leave()
            }
        }
        let seconds = Double(timeout.components.seconds)
        if group.wait(timeout: .now() + seconds) == .timedOut {
            process.terminate()
            group.wait()
            exit.wait()
            throw .refused(LocalizedText(bg: "git \(arguments.joined(separator: " ")) не завърши за \(Int(seconds)) s",
                                         en: "git \(arguments.joined(separator: " ")) did not finish within \(Int(seconds)) s"))
        }
        exit.wait()
        return Output(status: process.terminationStatus, standardOutput: collected.text(isError: false),
                      standardError: collected.text(isError: true))
    }

    /// Runs a command that must succeed; its error output is the message otherwise.
    @discardableResult
    public func must(_ arguments: [String], identity: (name: String, email: String)? = nil) throws(WorkspaceError) -> String {
        let output = try run(arguments, identity: identity)
        guard output.succeeded else {
            let detail = output.standardError.trimmingCharacters(in: .whitespacesAndNewlines)
            throw .refused(LocalizedText(bg: "git \(arguments.joined(separator: " ")): \(detail)",
                                         en: "git \(arguments.joined(separator: " ")): \(detail)"))
        }
        return output.standardOutput
    }

    /// The bytes of `path` at `revision`, nil when it has no such file.
    public func file(_ path: String, at revision: String) -> Data? {
        guard let output = try? run(["show", "\(revision):\(path)"]), output.succeeded else { return nil }
        return Data(output.standardOutput.utf8)
    }

    /// The two streams as they arrive, from two reading threads.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var output = Data()
        private var errors = Data()

        func set(_ data: Data, isError: Bool) {
            lock.lock()
            defer { lock.unlock() }
            if isError { errors = data } else { output = data }
        }

        func text(isError: Bool) -> String {
            lock.lock()
            defer { lock.unlock() }
            return String(decoding: isError ? errors : output, as: UTF8.self)
        }
    }
}
