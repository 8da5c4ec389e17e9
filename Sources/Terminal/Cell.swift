/// One cell of a ``ScreenBuffer``.
///
/// A wide character (2 columns) sits in two cells: the leading cell holds
/// the character with `width` 2, the cell to its right is a continuation
/// cell with `width` 0. A ``ScreenBuffer`` never leaves half of a wide
/// character behind.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster; a space in a continuation cell.
    public var character: Character
    /// 1 or 2 for a character, 0 for the right half of a wide character.
    public var width: Int
    public var style: Style

    public init(character: Character, width: Int, style: Style = .plain) {
        self.character = character
        self.width = width
        self.style = style
    }

    /// An empty cell in the terminal's default look.
    public static let blank = Cell(character: " ", width: 1)

    /// An empty cell with `style` (a reverse-video bar keeps its background).
    public static func blank(_ style: Style) -> Cell {
        Cell(character: " ", width: 1, style: style)
    }

    /// The right half of a wide character whose leading cell has `style`.
    public static func continuation(_ style: Style) -> Cell {
        Cell(character: " ", width: 0, style: style)
    }

    /// Whether this cell is the right half of a wide character.
    public var isContinuation: Bool {
        width == 0
    }
}
