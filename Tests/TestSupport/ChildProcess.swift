import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to completion and collects what it printed, for
/// end-to-end tests.
///
/// It uses `posix_spawn` and `waitpid` rather than Foundation's `Process`
/// for two reasons seen under Swift Testing on Linux: the test threads
/// block most signals and `Process` passes that mask on, so a tmux server
/// started from a test could not see SIGCHLD or SIGTERM; and `Process`
/// sometimes never noticed its child's exit. Here the child starts with
/// an empty signal mask and default signal actions, and is reaped
/// directly.
public struct ChildProcess {
    /// How a run ended.
    public struct Result: Sendable {
        /// The exit status, or 128 + the signal number that ended it.
        public let status: Int32
        public let output: String
        public let errorOutput: String
    }

    /// A system call that failed before the program could run.
    public struct Failure: Error, CustomStringConvertible {
        public let call: String
        public let code: Int32

        public var description: String {
            "\(call) failed: \(String(cString: strerror(code)))"
        }
    }

    /// Runs `executable` with `arguments` and `environment` in `directory`
    /// (default: the test's own), standard input from /dev/null, and waits
    /// for it to end.
    public static func run(_ executable: String, arguments: [String], environment: [String: String],
                    directory: String? = nil, timeLimit: Duration = .seconds(300)) throws -> Result {
        let outputPipe = try makePipe()
        let errorPipe = try makePipe()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe.write, STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, errorPipe.write, STDERR_FILENO)

        var attributes = makeAttributes()
        defer { posix_spawnattr_destroy(&attributes) }

        // posix_spawn_file_actions_addchdir_np is not visible to Swift: GNU env changes the folder.
        let argv = directory.map { ["/usr/bin/env", "-C", $0, executable] + arguments } ?? [executable] + arguments
        let program = directory == nil ? executable : "/usr/bin/env"
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var pid = pid_t()
        let spawnResult = withCStringArray(argv) { argvPointer in
            withCStringArray(envp) { envpPointer in
                posix_spawn(&pid, program, &actions, &attributes, argvPointer, envpPointer)
            }
        }
        close(outputPipe.write)
        close(errorPipe.write)
        defer {
            close(outputPipe.read)
            close(errorPipe.read)
        }
        guard spawnResult == 0 else {
            throw Failure(call: "posix_spawn \(executable)", code: spawnResult)
        }
        // Both pipes at once (a child filling one while the test waits on the other would hang),
        // and never longer than `timeLimit`: then the child is killed and the test fails.
        let (output, errorOutput, timedOut) = readBoth(outputPipe.read, errorPipe.read, deadline: ContinuousClock.now + timeLimit)
        if timedOut {
            kill(pid, SIGKILL)
            _ = try? wait(pid)
            throw Failure(call: "\(executable) \(arguments.joined(separator: " ")) did not end within \(timeLimit)", code: ETIMEDOUT)
        }
        return Result(status: try wait(pid), output: output, errorOutput: errorOutput)
    }

    /// Starts `executable` with standard input, output and error on /dev/null and returns its
    /// process id without waiting: for tests that kill it on purpose.
    public static func spawn(_ executable: String, arguments: [String], environment: [String: String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        var attributes = makeAttributes()
        defer { posix_spawnattr_destroy(&attributes) }
        var pid = pid_t()
        let result = withCStringArray([executable] + arguments) { argv in
            withCStringArray(environment.map { "\($0.key)=\($0.value)" }) { envp in
                posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
            }
        }
        guard result == 0 else { throw Failure(call: "posix_spawn \(executable)", code: result) }
        return pid
    }

    /// Waits for `pid` to end and returns its status (128 + signal when a signal ended it).
    public static func wait(_ pid: pid_t) throws -> Int32 {
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) == -1 {
            guard errno == EINTR else { throw Failure(call: "waitpid", code: errno) }
        }
        return exitStatus(waitStatus)
    }

    /// Spawn attributes that give the child an empty signal mask and default signal actions.
    private static func makeAttributes() -> posix_spawnattr_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        for signalNumber in 1..<32 where signalNumber != SIGKILL && signalNumber != SIGSTOP {
            sigaddset(&defaultSignals, Int32(signalNumber))
        }
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        return attributes
    }

    /// A pipe whose ends are closed in programs spawned by other tests
    /// running at the same time (only the child's duplicates stay open).
    private static func makePipe() throws -> (read: Int32, write: Int32) {
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else {
            throw Failure(call: "pipe", code: errno)
        }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        return (descriptors[0], descriptors[1])
    }

    /// Reads both descriptors to their end, whichever has data, until `deadline`.
    private static func readBoth(_ first: Int32, _ second: Int32, deadline: ContinuousClock.Instant) -> (String, String, timedOut: Bool) {
        var data: [[UInt8]] = [[], []]
        var open = [true, true]
        var chunk = [UInt8](repeating: 0, count: 16_384)
        let clock = ContinuousClock()
        while open[0] || open[1] {
            let left = deadline - clock.now
            guard left > .zero else { return (String(decoding: data[0], as: UTF8.self), String(decoding: data[1], as: UTF8.self), true) }
            var fds = [pollfd(fd: open[0] ? first : -1, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: open[1] ? second : -1, events: Int16(POLLIN), revents: 0)]
            let milliseconds = Int32(min(1000, max(1, left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000)))
            let ready = poll(&fds, 2, milliseconds)
            if ready < 0 && errno == EINTR { continue }
            for index in 0..<2 where open[index] && fds[index].revents != 0 {
                let count = chunk.withUnsafeMutableBytes { read(fds[index].fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    data[index] += chunk[0..<count]
                } else if count == 0 || errno != EINTR {
                    open[index] = false
                }
            }
        }
        return (String(decoding: data[0], as: UTF8.self), String(decoding: data[1], as: UTF8.self), false)
    }

    /// The exit status from `waitpid`'s status word, without the C macros
    /// Swift cannot import.
    private static func exitStatus(_ waitStatus: Int32) -> Int32 {
        let signalNumber = waitStatus & 0x7F
        return signalNumber == 0 ? (waitStatus >> 8) & 0xFF : 128 + signalNumber
    }

    private static func withCStringArray<T>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> T) -> T {
        let pointers = strings.map { strdup($0) } + [nil]
        defer {
            for pointer in pointers {
                free(pointer)
            }
        }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
