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

    /// Parses `data` as UTF-8 JSON (see `JSONScanner`: every input gives a value or an error
    /// naming the line, the column and, inside the document, the JSON path).
    public static func parse(_ data: Data) -> Result<JSONValue, JSONSyntaxError> {
        JSONScanner.read(data)
    }

    /// The document in `bytes`; `nil` when it is not JSON (or has a key twice in one object).
    public init?(strictlyParsing bytes: UnsafeRawBufferPointer) {
        guard case .success(let value) = JSONScanner.read(bytes) else { return nil }
        self = value
    }

    /// `init?(strictlyParsing:)` with the values of the top-level object's `keys` checked but not
    /// kept: `.null` stands in their place (for the large values a reader does not need).
    public init?(strictlyParsing bytes: UnsafeRawBufferPointer, discarding keys: Set<String>) {
        guard case .success(let value) = JSONScanner.read(bytes, discarding: keys) else { return nil }
        self = value
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
    ///
    /// The two documents are walked side by side and equal parts skipped, so that a long document
    /// with one change (`chair/exports.json` gaining its last entries) costs a comparison, not a path
    /// for each of its leaves; the result is that of comparing every leaf by its path (but that it
    /// tells apart keys whose paths are written alike, such as one holding `"]`).
    public static func difference(from old: JSONValue?, to new: JSONValue?) -> (before: JSONValue, after: JSONValue) {
        var before: [String: JSONValue] = [:]
        var after: [String: JSONValue] = [:]
        collectDifference(old, new, at: .root, before: &before, after: &after)
        return (.object(before), .object(after))
    }

    private static func collectDifference(_ old: JSONValue?, _ new: JSONValue?, at path: JSONPath,
                                          before: inout [String: JSONValue], after: inout [String: JSONValue]) {
        if old == new { return }
        switch (old, new) {
        case (.object(let oldValues)?, .object(let newValues)?) where !oldValues.isEmpty && !newValues.isEmpty:
            for key in Set(oldValues.keys).union(newValues.keys) {
                collectDifference(oldValues[key], newValues[key], at: path.appending(key), before: &before, after: &after)
            }
        case (.array(let oldValues)?, .array(let newValues)?) where !oldValues.isEmpty && !newValues.isEmpty:
            for index in 0..<max(oldValues.count, newValues.count) {
                collectDifference(index < oldValues.count ? oldValues[index] : nil, index < newValues.count ? newValues[index] : nil,
                                  at: path.appending(index), before: &before, after: &after)
            }
        default:
            let oldLeaves = old?.leaves(at: path) ?? [:]
            let newLeaves = new?.leaves(at: path) ?? [:]
            for leaf in Set(oldLeaves.keys).union(newLeaves.keys) where oldLeaves[leaf] != newLeaves[leaf] {
                before[leaf] = oldLeaves[leaf] ?? .null
                after[leaf] = newLeaves[leaf] ?? .null
            }
        }
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

    init(of offset: Int, in bytes: UnsafeRawBufferPointer) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<end where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        self.line = line
        self.column = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[lineStart..<end]), as: UTF8.self).count + 1
    }
}

/// A text that is not JSON: where, and what was wrong.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    public let line: Int?
    public let column: Int?
    /// Where inside the document, when the reader was inside an object or an array.
    public let path: JSONPath?
    public let message: LocalizedText

    init(line: Int?, column: Int?, path: JSONPath?, message: LocalizedText) {
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// "$.scores.x, ред 3, колона 5" / "$.scores.x, line 3, column 5"; empty when there is no place.
    public var place: LocalizedText {
        var bg = line.map { l in column.map { "ред \(l), колона \($0)" } ?? "ред \(l)" } ?? ""
        var en = line.map { l in column.map { "line \(l), column \($0)" } ?? "line \(l)" } ?? ""
        if let path {
            bg = bg.isEmpty ? path.description : "\(path), \(bg)"
            en = en.isEmpty ? path.description : "\(path), \(en)"
        }
        return LocalizedText(bg: bg, en: en)
    }

    /// The error as a validation issue of its file.
    public var issue: ValidationIssue {
        ValidationIssue(place: place, message: message)
    }
}
