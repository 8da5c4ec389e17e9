import EvaluationCore
import Foundation
import Workspace

/// The evaluators at work through `EvaluatorDesk`, the same way the interface works: every change —
/// the declaration, the conflict-of-interest question, the answers, a remedy, the scores, the
/// submission — is saved on its own and lands in the evaluator's audit log, in sittings at fixed
/// moments.
struct DemoEvaluatorWork {
    let root: URL
    let procedure: Procedure

    /// I.1, I.2 and II.1 of the reference checklist.
    private static let applicantCriterion = "I.1"
    private static let partnerCriterion = "I.2"
    private static let curriculaCriterion = "II.1"

    /// When the applicant of a remedied proposal replies, and when the evaluator records the reply.
    static let remedyReply = DemoMoment("2025-12-02", 14, 40)
    static let remedyRecorded = DemoMoment("2025-12-02", 16, 0)

    func declare(_ evaluator: String, at moment: DemoMoment) throws(WorkspaceError) {
        try session(evaluator, at: moment) { desk throws(WorkspaceError) in
            try desk.declare()
        }
    }

    /// The administrative check of `proposal`, started at `start`: the conflict question and the
    /// answers at once, the submission a few minutes later; for a remedy, the request (the rest is
    /// `finishRemedy`).
    func checkAdministratively(_ proposal: DemoProposal, by evaluator: String, from start: DemoMoment) throws(WorkspaceError) {
        var answers: [String: AdminSheet.Answer] = [
            Self.applicantCriterion: AdminSheet.Answer(.yes, note: DemoNotes.eligibleApplicant(proposal)),
            Self.partnerCriterion: proposal.partners.isEmpty
                ? AdminSheet.Answer(.na, note: DemoData.noPartnerNote)
                : AdminSheet.Answer(.yes, note: DemoNotes.eligiblePartners(proposal)),
            Self.curriculaCriterion: AdminSheet.Answer(.yes, note: DemoNotes.curricula(proposal)),
        ]
        switch proposal.admin {
        case .admitted:
            try session(evaluator, at: start) { desk throws(WorkspaceError) in
                try Self.declareNoConflict(on: proposal.id, stage: .admin, desk)
                try Self.answer(proposal.id, answers, desk)
            }
            try session(evaluator, at: start.adding(minutes: 9)) { desk throws(WorkspaceError) in
                try desk.submit(proposal.id, stage: .admin)
            }
        case .ineligibleApplicant(let note):
            answers[Self.applicantCriterion] = AdminSheet.Answer(.no, note: note)
            try session(evaluator, at: start) { desk throws(WorkspaceError) in
                try Self.declareNoConflict(on: proposal.id, stage: .admin, desk)
                try Self.answer(proposal.id, answers, desk)
            }
            try session(evaluator, at: start.adding(minutes: 15)) { desk throws(WorkspaceError) in
                try desk.submit(proposal.id, stage: .admin)
            }
        case .remedied(let remedy):
            answers[Self.curriculaCriterion] = AdminSheet.Answer(.no, note: remedy.missing)
            try session(evaluator, at: start) { desk throws(WorkspaceError) in
                try Self.declareNoConflict(on: proposal.id, stage: .admin, desk)
                try Self.answer(proposal.id, answers, desk)
            }
            try session(evaluator, at: start.adding(minutes: 11)) { desk throws(WorkspaceError) in
                try Self.requestRemedy(remedy, on: proposal.id, desk)
            }
        case .awaitingPartnerCheck:
            answers[Self.partnerCriterion] = nil
            try session(evaluator, at: start) { desk throws(WorkspaceError) in
                try Self.declareNoConflict(on: proposal.id, stage: .admin, desk)
                try Self.answer(proposal.id, answers, desk)
            }
        }
    }

    /// The end of a remedy, after the evaluator's other checklists: the applicant's reply recorded,
    /// the НЕ changed to ДА, the checklist submitted.
    func finishRemedy(_ proposal: DemoProposal, by evaluator: String) throws(WorkspaceError) {
        guard case .remedied(let remedy) = proposal.admin else { return }
        try session(evaluator, at: Self.remedyRecorded) { desk throws(WorkspaceError) in
            try Self.recordReply(remedy, on: proposal.id, desk)
            var sheet = try desk.adminSheetOrDraft(proposal.id)
            sheet.answers[Self.curriculaCriterion] = AdminSheet.Answer(.yes, note: remedy.remedied)
            try desk.save(sheet, action: .sheetAnswer)
            try desk.submit(proposal.id, stage: .admin)
        }
    }

    /// The quality sheet of the evaluator at `position` of the proposal's assignment, started at
    /// `start`: the conflict question and the first three groups, then the rest and the submission.
    func assessQuality(_ proposal: DemoProposal, by evaluator: String, position: Int, from start: DemoMoment) throws(WorkspaceError) {
        guard let method = procedure.quality, let facts = proposal.facts, proposal.quality.indices.contains(position) else {
            return
        }
        let plan = proposal.quality[position]
        let groups = plan.scoredGroups ?? method.groups.count
        guard groups > 0 else { return }
        var generator = SeededGenerator(seed: UInt64(proposal.number) &* 7_919 &+ UInt64(position) &* 104_729)
        let decided = DemoLevelPicker.decided(by: facts)
        let levels = try DemoLevelPicker.levels(method: method, sum: Points(plan.sum), fixed: decided.fixed,
                                                lowest: decided.lowest, generator: &generator)
        var scores: [String: QualitySheet.Score] = [:]
        for (index, criterion) in method.criteria.enumerated() {
            guard let points = levels[criterion.id] else { continue }
            let note = try DemoNotes.justification(criterion: criterion.id, points: points, proposal: proposal, facts: facts,
                                                   variant: proposal.number + position + index)
            scores[criterion.id] = QualitySheet.Score(points: points, note: note)
        }
        func scored(upTo count: Int) -> [String: QualitySheet.Score] {
            let ids = Set(method.groups.prefix(count).flatMap(\.criteria).map(\.id))
            return scores.filter { ids.contains($0.key) }
        }
        try session(evaluator, at: start) { desk throws(WorkspaceError) in
            try Self.declareNoConflict(on: proposal.id, stage: .quality, desk)
            try Self.score(proposal.id, scored(upTo: min(groups, 3)), desk)
        }
        guard groups > 3 else { return }
        try session(evaluator, at: start.adding(minutes: 70)) { desk throws(WorkspaceError) in
            try Self.score(proposal.id, scored(upTo: groups), desk)
            if plan.scoredGroups == nil {
                try desk.submit(proposal.id, stage: .quality)
            }
        }
    }

    // MARK: Steps

    private static func declareNoConflict(on proposal: String, stage: Assignments.Stage, _ desk: EvaluatorDesk) throws(WorkspaceError) {
        let conflict = ConflictDeclaration(declared: false, at: desk.clock.now())
        switch stage {
        case .admin:
            var sheet = try desk.adminSheetOrDraft(proposal)
            sheet.conflict = conflict
            try desk.save(sheet, action: .sheetConflict)
        case .quality:
            var sheet = try desk.qualitySheetOrDraft(proposal)
            sheet.conflict = conflict
            try desk.save(sheet, action: .sheetConflict)
        }
    }

    private static func answer(_ proposal: String, _ answers: [String: AdminSheet.Answer], _ desk: EvaluatorDesk) throws(WorkspaceError) {
        var sheet = try desk.adminSheetOrDraft(proposal)
        sheet.answers = answers
        try desk.save(sheet, action: .sheetAnswer)
    }

    private static func requestRemedy(_ remedy: DemoProposal.Remedy, on proposal: String, _ desk: EvaluatorDesk) throws(WorkspaceError) {
        var sheet = try desk.adminSheetOrDraft(proposal)
        let now = desk.clock.now()
        var request = RemedyRequest(criterion: curriculaCriterion, requestedAt: now, dueDate: now.localDate, request: remedy.request)
        // Sent through the electronic system and received there the same day.
        request.setNotice(sentOn: now.localDate, receivedOn: now.localDate, checklist: desk.procedure.admin)
        sheet.remedy.append(request)
        try desk.save(sheet, action: .remedyRequest)
    }

    private static func recordReply(_ remedy: DemoProposal.Remedy, on proposal: String, _ desk: EvaluatorDesk) throws(WorkspaceError) {
        var sheet = try desk.adminSheetOrDraft(proposal)
        guard let last = sheet.remedy.indices.last else { return }
        sheet.remedy[last].reply = RemedyRequest.Reply(receivedAt: remedyRecorded.timestamp, text: remedy.reply,
                                                       repliedOn: remedyReply.timestamp.localDate)
        try desk.save(sheet, action: .remedyReply)
    }

    private static func score(_ proposal: String, _ scores: [String: QualitySheet.Score], _ desk: EvaluatorDesk) throws(WorkspaceError) {
        var sheet = try desk.qualitySheetOrDraft(proposal)
        sheet.scores = scores
        try desk.save(sheet, action: .sheetScore)
    }

    /// Opens the evaluator's desk with the clock stopped at `moment`, does `work`, closes it.
    private func session(_ evaluator: String, at moment: DemoMoment,
                         _ work: (EvaluatorDesk) throws(WorkspaceError) -> Void) throws(WorkspaceError) {
        let desk = try EvaluatorDesk.open(root, evaluator: evaluator, clock: moment.clock)
        defer { desk.close() }
        try work(desk)
    }
}
