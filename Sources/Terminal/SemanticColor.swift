/// The colours the interface speaks in, named by meaning rather than hue.
///
/// ``TerminalSession`` maps them to terminal colours when colours are on,
/// and to bold, underline and dim when they are off (no colour support, or
/// `NO_COLOR` set), so a screen must stay readable in either look.
public enum SemanticColor: CaseIterable, Hashable, Sendable {
    /// The terminal's own foreground.
    case normal
    /// Titles, the selected item's marker, keys in the key bar.
    case accent
    /// Something that needs attention but is not wrong.
    case warning
    /// Something wrong: a rejection, a failed check, bad input.
    case error
    /// Something done or passed.
    case success
    /// Secondary text: hints, disabled items.
    case muted
}
