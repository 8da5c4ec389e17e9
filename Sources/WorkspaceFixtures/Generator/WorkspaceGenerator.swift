import EvaluationCore
import Foundation
import Workspace

/// Realistic workspaces of any size in the documented format, for the benchmark (`ocenka-bench
/// generate`): procedure 33.24-2025 with the demo's committee (and more evaluators named like them),
/// `proposals` proposals modelled on the demo's, the random assignment, every checklist and every
/// quality sheet submitted with justifications of 300–2 000 characters (or as asked), and the chair's decisions on
/// half of the proposals whose scores are too far apart (the other half still need one). The same
/// seed gives the same bytes. The files and their audit logs are what the program itself would
/// write, so `ocenka check` finds the workspace in order — but nothing is flushed file by file.
public enum WorkspaceGenerator {
    /// What was generated.
    public struct Summary: Sendable, Equatable {
        public var proposals: Int
        public var evaluators: Int
        /// Admin and quality sheets.
        public var sheets: Int
        public var decisions: Int
        public var logEntries: Int
    }

    /// Real justifications: 300–2 000 characters.
    public static let realisticJustifications = GeneratedJustification.realistic

    /// Generates a workspace in `root`, a new or empty folder, all or nothing: it is built beside
    /// `root` and moved into place when complete. Every justification of a quality score is
    /// `justifications` characters long (a length drawn from the range for each).
    @discardableResult
    public static func generate(at root: URL, proposals count: Int, evaluators: Int, seed: UInt64, procedure: ProcedureFile,
                                justifications: ClosedRange<Int> = realisticJustifications) throws(WorkspaceError) -> Summary {
        guard procedure.procedure.id == DemoWorkspace.procedureID, let method = procedure.procedure.quality else {
            throw .refused(LocalizedText(
                bg: "генераторът пише работни пространства по процедура \(DemoWorkspace.procedureID), а не по \(procedure.procedure.id)",
                en: "the generator writes workspaces of procedure \(DemoWorkspace.procedureID), not \(procedure.procedure.id)"))
        }
        let needed = max(procedure.procedure.admin.evaluatorsPerProposal, procedure.procedure.reconciliation?.evaluatorsPerProposal ?? 1)
        guard justifications.lowerBound >= 20, justifications.upperBound <= DocumentDecoding.maxTextLength else {
            throw .refused(LocalizedText(
                bg: "обосновките са от 20 до \(DocumentDecoding.maxTextLength) знака, а не \(justifications.lowerBound)–\(justifications.upperBound)",
                en: "justifications are 20 to \(DocumentDecoding.maxTextLength) characters long, not \(justifications.lowerBound)–\(justifications.upperBound)"))
        }
        guard count >= 1, evaluators >= needed else {
            throw .refused(LocalizedText(
                bg: "нужни са поне 1 предложение и \(needed) оценители",
                en: "at least 1 proposal and \(needed) evaluators are needed"))
        }
        return try StagedFolder.build(at: root, purpose: "generating") { (staging: URL) throws(WorkspaceError) in
            try build(at: staging, count: count, evaluators: evaluators, seed: seed, procedure: procedure, method: method,
                      justifications: justifications)
        }
    }

    private static func build(at root: URL, count: Int, evaluators evaluatorCount: Int, seed: UInt64, procedure file: ProcedureFile,
                              method: QualityMethod, justifications: ClosedRange<Int>) throws(WorkspaceError) -> Summary {
        let procedure = file.procedure
        let layout = WorkspaceLayout(root: root)
        try StagedFolder.io(root.path, "mkdir") {
            for folder in [layout.root, layout.chairFolder, layout.sheetsFolder, layout.exportsFolder] {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
        }
        let chairID = DemoWorkspace.chairID
        let system = WorkspaceCreator.systemActor
        let chair = GeneratedWriter(layout: layout, log: layout.chairAuditFile)
        // Working days for the most sheets an evaluator can have (3 per proposal shared out), a quality
        // sheet's time each, and a month to spare.
        let sheetsEach = 3 * count / evaluatorCount + 1
        let calendar = GeneratorCalendar(from: day("2025-11-26"),
                                         workingDays: 30 + sheetsEach * GeneratedEvaluatorWork.qualityMinutes / GeneratorCalendar.minutesPerDay)

        // The workspace, the committee, the register and the draw, on 26 November.
        var moment = calendar.moment(0)
        try chair.save(file.data, to: layout.procedureFile, action: .initProcedure, actor: system, at: moment)
        var info = WorkspaceInfo(procedure: procedure.id, procedureSha256: SHA256Digest.hex(file.data), createdAt: moment)
        try chair.save(info, to: layout.workspaceFile, action: .initWorkspace, actor: system, at: moment)
        try chair.save(ProposalRegisterFile(proposals: []), to: layout.proposalsFile, action: .initProposals, actor: system, at: moment)
        try chair.save(Assignments(), to: layout.assignmentsFile, action: .initAssignments, actor: system, at: moment)
        let members = [DemoData.chair] + (1...evaluatorCount).map { number in
            number <= DemoData.evaluators.count
                ? DemoData.evaluators[number - 1]
                : CommitteeMember(id: "e\(number)", name: GeneratedNames.member(number), role: .evaluator)
        }
        try DemoKeys.install(members, in: .standard)
        for (index, member) in members.enumerated() {
            info.committee.append(DemoKeys.registering(member))
            moment = calendar.moment(5 + index)
            try chair.save(info, to: layout.workspaceFile, action: .committeeAdd, actor: index == 0 ? system : chairID, at: moment)
        }
        let proposals = GeneratedRegister.make(count: count, seed: seed, procedure: procedure)
        let register = RegisterFindings.apply(to: proposals.map(\.proposal), procedure: procedure)
        try chair.save(ProposalRegisterFile(proposals: register), to: layout.proposalsFile, action: .proposalsImport,
                       actor: chairID, at: calendar.moment(30))
        let evaluatorIDs = members.dropFirst().map(\.id)
        let assignments = draw(proposals.map(\.id), evaluators: evaluatorIDs, seed: seed, procedure: procedure)
        try chair.save(assignments, to: layout.assignmentsFile, action: .assign, actor: chairID, at: calendar.moment(60))

        // The evaluators from 1 December: the declarations and the checklists, then the quality sheets.
        let firstDay = 3 * GeneratorCalendar.minutesPerDay
        var works: [GeneratedEvaluatorWork] = []
        var writers: [GeneratedWriter] = []
        var adminEnd = firstDay
        for (index, evaluator) in evaluatorIDs.enumerated() {
            try StagedFolder.io(layout.evaluatorFolder(evaluator).path, "mkdir") {
                try FileManager.default.createDirectory(at: layout.evaluatorFolder(evaluator), withIntermediateDirectories: true)
            }
            let writer = GeneratedWriter(layout: layout, log: layout.auditFile(evaluator))
            let work = GeneratedEvaluatorWork(layout: layout, procedure: procedure, evaluator: evaluator, calendar: calendar,
                                              writer: writer, seed: seed, justificationLengths: justifications)
            try work.declare(at: firstDay + index)
            let checklists = proposals.filter { assignments.evaluators(of: $0.id, in: .admin).contains(evaluator) }
            adminEnd = max(adminEnd, try work.checkAdministratively(checklists, from: firstDay + 10))
            works.append(work)
            writers.append(writer)
        }
        let qualityStart = GeneratorCalendar.nextDay(after: adminEnd)
        var qualityEnd = qualityStart
        var disputed: [String: [QualitySheet]] = [:]
        for work in works {
            let sheets = proposals.filter(\.isAdmitted).compactMap { proposal -> (proposal: GeneratedProposal, position: Int)? in
                assignments.evaluators(of: proposal.id, in: .quality).firstIndex(of: work.evaluator).map { (proposal, $0) }
            }
            let done = try work.assessQuality(sheets, method: method, from: qualityStart)
            qualityEnd = max(qualityEnd, done.end)
            for (proposal, sheet) in done.disputed { disputed[proposal, default: []].append(sheet) }
        }

        // The chair's decisions, the day after the last sheet.
        let log = decisions(for: proposals, disputed: disputed, assignments: assignments, procedure: procedure, method: method,
                            at: GeneratorCalendar.nextDay(after: qualityEnd), calendar: calendar)
        for (index, decision) in log.decisions.enumerated() {
            try chair.save(DecisionLog(decisions: Array(log.decisions.prefix(index + 1))), to: layout.decisionsFile,
                           action: .decide(decision.kind), actor: chairID, at: decision.at)
        }
        try chair.finish()
        for writer in writers { try writer.finish() }
        return Summary(proposals: count, evaluators: evaluatorCount, sheets: writers.reduce(0) { $0 + $1.fileCount } - writers.count,
                       decisions: log.decisions.count, logEntries: writers.reduce(chair.entryCount) { $0 + $1.entryCount })
    }

    /// The draw of `ocenka assign` with `seed` (Docs/formats.md), both stages from one generator.
    private static func draw(_ proposals: [String], evaluators: [String], seed: UInt64, procedure: Procedure) -> Assignments {
        var generator = SeededGenerator(seed: seed)
        var result = Assignments(seed: seed)
        var stages: [(Assignments.Stage, Int)] = [(.admin, procedure.admin.evaluatorsPerProposal)]
        if let reconciliation = procedure.reconciliation { stages.append((.quality, reconciliation.evaluatorsPerProposal)) }
        for (stage, perProposal) in stages {
            result[stage] = AssignmentDraw.draw(proposals: proposals, evaluators: evaluators, perProposal: perProposal, keep: [:],
                                                excluded: [:], generator: &generator).assignments
        }
        return result
    }

    /// A consensus score for every other disputed proposal whose sheets cannot be averaged (the rest
    /// wait for the chair), and the budget corrections, five minutes apart from `start`.
    private static func decisions(for proposals: [GeneratedProposal], disputed: [String: [QualitySheet]], assignments: Assignments,
                                  procedure: Procedure, method: QualityMethod, at start: Int,
                                  calendar: GeneratorCalendar) -> DecisionLog {
        var log = DecisionLog()
        var waiting = 0
        func add(_ kind: Decision.Kind, _ proposal: String, reason: String, points: Points? = nil, amount: Money? = nil) {
            let number = log.decisions.count + 1
            log.decisions.append(Decision(number: number, kind: kind, proposal: proposal, reason: reason, by: DemoWorkspace.chairID,
                                          at: calendar.moment(start + 5 * number), points: points, amount: amount))
        }
        for proposal in proposals where proposal.isAdmitted {
            if let sheets = disputed[proposal.id], let policy = procedure.reconciliation,
               case .needsDecision = Reconciliation.result(assigned: assignments.evaluators(of: proposal.id, in: .quality), sheets: sheets,
                                                           method: method, policy: policy, consensus: nil) {
                waiting += 1
                if waiting % 2 == 1 {
                    let totals = sheets.map { SheetTotals(sheet: $0, method: method).total.hundredths }.sorted()
                    let spread = Points(hundredths: (totals.last ?? 0) - (totals.first ?? 0))
                    let agreed = Points(hundredths: totals.reduce(0, +) / max(1, totals.count) / 100 * 100)
                    let allowed = policy.allowedSpread(maxPoints: method.maxPoints)
                    add(.consensusScore, proposal.id, reason: "Оценките се разминават с \(spread.localizedNumber) т. при допустими "
                        + "\(allowed.localizedNumber) т. След обсъждане на критериите с най-голяма разлика комисията единодушно приема "
                        + "консенсусна оценка \(agreed.localizedNumber) т.", points: agreed)
                }
            }
            if let correction = proposal.correction {
                add(.budgetCorrection, proposal.id, reason: "Разходите за оборудване в бюджетния ред „Материали и консумативи“ "
                    + "надхвърлят допустимите по т. 6 от Насоките; недопустимата част от \(correction.formatted(currency: procedure.currency)) "
                    + "се изважда от исканата сума.", amount: correction)
            }
        }
        return log
    }

    private static func day(_ text: String) -> CalendarDate {
        guard let date = CalendarDate(text) else { preconditionFailure("not a date: \(text)") }
        return date
    }
}
