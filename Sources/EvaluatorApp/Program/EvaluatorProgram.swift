import EvaluationCore
import Terminal

/// The evaluator's interface as a ``Program``: ``AppState``, ``AppEvent``, ``Effect``, ``AppUpdate``, ``AppView``.
public enum EvaluatorProgram: Program {
    public static let idleMilliseconds: Int32? = nil

    public static func event(_ input: TerminalInput) -> AppEvent {
        .input(input)
    }

    public static func update(_ event: AppEvent, in state: inout AppState) -> [Effect] {
        AppUpdate.update(event, in: &state)
    }

    public static func view(_ state: AppState) -> (buffer: ScreenBuffer, cursor: ScreenPosition?) {
        AppView.render(state)
    }

    public static func isFinished(_ state: AppState) -> Bool {
        state.isFinished
    }
}
