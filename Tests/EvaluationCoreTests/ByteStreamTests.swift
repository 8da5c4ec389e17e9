@testable import EvaluationCore
import Foundation
import Testing

@Suite("A document's batches made one ahead while the one before is handled (ByteStream.forEachBatch)")
struct ByteStreamTests {
    /// Counts the batches being made and held at once, and which were made.
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var alive = 0
        private(set) var mostAlive = 0
        private(set) var made: [Int] = []

        func making(_ index: Int) {
            lock.withLock {
                alive += 1
                mostAlive = max(mostAlive, alive)
                made.append(index)
            }
        }

        func handled() {
            lock.withLock { alive -= 1 }
        }
    }

    struct Stop: Error {}

    static func stream(_ count: Int, _ tally: Tally) -> ByteStream {
        ByteStream(batchCount: count) { index in
            tally.making(index)
            // Slow enough that the handling of the batch before overlaps it.
            Thread.sleep(forTimeInterval: 0.002)
            return [Array("batch \(index);".utf8), Array(repeating: UInt8(index % 256), count: index % 7)]
        }
    }

    @Test("Every batch once, in order, the same bytes as made one by one; never more than two held at once", arguments: [0, 1, 2, 3, 17])
    func inOrder(count: Int) {
        let tally = Tally()
        var seen: [[UInt8]] = []
        Self.stream(count, tally).forEachBatch { batch in
            seen.append(batch.flatMap { $0 })
            Thread.sleep(forTimeInterval: 0.001)
            tally.handled()
        }
        let expected = (0..<count).map { index in Self.stream(count, Tally()).batch(index).flatMap { $0 } }
        #expect(seen == expected)
        #expect(tally.made == Array(0..<count))
        #expect(tally.mostAlive <= 2)
    }

    @Test("When the handling throws, the error comes out, the batch being made is waited for and nothing after it is made")
    func throwing() {
        let tally = Tally()
        var handled = 0
        #expect(throws: Stop.self) {
            try Self.stream(10, tally).forEachBatch { (_: [[UInt8]]) throws(Stop) in
                handled += 1
                if handled == 4 { throw Stop() }
            }
        }
        #expect(handled == 4)
        // Batch 4 was being made when batch 3 failed; it is waited for, and no batch after it begins.
        #expect(tally.made == Array(0...4))
    }
}
