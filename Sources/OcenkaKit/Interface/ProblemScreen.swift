import EvaluationCore
import Terminal

/// The screen shown instead of the evaluator's interface when the workspace cannot be read: what is
/// wrong, until a key that ends it is pressed.
public enum ProblemScreen {
    public static func show(_ lines: [String], language: Language, on terminal: some TerminalDevice) throws {
        while true {
            let text = { (localized: LocalizedText) in localized.text(in: language) }
            var buffer = ScreenBuffer(size: terminal.size)
            buffer.write(text(LocalizedText(bg: "Работното пространство има грешки; интерфейсът не може да започне:",
                                            en: "The workspace has errors; the interface cannot start:")),
                         row: 0, column: 1, style: Style(color: .error, attributes: [.bold]))
            var row = 2
            for line in lines {
                for wrapped in TextLayout.wrap(line, width: max(10, buffer.size.columns - 4)) where row < buffer.size.rows - 2 {
                    buffer.write(wrapped, row: row, column: 2)
                    row += 1
                }
            }
            buffer.write(text(LocalizedText(bg: "Поправете файла или попитайте председателя (ocenka check показва всичко). q — изход",
                                            en: "Fix the file or ask the chair (ocenka check shows everything). q — quit")),
                         row: buffer.size.rows - 1, column: 1, style: Style(attributes: [.reverse]))
            terminal.draw(buffer, cursor: nil)
            let key = try terminal.readKey()
            if key == .character("q") || key == .escape || key == .enter || key == .control("c") { return }
        }
    }
}
