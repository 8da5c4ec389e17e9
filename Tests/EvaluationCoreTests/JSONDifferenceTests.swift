import EvaluationCore
import Foundation
import Testing

/// `JSONValue.difference` walks two documents side by side; it must give what comparing every leaf
/// of both by its path gives (the audit line's `before` and `after`).
@Suite("What changed between two documents")
struct JSONDifferenceTests {
    /// Every leaf of both documents compared by its path.
    static func byLeaves(from old: JSONValue?, to new: JSONValue?) -> (before: JSONValue, after: JSONValue) {
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

    private static let keys = ["a", "b", "1.1", "note", "exports", "a.b", "[0]", "ж", ""]

    static func randomValue(_ generator: inout SeededGenerator, depth: Int) -> JSONValue {
        switch generator.number(below: depth > 3 ? 4 : 6) {
        case 0: return .null
        case 1: return .bool(generator.number(below: 2) == 0)
        case 2: return .number(Decimal(generator.number(below: 5)))
        case 3: return .string(["", "x", "Обосновка", "x"][generator.number(below: 4)])
        case 4:
            var values: [String: JSONValue] = [:]
            for _ in 0..<generator.number(below: 4) { values[keys[generator.number(below: keys.count)]] = randomValue(&generator, depth: depth + 1) }
            return .object(values)
        default:
            return .array((0..<generator.number(below: 4)).map { _ in randomValue(&generator, depth: depth + 1) })
        }
    }

    /// `value` with a few random changes deep inside: a value replaced, a member added or removed,
    /// an element appended or removed.
    static func mutated(_ value: JSONValue, _ generator: inout SeededGenerator, depth: Int = 0) -> JSONValue {
        switch value {
        case .object(var values) where !values.isEmpty && generator.number(below: 4) != 0:
            let key = values.keys.sorted()[generator.number(below: values.count)]
            switch generator.number(below: 4) {
            case 0: values[key] = nil
            case 1: values[keys[generator.number(below: keys.count)]] = randomValue(&generator, depth: depth + 1)
            default: values[key] = mutated(values[key] ?? .null, &generator, depth: depth + 1)
            }
            return .object(values)
        case .array(var values) where !values.isEmpty && generator.number(below: 4) != 0:
            switch generator.number(below: 4) {
            case 0: values.removeLast()
            case 1: values.append(randomValue(&generator, depth: depth + 1))
            default:
                let index = generator.number(below: values.count)
                values[index] = mutated(values[index], &generator, depth: depth + 1)
            }
            return .array(values)
        default:
            return generator.number(below: 3) == 0 ? value : randomValue(&generator, depth: depth)
        }
    }

    @Test("On random documents and random changes: the same as comparing every leaf")
    func random() {
        var generator = SeededGenerator(seed: 2_026)
        var changed = 0
        for _ in 0..<3_000 {
            let old = Self.randomValue(&generator, depth: 0)
            let new = Self.mutated(old, &generator)
            let walked = JSONValue.difference(from: old, to: new)
            let reference = Self.byLeaves(from: old, to: new)
            #expect(walked.before == reference.before, "\(old) → \(new)")
            #expect(walked.after == reference.after, "\(old) → \(new)")
            if case .object(let values) = walked.after, !values.isEmpty { changed += 1 }
            #expect(JSONValue.difference(from: nil, to: new) == Self.byLeaves(from: nil, to: new))
            #expect(JSONValue.difference(from: old, to: nil) == Self.byLeaves(from: old, to: nil))
        }
        #expect(changed > 1_000)
    }

    @Test("A long list that gained entries at its end: only their leaves")
    func appendedEntries() throws {
        let entry = { (index: Int) -> JSONValue in
            .object(["file": .string("exports/protocol-\(index).txt"), "sha256": .string(String(repeating: "a", count: 64)), "by": .string("chair")])
        }
        let old = JSONValue.object(["format": .number(1), "exports": .array((0..<3_000).map(entry))])
        let new = JSONValue.object(["format": .number(1), "exports": .array((0..<3_002).map(entry))])
        let difference = JSONValue.difference(from: old, to: new)
        #expect(difference.after == .object([
            "$.exports[3000].file": .string("exports/protocol-3000.txt"), "$.exports[3000].sha256": .string(String(repeating: "a", count: 64)),
            "$.exports[3000].by": .string("chair"),
            "$.exports[3001].file": .string("exports/protocol-3001.txt"), "$.exports[3001].sha256": .string(String(repeating: "a", count: 64)),
            "$.exports[3001].by": .string("chair"),
        ]))
        #expect(difference == Self.byLeaves(from: old, to: new))
    }
}
