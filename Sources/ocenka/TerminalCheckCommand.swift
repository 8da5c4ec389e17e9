import ArgumentParser
import Terminal

/// `ocenka terminal-check`: shows a Bulgarian sample and the name of each
/// key pressed, so a user can see that the terminal shows Cyrillic and
/// reads keys before starting the evaluation interface.
struct TerminalCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terminal-check",
        abstract: "Проверява дали терминалът показва кирилица и разпознава клавишите. / Checks that the terminal shows Cyrillic and reads keys."
    )

    /// The line that must appear exactly as written.
    static let sampleLine = "Проверка на терминала — „Оценка на проектни предложения“"

    func run() throws {
        let session = try TerminalSession.start()
        defer { session.stop() }
        var lastKey: Key?
        while true {
            session.draw(Self.screen(of: session, lastKey: lastKey))
            let key = try session.readKey()
            switch key {
            case .character("q"), .escape, .control("c"):
                return
            case .resize:
                continue
            default:
                lastKey = key
            }
        }
    }

    /// The whole screen: a framed panel with the checks, and the key bar
    /// on the last row.
    private static func screen(of session: TerminalSession, lastKey: Key?) -> ScreenBuffer {
        var buffer = session.makeBuffer()
        let size = buffer.size
        let lines: [(String, Style)] = [
            (sampleLine, Style(attributes: .bold)),
            ("", .plain),
            ("Размер на терминала: \(size.columns) × \(size.rows)", .plain),
            (colorsLine(of: session), .plain),
            ("Локал (LC_CTYPE): \(session.characterLocale)", .plain),
            ("", .plain),
            ("Натиснат клавиш: \(lastKey.map(String.init(describing:)) ?? "—")", Style(color: .accent, attributes: .bold)),
            ("Натиснете произволен клавиш, включително на кирилица.", Style(color: .muted)),
        ]
        let panelWidth = min(size.columns, 72)
        let panelHeight = min(max(0, size.rows - 1), lines.count + 2)
        let panel = ScreenRect(
            row: max(0, (size.rows - 1 - panelHeight) / 2),
            column: max(0, (size.columns - panelWidth) / 2),
            rows: panelHeight,
            columns: panelWidth
        )
        buffer.drawBorder(panel, title: "ocenka terminal-check", style: Style(color: .accent), titleStyle: Style(color: .accent, attributes: .bold))
        let inner = panel.inset(by: 1)
        for (offset, line) in lines.enumerated() where offset < inner.rows {
            buffer.write(line.0, row: inner.row + offset, column: inner.column + 1, style: line.1, maxWidth: inner.columns - 2)
        }
        let barRow = size.rows - 1
        let barStyle = Style(attributes: .reverse)
        buffer.fill(ScreenRect(row: barRow, column: 0, rows: 1, columns: size.columns), style: barStyle)
        buffer.write(" q/Esc — изход", row: barRow, column: 0, style: barStyle)
        return buffer
    }

    private static func colorsLine(of session: TerminalSession) -> String {
        switch (session.colorMode, session.colorCount) {
        case (.colors, let count):
            "Цветове: да (\(count))"
        case (.monochrome, 0):
            "Цветове: няма — черно-бял изглед"
        case (.monochrome, _):
            "Цветове: изключени (NO_COLOR) — черно-бял изглед"
        }
    }
}
