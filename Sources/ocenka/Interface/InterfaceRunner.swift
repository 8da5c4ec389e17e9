import ArgumentParser
import EvaluationCore
import EvaluatorApp
import Foundation
import OcenkaKit
import Terminal
import Workspace

/// Opens the evaluator's interface: the desk, the terminal and the model, then the program loop
/// (`ProgramRunner` with `EvaluatorEffects`, OcenkaKit).
enum InterfaceRunner {
    /// Opens the interface for `evaluator`; problems that stop it are printed, and the exit code is 1.
    static func run(root: URL, evaluator: String?, language: Language, clock: WorkspaceClock) throws {
        let desk = try Run.workspace(language) { () throws(WorkspaceError) in
            try EvaluatorDesk.open(root, evaluator: evaluator, clock: clock, wait: .zero)
        }
        let terminal = try TerminalSession.startForInterface()
        defer { terminal.stop() }
        let model: EvaluatorModel
        switch EvaluatorModel.load(desk) {
        case .success(let loaded):
            model = loaded
        case .failure(let error):
            try ProblemScreen.show(error.lines(in: language), language: language, on: terminal)
            throw ExitCode.failure
        }
        var state = AppState(model: model, language: language, size: terminal.size, today: clock.now().localDate)
        state.sync = WorkspaceSync.state(root).map(SyncStatus.init)
        let effects = EvaluatorEffects(desk: desk)
        defer { effects.desk.close() }
        var runner = ProgramRunner(state, interpreter: effects)
        try runner.run(on: terminal, now: { clock.now() })
        if !runner.state.endedBecause.isEmpty {
            terminal.stop()
            throw CLIError(lines: runner.state.endedBecause)
        }
    }
}
