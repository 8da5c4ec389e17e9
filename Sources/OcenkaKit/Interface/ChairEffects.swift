import EvaluationCore
import EvaluatorApp
import Foundation
import Reports
import Workspace

/// The chair's effects carried out through the workspace: every decision through `DecisionService`
/// (the same rules, reasons and audit as `ocenka decide`), the workspace read again after it.
public final class ChairEffects: EffectInterpreter {
    public typealias P = ChairProgram

    /// Writes the protocol's files for an export (the protocol's text, its CSVs and notices); returns
    /// the protocol file. For tests: without one, the export is `ProtocolExport.write`, as `ocenka
    /// protocol`'s.
    public typealias ProtocolWriter = (WorkspaceSnapshot, ProtocolInput, String) -> Result<URL, WorkspaceError>

    private let root: URL
    private let chair: CommitteeMember
    private let clock: WorkspaceClock
    private let writeProtocol: ProtocolWriter?
    /// The workspace as the screens last read it: a change by another process shows at the next pause.
    private var fingerprint: WorkspaceFingerprint

    public init(root: URL, chair: CommitteeMember, clock: WorkspaceClock, writeProtocol: ProtocolWriter? = nil) {
        self.root = root
        self.chair = chair
        self.clock = clock
        self.writeProtocol = writeProtocol
        self.fingerprint = WorkspaceFingerprint(root)
    }

    public func perform(_ effect: ChairEffect, in state: ChairState) -> [ChairEvent] {
        if effect == .readWorkspaceIfChanged { return readIfChanged(in: state) }
        if case .readJustifications(let proposal, let evaluators) = effect {
            return readJustifications(of: proposal, by: evaluators, in: state)
        }
        // What the screens read now is what they have seen.
        defer { fingerprint = WorkspaceFingerprint(root) }
        let language = state.language
        switch effect {
        case .decide(let action, let proposal, let reason):
            do throws(WorkspaceError) {
                let decision = try DecisionService.decide(request(action), proposal: proposal, reason: reason, actingAs: chair.id,
                                                          in: root, clock: clock)
                let snapshot = try WorkspaceLoader.load(root).get()
                let model = ChairModel(snapshot, chair: chair)
                return [.decided(decision, model: model)]
                    + (state.screen == .protocolPreview ? [.protocolRead(preview(snapshot, model, in: state))] : [])
            } catch {
                return [.failed(error.lines(in: language).joined(separator: " "))]
            }
        case .sync:
            var events: [ChairEvent]
            do throws(WorkspaceError) {
                let outcome = try WorkspaceSync.sync(root, actingAs: chair.id, clock: clock, language: language)
                let snapshot = try WorkspaceLoader.load(root).get()
                let result = SyncResult(summary: outcome.summary(in: language), sent: outcome.sent, problems: outcome.problems, status: nil)
                events = [.synced(result, model: ChairModel(snapshot, chair: chair))]
            } catch {
                events = [.failed(error.lines(in: language).joined(separator: " "))]
            }
            return events + [.syncStatus(WorkspaceSync.state(root).map(SyncStatus.init))]
        case .exportProtocol:
            return export(in: state)
        case .loadProtocolPreview:
            switch WorkspaceLoader.load(root) {
            case .success(let snapshot):
                let model = ChairModel(snapshot, chair: chair)
                return [.refreshed(model), .protocolRead(preview(snapshot, model, in: state))]
            case .failure(let error): return [.failed(error.lines(in: language).joined(separator: " "))]
            }
        case .readWorkspace:
            switch WorkspaceLoader.load(root) {
            case .success(let snapshot): return refreshed(from: snapshot, in: state)
            case .failure(let error): return [.failed(error.lines(in: language).joined(separator: " "))]
            }
        case .readWorkspaceIfChanged, .readJustifications:
            // Carried out above: the first keeps the fingerprint it compared, the second reads a few
            // files and leaves it to the pause to notice a change.
            return []
        }
    }

    /// A proposal's quality sheets read from their files, for the justifications the screens
    /// started without; the update merges them, or asks for the whole workspace when they differ.
    private func readJustifications(of proposal: String, by evaluators: [String], in state: ChairState) -> [ChairEvent] {
        do throws(WorkspaceError) {
            let sheets = try WorkspaceFiles.qualitySheets(of: proposal, by: evaluators, WorkspaceLayout(root: root),
                                                          procedure: state.model.procedure)
            return [.justificationsRead(proposal: proposal, sheets: sheets)]
        } catch {
            return [.failed(error.lines(in: state.language).joined(separator: " "))]
        }
    }

    /// The workspace read again when another process changed it since the screens last read it; a
    /// workspace that cannot be read just now (a save half way) keeps the screens as they were.
    private func readIfChanged(in state: ChairState) -> [ChairEvent] {
        let now = WorkspaceFingerprint(root)
        guard now != fingerprint else { return [] }
        fingerprint = now
        // The unchanged files from the index, without their justifications (the comparison reads a
        // proposal's when it shows them); the protocol's preview needs every one.
        let read = state.screen == .protocolPreview ? WorkspaceLoader.load(root) : WorkspaceLoader.loadUnchanged(root)
        guard case .success(let snapshot) = read else { return [] }
        return refreshed(from: snapshot, in: state)
    }

    /// The screens' model made again from `snapshot`, and the preview's text when it is shown.
    private func refreshed(from snapshot: WorkspaceSnapshot, in state: ChairState) -> [ChairEvent] {
        let model = ChairModel(snapshot, chair: chair)
        return [.refreshed(model)]
            + (state.screen == .protocolPreview ? [.protocolRead(preview(snapshot, model, in: state))] : [])
    }

    /// An export is a document to sign: never from a workspace that fails its check.
    private func export(in state: ChairState) -> [ChairEvent] {
        let language = state.language
        let report = WorkspaceCheck.run(root, language: language)
        guard report.isClean, let snapshot = report.snapshot else {
            let error = WorkspaceError.refused(LocalizedText(bg: "работното пространство не преминава проверката: " + report.problems.joined(separator: " "),
                                                             en: "the workspace fails its check: " + report.problems.joined(separator: " ")))
            return [.failed(error.lines(in: language).joined(separator: " "))]
        }
        // No final protocol while an objection against a non-admission is open (as `ocenka protocol`).
        switch ObjectionService.finalRankingRefusal(snapshot) {
        case .failure(let error): return [.failed(error.lines(in: language).joined(separator: " "))]
        case .success(let refusal?): return [.failed(WorkspaceError.refused(refusal).lines(in: language).joined(separator: " "))]
        case .success(nil): break
        }
        let input = ProtocolInput(snapshot, generatedAt: clock.now())
        let bytes = ProtocolReport(input, width: 100, language: language).renderParts()
        let text = String(decoding: bytes.joined(), as: UTF8.self)
        let written = writeProtocol.map { $0(snapshot, input, text) }
            ?? ProtocolExport.write(snapshot, input: input, text: ByteStream(bytes), output: nil, clock: clock).map(\.protocolFile)
        switch written {
        case .success(let file):
            return [.protocolExported(path: snapshot.layout.relativePath(of: file), text: Self.lines(text))]
        case .failure(let error):
            return [.failed(error.lines(in: language).joined(separator: " "))]
        }
    }

    /// The protocol as the preview shows it, from the snapshot `model` was made of (its standings and
    /// ranking are not worked out again).
    private func preview(_ snapshot: WorkspaceSnapshot, _ model: ChairModel, in state: ChairState) -> [String] {
        let width = max(ProtocolReport.minimumWidth, state.size.columns - 2)
        let input = ProtocolInput(snapshot, generatedAt: clock.now(), computed: (model.standings, model.ranking))
        return Self.lines(ProtocolReport(input, width: width, language: state.language).render())
    }

    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
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
