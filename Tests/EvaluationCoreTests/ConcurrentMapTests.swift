@testable import EvaluationCore
import Foundation
import Testing

@Suite("A map spread over the cores (Array.concurrentMap): the results in order, each moved out once", .serialized)
struct ConcurrentMapTests {
    /// Counts the instances alive, so that a result copied and not released, or released twice,
    /// shows.
    final class Counted: @unchecked Sendable {
        nonisolated(unsafe) static var alive = 0
        private static let lock = NSLock()
        let value: Int
        let text: String

        init(_ value: Int) {
            self.value = value
            text = String(repeating: "оценка ", count: value % 5 + 1) + String(value)
            Self.lock.withLock { Self.alive += 1 }
        }

        deinit {
            Self.lock.withLock { Self.alive -= 1 }
        }
    }

    @Test("The same results as map, for counts below, at and above the threshold and the chunks", arguments: [0, 1, 2, 63, 64, 65, 1_000, 4_099])
    func sameAsMap(count: Int) {
        let numbers = Array(0..<count)
        let mapped = numbers.concurrentMap { number in (number, String(number * 7), [UInt8](repeating: UInt8(number % 256), count: number % 9)) }
        let expected = numbers.map { number in (number, String(number * 7), [UInt8](repeating: UInt8(number % 256), count: number % 9)) }
        #expect(mapped.count == expected.count)
        #expect(zip(mapped, expected).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 && $0.2 == $1.2 })
    }

    @Test("Every result made is alive once while held and freed once after", arguments: [3, 64, 500, 3_001])
    func ownership(count: Int) {
        let before = Counted.alive
        do {
            let results = Array(0..<count).concurrentMap(minimumCount: 2) { Counted($0) }
            #expect(results.map(\.value) == Array(0..<count))
            #expect(results.allSatisfy { $0.text.hasSuffix(String($0.value)) })
            #expect(Counted.alive - before == count)
        }
        #expect(Counted.alive == before)
    }
}
