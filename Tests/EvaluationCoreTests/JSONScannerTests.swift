import Foundation
import Testing
@testable import EvaluationCore

/// The one JSON reader must agree with `JSONDecoder` on every document both accept, and refuse,
/// with a place, what the formats do not allow.
@Suite("The JSON reader")
struct JSONScannerTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `text` as `JSONEncoder` writes it with sorted keys: equal values, equal bytes.
    static func canonical(_ value: JSONValue) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(value)
    }

    /// Checks that the reader either refuses `data` or reads what `JSONDecoder` reads; returns whether it read it.
    @discardableResult
    static func agree(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        guard let fast = JSONScanner.parse(data) else { return false }
        let reference = try JSONDecoder().decode(JSONValue.self, from: data)
        #expect(fast == reference, sourceLocation: sourceLocation)
        #expect(try canonical(fast) == canonical(reference), sourceLocation: sourceLocation)
        return true
    }

    @Test("Every shipped procedure is read, and read as JSONDecoder reads it")
    func procedures() throws {
        let folder = Self.packageRoot.appendingPathComponent("Config/procedures")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(!files.isEmpty)
        for file in files {
            #expect(try Self.agree(Data(contentsOf: folder.appendingPathComponent(file))), "\(file)")
        }
    }

    @Test("Escapes, Unicode, numbers, literals and white space as JSONDecoder reads them", arguments: [
        #"{}"#, #"[]"#, " \t\r\n{ \"a\" : [ 1 , -2 , 0 , 123456789012345678 , true , false , null ] } \n",
        #"{"esc":"\" \\ \/ \b \f \n \r \t","u":"\u0041\u00e9\u0416\u20AC\ud83d\ude00","raw":"Оценка „добра“ – 5 т. 😀"}"#,
        #"{"nul":"a\u0000b","del":"\u007f","nested":{"x":{"y":[[],[{}],{"z":""}]}}}"#,
        #"[{"points":"3","note":""},{"points":null}]"#, #"{"":1,"é":2,"E":3}"#,
    ])
    func accepted(_ text: String) throws {
        #expect(try Self.agree(Data(text.utf8)))
    }

    @Test("Numbers, top-level values and a byte-order mark that it reads", arguments: [
        ("1", JSONValue.number(1)), ("\"text\"", .string("text")), ("true", .bool(true)), ("null", .null),
        (#"{"a":1.5}"#, .object(["a": .number(Decimal(string: "1.5")!)])), (#"{"a":1e3}"#, .object(["a": .number(1000)])),
        (#"{"a":-0}"#, .object(["a": .number(0)])), (#"{"a":1234567890123456789}"#, .object(["a": .number(Decimal(string: "1234567890123456789")!)])),
        ("\u{FEFF}{}", .object([:])), (#"{"a":-12.50E-1}"#, .object(["a": .number(Decimal(string: "-1.25")!)])),
    ])
    func readsMore(_ text: String, expected: JSONValue) {
        #expect(JSONScanner.parse(Data(text.utf8)) == expected)
    }

    @Test("What is not JSON, or not allowed, is refused with a line and a column", arguments: [
        "", " ", #"{"a":01}"#, #"{"a":1,"a":2}"#, #"{"e\u0301":1,"é":2}"#, #"{"a":"\ud800"}"#, #"{"a":"\udc00x"}"#, "{\"a\":\"\t\"}",
        #"{"a":1,}"#, #"[1,]"#, #"{"a" 1}"#, #"{'a':1}"#, #"[1 2]"#, #"{"a":tru}"#, #"{} x"#, #"{"a":"\x"}"#,
        #"{"a":NaN}"#, #"{"a":"\u12"}"#, #"{"a":1."}"#, #"{"a":-}"#, #"{"a":1e}"#, #"{"a":"#, #"{"a":"x"#,
    ])
    func refused(_ text: String) {
        guard case .failure(let error) = JSONScanner.read(Data(text.utf8)) else {
            Issue.record("read \(text)")
            return
        }
        #expect(error.line != nil || error.message.english == "the file is empty")
        #expect(!error.message.bulgarian.isEmpty && !error.message.english.isEmpty)
    }

    @Test("Bytes that are not UTF-8 are refused with their line and column")
    func invalidUTF8() {
        for bytes: [UInt8] in [[0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D], [0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D], [0x7B, 0x7D, 0x80]] {
            guard case .failure(let error) = JSONScanner.read(Data(bytes)) else {
                Issue.record("read \(bytes)")
                continue
            }
            #expect(error.message.english.contains("not UTF-8"))
            #expect(error.line == 1)
        }
    }

    @Test("Nesting deeper than the limit is refused")
    func depth() throws {
        let shallow = String(repeating: "[", count: JSONScanner.maximumDepth) + String(repeating: "]", count: JSONScanner.maximumDepth)
        #expect(try Self.agree(Data(shallow.utf8)))
        let deep = String(repeating: "[", count: JSONScanner.maximumDepth + 1) + String(repeating: "]", count: JSONScanner.maximumDepth + 1)
        #expect(JSONScanner.parse(Data(deep.utf8)) == nil)
    }

    @Test("Strings with an escape, a control character or a non-ASCII letter at every position of the eight-byte steps")
    func everyPosition() throws {
        for length in 0..<24 {
            for (special, readable) in [("\\n", true), ("\\u0416", true), ("\t", false), ("\u{1}", false), ("ж", true), ("😀", true), ("", true)] {
                let text = String(repeating: "a", count: length) + special + String(repeating: "b", count: length % 9)
                let document = Data("{\"k\":\"\(text)\",\"n\":[\"\(text)\"]}".utf8)
                #expect(try Self.agree(document) == readable, "\(length) \(special)")
            }
        }
    }

    @Test("Random documents: read as JSONDecoder reads them, or refused")
    func random() throws {
        var generator = SeededGenerator(seed: 2_025)
        var read = 0
        for _ in 0..<400 {
            let text = Self.randomDocument(&generator, depth: 0)
            if try Self.agree(Data(text.utf8)) { read += 1 }
        }
        #expect(read > 300)
    }

    /// `read(_:discarding:)` accepts what `read` accepts, and gives its value with the discarded
    /// members' values as `.null`.
    static func agreeDiscarding(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        bytes.withUnsafeBytes { raw in
            let full = try? JSONScanner.read(raw).get()
            let lean = try? JSONScanner.read(raw, discarding: ["before", "after"]).get()
            var expected = full
            if case .object(var members)? = full {
                for key in ["before", "after"] where members[key] != nil { members[key] = .null }
                expected = .object(members)
            }
            #expect(lean == expected, "\(String(decoding: bytes, as: UTF8.self))", sourceLocation: sourceLocation)
        }
    }

    @Test("Discarding the values of top-level keys accepts exactly what reading them accepts")
    func discarding() {
        var generator = SeededGenerator(seed: 14)
        for _ in 0..<400 {
            let value = Self.randomDocument(&generator, depth: 1)
            let other = Self.randomDocument(&generator, depth: 1)
            Self.agreeDiscarding(Array("{\"at\":\"x\",\"before\":\(value),\"after\":\(other)}".utf8))
        }
        let refused = [#"{"a":1,"a":2}"#, #"{"x":{"y":1,"y":2}}"#, #"{"x":"\ud800"}"#, #"{"x":"\t"}"#, #"{"x":[1,]}"#, #"{"x":01}"#,
                       #"{"x":tru}"#, #"{"x":"\x"}"#, #"{"x":"#, "{\"x\":\"\t\"}"]
        for text in refused {
            Self.agreeDiscarding(Array(text.replacingOccurrences(of: "\"x\"", with: "\"after\"").utf8))
        }
        let invalid: [[UInt8]] = [[0xC3, 0x28], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0xAF],
                                  [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0x80], [0xE2, 0x82], [0xD0, 0x96], [0xF0, 0x9F, 0x98, 0x80]]
        for bytes in invalid {
            for length in 0..<10 {
                let padding = Array(repeating: UInt8(ascii: "a"), count: length)
                Self.agreeDiscarding(Array(#"{"before":{"k":""#.utf8) + padding + bytes + padding + Array(#""}}"#.utf8))
                Self.agreeDiscarding(Array(#"{"after":[""#.utf8) + bytes + padding + Array(#""]}"#.utf8))
            }
        }
        let deep = String(repeating: "[", count: JSONScanner.maximumDepth) + String(repeating: "]", count: JSONScanner.maximumDepth)
        Self.agreeDiscarding(Array("{\"after\":\(deep)}".utf8))
    }

    @Test("A key written twice inside a discarded value is refused however it is written, in short and long objects")
    func discardedDuplicateKeys() {
        // Pairs of spellings of one key (escapes of ASCII, a canonically equal non-ASCII one), and of two keys.
        let pairs = [(#""a""#, #""\u0061""#), (#""$.s[\"1\"]""#, #""$.s[\u0022\u0031\"]""#), (#""K""#, "\"\u{212A}\""),
                     (#""\u212a""#, #""K""#), (#""é""#, "\"e\u{301}\""), (#""a\/b""#, #""a/b""#), (#""\t""#, #""\u0009""#),
                     (#""a""#, #""A""#), (#""ab""#, #""a""#), (#""\u0080""#, #""\u0081""#)]
        for (first, second) in pairs {
            for filler in [0, 3, 15, 16, 17, 40] {
                let others = (0..<filler).map { "\"k\($0)\":\($0)" }
                for place in Set([0, filler / 2, filler]) {
                    var members = others
                    members.insert("\(second):2", at: place)
                    members.insert("\(first):1", at: 0)
                    Self.agreeDiscarding(Array("{\"after\":{\(members.joined(separator: ","))}}".utf8))
                    Self.agreeDiscarding(Array("{\"before\":[{\"x\":{\(members.joined(separator: ","))}}]}".utf8))
                }
            }
        }
    }

    /// A random object (at the top) or value, with escaped and raw text, numbers and literals.
    static func randomDocument(_ generator: inout SeededGenerator, depth: Int) -> String {
        let pieces = ["a", "б", "\\n", "\\\"", "\\u0416", "\\ud83d\\ude00", " ", "„", "😀", "\\\\", "\\t", "\\/", "é", "e\u{301}"]
        func text(_ generator: inout SeededGenerator) -> String {
            "\"" + (0..<generator.number(below: 6)).map { _ in pieces[generator.number(below: pieces.count)] }.joined() + "\""
        }
        let choice = depth == 0 ? 0 : generator.number(below: depth > 3 ? 6 : 8)
        switch choice {
        case 0:
            let keys = (0..<generator.number(below: 5)).map { _ in text(&generator) }
            return "{" + keys.map { "\($0) : \(randomDocument(&generator, depth: depth + 1))" }.joined(separator: ",") + "}"
        case 1: return "[" + (0..<generator.number(below: 4)).map { _ in randomDocument(&generator, depth: depth + 1) }.joined(separator: ", ") + "]"
        case 2: return String(generator.number(below: 2_000_000) - 1_000_000)
        case 3: return ["true", "false", "null"][generator.number(below: 3)]
        default: return text(&generator)
        }
    }
}
