import EvaluationCore
import EvaluatorApp
import Foundation
import OcenkaKit
import Reports
import Terminal
import Workspace

/// Runs the chair's screens: every decision goes through `DecisionService` (the same rules, reasons and
/// audit as `ocenka decide`), and the workspace is read again after it.
final class ChairRunner {
    private let root: URL
    private let chair: CommitteeMember
    private let clock: WorkspaceClock
    private var state: ChairState

    private init(root: URL, chair: CommitteeMember, clock: WorkspaceClock, state: ChairState) {
        self.root = root
        self.chair = chair
        self.clock = clock
        self.state = state
    }

    /// Opens the chair's screens on a workspace that passes its check (the check's own reading is the
    /// first screen's data: the workspace is read once).
    static func run(root: URL, chair id: String?, language: Language, clock: WorkspaceClock) throws {
        let snapshot = try IntegrityGate.check(root, language: language, allowDamaged: false).snapshot
        let chair = try Run.workspace(language) { () throws(WorkspaceError) in
            try Authorization.require(id, roles: [.chair], in: snapshot.info,
                                      for: LocalizedText(bg: "Екраните на председателя", en: "The chair's screens"))
        }
        let terminal: TerminalSession
        do {
            terminal = try TerminalSession.start()
        } catch {
            Console.error(String(describing: error))
            throw ExitCodeError.failure
        }
        defer { terminal.stop() }
        var state = ChairState(model: ChairModel(snapshot, chair: chair), language: language, size: terminal.size)
        state.sync = WorkspaceSync.state(root).map(SyncStatus.init)
        let runner = ChairRunner(root: root, chair: chair, clock: clock, state: state)
        try runner.loop(terminal)
    }


    /// How often the screens look for changes in the workspace while no key comes.
    private static let pollMilliseconds: Int32 = 1_000

    private func loop(_ terminal: TerminalSession) throws {
        var fingerprint = WorkspaceFingerprint(root)
        while !state.isFinished {
            state.size = terminal.size
            let frame = ChairView.render(state)
            terminal.draw(frame.buffer, cursor: frame.cursor)
            guard let first = try terminal.readKey(waitingAtMost: Self.pollMilliseconds) else {
                let now = WorkspaceFingerprint(root)
                if now != fingerprint {
                    fingerprint = now
                    reload()
                }
                continue
            }
            var burst = [first]
            while let key = try terminal.pendingKey() { burst.append(key) }
            for effect in ChairUpdate.handle(burst: burst, in: &state) { perform(effect) }
            if burst.contains(.resize), state.screen == .protocolPreview {
                state.size = terminal.size
                reload(force: true)
            }
            fingerprint = WorkspaceFingerprint(root)
        }
    }

    /// Reads the workspace again after another process changed it; a workspace that cannot be read
    /// just now (a save half way) keeps the screens as they were.
    private func reload(force: Bool = false) {
        guard case .success(let snapshot) = WorkspaceLoader.load(root) else { return }
        ChairUpdate.refreshed(ChairModel(snapshot, chair: chair), in: &state)
        if state.screen == .protocolPreview || force { state.protocolPreview = preview(snapshot) }
    }

    private func perform(_ effect: ChairEffect) {
        let language = state.language
        switch effect {
        case .decide(let action, let proposal, let reason):
            do throws(WorkspaceError) {
                let decision = try DecisionService.decide(request(action), proposal: proposal, reason: reason, actingAs: chair.id, in: root, clock: clock)
                let snapshot = try WorkspaceLoader.load(root).get()
                ChairUpdate.decided(ChairModel(snapshot, chair: chair), message: language == .bulgarian
                    ? "Записано е решение № \(decision.number) (\(decision.kind.label.bulgarian)) за \(decision.proposal)."
                    : "Recorded decision no. \(decision.number) (\(decision.kind.label.english)) on \(decision.proposal).", in: &state)
                if state.screen == .protocolPreview { state.protocolPreview = preview(snapshot) }
            } catch {
                ChairUpdate.failed(error.lines(in: language).joined(separator: " "), in: &state)
            }
        case .sync:
            do throws(WorkspaceError) {
                let outcome = try WorkspaceSync.sync(root, actingAs: chair.id, clock: clock, language: language)
                let bg = language == .bulgarian
                let snapshot = try WorkspaceLoader.load(root).get()
                ChairUpdate.decided(ChairModel(snapshot, chair: chair), message: TextLayout.sentence(outcome.summary(in: language)), in: &state)
                if !outcome.problems.isEmpty {
                    ChairUpdate.failed((bg ? "полученото не преминава проверката: " : "what arrived fails its check: ")
                                       + outcome.problems.joined(separator: " "), in: &state)
                }
            } catch {
                ChairUpdate.failed(error.lines(in: language).joined(separator: " "), in: &state)
            }
            state.sync = WorkspaceSync.state(root).map(SyncStatus.init)
        case .exportProtocol:
            // An export is a document to sign: never from a workspace that fails its check.
            let report = WorkspaceCheck.run(root, language: language)
            let checked: Result<WorkspaceSnapshot, WorkspaceError>
            if report.isClean, let snapshot = report.snapshot {
                // No final protocol while an objection against a non-admission is open (as `ocenka protocol`).
                let objections = (try? ObjectionService.load(snapshot.layout).get()) ?? ObjectionLog()
                if let refusal = ObjectionBlock.refusal(objections, checklist: snapshot.procedure.admin) {
                    checked = .failure(.refused(refusal))
                } else {
                    checked = .success(snapshot)
                }
            } else {
                checked = .failure(.refused(LocalizedText(bg: "работното пространство не преминава проверката: " + report.problems.joined(separator: " "),
                                                          en: "the workspace fails its check: " + report.problems.joined(separator: " "))))
            }
            switch checked {
            case .failure(let error):
                ChairUpdate.failed(error.lines(in: language).joined(separator: " "), in: &state)
            case .success(let snapshot):
                let input = ProtocolInput(snapshot, generatedAt: clock.now())
                let text = ProtocolReport(input, width: 100, language: language).render()
                switch ProtocolExport.files(snapshot, input: input, text: text, output: nil) {
                case .success(let files):
                    let path = snapshot.layout.relativePath(of: files.protocolFile)
                    state.message = StatusMessage(.success, language == .bulgarian
                        ? "Протоколът е записан в \(path) (и CSV до него)."
                        : "The protocol is written to \(path) (and the CSV beside it).")
                    state.protocolPreview = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                case .failure(let error):
                    ChairUpdate.failed(error.lines(in: language).joined(separator: " "), in: &state)
                }
            }
        case .loadProtocolPreview:
            switch WorkspaceLoader.load(root) {
            case .success(let snapshot): state.protocolPreview = preview(snapshot)
            case .failure(let error): ChairUpdate.failed(error.lines(in: language).joined(separator: " "), in: &state)
            }
        }
    }

    private func preview(_ snapshot: WorkspaceSnapshot) -> [String] {
        let width = max(ProtocolReport.minimumWidth, state.size.columns - 2)
        return ProtocolReport(ProtocolInput(snapshot, generatedAt: clock.now()), width: width, language: state.language).render()
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private func request(_ action: ChairAction) -> DecisionService.Request {
        switch action {
        case .assignEvaluator(let evaluator): .assignEvaluator(evaluator: evaluator)
        case .consensusScore(let points): .consensusScore(points)
        case .admission(let admitted): .admission(admitted: admitted)
        case .returnSheet(let evaluator, let stage): .returnSheet(evaluator: evaluator, stage: stage)
        case .budgetCorrection(let amount): .budgetCorrection(amount)
        case .reorder(let before): .reorder(before: before)
        }
    }
}
