import EvaluationCore
import EvaluatorApp
import Foundation
import OcenkaKit
import Terminal
import Workspace

/// Runs the evaluator's interface: the terminal, the loop of keys → state → effects → frame, and the
/// effects carried out through the workspace (every change saved before the next frame is drawn).
final class InterfaceRunner {
    /// Opened again after a sync, which may bring the chair's decisions.
    private var desk: EvaluatorDesk
    /// What to print after the terminal is given back, when the interface had to end.
    private var exitLines: [String] = []
    private var state: AppState

    private init(desk: EvaluatorDesk, state: AppState) {
        self.desk = desk
        self.state = state
    }

    /// Opens the interface for `evaluator`; problems that stop it are printed, and the exit code is 1.
    static func run(root: URL, evaluator: String?, language: Language, clock: WorkspaceClock) throws {
        let desk = try Run.workspace(language) { () throws(WorkspaceError) in
            try EvaluatorDesk.open(root, evaluator: evaluator, clock: clock, wait: .zero)
        }
        let terminal: TerminalSession
        do {
            terminal = try TerminalSession.start()
        } catch {
            Console.error(String(describing: error))
            throw ExitCodeError.failure
        }
        defer { terminal.stop() }
        let model: EvaluatorModel
        switch EvaluatorModel.load(desk) {
        case .success(let loaded):
            model = loaded
        case .failure(let error):
            try showProblems(error.lines(in: language), language: language, terminal: terminal)
            throw ExitCodeError.failure
        }
        var state = AppState(model: model, language: language, size: terminal.size)
        state.sync = WorkspaceSync.state(root).map(SyncStatus.init)
        let runner = InterfaceRunner(desk: desk, state: state)
        defer { runner.desk.close() }
        try runner.loop(terminal)
        if !runner.exitLines.isEmpty {
            terminal.stop()
            Console.error(lines: runner.exitLines)
            throw ExitCodeError.failure
        }
    }

    private func loop(_ terminal: TerminalSession) throws {
        while !state.isFinished {
            state.size = terminal.size
            let frame = AppView.render(state)
            terminal.draw(frame.buffer, cursor: frame.cursor)
            var burst = [try terminal.readKey()]
            while let key = try terminal.pendingKey() { burst.append(key) }
            let effects = AppUpdate.handle(burst: burst, in: &state, now: desk.clock.now())
            perform(Self.coalesced(effects))
        }
    }

    /// Consecutive saves of the same sheet keep only the last (a paste saves once, not per character).
    static func coalesced(_ effects: [Effect]) -> [Effect] {
        var result: [Effect] = []
        for effect in effects {
            if let last = result.last {
                switch (last, effect) {
                case (.saveAdmin(let a, _), .saveAdmin(let b, _)) where a.proposal == b.proposal:
                    result[result.count - 1] = effect
                    continue
                case (.saveQuality(let a, _), .saveQuality(let b, _)) where a.proposal == b.proposal:
                    result[result.count - 1] = effect
                    continue
                default:
                    break
                }
            }
            result.append(effect)
        }
        return result
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            do {
                switch effect {
                case .acceptDeclaration:
                    AppUpdate.declared(try desk.declare(), in: &state)
                case .saveAdmin(let sheet, let action):
                    try desk.save(sheet, action: action)
                    if let saved = try desk.adminSheet(sheet.proposal) { AppUpdate.saved(saved, in: &state) }
                case .saveQuality(let sheet, let action):
                    try desk.save(sheet, action: action)
                    if let saved = try desk.qualitySheet(sheet.proposal) { AppUpdate.saved(saved, in: &state) }
                case .submit(let proposal, let stage):
                    try desk.submit(proposal, stage: stage)
                    try reload(proposal)
                    AppUpdate.submitted(stage, proposal: proposal, in: &state)
                    if let admission = desk.adminStanding(of: proposal) { AppUpdate.admission(admission, of: proposal, in: &state) }
                case .refreshAdmission(let proposal):
                    if let admission = desk.adminStanding(of: proposal) { AppUpdate.admission(admission, of: proposal, in: &state) }
                case .sync:
                    try sync()
                }
            } catch {
                let proposal: String?
                switch effect {
                case .saveAdmin(let sheet, _): proposal = sheet.proposal
                case .saveQuality(let sheet, _): proposal = sheet.proposal
                case .submit(let id, _): proposal = id
                default: proposal = nil
                }
                if let proposal { try? reload(proposal) }
                AppUpdate.failed(error.lines(in: state.language).joined(separator: " "), in: &state)
            }
        }
    }

    /// `ocenka sync` under the lock this session holds, then the desk and the model read again: the
    /// others' sheets and the chair's decisions (a return) may have arrived.
    private func sync() throws(WorkspaceError) {
        let root = desk.layout.root
        let language = state.language
        let bg = language == .bulgarian
        let outcome = try WorkspaceSync.sync(root, actingAs: desk.evaluator.id, clock: desk.clock, language: language, lockHeld: true)
        let id = desk.evaluator.id
        let clock = desk.clock
        desk.close()
        do {
            desk = try EvaluatorDesk.open(root, evaluator: id, clock: clock, wait: .seconds(10))
        } catch {
            // Without the lock nothing may be saved: the interface ends and says why.
            exitLines = error.lines(in: language)
            state.isFinished = true
            throw error
        }
        let model = try EvaluatorModel.load(desk).get()
        let kind: StatusMessage.Kind = outcome.problems.isEmpty ? (outcome.sent ? .success : .warning) : .error
        let message = outcome.problems.isEmpty ? outcome.summary(in: language)
            : (bg ? "полученото не преминава проверката: " : "what arrived fails its check: ") + outcome.problems.joined(separator: " ")
        AppUpdate.synced(StatusMessage(kind, TextLayout.sentence(message)), status: WorkspaceSync.state(root).map(SyncStatus.init),
                         model: model, in: &state)
    }

    /// Puts the sheets on disk back into the state (after a submit, or a save that failed).
    private func reload(_ proposal: String) throws(WorkspaceError) {
        if let sheet = try desk.adminSheet(proposal) { AppUpdate.saved(sheet, in: &state) }
        if let sheet = try desk.qualitySheet(proposal) { AppUpdate.saved(sheet, in: &state) }
    }

    /// A screen listing what is wrong with the workspace, until a key is pressed.
    private static func showProblems(_ lines: [String], language: Language, terminal: TerminalSession) throws {
        while true {
            var buffer = terminal.makeBuffer()
            let title = language == .bulgarian ? "Работното пространство има грешки; интерфейсът не може да започне:" : "The workspace has errors; the interface cannot start:"
            buffer.write(title, row: 0, column: 1, style: Style(color: .error, attributes: [.bold]))
            var row = 2
            for line in lines {
                for wrapped in TextLayout.wrap(line, width: max(10, buffer.size.columns - 4)) where row < buffer.size.rows - 2 {
                    buffer.write(wrapped, row: row, column: 2)
                    row += 1
                }
            }
            let footer = language == .bulgarian ? "Поправете файла или попитайте председателя (ocenka check показва всичко). q — изход"
                                                : "Fix the file or ask the chair (ocenka check shows everything). q — quit"
            buffer.write(footer, row: buffer.size.rows - 1, column: 1, style: Style(attributes: [.reverse]))
            terminal.draw(buffer)
            let key = try terminal.readKey()
            if key == .character("q") || key == .escape || key == .enter || key == .control("c") { return }
        }
    }
}

/// Exit with code 1 after the message was already shown.
enum ExitCodeError: Error {
    case failure
}

extension SyncStatus {
    init(_ state: WorkspaceSync.State) {
        self.init(lastSync: state.lastSync, lastSent: state.lastSent, unsent: state.unsent)
    }
}
