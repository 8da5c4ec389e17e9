/// Why `JSONScanner` stopped: the byte offset, the reason, and the path from the root to where it
/// stopped (filled in as the failure leaves each object and array, so a document that reads costs
/// nothing for it).
extension JSONScanner {
    struct Failure: Error {
        enum Expected {
            case value, key, colon, commaOrBrace, commaOrBracket, closingQuote

            var text: LocalizedText {
                switch self {
                case .value: LocalizedText(bg: "стойност (обект, списък, текст, число, true, false или null)",
                                           en: "a value (an object, an array, a string, a number, true, false or null)")
                case .key: LocalizedText(bg: "име на поле в кавички", en: "a field name in quotes")
                case .colon: LocalizedText(bg: "„:“ след името на полето", en: "\":\" after the field name")
                case .commaOrBrace: LocalizedText(bg: "„,“ или „}“", en: "\",\" or \"}\"")
                case .commaOrBracket: LocalizedText(bg: "„,“ или „]“", en: "\",\" or \"]\"")
                case .closingQuote: LocalizedText(bg: "затваряща кавичка", en: "a closing quote")
                }
            }
        }

        enum Reason {
            case empty
            case trailingText
            case endOfFile(expected: Expected)
            case unexpected(byte: UInt8, expected: Expected)
            case tooDeep
            case duplicateKey(String, firstOffset: Int?)
            case badLiteral
            case badNumber
            case numberOutOfRange(digits: Int?)
            case unterminatedString
            case controlCharacter(UInt8)
            case badEscape
            case badUnicodeEscape
            case notUTF8
        }

        let offset: Int
        let reason: Reason
        /// From the innermost component out.
        var reversedPath: [JSONPath.Component] = []

        init(offset: Int, reason: Reason) {
            self.offset = offset
            self.reason = reason
        }

        func inside(_ component: JSONPath.Component) -> Failure {
            var failure = self
            failure.reversedPath.append(component)
            return failure
        }

        /// The error as messages give it. Text that is not UTF-8 before the place is named first:
        /// it is the likelier cause.
        func syntaxError(in bytes: UnsafeRawBufferPointer) -> JSONSyntaxError {
            if let invalid = JSONScanner.firstInvalidUTF8Offset(UnsafeRawBufferPointer(rebasing: bytes[0..<min(bytes.count, offset + 4)])),
               invalid <= offset {
                let position = TextPosition(of: invalid, in: bytes)
                return JSONSyntaxError(line: position.line, column: position.column, path: nil, message: LocalizedText(
                    bg: "файлът не е текст в UTF-8 (невалиден байт на ред \(position.line), колона \(position.column))",
                    en: "the file is not UTF-8 text (invalid byte at line \(position.line), column \(position.column))"))
            }
            let position = TextPosition(of: offset, in: bytes)
            let path = reversedPath.isEmpty ? nil : JSONPath(reversedPath.reversed())
            if case .empty = reason {
                return JSONSyntaxError(line: nil, column: nil, path: nil,
                                       message: LocalizedText(bg: "файлът е празен", en: "the file is empty"))
            }
            return JSONSyntaxError(line: position.line, column: position.column, path: path, message: message(in: bytes))
        }

        private func message(in bytes: UnsafeRawBufferPointer) -> LocalizedText {
            let invalid = LocalizedText(bg: "файлът не е валиден JSON", en: "the file is not valid JSON")
            func syntax(_ bg: String, _ en: String) -> LocalizedText {
                LocalizedText(bg: "\(invalid.bulgarian): \(bg)", en: "\(invalid.english): \(en)")
            }
            switch reason {
            case .empty:
                return LocalizedText(bg: "файлът е празен", en: "the file is empty")
            case .trailingText:
                return syntax("след края на документа има още текст", "there is more text after the end of the document")
            case .endOfFile(let expected):
                return syntax("файлът свършва, а се очаква \(expected.text.bulgarian) (отрязан ли е?)",
                              "the file ends where \(expected.text.english) is expected (was it cut short?)")
            case .unexpected(_, let expected):
                let shown = Self.character(at: offset, in: bytes)
                return syntax("неочакван знак „\(shown)“; очаква се \(expected.text.bulgarian)",
                              "unexpected character \"\(shown)\"; expected \(expected.text.english)")
            case .tooDeep:
                return syntax("обектите и списъците са вложени на повече от \(JSONScanner.maximumDepth) нива",
                              "objects and arrays are nested more than \(JSONScanner.maximumDepth) levels deep")
            case .duplicateKey(let key, let firstOffset):
                let shown = key.escapingControlCharacters
                let first = firstOffset.map { TextPosition(of: $0, in: bytes) }
                let whereBG = first.map { " (първо на ред \($0.line), колона \($0.column))" } ?? ""
                let whereEN = first.map { " (first at line \($0.line), column \($0.column))" } ?? ""
                return LocalizedText(
                    bg: "полето „\(shown)“ се среща повече от веднъж в един обект\(whereBG); всяко поле се записва само веднъж",
                    en: "the field \"\(shown)\" appears more than once in one object\(whereEN); each field is written only once")
            case .badLiteral:
                return syntax("очаква се true, false или null", "expected true, false or null")
            case .badNumber:
                return syntax("неправилно записано число (без водещи нули, с цифри след „.“ и след „e“)",
                              "a malformed number (no leading zeros, digits after \".\" and after \"e\")")
            case .numberOutOfRange(let digits):
                let detail = digits.map { LocalizedText(bg: "\($0) значещи цифри", en: "\($0) significant digits") }
                    ?? LocalizedText(bg: "степента е извън ±127", en: "the exponent is beyond ±127")
                return LocalizedText(
                    bg: "числото е извън обхвата, който програмата чете точно (\(detail.bulgarian); "
                        + "най-много \(JSONScanner.maximumSignificantDigits) значещи цифри и степен до ±127)",
                    en: "the number is beyond what the program reads exactly (\(detail.english); "
                        + "at most \(JSONScanner.maximumSignificantDigits) significant digits and an exponent within ±127)")
            case .unterminatedString:
                return syntax("текстът, започнат тук, не е затворен с кавичка (отрязан ли е файлът?)",
                              "the string that starts here is not closed with a quote (was the file cut short?)")
            case .controlCharacter(let byte):
                let name = ControlCharacters.name(Unicode.Scalar(byte))
                return syntax("управляващ знак \(name) в текст; в JSON се записва екраниран (напр. \\n, \\t)",
                              "the control character \(name) in a string; JSON writes it escaped (e.g. \\n, \\t)")
            case .badEscape:
                return syntax("непознато екраниране; позволени са \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX",
                              "an unknown escape; allowed are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
            case .badUnicodeEscape:
                return syntax("неправилно \\uXXXX (четири шестнадесетични цифри; сурогатите само по двойки)",
                              "a malformed \\uXXXX (four hexadecimal digits; surrogates only in pairs)")
            case .notUTF8:
                return LocalizedText(bg: "файлът не е текст в UTF-8", en: "the file is not UTF-8 text")
            }
        }

        /// The character that starts at `offset`, control characters escaped.
        private static func character(at offset: Int, in bytes: UnsafeRawBufferPointer) -> String {
            guard offset < bytes.count else { return "" }
            let end = min(bytes.count, offset + 4)
            let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
            return text.first.map { String($0).escapingControlCharacters } ?? ""
        }
    }
}
