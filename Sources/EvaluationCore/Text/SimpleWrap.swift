/// `TextLayout.wrap` of one-column text (`DisplayWidth.isSimple`: every character one scalar one
/// column wide, so no line break either) done on its UTF-8 bytes, where a character's width is 1 and
/// its bytes are a lead byte and its continuation bytes. The one copy of that wrapping: the lines of
/// `TextLayout.wrap` as strings and the protocol's field lines written straight into its bytes.
///
/// The text is read once: each word (the bytes between two spaces) is checked to be one-column text
/// and measured as it is wrapped. A caller may mark spaces as unbreakable (`joins`): the words on
/// either side are then wrapped as one word whose width counts that space, and the space is written
/// as it is — what the protocol's glue (U+00A0, written as a space) does, without a glued copy of
/// the text.
public enum SimpleWrap {
    /// A space at which no line may break: `joins(bytes, left, right)` of the words before and after
    /// one space (either may be empty, where spaces follow each other).
    public typealias Joins = (UnsafeBufferPointer<UInt8>, Range<Int>, Range<Int>) -> Bool

    /// Appends the lines of `TextLayout.wrap(text, width:)` to `output`, calling `beginLine(&output,
    /// index)` before the words of each line and `endLine(&output)` after them. Returns `false` as soon
    /// as the text is found not to be one-column text, or to have a word (between two spaces) wider
    /// than `maxWordWidth`; what was appended is then to be discarded.
    @inline(__always)
    public static func append(_ bytes: UnsafeBufferPointer<UInt8>, width: Int, maxWordWidth: Int = .max,
                              joins: Joins = { _, _, _ in false }, to output: inout [UInt8],
                              beginLine: (inout [UInt8], Int) -> Void, endLine: (inout [UInt8]) -> Void) -> Bool {
        var lineIndex = 0
        var lineWidth = 0
        let count = bytes.count
        // The bytes of the text placed on the line but not yet appended: words that follow each other
        // in the text with one space between them are appended with one copy, not one per word.
        var copyStart = 0
        var copyEnd = 0
        func flush() {
            if copyEnd > copyStart { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copyStart..<copyEnd])) }
            copyStart = copyEnd
        }
        beginLine(&output, lineIndex)
        func newLine() {
            flush()
            endLine(&output)
            lineIndex += 1
            beginLine(&output, lineIndex)
        }
        /// Places the word `start..<end` of `wordWidth` characters: after a space on the line, or on
        /// lines of its own, cut `width` characters a line when it is wider than a line.
        func place(_ start: Int, _ end: Int, _ wordWidth: Int) {
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                if copyEnd > copyStart && copyEnd + 1 == start {
                    copyEnd = end
                } else {
                    flush()
                    output.append(0x20)
                    copyStart = start
                    copyEnd = end
                }
                lineWidth += 1 + wordWidth
                return
            }
            if lineWidth > 0 { newLine() }
            var start = start
            var wordWidth = wordWidth
            while wordWidth > width {
                var cut = start
                var seen = 0
                while cut < end {
                    if bytes[cut] & 0xC0 != 0x80 {
                        if seen == width { break }
                        seen += 1
                    }
                    cut += 1
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<cut]))
                newLine()
                start = cut
                wordWidth -= width
            }
            copyStart = start
            copyEnd = end
            lineWidth = wordWidth
        }
        // The word being gathered: its start, end and width (its joined words and spaces with it).
        var groupStart = 0
        var groupEnd = 0
        var groupWidth = 0
        var previous: Range<Int>?
        var start = 0
        while start <= count {
            var end = start
            var wordWidth = 0
            while end < count && bytes[end] != 0x20 {
                guard let length = DisplayWidth.simpleScalarLength(in: bytes, at: end) else { return false }
                wordWidth += 1
                end += length
            }
            if wordWidth > maxWordWidth { return false }
            if let left = previous, joins(bytes, left, start..<end) {
                groupEnd = end
                groupWidth += 1 + wordWidth
            } else {
                if groupWidth > 0 { place(groupStart, groupEnd, groupWidth) }
                groupStart = start
                groupEnd = end
                groupWidth = wordWidth
            }
            previous = start..<end
            start = end + 1
        }
        if groupWidth > 0 { place(groupStart, groupEnd, groupWidth) }
        flush()
        endLine(&output)
        return true
    }
}
