import EvaluationCore
import EvaluatorApp
import Terminal

/// Carries out a program's effects (through the workspace) and reports what came of each as the
/// program's events.
public protocol EffectInterpreter<P>: AnyObject {
    associatedtype P: Program
    /// Carries out `effect`; `state` is the state when it runs (its language, its size, its screen).
    func perform(_ effect: P.Effect, in state: P.State) -> [P.Event]
}

/// The program loop of both interfaces: the terminal's size and keys become events, the update's
/// effects are carried out and their results fed back as events, then the next frame is drawn. A
/// change is on disk before the frame that shows it.
public struct ProgramRunner<P: Program, Interpreter: EffectInterpreter> where Interpreter.P == P {
    public private(set) var state: P.State
    public let interpreter: Interpreter

    public init(_ state: P.State, interpreter: Interpreter) {
        self.state = state
        self.interpreter = interpreter
    }

    /// Updates the state for `event`; each effect is carried out, and what it reports fed, before the next.
    public mutating func send(_ event: P.Event) {
        for effect in P.update(event, in: &state) {
            for result in interpreter.perform(effect, in: state) { send(result) }
        }
    }

    /// Runs until the program is finished. Keys that arrive together are one event (a burst), so
    /// that a paste outside a text field can be told from typing; `now` stamps them.
    public mutating func run(on terminal: some TerminalDevice, now: () -> Timestamp) throws {
        var size: ScreenSize?
        while !P.isFinished(state) {
            if terminal.size != size {
                size = terminal.size
                send(P.event(.resized(terminal.size)))
            }
            let frame = P.view(state)
            terminal.draw(frame.buffer, cursor: frame.cursor)
            let first: Key
            if let wait = P.idleMilliseconds {
                guard let key = try terminal.readKey(waitingAtMost: wait) else {
                    send(P.event(.idle))
                    continue
                }
                first = key
            } else {
                first = try terminal.readKey()
            }
            var burst = [first]
            while let key = try terminal.pendingKey() { burst.append(key) }
            send(P.event(.keys(burst, at: now())))
        }
    }
}
