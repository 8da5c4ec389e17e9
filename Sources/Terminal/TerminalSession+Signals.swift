import CNcursesw

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The signal actions in place before a session installed its own,
/// indexed by signal number.
///
/// It is written on the session's thread before the handlers are
/// installed and read by the crash handler, which must not allocate or
/// take locks; hence plain memory, allocated once and never freed, and
/// `nonisolated(unsafe)`.
nonisolated(unsafe) private let previousSignalActions: UnsafeMutablePointer<sigaction> = {
    let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: signalTableSize)
    actions.initialize(repeating: sigaction(), count: signalTableSize)
    return actions
}()

private let signalTableSize = 32

/// Restoring the terminal when the process is ended by a signal or exits
/// without stopping the session.
///
/// The trade-off: `endwin` is not async-signal-safe. If a signal arrives
/// while the main thread is inside ncurses, the handler's `endwin` may
/// write part of an escape sequence twice or restore the terminal from
/// slightly stale state. That is still far better than leaving the
/// terminal in raw mode on the alternate screen, and the process ends
/// right after, with `_exit`, which is async-signal-safe. Nothing in the
/// handlers allocates or takes a lock.
extension TerminalSession {
    /// Signals that end the program: the terminal is restored and the
    /// process exits with 128 + the signal number.
    static let terminatingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Signals of a crash: the terminal is restored and the signal is
    /// passed on to the handler that was there before.
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]

    /// Installs the handlers, remembering what they replace. Done before
    /// `newterm`, which then leaves SIGINT and SIGTERM to them (ncurses
    /// installs its own only where a signal has the default action).
    static func installSignalHandlers() {
        for signalNumber in terminatingSignals {
            install(signalNumber) { signalNumber in
                curs_set(1)
                endwin()
                _exit(128 + signalNumber)
            }
        }
        for signalNumber in crashSignals {
            install(signalNumber) { signalNumber in
                curs_set(1)
                endwin()
                sigaction(signalNumber, previousSignalActions + Int(signalNumber), nil)
                raise(signalNumber)
            }
        }
    }

    /// Puts back the handlers that ``installSignalHandlers()`` replaced.
    static func restoreSignalHandlers() {
        for signalNumber in terminatingSignals + crashSignals {
            sigaction(signalNumber, previousSignalActions + Int(signalNumber), nil)
        }
    }

    /// Ends full-screen mode at `exit` if a session is still active then.
    /// Registered once per process; after ``stop()`` there is no screen
    /// and `endwin` does nothing.
    static func registerExitHandler() {
        _ = exitHandlerRegistration
    }

    private static let exitHandlerRegistration: Void = {
        atexit {
            if ocenka_stdscr() != nil, !isendwin() {
                curs_set(1)
                endwin()
            }
        }
    }()

    private static func install(_ signalNumber: Int32, handler: @convention(c) (Int32) -> Void) {
        precondition(signalNumber < signalTableSize, "signal \(signalNumber) is outside the table")
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signalNumber, &action, previousSignalActions + Int(signalNumber))
    }
}
