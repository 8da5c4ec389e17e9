import EvaluationCore
import Terminal

/// The chair's screens as a ``Program``: ``ChairState``, ``ChairEvent``, ``ChairEffect``, ``ChairUpdate``, ``ChairView``.
public enum ChairProgram: Program {
    /// How often the screens look for changes in the workspace while no key comes.
    public static let idleMilliseconds: Int32? = 1_000

    public static func event(_ input: TerminalInput) -> ChairEvent {
        .input(input)
    }

    public static func update(_ event: ChairEvent, in state: inout ChairState) -> [ChairEffect] {
        ChairUpdate.update(event, in: &state)
    }

    public static func view(_ state: ChairState) -> (buffer: ScreenBuffer, cursor: ScreenPosition?) {
        ChairView.render(state)
    }

    public static func isFinished(_ state: ChairState) -> Bool {
        state.isFinished
    }
}
