import EvaluationCore
import EvaluatorApp
import Foundation
import Workspace

/// The evaluator's effects carried out through the desk: every save, submit and declaration checked
/// and written by `EvaluatorDesk`, the sheet read back from disk into the state.
public final class EvaluatorEffects: EffectInterpreter {
    public typealias P = EvaluatorProgram

    /// Opened again after a sync, which may bring the chair's decisions.
    public private(set) var desk: EvaluatorDesk

    public init(desk: EvaluatorDesk) {
        self.desk = desk
    }

    public func perform(_ effect: Effect, in state: AppState) -> [AppEvent] {
        do throws(WorkspaceError) {
            switch effect {
            case .acceptDeclaration:
                return [.declared(try desk.declare())]
            case .saveAdmin(let sheet, let action):
                try desk.save(sheet, action: action)
                return try desk.adminSheet(sheet.proposal).map { [.adminSheetRead($0)] } ?? []
            case .saveQuality(let sheet, let action):
                try desk.save(sheet, action: action)
                return try desk.qualitySheet(sheet.proposal).map { [.qualitySheetRead($0)] } ?? []
            case .submit(let proposal, let stage):
                try desk.submit(proposal, stage: stage)
                return try read(proposal) + [.submitted(stage, proposal: proposal)] + admission(proposal)
            case .refreshAdmission(let proposal):
                return admission(proposal)
            case .sync:
                return try sync(in: state.language)
            }
        } catch {
            let proposal: String?
            switch effect {
            case .saveAdmin(let sheet, _): proposal = sheet.proposal
            case .saveQuality(let sheet, _): proposal = sheet.proposal
            case .submit(let id, _): proposal = id
            default: proposal = nil
            }
            // The state goes back to what is on disk.
            let reread = proposal.flatMap { try? read($0) } ?? []
            return reread + [.failed(error.lines(in: state.language).joined(separator: " "))]
        }
    }

    /// The sheets of `proposal` as they are on disk.
    private func read(_ proposal: String) throws(WorkspaceError) -> [AppEvent] {
        var events: [AppEvent] = []
        if let sheet = try desk.adminSheet(proposal) { events.append(.adminSheetRead(sheet)) }
        if let sheet = try desk.qualitySheet(proposal) { events.append(.qualitySheetRead(sheet)) }
        return events
    }

    private func admission(_ proposal: String) -> [AppEvent] {
        desk.adminStanding(of: proposal).map { [.admission($0, proposal: proposal)] } ?? []
    }

    /// `ocenka sync` under the lock this session holds, then the desk and the model read again: the
    /// others' sheets and the chair's decisions (a return) may have arrived.
    private func sync(in language: Language) throws(WorkspaceError) -> [AppEvent] {
        let root = desk.layout.root
        let id = desk.evaluator.id
        let clock = desk.clock
        let outcome = try WorkspaceSync.sync(root, actingAs: id, clock: clock, language: language, lockHeld: true)
        desk.close()
        do throws(WorkspaceError) {
            desk = try EvaluatorDesk.open(root, evaluator: id, clock: clock, wait: .seconds(10))
        } catch {
            // Without the lock nothing may be saved: the interface ends and says why.
            return [.ended(error.lines(in: language))]
        }
        let model = try EvaluatorModel.load(desk).get()
        let result = SyncResult(summary: outcome.summary(in: language), sent: outcome.sent, problems: outcome.problems,
                                status: WorkspaceSync.state(root).map(SyncStatus.init))
        return [.synced(result, model: model)]
    }
}

extension SyncStatus {
    public init(_ state: WorkspaceSync.State) {
        self.init(lastSync: state.lastSync, lastSent: state.lastSent, unsent: state.unsent)
    }
}
