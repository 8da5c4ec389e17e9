import EvaluationCore
import Foundation
import Workspace

/// One evaluator's work in a generated workspace, the way `DemoEvaluatorWork` does it through the
/// desk — the declaration; every assigned checklist (the conflict question and the answers, the
/// submission minutes later; a remedy requested, and answered after the other checklists); every
/// quality sheet of an admitted proposal (the conflict question and groups 1–3, then the rest and
/// the submission), each change its own audit line — but saved through a `GeneratedWriter`.
struct GeneratedEvaluatorWork {
    let layout: WorkspaceLayout
    let procedure: Procedure
    let evaluator: String
    let calendar: GeneratorCalendar
    let writer: GeneratedWriter
    let seed: UInt64
    /// How long the justifications of quality scores are, in characters.
    let justificationLengths: ClosedRange<Int>

    /// I.1, I.2 and II.1 of the reference checklist.
    static let applicantCriterion = "I.1"
    static let partnerCriterion = "I.2"
    static let curriculaCriterion = "II.1"

    /// Working minutes given to one checklist and to one quality sheet.
    static let adminMinutes = 20
    static let qualityMinutes = 30

    func declare(at minute: Int) throws(WorkspaceError) {
        let moment = calendar.moment(minute)
        try writer.save(Declaration(evaluator: evaluator, acceptedAt: moment), to: layout.declarationFile(evaluator),
                        action: .declarationAccept, actor: evaluator, at: moment)
        try writer.close(layout.declarationFile(evaluator))
    }

    /// The checklists of `proposals`, one every `adminMinutes` from `start`; the remedies are answered
    /// two working days after the last. Returns the minute the work ends.
    func checkAdministratively(_ proposals: [GeneratedProposal], from start: Int) throws(WorkspaceError) -> Int {
        var remedied: [(proposal: GeneratedProposal, remedy: DemoProposal.Remedy, sheet: AdminSheet)] = []
        var minute = start
        for proposal in proposals {
            let plan = proposal.plan
            let url = layout.sheetFile(evaluator, proposal: proposal.id, stage: .admin)
            var answers: [String: AdminSheet.Answer] = [
                Self.applicantCriterion: AdminSheet.Answer(.yes, note: DemoNotes.eligibleApplicant(plan)),
                Self.partnerCriterion: plan.partners.isEmpty
                    ? AdminSheet.Answer(.na, note: DemoData.noPartnerNote)
                    : AdminSheet.Answer(.yes, note: DemoNotes.eligiblePartners(plan)),
                Self.curriculaCriterion: AdminSheet.Answer(.yes, note: DemoNotes.curricula(plan)),
            ]
            var submitAfter = 9
            var remedy: DemoProposal.Remedy?
            switch plan.admin {
            case .ineligibleApplicant(let note):
                answers[Self.applicantCriterion] = AdminSheet.Answer(.no, note: note)
                submitAfter = 15
            case .remedied(let request):
                answers[Self.curriculaCriterion] = AdminSheet.Answer(.no, note: request.missing)
                remedy = request
            case .admitted, .awaitingPartnerCheck:
                break
            }
            let now = calendar.moment(minute)
            var sheet = AdminSheet(proposal: proposal.id, evaluator: evaluator)
            sheet.conflict = ConflictDeclaration(declared: false, at: now)
            sheet.updatedAt = now
            try writer.save(sheet, to: url, action: .sheetConflict, actor: evaluator, at: now)
            sheet.answers = answers
            try writer.save(sheet, to: url, action: .sheetAnswer, actor: evaluator, at: now)
            if let remedy {
                let requested = calendar.moment(minute + 11)
                sheet.remedy.append(RemedyRequest(
                    criterion: Self.curriculaCriterion, requestedAt: requested,
                    dueDate: RemedyDeadline.dueDate(requestedOn: requested.localDate, checklist: procedure.admin),
                    request: remedy.request))
                sheet.updatedAt = requested
                try writer.save(sheet, to: url, action: .remedyRequest, actor: evaluator, at: requested)
                remedied.append((proposal, remedy, sheet))
            } else {
                let submitted = calendar.moment(minute + submitAfter)
                sheet.status = .submitted
                sheet.submittedAt = submitted
                try writer.save(sheet, to: url, action: .sheetSubmit, actor: evaluator, at: submitted)
                try writer.close(url)
            }
            minute += Self.adminMinutes
        }
        guard !remedied.isEmpty else { return minute }
        minute = GeneratorCalendar.nextDay(after: GeneratorCalendar.nextDay(after: minute))
        for (proposal, remedy, before) in remedied {
            let url = layout.sheetFile(evaluator, proposal: proposal.id, stage: .admin)
            let now = calendar.moment(minute)
            var sheet = before
            if let last = sheet.remedy.indices.last {
                let received = GeneratorCalendar.moment(on: sheet.remedy[last].requestedAt.localDate.adding(days: 1), minuteOfDay: 14 * 60 + 40)
                sheet.remedy[last].reply = RemedyRequest.Reply(receivedAt: received, text: remedy.reply)
            }
            sheet.updatedAt = now
            try writer.save(sheet, to: url, action: .remedyReply, actor: evaluator, at: now)
            sheet.answers[Self.curriculaCriterion] = AdminSheet.Answer(.yes, note: remedy.remedied)
            try writer.save(sheet, to: url, action: .sheetAnswer, actor: evaluator, at: now)
            sheet.status = .submitted
            sheet.submittedAt = now
            try writer.save(sheet, to: url, action: .sheetSubmit, actor: evaluator, at: now)
            try writer.close(url)
            minute += Self.adminMinutes / 2
        }
        return minute
    }

    /// The quality sheets of `work` (each proposal with the evaluator's place in its assignment), one
    /// every `qualityMinutes` from `start`. Returns the minute the work ends and the sheets of the
    /// disputed proposals, without their justifications, for the chair's decisions.
    func assessQuality(_ work: [(proposal: GeneratedProposal, position: Int)], method: QualityMethod,
                       from start: Int) throws(WorkspaceError) -> (end: Int, disputed: [String: QualitySheet]) {
        var disputed: [String: QualitySheet] = [:]
        var minute = start
        for (proposal, position) in work {
            let plan = proposal.plan
            guard let facts = plan.facts, plan.quality.indices.contains(position) else { continue }
            var generator = SeededGenerator(seed: seed ^ (UInt64(plan.number) &* 7_919 &+ UInt64(position) &* 104_729))
            let decided = DemoLevelPicker.decided(by: facts)
            let levels = try DemoLevelPicker.levels(method: method, sum: Points(plan.quality[position].sum), fixed: decided.fixed,
                                                    lowest: decided.lowest, generator: &generator)
            var scores: [String: QualitySheet.Score] = [:]
            let values = DemoNotes.values(plan, facts)
            for (index, criterion) in method.criteria.enumerated() {
                guard let points = levels[criterion.id] else { continue }
                let note = try GeneratedJustification.text(
                    criterion: criterion.id, points: points, proposal: plan, facts: facts, values: values, variant: plan.number + position + index,
                    target: justificationLengths.lowerBound + generator.number(below: justificationLengths.count),
                    longest: justificationLengths.upperBound)
                scores[criterion.id] = QualitySheet.Score(points: points, note: note)
            }
            let firstGroups = Set(method.groups.prefix(3).flatMap(\.criteria).map(\.id))
            let url = layout.sheetFile(evaluator, proposal: proposal.id, stage: .quality)
            let now = calendar.moment(minute)
            var sheet = QualitySheet(proposal: proposal.id, evaluator: evaluator)
            sheet.conflict = ConflictDeclaration(declared: false, at: now)
            sheet.updatedAt = now
            try writer.save(sheet, to: url, action: .sheetConflict, actor: evaluator, at: now)
            sheet.scores = scores.filter { firstGroups.contains($0.key) }
            try writer.save(sheet, to: url, action: .sheetScore, actor: evaluator, at: now)
            let later = calendar.moment(minute + 20)
            sheet.scores = scores
            sheet.updatedAt = later
            try writer.save(sheet, to: url, action: .sheetScore, actor: evaluator, at: later)
            sheet.status = .submitted
            sheet.submittedAt = later
            try writer.save(sheet, to: url, action: .sheetSubmit, actor: evaluator, at: later)
            try writer.close(url)
            if proposal.isDisputed {
                sheet.scores = sheet.scores.mapValues { QualitySheet.Score(points: $0.points) }
                disputed[proposal.id] = sheet
            }
            minute += Self.qualityMinutes
        }
        return (minute, disputed)
    }
}
