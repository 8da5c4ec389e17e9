import Foundation

/// The text of a CSV file: UTF-8, with a leading byte order mark tolerated.
enum CSVText {
    /// The file is not UTF-8; `line` is the physical line of the first invalid byte.
    struct InvalidUTF8: Error, Equatable {
        let line: Int
    }

    static func decode(_ data: Data) -> Result<String, InvalidUTF8> {
        let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        if let text = String(data: bytes, encoding: .utf8) {
            return .success(text)
        }
        return .failure(InvalidUTF8(line: lineOfFirstInvalidByte(bytes)))
    }

    /// Counts line ends (LF, CRLF or a lone CR) up to the first byte that is not valid UTF-8.
    private static func lineOfFirstInvalidByte(_ bytes: Data) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1
        var afterCR = false
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let byte = encoded.count == 1 ? encoded.first : nil
                if byte == 0x0D || (byte == 0x0A && !afterCR) { line += 1 }
                afterCR = byte == 0x0D
            case .error:
                return line
            case .emptyInput:
                return line
            }
        }
    }
}
