import Testing

/// The tests that drive a real terminal (tmux) or kill writers against fixed deadlines take turns:
/// on a machine of two cores, two of them at once make each other miss their deadlines. The trait
/// gives each test case of the suites marked `.oneAtATime` the turn in arrival order; the other
/// tests of the run go on beside it.
struct OneAtATime: TestTrait, SuiteTrait, TestScoping {
    var isRecursive: Bool { true }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        // The suite's own scope does not take the turn: each of its test cases takes it.
        guard testCase != nil else { return try await function() }
        await Turn.shared.take()
        do {
            try await function()
        } catch {
            await Turn.shared.pass()
            throw error
        }
        await Turn.shared.pass()
    }

    /// Whose turn it is: one holder, the others waiting in order.
    private actor Turn {
        static let shared = Turn()
        private var taken = false
        private var waiting: [CheckedContinuation<Void, Never>] = []

        func take() async {
            guard taken else {
                taken = true
                return
            }
            await withCheckedContinuation { waiting.append($0) }
        }

        func pass() {
            if waiting.isEmpty {
                taken = false
            } else {
                waiting.removeFirst().resume()
            }
        }
    }
}

extension Trait where Self == OneAtATime {
    /// Runs each test case only while no other test marked so runs.
    static var oneAtATime: Self { OneAtATime() }
}
