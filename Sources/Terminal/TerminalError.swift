/// Why a ``TerminalSession`` could not start or go on.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe or a file).
    case notATerminal
    /// Another session is already drawing on the terminal.
    case alreadyActive
    /// ncurses could not set up the terminal named by `TERM`.
    case cannotStart(terminalType: String)
    /// The terminal stopped delivering keys (it was closed).
    case inputClosed

    public var description: String {
        switch self {
        case .notATerminal:
            "Стандартният вход и изход трябва да са терминал. / Standard input and output must be a terminal."
        case .alreadyActive:
            "Терминалът вече се използва от друга сесия. / The terminal is already in use by another session."
        case .cannotStart(let terminalType):
            "Терминалът „\(terminalType)“ не може да се използва (проверете TERM). / Cannot use the terminal \"\(terminalType)\" (check TERM)."
        case .inputClosed:
            "Терминалът беше затворен. / The terminal was closed."
        }
    }
}
