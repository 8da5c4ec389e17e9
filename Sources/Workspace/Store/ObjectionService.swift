import EvaluationCore
import Foundation

/// Objections to not being admitted and the head's decisions on them (002_60dcf141085ee52b.txt:1148):
/// recorded in `chair/objections.json` through the chair's log. A return to the evaluation also
/// records an admission decision in `chair/decisions.json`, so every reader of admission (the
/// ranking, the evaluators' screens, the protocol) sees the proposal admitted again.
public enum ObjectionService {
    public static func load(_ layout: WorkspaceLayout) -> Result<ObjectionLog, WorkspaceError> {
        let url = layout.objectionsFile
        guard Posix.entry(at: url.path) != .missing else { return .success(ObjectionLog()) }
        let data: Data
        do {
            data = try WorkspaceFiles.data(url)
        } catch {
            return .failure(error)
        }
        return ObjectionsDecoder.decode(data).mapError { .invalidFile(path: url.path, issues: $0.issues) }
    }

    /// Why no final ranking, and so no protocol, can be made from `snapshot`: an objection is open
    /// (`ObjectionBlock`); nil when it can. An unreadable objections file is an error, not "none open".
    public static func finalRankingRefusal(_ snapshot: WorkspaceSnapshot) -> Result<LocalizedText?, WorkspaceError> {
        load(snapshot.layout).map { ObjectionBlock.refusal($0, checklist: snapshot.procedure.admin) }
    }

    /// Records an objection against the non-admission of `proposalID`, by the chair or the secretary.
    @discardableResult
    public static func record(proposal proposalID: String, notifiedOn: CalendarDate, receivedOn: CalendarDate, grounds: String,
                              actingAs actor: String?, in root: URL, clock: WorkspaceClock) throws(WorkspaceError) -> Objection {
        let layout = WorkspaceLayout(root: root)
        let session = try WriterSession.chair(layout, actor: actor ?? "?", clock: clock)
        defer { session.close() }
        let info = try WorkspaceFiles.info(layout)
        let member = try Authorization.require(actor, roles: [.chair, .secretary], in: info,
                                               for: LocalizedText(bg: "Възраженията", en: "Objections"))
        let grounds = try checkedText(grounds, option: "--grounds")
        let snapshot = try WorkspaceLoader.load(root).get()
        guard let proposal = snapshot.proposal(withID: proposalID) else {
            throw refusal("няма предложение „\(proposalID)“ в регистъра", "there is no proposal \"\(proposalID)\" in the register")
        }
        guard case .notAdmitted = snapshot.standing(of: proposal).admin else {
            throw refusal("възразява се срещу недопускане (002_60dcf141085ee52b.txt:1148); \(proposalID) не е в списъка на недопуснатите предложения",
                          "an objection is against a non-admission (002_60dcf141085ee52b.txt:1148); \(proposalID) is not on the list of proposals not admitted")
        }
        guard receivedOn >= notifiedOn else {
            throw refusal("--received-on (\(receivedOn.bulgarianText)) е преди --notified-on (\(notifiedOn.bulgarianText))",
                          "--received-on (\(receivedOn.isoText)) is before --notified-on (\(notifiedOn.isoText))")
        }
        var log = try load(layout).get()
        if let open = log.objections(of: proposalID).first(where: \.isOpen) {
            throw refusal("по \(proposalID) вече има неприключено възражение № \(open.number)",
                          "\(proposalID) already has the open objection no. \(open.number)")
        }
        let objection = Objection(number: log.nextNumber, proposal: proposalID, notifiedOn: notifiedOn, receivedOn: receivedOn,
                                  grounds: grounds, by: member.id, at: clock.now())
        log.objections.append(objection)
        try session.save(log, to: layout.objectionsFile, action: .objectionAdd)
        return objection
    }

    /// Records the head's decision on objection `number`, by the chair.
    @discardableResult
    public static func decide(number: Int, outcome: ObjectionDecision.Outcome, decidedOn: CalendarDate, decidedBy: String,
                              grounds: String, actingAs actor: String?, in root: URL, clock: WorkspaceClock) throws(WorkspaceError) -> Objection {
        let layout = WorkspaceLayout(root: root)
        let session = try WriterSession.chair(layout, actor: actor ?? "?", clock: clock)
        defer { session.close() }
        let info = try WorkspaceFiles.info(layout)
        let chair = try Authorization.require(actor, roles: [.chair], in: info,
                                              for: LocalizedText(bg: "Решенията по възраженията", en: "Decisions on objections"))
        let grounds = try checkedText(grounds, option: "--grounds")
        let decidedBy = decidedBy.trimmingWhitespace()
        guard !decidedBy.isEmpty, ControlCharacters.firstRefused(in: decidedBy, multiline: false) == nil else {
            throw refusal("--decided-by: посочете кой е решил (Ръководителят на Управляващия орган), на един ред",
                          "--decided-by: name who decided (the head of the managing authority), on one line")
        }
        var log = try load(layout).get()
        guard let index = log.objections.firstIndex(where: { $0.number == number }) else {
            throw refusal("няма възражение № \(number)", "there is no objection no. \(number)")
        }
        let objection = log.objections[index]
        guard objection.isOpen else {
            throw refusal("по възражение № \(number) вече е решено", "objection no. \(number) is already decided")
        }
        guard decidedOn >= objection.receivedOn else {
            throw refusal("--decided-on (\(decidedOn.bulgarianText)) е преди получаването на възражението (\(objection.receivedOn.bulgarianText))",
                          "--decided-on (\(decidedOn.isoText)) is before the objection was received (\(objection.receivedOn.isoText))")
        }
        var decision = ObjectionDecision(outcome: outcome, decidedOn: decidedOn, decidedBy: decidedBy, grounds: grounds,
                                         by: chair.id, at: clock.now())
        if outcome == .returnToEvaluation {
            let snapshot = try WorkspaceLoader.load(root).get()
            var decisions = snapshot.decisions
            let admission = Decision(
                number: decisions.nextNumber, kind: .admission, proposal: objection.proposal,
                reason: "Възражение № \(number): \(decidedBy) връща предложението за техническа и финансова оценка (решение от \(decidedOn.bulgarianText)): \(grounds)",
                by: chair.id, at: clock.now(), admitted: true)
            decisions.decisions.append(admission)
            decision.admission = admission.number
            try session.save(decisions, to: layout.decisionsFile, action: .decide(.admission))
        }
        log.objections[index].decision = decision
        try session.save(log, to: layout.objectionsFile, action: .objectionDecide)
        return log.objections[index]
    }

    private static func checkedText(_ text: String, option: String) throws(WorkspaceError) -> String {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else {
            throw refusal("\(option): основанията са задължителни", "\(option): the grounds are required")
        }
        if let scalar = ControlCharacters.firstRefused(in: trimmed, multiline: true) {
            let problem = ControlCharacters.refusal(scalar, multiline: true)
            throw .refused(LocalizedText(bg: "\(option): " + problem.bulgarian, en: "\(option): " + problem.english))
        }
        return trimmed
    }

    private static func refusal(_ bg: String, _ en: String) -> WorkspaceError {
        .refused(LocalizedText(bg: bg, en: en))
    }
}
