/// The editor's wrapping rule and the arithmetic of visual lines, over measured characters.
///
/// A line breaks at a space when the next word does not fit, by the same rule as
/// `TextLayout.wrap`, so a text wraps alike in the editor and where it is shown read-only. Unlike
/// `TextLayout.wrap` no character is dropped: a space at a break stays at the end of the line it
/// follows (past the right edge if the line is full), spaces at the start of a paragraph and runs of
/// spaces are kept, and a "\n" belongs to the line it ends. Every offset of the text is therefore
/// in exactly one line's range, and lines are ranges of character offsets that tile the text.
enum LineWrapping {
    /// The characters of the paragraph around `offset`, without its "\n"; an offset at a "\n" is in
    /// the paragraph that the "\n" ends.
    static func paragraph(containing offset: Int, in graphemes: [Grapheme]) -> Range<Int> {
        var start = offset
        while start > 0, graphemes[start - 1].kind != .lineBreak {
            start -= 1
        }
        var end = offset
        while end < graphemes.count, graphemes[end].kind != .lineBreak {
            end += 1
        }
        return start..<end
    }

    /// The visual lines of one paragraph at `width` columns; the last one includes the paragraph's
    /// "\n", if it has one.
    static func lines(ofParagraph paragraph: Range<Int>, in graphemes: [Grapheme], width: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        appendLines(ofParagraph: paragraph, in: graphemes, width: width, to: &lines)
        return lines
    }

    /// The visual lines of the whole text at `width` columns. An empty text, and a text ending in
    /// "\n", end with an empty line.
    static func lines(of graphemes: [Grapheme], width: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        while true {
            var end = start
            while end < graphemes.count, graphemes[end].kind != .lineBreak {
                end += 1
            }
            appendLines(ofParagraph: start..<end, in: graphemes, width: width, to: &lines)
            guard end < graphemes.count else {
                return lines
            }
            start = end + 1
        }
    }

    /// The index of the line whose range holds `offset`; the text's end is on the last line.
    static func lineIndex(containing offset: Int, in lines: [Range<Int>]) -> Int {
        var low = 0
        var high = lines.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lines[middle].lowerBound <= offset {
                low = middle
            } else {
                high = middle - 1
            }
        }
        return low
    }

    /// The last offset where the cursor can stand on `line`: before its "\n" or its last space or
    /// character, since the offset after them is the next line's start; on the text's last line,
    /// the text's end.
    static func lastCursorOffset(on line: Range<Int>, in graphemes: [Grapheme]) -> Int {
        if line.upperBound == graphemes.count, line.isEmpty || graphemes[line.upperBound - 1].kind != .lineBreak {
            return line.upperBound
        }
        return line.upperBound - 1
    }

    /// The display columns of the characters from `start` to `end`.
    static func columns(from start: Int, to end: Int, in graphemes: [Grapheme]) -> Int {
        var columns = 0
        for index in start..<end {
            columns += graphemes[index].width
        }
        return columns
    }

    /// The offset on `line` that is closest to `column` without going past it: a wide character
    /// is never split, and a column past the line's end gives the line's last cursor offset.
    static func offset(atColumn column: Int, on line: Range<Int>, in graphemes: [Grapheme]) -> Int {
        let last = lastCursorOffset(on: line, in: graphemes)
        var offset = line.lowerBound
        var current = 0
        while offset < last, current < column, current + graphemes[offset].width <= column {
            current += graphemes[offset].width
            offset += 1
        }
        return offset
    }

    private static func appendLines(
        ofParagraph paragraph: Range<Int>, in graphemes: [Grapheme], width: Int, to lines: inout [Range<Int>]
    ) {
        var lineStart = paragraph.lowerBound
        var lineWidth = 0
        var index = paragraph.lowerBound
        while index < paragraph.upperBound {
            if graphemes[index].kind == .space {
                lineWidth += 1
                index += 1
                continue
            }
            var wordEnd = index
            var wordWidth = 0
            while wordEnd < paragraph.upperBound, graphemes[wordEnd].kind != .space {
                wordWidth += graphemes[wordEnd].width
                wordEnd += 1
            }
            if lineWidth > 0, lineWidth + wordWidth > width {
                lines.append(lineStart..<index)
                lineStart = index
                lineWidth = 0
            }
            var pieceStart = index
            while wordWidth > width {
                var pieceEnd = pieceStart
                var pieceWidth = 0
                while pieceEnd < wordEnd, pieceWidth + graphemes[pieceEnd].width <= width {
                    pieceWidth += graphemes[pieceEnd].width
                    pieceEnd += 1
                }
                if pieceEnd == pieceStart {
                    pieceWidth = graphemes[pieceEnd].width
                    pieceEnd += 1
                }
                if pieceEnd == wordEnd {
                    break
                }
                lines.append(lineStart..<pieceEnd)
                lineStart = pieceEnd
                pieceStart = pieceEnd
                wordWidth -= pieceWidth
            }
            lineWidth += wordWidth
            index = wordEnd
        }
        let end = paragraph.upperBound < graphemes.count ? paragraph.upperBound + 1 : paragraph.upperBound
        lines.append(lineStart..<end)
    }
}
