import EvaluationCore
import Terminal

/// A multi-line text being edited: the text, a cursor in it, and what keys do to them.
///
/// The cursor is an offset in characters (grapheme clusters), so "é" written as "e" and a
/// combining accent is one step for the arrows and one character for Backspace. ↑ and ↓ move by
/// visual line, the line as wrapped at the width the editor is shown in (see ``layout(width:)``),
/// and keep the display column across successive moves. The text never holds control characters
/// other than "\n": line breaks of every kind become "\n" and the others are dropped, in the
/// initial text as in typed and pasted text. Nor does it hold characters that take no column on
/// their own (a zero-width space, a byte order mark, an accent with no letter before it), so that
/// every cursor offset has a place of its own on the screen.
///
/// Each character is measured once, when it enters the text, so a key press costs a pass over
/// integers at most, even on a text at the limit.
public struct TextEditor: Sendable, Equatable {
    public private(set) var text: String
    /// An offset in characters, from 0 to the number of characters in ``text``.
    public private(set) var cursor: Int
    /// The most characters that typing and pasting may bring the text to.
    public let limit: Int
    /// The measures of the characters of ``text``, one for each.
    private var graphemes: [Grapheme]
    /// The display column that ↑, ↓, PgUp and PgDn keep, set by the first of a run of them.
    private var goalColumn: Int?

    /// An editor on `text` with the cursor at its end. A text already over `limit` is kept whole;
    /// it can shrink but not grow.
    public init(text: String, limit: Int = 20_000) {
        let normalized = Self.normalized(text).filter { !Self.isInvisible($0) }
        self.text = normalized
        self.graphemes = normalized.map(Grapheme.init)
        self.cursor = graphemes.count
        self.limit = limit
    }

    /// Does what `key` means in a text field `width` display columns wide: characters and Enter
    /// insert, Backspace and Delete remove, the arrows, Home, End, PgUp, PgDn, Ctrl-A and Ctrl-E
    /// move, Esc leaves. Tab and other keys are ignored.
    public mutating func handle(_ key: Key, width: Int) -> Outcome {
        let width = max(1, width)
        switch key {
        case .character(let character):
            return insert(String(character))
        case .enter:
            return insert("\n")
        case .backspace:
            guard cursor > 0 else {
                return .ignored
            }
            return replace(cursor - 1..<cursor, with: "")
        case .delete:
            guard cursor < graphemes.count else {
                return .ignored
            }
            return replace(cursor..<cursor + 1, with: "")
        case .left:
            return moveCursor(to: cursor - 1)
        case .right:
            return moveCursor(to: cursor + 1)
        case .up:
            return moveVertically(by: -1, width: width)
        case .down:
            return moveVertically(by: 1, width: width)
        case .pageUp:
            return moveVertically(by: -Self.pageLines, width: width)
        case .pageDown:
            return moveVertically(by: Self.pageLines, width: width)
        case .home, .control("a"):
            return moveToLineEdge(start: true, width: width)
        case .end, .control("e"):
            return moveToLineEdge(start: false, width: width)
        case .escape:
            return .leave
        case .paste(let text):
            return insert(text)
        case .tab, .backTab, .control, .resize, .function:
            return .ignored
        }
    }

    /// Inserts `text` at the cursor in one go, as a paste does, and puts the cursor after it.
    ///
    /// "\r\n", "\r" and the Unicode line separators become "\n"; other control characters (Tab
    /// among them) are dropped, and so are characters that would take no column (an accent joins
    /// the letter before the cursor). If the result would take the text over ``limit`` nothing is
    /// inserted.
    public mutating func insert(_ text: String) -> Outcome {
        let insertion = Self.normalized(text)
        guard !insertion.isEmpty else {
            return .ignored
        }
        return replace(cursor..<cursor, with: insertion)
    }

    /// The visual lines of the text at `width` display columns and where the cursor is on them.
    public func layout(width: Int) -> EditorLayout {
        let ranges = LineWrapping.lines(of: graphemes, width: max(1, width))
        var lines: [EditorLayout.Line] = []
        lines.reserveCapacity(ranges.count)
        var start = text.utf8.startIndex
        for range in ranges {
            let byteCount = utf8Count(of: range)
            let breakCount = range.isEmpty || graphemes[range.upperBound - 1].kind != .lineBreak ? 0 : 1
            let end = text.utf8.index(start, offsetBy: byteCount - breakCount)
            lines.append(EditorLayout.Line(range: range, text: String(text[start..<end])))
            start = text.utf8.index(end, offsetBy: breakCount)
        }
        return EditorLayout(lines: lines, graphemes: graphemes, cursor: cursor)
    }

    /// How many visual lines PgUp and PgDn move.
    static let pageLines = 10

    /// The bytes in UTF-8 of the characters in `range`.
    func utf8Count(of range: Range<Int>) -> Int {
        var count = 0
        for index in range {
            count += Int(graphemes[index].utf8Count)
        }
        return count
    }

    /// The visual lines of the whole text, as offset ranges, for drawing.
    func lineRanges(width: Int) -> [Range<Int>] {
        LineWrapping.lines(of: graphemes, width: width)
    }

    /// The display column of the cursor on `line`.
    func cursorColumn(on line: Range<Int>) -> Int {
        LineWrapping.columns(from: line.lowerBound, to: cursor, in: graphemes)
    }

    /// The index in ``text``'s storage of the character at `offset`.
    func textIndex(ofCharacter offset: Int) -> String.Index {
        if offset <= graphemes.count / 2 {
            return text.utf8.index(text.utf8.startIndex, offsetBy: utf8Count(of: 0..<offset))
        }
        return text.utf8.index(text.utf8.endIndex, offsetBy: -utf8Count(of: offset..<graphemes.count))
    }

    /// Replaces the characters in `range` with `replacement` (already normalized) and puts the
    /// cursor after the replacement; refused if the text would grow past ``limit``.
    ///
    /// The characters around the seam are measured again, since the new text may join them (a
    /// combining accent joins the letter before it, a regional indicator pairs into a flag with
    /// the one after it and the indicators after that pair anew). The measured stretch grows to
    /// the right until its last character stands alone, so ``text`` and its measures always agree
    /// on where characters begin and end. Inserted characters that would take no column on their
    /// own (an accent with no letter before it, a zero-width space, a byte order mark) are dropped.
    private mutating func replace(_ range: Range<Int>, with replacement: String) -> Outcome {
        let lower = max(0, range.lowerBound - 1)
        var upper = min(graphemes.count, range.upperBound + 1)
        let windowStart = textIndex(ofCharacter: lower)
        let rangeStart = text.utf8.index(windowStart, offsetBy: utf8Count(of: lower..<range.lowerBound))
        let rangeEnd = text.utf8.index(rangeStart, offsetBy: utf8Count(of: range))
        var windowEnd = text.utf8.index(rangeEnd, offsetBy: utf8Count(of: range.upperBound..<upper))
        let prefix = text[windowStart..<rangeStart]
        var window = String(prefix) + replacement + String(text[rangeEnd..<windowEnd])
        var seam = prefix.utf8.count + replacement.utf8.count
        var pieces = Array(window)
        while true {
            while upper < graphemes.count, let last = pieces.last {
                let nextEnd = text.utf8.index(windowEnd, offsetBy: Int(graphemes[upper].utf8Count))
                let next = text[windowEnd..<nextEnd]
                let joined = Array(String(last) + next)
                if joined.count == 2, joined[0].utf8.count == last.utf8.count {
                    break
                }
                window += next
                pieces = Array(window)
                windowEnd = nextEnd
                upper += 1
            }
            guard pieces.contains(where: Self.isInvisible) else {
                break
            }
            (window, seam) = Self.droppingInvisible(pieces, seam: seam)
            pieces = Array(window)
        }
        if range.isEmpty, window.utf8.elementsEqual(text[windowStart..<windowEnd].utf8) {
            return .ignored
        }
        let newCount = graphemes.count - (upper - lower) + pieces.count
        if newCount > limit, newCount > graphemes.count {
            return .refused(Self.limitReached(limit))
        }
        var piecesBeforeSeam = 0
        var pieceStart = 0
        for piece in pieces where pieceStart < seam {
            piecesBeforeSeam += 1
            pieceStart += piece.utf8.count
        }
        text.replaceSubrange(windowStart..<windowEnd, with: window)
        graphemes.replaceSubrange(lower..<upper, with: pieces.map(Grapheme.init))
        cursor = lower + piecesBeforeSeam
        goalColumn = nil
        return .changed
    }

    private mutating func moveCursor(to offset: Int) -> Outcome {
        guard (0...graphemes.count).contains(offset), offset != cursor else {
            return .ignored
        }
        cursor = offset
        goalColumn = nil
        return .moved
    }

    /// Moves `count` visual lines down (up when negative) keeping the goal column; when there is
    /// no line at all in that direction, moves to the start or the end of the text.
    private mutating func moveVertically(by count: Int, width: Int) -> Outcome {
        var paragraph = LineWrapping.paragraph(containing: cursor, in: graphemes)
        var lines = LineWrapping.lines(ofParagraph: paragraph, in: graphemes, width: width)
        var index = LineWrapping.lineIndex(containing: cursor, in: lines)
        let column = goalColumn ?? LineWrapping.columns(from: lines[index].lowerBound, to: cursor, in: graphemes)
        var moved = 0
        while moved < abs(count) {
            if count > 0, index + 1 < lines.count {
                index += 1
            } else if count > 0, paragraph.upperBound < graphemes.count {
                paragraph = LineWrapping.paragraph(containing: paragraph.upperBound + 1, in: graphemes)
                lines = LineWrapping.lines(ofParagraph: paragraph, in: graphemes, width: width)
                index = 0
            } else if count < 0, index > 0 {
                index -= 1
            } else if count < 0, paragraph.lowerBound > 0 {
                paragraph = LineWrapping.paragraph(containing: paragraph.lowerBound - 1, in: graphemes)
                lines = LineWrapping.lines(ofParagraph: paragraph, in: graphemes, width: width)
                index = lines.count - 1
            } else {
                break
            }
            moved += 1
        }
        let target: Int
        if moved == 0 {
            target = count > 0 ? graphemes.count : 0
        } else {
            target = LineWrapping.offset(atColumn: column, on: lines[index], in: graphemes)
        }
        guard target != cursor else {
            return .ignored
        }
        cursor = target
        goalColumn = column
        return .moved
    }

    /// Moves to the start or the end of the cursor's visual line.
    private mutating func moveToLineEdge(start: Bool, width: Int) -> Outcome {
        let paragraph = LineWrapping.paragraph(containing: cursor, in: graphemes)
        let lines = LineWrapping.lines(ofParagraph: paragraph, in: graphemes, width: width)
        let line = lines[LineWrapping.lineIndex(containing: cursor, in: lines)]
        return moveCursor(to: start ? line.lowerBound : LineWrapping.lastCursorOffset(on: line, in: graphemes))
    }
}
