import Foundation
import TestSupport
import Testing

/// The tests' own child-process runner: both pipes read at once, and a time limit.
@Suite("Running a child process in the tests")
struct ChildProcessTests {
    @Test("A child writing 200 KB to standard error and then to standard output ends and both are read whole")
    func bothPipes() throws {
        let result = try ChildProcess.run("/bin/sh", arguments: ["-c", "head -c 200000 /dev/zero | tr '\\\\0' x >&2; echo done"],
                                          environment: ProcessInfo.processInfo.environment)
        #expect(result.status == 0)
        #expect(result.errorOutput.count == 200_000)
        #expect(result.output == "done\n")
    }

    @Test("A child that does not end within the limit is killed and the run fails")
    func timeLimit() throws {
        let started = ContinuousClock.now
        #expect(throws: ChildProcess.Failure.self) {
            _ = try ChildProcess.run("/bin/sleep", arguments: ["30"], environment: [:], timeLimit: .milliseconds(500))
        }
        #expect(ContinuousClock.now - started < .seconds(10))
    }
}
