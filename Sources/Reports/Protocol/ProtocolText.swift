import EvaluationCore

/// The protocol's text as it is printed, written line by line into one growable buffer of UTF-8
/// bytes: the glue (U+00A0) written as a plain space, no spaces at the end of a line, control
/// characters escaped, every line ended by LF. Lines come as strings (`append(_:)`) or straight from
/// `SimpleWrap` (`appendWrapped`), so the annexes' long notes never become strings of their own.
struct ProtocolText {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ line: String) {
        var line = line
        guard line.withUTF8({ DisplayWidth.simpleWidth(utf8: $0) }) != nil else {
            bytes += String(line.map { $0 == ProtocolReport.glue ? " " : $0 }).trailingSpacesRemoved().escapingControlCharacters.utf8
            bytes.append(0x0A)
            return
        }
        line.withUTF8 { line in
            let start = bytes.count
            bytes.append(contentsOf: line)
            endLine(from: start)
        }
    }

    mutating func append(_ lines: [String]) {
        for line in lines { append(line) }
    }

    /// Lines of one-column text already laid out as bytes (with their glue): finished and appended.
    mutating func appendFinished(_ line: UnsafeBufferPointer<UInt8>) {
        let start = bytes.count
        bytes.append(contentsOf: line)
        endLine(from: start)
    }

    /// Appends bytes already finished (lines ended by LF) as they are.
    mutating func appendRaw(_ other: [UInt8]) {
        bytes += other
    }

    /// `SimpleWrap` of `text`, its first line after `first` and the others after `indent` spaces, each
    /// line finished; no line breaks at a space that `joins` glues. `false`, with nothing appended, when
    /// `text` is not one-column text or has a word wider than `maxWordWidth`.
    mutating func appendWrapped(_ text: UnsafeBufferPointer<UInt8>, first: UnsafeBufferPointer<UInt8>, indent: Int, width: Int,
                                maxWordWidth: Int, joins: SimpleWrap.Joins) -> Bool {
        let before = bytes.count
        var start = 0
        let wrapped = SimpleWrap.append(text, width: width, maxWordWidth: maxWordWidth, joins: joins, to: &bytes,
                                        beginLine: { bytes, index in
                                            start = bytes.count
                                            if index == 0 {
                                                bytes.append(contentsOf: first)
                                            } else {
                                                bytes.append(contentsOf: repeatElement(0x20, count: indent))
                                            }
                                        },
                                        endLine: { bytes in Self.endLine(&bytes, from: start) })
        if !wrapped { bytes.removeLast(bytes.count - before) }
        return wrapped
    }

    /// Ends the line that starts at `start`: each glue's two bytes (C2 A0) as one space, no spaces at
    /// the end, then LF. Valid only for one-column text, where C2 A0 is the glue and nothing else.
    private mutating func endLine(from start: Int) {
        Self.endLine(&bytes, from: start)
    }

    @inline(__always)
    static func endLine(_ bytes: inout [UInt8], from start: Int) {
        let end = bytes.count
        let kept = bytes.withUnsafeMutableBufferPointer { buffer -> Int in
            // Most lines have no glue: find the first one before moving anything.
            var read = start
            while read < end && buffer[read] != 0xC2 { read += 1 }
            var write = read
            while read < end {
                let byte = buffer[read]
                if byte == 0xC2 && read + 1 < end && buffer[read + 1] == 0xA0 {
                    buffer[write] = 0x20
                    read += 2
                } else {
                    buffer[write] = byte
                    read += 1
                }
                write += 1
            }
            while write > start && buffer[write - 1] == 0x20 { write -= 1 }
            return write
        }
        bytes.removeLast(end - kept)
        bytes.append(0x0A)
    }
}
