/// `TextLayout.wrap` of one-column text (`DisplayWidth.isSimple`: every character one scalar one
/// column wide, so no line break either) done on its UTF-8 bytes, where a character's width is 1 and
/// its bytes are a lead byte and its continuation bytes. The one copy of that wrapping: the lines of
/// `TextLayout.wrap` as strings and the protocol's field lines written straight into its bytes.
public enum SimpleWrap {
    /// Appends the lines of `TextLayout.wrap(text, width:)` to `output`, calling `beginLine(&output,
    /// index)` before the words of each line and `endLine(&output)` after them. With `validating`, the
    /// text is checked to be one-column text on the way and `false` returned as soon as it is not (what
    /// was appended is then to be discarded); without, the caller knows it is.
    @inline(__always)
    public static func append(_ bytes: UnsafeBufferPointer<UInt8>, width: Int, validating: Bool, to output: inout [UInt8],
                              beginLine: (inout [UInt8], Int) -> Void, endLine: (inout [UInt8]) -> Void) -> Bool {
        var lineIndex = 0
        var lineWidth = 0
        var index = 0
        let count = bytes.count
        beginLine(&output, lineIndex)
        func newLine() {
            endLine(&output)
            lineIndex += 1
            beginLine(&output, lineIndex)
        }
        while index < count {
            if bytes[index] == 0x20 {
                index += 1
                continue
            }
            // A word: up to the next space; its width is its count of lead bytes.
            var wordEnd = index
            var wordWidth = 0
            if validating {
                var scalar: UInt32 = 0
                var remaining = 0
                while wordEnd < count && bytes[wordEnd] != 0x20 {
                    let byte = bytes[wordEnd]
                    if byte & 0xC0 == 0x80 {
                        scalar = scalar << 6 | UInt32(byte & 0x3F)
                        remaining -= 1
                    } else {
                        wordWidth += 1
                        switch byte {
                        case ..<0x80: scalar = UInt32(byte); remaining = 0
                        case ..<0xE0: scalar = UInt32(byte & 0x1F); remaining = 1
                        case ..<0xF0: scalar = UInt32(byte & 0x0F); remaining = 2
                        default: return false
                        }
                    }
                    if remaining == 0 && !DisplayWidth.isSimple(scalar) { return false }
                    wordEnd += 1
                }
            } else {
                while wordEnd < count && bytes[wordEnd] != 0x20 {
                    if bytes[wordEnd] & 0xC0 != 0x80 { wordWidth += 1 }
                    wordEnd += 1
                }
            }
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                output.append(0x20)
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<wordEnd]))
                lineWidth += 1 + wordWidth
                index = wordEnd
                continue
            }
            if lineWidth > 0 { newLine() }
            // A word wider than the line is cut, `width` characters a line.
            while wordWidth > width {
                var end = index
                var seen = 0
                while end < wordEnd {
                    if bytes[end] & 0xC0 != 0x80 {
                        if seen == width { break }
                        seen += 1
                    }
                    end += 1
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                newLine()
                index = end
                wordWidth -= width
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<wordEnd]))
            lineWidth = wordWidth
            index = wordEnd
        }
        endLine(&output)
        return true
    }
}
