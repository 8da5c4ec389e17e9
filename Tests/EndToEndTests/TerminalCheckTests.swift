import Foundation
import Testing

/// `ocenka terminal-check` in a real terminal (tmux): Cyrillic on screen,
/// keys read, resize followed, and the terminal given back however the
/// program ends.
@Suite(
    "ocenka terminal-check in a real terminal",
    .enabled(if: TmuxSession.isAvailable, "tmux is not on PATH; the end-to-end terminal tests need it"),
    .oneAtATime
)
struct TerminalCheckTests {
    private static let sample = "Проверка на терминала — „Оценка на проектни предложения“"

    /// Starts `ocenka terminal-check` under `sh`, which afterwards prints
    /// the program's exit status and the terminal's modes (`stty -a`) and
    /// keeps the pane alive, so the state the program left can be read.
    private func startCheck(environment: [String: String] = TmuxSession.utf8Environment) throws -> TmuxSession {
        let executable = OcenkaExecutable.shellQuoted(try OcenkaExecutable.path())
        return try TmuxSession.start(
            "\(executable) terminal-check; echo \"ocenka-exit=$?\"; stty -a; exec sleep 600",
            environment: environment
        )
    }

    /// The exit status the wrapper printed, once the program has ended.
    private func exitStatus(_ tmux: TmuxSession) async throws -> Int? {
        let screen = try await tmux.waitUntil("the stty report") { $0.contains("ocenka-exit=") && $0.contains("icanon") }
        guard let line = screen.split(separator: "\n").first(where: { $0.hasPrefix("ocenka-exit=") }) else {
            return nil
        }
        return Int(line.dropFirst("ocenka-exit=".count))
    }

    /// Checks that the program left the terminal as it found it: main
    /// screen, visible cursor, canonical input with echo and signals.
    private func expectRestored(_ tmux: TmuxSession) throws {
        let screen = try tmux.capture()
        #expect(try tmux.value(of: "#{alternate_on}") == "0")
        #expect(try tmux.value(of: "#{cursor_flag}") == "1")
        #expect(!screen.contains(Self.sample), "the full-screen panel should be gone")
        let modes = Set(screen.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }).map(String.init))
        for mode in ["icanon", "isig", "echo", "icrnl"] {
            #expect(modes.contains(mode), "terminal mode \(mode) is not restored")
        }
    }

    /// The process id of the program: the one child of the pane's shell.
    private func programPID(_ tmux: TmuxSession) throws -> Int32 {
        let shell = try tmux.panePID()
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        let pid = try #require(children.split(separator: " ").first.flatMap { Int32($0) })
        return pid
    }

    @Test func showsCyrillicReadsKeysFollowsResizeAndRestoresTheTerminal() async throws {
        let tmux = try startCheck()
        defer { tmux.kill() }

        let screen = try await tmux.waitFor(text: Self.sample)
        #expect(screen.contains(Self.sample))
        #expect(screen.contains("Размер на терминала: 80 × 24"))
        #expect(screen.contains("Локал (LC_CTYPE): C.UTF-8"))
        #expect(screen.contains("Натиснат клавиш: —"))
        #expect(screen.contains("q/Esc — изход"))
        #expect(try tmux.value(of: "#{alternate_on}") == "1")

        try tmux.sendLiteral("д")
        try await tmux.waitFor(text: "Натиснат клавиш: д")
        try tmux.sendLiteral("Щ")
        try await tmux.waitFor(text: "Натиснат клавиш: Щ")
        try tmux.sendKeys("Up")
        try await tmux.waitFor(text: "Натиснат клавиш: ↑")
        try tmux.sendKeys("F5")
        try await tmux.waitFor(text: "Натиснат клавиш: F5")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor(text: "Натиснат клавиш: Enter")

        try tmux.resize(columns: 100, rows: 30)
        let resized = try await tmux.waitFor(text: "Размер на терминала: 100 × 30")
        #expect(resized.contains(Self.sample))
        #expect(resized.contains("Натиснат клавиш: Enter"))
        #expect(!resized.contains("80 × 24"))

        try tmux.sendKeys("q")
        #expect(try await exitStatus(tmux) == 0)
        try expectRestored(tmux)
    }

    @Test(arguments: ["Escape", "C-c"])
    func quitsOnKey(_ key: String) async throws {
        let tmux = try startCheck()
        defer { tmux.kill() }
        try await tmux.waitFor(text: Self.sample)
        try tmux.sendKeys(key)
        #expect(try await exitStatus(tmux) == 0)
        try expectRestored(tmux)
    }

    @Test(arguments: [(SIGTERM, 143), (SIGINT, 130)])
    func restoresTheTerminalWhenKilled(by signal: Int32, exitStatus expected: Int) async throws {
        let tmux = try startCheck()
        defer { tmux.kill() }
        try await tmux.waitFor(text: Self.sample)
        #expect(Foundation.kill(try programPID(tmux), signal) == 0)
        #expect(try await exitStatus(tmux) == expected)
        try expectRestored(tmux)
    }

    @Test func noColorGivesTheMonochromeLook() async throws {
        var environment = TmuxSession.utf8Environment
        environment["NO_COLOR"] = "1"
        let tmux = try startCheck(environment: environment)
        defer { tmux.kill() }
        try await tmux.waitFor(text: "Цветове: изключени (NO_COLOR)")
        try tmux.sendKeys("q")
        #expect(try await exitStatus(tmux) == 0)
    }
}
