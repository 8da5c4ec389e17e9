import Foundation

/// A parsed JSON document that keeps numbers exact (as `Decimal`), so that amounts and points can be
/// checked from their text and every problem reported with its path.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Decimal)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses `data` as UTF-8 JSON. The error names the line and column where the text stops being JSON.
    public static func parse(_ data: Data) -> Result<JSONValue, JSONSyntaxError> {
        if let value = JSONScanner.parse(data) { return .success(value) }
        return parseWithDecoder(data)
    }

    /// The document in `bytes` when the fast reader is sure of it (see `JSONScanner`); `nil` when
    /// `JSONDecoder` has to decide — the document may still be valid JSON.
    public init?(strictlyParsing bytes: UnsafeRawBufferPointer) {
        guard let value = JSONScanner.parse(bytes) else { return nil }
        self = value
    }

    /// Parses `data` with `JSONDecoder`: the reading `JSONScanner` leaves every document it is not
    /// sure of to, and the source of every syntax error's message.
    static func parseWithDecoder(_ data: Data) -> Result<JSONValue, JSONSyntaxError> {
        if let invalidOffset = firstInvalidUTF8Offset(data) {
            let position = TextPosition(of: invalidOffset, in: data)
            return .failure(JSONSyntaxError(
                line: position.line, column: position.column,
                message: LocalizedText(
                    bg: "файлът не е текст в UTF-8 (невалиден байт на ред \(position.line), колона \(position.column))",
                    en: "the file is not UTF-8 text (invalid byte at line \(position.line), column \(position.column))")))
        }
        do {
            return .success(try JSONDecoder().decode(JSONValue.self, from: data))
        } catch {
            return .failure(JSONSyntaxError(describing: error, in: data))
        }
    }

    /// A short name of the value's JSON type, for messages.
    public var typeName: LocalizedText {
        switch self {
        case .null: LocalizedText(bg: "null", en: "null")
        case .bool: LocalizedText(bg: "логическа стойност", en: "a boolean")
        case .number: LocalizedText(bg: "число", en: "a number")
        case .string: LocalizedText(bg: "текст", en: "a string")
        case .array: LocalizedText(bg: "списък", en: "an array")
        case .object: LocalizedText(bg: "обект", en: "an object")
        }
    }

    private static func firstInvalidUTF8Offset(_ data: Data) -> Int? {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                offset = consumed
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}

extension JSONValue: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let values): try container.encode(values)
        case .object(let values): try container.encode(values)
        }
    }
}

extension JSONValue {
    /// Every leaf of the document by its path (`$.scores["1.1"].note`); empty objects and arrays
    /// are leaves too, so that a change from `{}` to `{…}` is seen.
    public func leaves(at path: JSONPath = .root) -> [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        collectLeaves(at: path, into: &result)
        return result
    }

    private func collectLeaves(at path: JSONPath, into result: inout [String: JSONValue]) {
        switch self {
        case .object(let values) where !values.isEmpty:
            for (key, value) in values { value.collectLeaves(at: path.appending(key), into: &result) }
        case .array(let values) where !values.isEmpty:
            for (index, value) in values.enumerated() { value.collectLeaves(at: path.appending(index), into: &result) }
        default:
            result[path.description] = self
        }
    }

    /// What changed from `old` to `new`: the paths whose leaves differ, with the old and the new
    /// value (`null` where a path is absent on one side).
    public static func difference(from old: JSONValue?, to new: JSONValue?) -> (before: JSONValue, after: JSONValue) {
        let oldLeaves = old?.leaves() ?? [:]
        let newLeaves = new?.leaves() ?? [:]
        var before: [String: JSONValue] = [:]
        var after: [String: JSONValue] = [:]
        for path in Set(oldLeaves.keys).union(newLeaves.keys) where oldLeaves[path] != newLeaves[path] {
            before[path] = oldLeaves[path] ?? .null
            after[path] = newLeaves[path] ?? .null
        }
        return (.object(before), .object(after))
    }
}

extension JSONValue: Decodable {
    public init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var values: [JSONValue] = []
            if let count = array.count { values.reserveCapacity(count) }
            while !array.isAtEnd { values.append(try array.decode(JSONValue.self)) }
            self = .array(values)
            return
        }
        if let object = try? decoder.container(keyedBy: AnyKey.self) {
            var values: [String: JSONValue] = [:]
            for key in object.allKeys {
                values[key.stringValue] = try object.decode(JSONValue.self, forKey: key)
            }
            self = .object(values)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let bool = try? single.decode(Bool.self) {
            self = .bool(bool)
        } else if let string = try? single.decode(String.self) {
            self = .string(string)
        } else {
            self = .number(try single.decode(Decimal.self))
        }
    }

    private struct AnyKey: CodingKey {
        let stringValue: String
        let intValue: Int? = nil
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

/// Where in a text a byte offset falls, counted from 1.
struct TextPosition {
    let line: Int
    let column: Int

    init(of offset: Int, in data: Data) {
        var line = 1
        var lineStart = 0
        for (index, byte) in data.prefix(offset).enumerated() where byte == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let columnBytes = data[data.startIndex + lineStart ..< data.startIndex + min(offset, data.count)]
        self.line = line
        self.column = (String(decoding: columnBytes, as: UTF8.self).count) + 1
    }
}

/// A text that is not JSON: where, and what the reader said.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    public let line: Int?
    public let column: Int?
    public let message: LocalizedText

    init(line: Int?, column: Int?, message: LocalizedText) {
        self.line = line
        self.column = column
        self.message = message
    }

    init(describing error: any Error, in data: Data) {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            self.init(line: nil, column: nil, message: LocalizedText(bg: "файлът е празен", en: "the file is empty"))
            return
        }
        var line: Int?
        var column: Int?
        if let offset = JSONSyntaxError.offsetOfSyntaxError(in: data) {
            let position = TextPosition(of: offset, in: data)
            line = position.line
            column = position.column
        }
        let place = line.map { l in column.map { " (ред \(l), колона \($0))" } ?? " (ред \(l))" } ?? ""
        let placeEn = line.map { l in column.map { " (line \(l), column \($0))" } ?? " (line \(l))" } ?? ""
        let detail = JSONSyntaxError.detail(of: error)
        self.init(
            line: line, column: column,
            message: LocalizedText(
                bg: "файлът не е валиден JSON\(place)",
                en: "the file is not valid JSON\(placeEn): \(detail)"))
    }

    /// Where the text stops being JSON: `JSONDecoder` does not say, `JSONSerialization` does
    /// ("… around character 26.").
    private static func offsetOfSyntaxError(in data: Data) -> Int? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
            guard let range = text.range(of: "character ") else { return nil }
            return Int(text[range.upperBound...].prefix { $0.isNumber })
        }
    }

    private static func detail(of error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            if let underlying = context.underlyingError {
                return String(describing: underlying)
            }
            return context.debugDescription
        }
        return String(describing: error)
    }
}
