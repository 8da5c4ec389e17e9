/// A key the user pressed, as a value.
///
/// Letters in any script arrive as ``character(_:)`` (Cyrillic "д" is
/// `.character("д")`). Control combinations other than those with keys of
/// their own (Tab is Ctrl-I, Enter is Ctrl-M, Backspace is Ctrl-H) arrive
/// as ``control(_:)`` with the lowercase letter.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case character(Character)
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    case enter
    case escape
    case tab
    /// Shift-Tab.
    case backTab
    case backspace
    case delete
    /// The terminal changed size; the next frame is drawn at the new size.
    case resize
    /// F1, F2, …
    case function(Int)
    /// Ctrl with a letter or one of `@ [ \ ] ^ _`: `.control("c")` is Ctrl-C.
    case control(Character)
    /// Text the terminal marked as pasted (bracketed paste), whole: it is
    /// never taken as keys.
    case paste(String)

    /// The key's name as a key bar shows it: the character itself, or
    /// "↑", "PgDn", "Esc", "Shift-Tab", "F5", "Ctrl-C" and so on.
    public var description: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .resize: "Resize"
        case .function(let number): "F\(number)"
        case .control(let character): "Ctrl-\(character.uppercased())"
        case .paste: "Paste"
        }
    }
}
