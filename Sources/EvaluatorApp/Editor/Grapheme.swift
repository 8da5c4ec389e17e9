import EvaluationCore

/// What the editor's layout needs to know of one character (grapheme cluster), measured once when
/// the character enters the text so that wrapping and cursor moves never measure text again.
struct Grapheme: Equatable, Sendable {
    /// How a character takes part in wrapping.
    enum Kind: UInt8, Sendable {
        /// Part of a word: a line breaks inside it only when the word is longer than a line.
        case text
        /// " ", where a line may break; it stays at the end of the line it follows.
        case space
        /// "\n", which ends a line and a paragraph.
        case lineBreak
    }

    let kind: Kind
    /// Display columns: 0, 1 or 2.
    let columns: UInt8
    /// Bytes in UTF-8, to find the character in the text's storage.
    let utf8Count: Int32

    init(_ character: Character) {
        switch character {
        case " ": kind = .space
        case "\n": kind = .lineBreak
        default: kind = .text
        }
        columns = kind == .lineBreak ? 0 : UInt8(DisplayWidth.of(character))
        utf8Count = Int32(character.utf8.count)
    }

    /// Display columns as an `Int`.
    var width: Int {
        Int(columns)
    }
}
