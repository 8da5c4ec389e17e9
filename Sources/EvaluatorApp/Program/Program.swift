import EvaluationCore
import Terminal

/// An interface as a program: a state, one event type for both what the terminal sends and what the
/// effects report back, an update that changes the state and returns effects as values, and a view
/// that draws the state. Pure: the program loop (`ProgramRunner` in OcenkaKit) reads the terminal,
/// carries out the effects and feeds their results back as events.
public protocol Program {
    associatedtype State: Sendable
    associatedtype Event: Sendable
    associatedtype Effect: Sendable

    /// How long the loop waits for a key before it sends ``TerminalInput/idle`` (`nil`: it waits for a key).
    static var idleMilliseconds: Int32? { get }

    /// The event for what the terminal sent.
    static func event(_ input: TerminalInput) -> Event

    /// Changes `state` for `event` and returns what the program must do.
    static func update(_ event: Event, in state: inout State) -> [Effect]

    /// The frame for `state`, and where the terminal's cursor goes, if anywhere.
    static func view(_ state: State) -> (buffer: ScreenBuffer, cursor: ScreenPosition?)

    /// Whether the loop ends.
    static func isFinished(_ state: State) -> Bool
}

/// What the terminal sends a program.
public enum TerminalInput: Sendable, Equatable {
    /// The keys that arrived together (one read of the terminal), and the moment they were read.
    case keys([Key], at: Timestamp)
    /// The window has a new size.
    case resized(ScreenSize)
    /// No key came for ``Program/idleMilliseconds``.
    case idle
}
