import Foundation
import TestSupport

/// A program running in a real terminal: a detached tmux session on a
/// tmux server of its own, for end-to-end tests of the full-screen
/// interface.
///
/// Each session has its own server, on a socket in the temporary folder
/// (`tmux -S`) that ``kill()`` removes. It reads no tmux configuration
/// and keeps its pane after the program exits (`remain-on-exit`), so a
/// test can read the exit status and the last screen. Always ``kill()``
/// it, typically in a `defer`:
///
/// ```swift
/// let tmux = try TmuxSession.start("'/path/to/ocenka' terminal-check")
/// defer { tmux.kill() }
/// try await tmux.waitFor(text: "Натиснат клавиш")
/// try tmux.sendLiteral("д")
/// ```
///
/// Every tmux command runs with a UTF-8 locale and tmux's `-u`, so
/// Cyrillic goes in and comes out of the pane unchanged.
struct TmuxSession: Sendable {
    /// A tmux command that failed, or a wait that timed out.
    enum Failure: Error, CustomStringConvertible {
        case tmuxNotFound
        case commandFailed(arguments: [String], status: Int32, output: String)
        case timedOut(waiting: String, screen: String)

        var description: String {
            switch self {
            case .tmuxNotFound:
                "tmux is not on PATH"
            case .commandFailed(let arguments, let status, let output):
                "tmux \(arguments.joined(separator: " ")) exited with \(status): \(output)"
            case .timedOut(let waiting, let screen):
                "timed out waiting for \(waiting); the screen was:\n\(screen)"
            }
        }
    }

    /// The locale every session and tmux command gets unless told otherwise.
    static let utf8Environment = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]

    /// The path of the tmux server's socket (`tmux -S`), unique to this
    /// session; `tmux -S PATH attach` shows a running test's terminal.
    let socketPath: String

    private let executable: URL

    /// The tmux executable on PATH, if there is one.
    static var executableURL: URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("tmux")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        return nil
    }

    /// Whether tmux is on PATH; end-to-end tests are enabled only then.
    static var isAvailable: Bool {
        executableURL != nil
    }

    /// Starts `command` (run by tmux through `sh -c`) in a new detached
    /// session of `columns`×`rows` cells, with `environment` set in the
    /// pane.
    static func start(
        _ command: String,
        columns: Int = 80,
        rows: Int = 24,
        environment: [String: String] = utf8Environment
    ) throws -> TmuxSession {
        guard let executable = executableURL else {
            throw Failure.tmuxNotFound
        }
        let session = TmuxSession(
            socketPath: FileManager.default.temporaryDirectory
                .appendingPathComponent("ocenka-tmux-\(getpid())-\(UUID().uuidString.prefix(8))")
                .path,
            executable: executable
        )
        var arguments = [
            "start-server", ";",
            "set-option", "-g", "remain-on-exit", "on", ";",
            "new-session", "-d", "-x", String(columns), "-y", String(rows),
        ]
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(name)=\(value)"]
        }
        arguments.append(command)
        do {
            try session.run(arguments)
        } catch {
            session.kill()
            throw error
        }
        return session
    }

    /// Sends keys by tmux's names ("Enter", "Escape", "C-c", "Up", "F5",
    /// "BTab"), one key per argument.
    func sendKeys(_ keys: String...) throws {
        try run(["send-keys"] + keys)
    }

    /// Types `text` literally, character by character (`send-keys -l`).
    func sendLiteral(_ text: String) throws {
        try run(["send-keys", "-l", text])
    }

    /// Pastes `text` into the pane as tmux's paste-buffer does: marked as a
    /// paste (`ESC [ 200 ~` … `ESC [ 201 ~`) when `bracketed` and the
    /// program turned bracketed paste on, as plain typing otherwise.
    func paste(_ text: String, bracketed: Bool) throws {
        try run(["set-buffer", "-b", "ocenka-test", text])
        try run(["paste-buffer", "-d", "-b", "ocenka-test"] + (bracketed ? ["-p"] : []))
    }

    /// The pane's visible text now, wrapped lines joined, trailing spaces
    /// dropped.
    func capture() throws -> String {
        try run(["capture-pane", "-p", "-J"])
    }

    /// Waits until the pane shows `text` and returns the screen then.
    ///
    /// - Throws: ``Failure/timedOut(waiting:screen:)`` with the last
    ///   screen when `timeout` passes first.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(10)) async throws -> String {
        try await waitUntil("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until `condition` holds for the pane's text and returns the
    /// screen then; `description` names what is awaited in the error.
    @discardableResult
    func waitUntil(
        _ description: String,
        timeout: Duration = .seconds(10),
        condition: (String) -> Bool
    ) async throws -> String {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        var screen = ""
        while true {
            screen = try capture()
            if condition(screen) {
                return screen
            }
            guard ContinuousClock.now < deadline else {
                throw Failure.timedOut(waiting: description, screen: screen)
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Resizes the window (and its pane) to `columns`×`rows`; the program
    /// gets SIGWINCH.
    func resize(columns: Int, rows: Int) throws {
        try run(["resize-window", "-x", String(columns), "-y", String(rows)])
    }

    /// A tmux format evaluated for the pane, e.g. `#{pane_pid}`.
    func value(of format: String) throws -> String {
        try run(["display-message", "-p", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The process id of the pane's command.
    func panePID() throws -> Int32 {
        let text = try value(of: "#{pane_pid}")
        guard let pid = Int32(text) else {
            throw Failure.commandFailed(arguments: ["display-message", "#{pane_pid}"], status: 0, output: text)
        }
        return pid
    }

    /// Waits for the pane's command to end and returns its exit status
    /// (128 + the signal number when a signal killed it).
    func waitForExit(timeout: Duration = .seconds(10)) async throws -> Int32 {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while true {
            let fields = try value(of: "#{pane_dead}|#{pane_dead_status}|#{pane_dead_signal}")
                .split(separator: "|", omittingEmptySubsequences: false)
            if fields.count == 3, fields[0] == "1" {
                if let status = Int32(fields[1]) {
                    return status
                }
                if let signal = Int32(fields[2]) {
                    return 128 + signal
                }
            }
            guard ContinuousClock.now < deadline else {
                throw Failure.timedOut(waiting: "the pane's command to exit", screen: (try? capture()) ?? "")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Stops the tmux server and with it everything running in the
    /// session, and removes its socket. Errors are ignored: the server may
    /// be gone already.
    func kill() {
        _ = try? run(["kill-server"])
        unlink(socketPath)
    }

    /// Runs one tmux command line on this session's server and returns its
    /// standard output.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TMUX")
        environment.merge(Self.utf8Environment) { _, new in new }
        let result = try ChildProcess.run(
            executable.path,
            arguments: ["-u", "-f", "/dev/null", "-S", socketPath] + arguments,
            environment: environment
        )
        guard result.status == 0 else {
            throw Failure.commandFailed(arguments: arguments, status: result.status, output: result.errorOutput)
        }
        return result.output
    }
}
