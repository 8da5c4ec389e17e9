import EvaluationCore
import Foundation
import Workspace

/// The built-in demonstration: a workspace of procedure 33.24-2025 in the middle of its evaluation,
/// made through the program's own code paths — the committee, a register imported from CSV, the
/// random assignment, the declarations, the checklists (one proposal not admitted, one remedy) and
/// the quality sheets (one spread above the limit, one zeroed by the 2.3 rule, two below the floor,
/// three drafts, one not started). Every step has a fixed moment, so the demo is the same, byte for
/// byte, every time it is made, wherever it is made.
public enum DemoWorkspace {
    /// The procedure the demo runs.
    public static let procedureID = "coiduem-33.24-2025"
    public static let chairID = "chair"
    /// The evaluator the interface opens as.
    public static let firstEvaluatorID = "e1"
    /// The seed of the assignment draw.
    public static let seed: UInt64 = 33_242_025

    /// The reference procedure from the `Config` folder `locator` finds.
    public static func referenceProcedure(locator: ConfigLocator = .forCurrentProcess) -> Result<ProcedureFile, ProcedureStoreError> {
        locator.locate().flatMap { ProcedureCatalog(configFolder: $0).procedure(withID: procedureID) }
    }

    /// Makes the demo in `root`, a new or empty folder, all or nothing: it is built beside `root` and
    /// moved into place when complete.
    @discardableResult
    public static func create(at root: URL, procedure: ProcedureFile, keys: KeyStore = .standard) throws(WorkspaceError) -> Summary {
        guard procedure.procedure.id == procedureID else {
            throw .refused(LocalizedText(
                bg: "демонстрацията е за процедура \(procedureID), а не за \(procedure.procedure.id)",
                en: "the demo is for procedure \(procedureID), not \(procedure.procedure.id)"))
        }
        try DemoKeys.install([DemoData.chair] + DemoData.evaluators, in: keys)
        try StagedFolder.build(at: root, purpose: "demo") { (staging: URL) throws(WorkspaceError) in
            try build(at: staging, procedure: procedure, keys: keys)
            try removeLocks(in: WorkspaceLayout(root: staging))
        }
        let target = WorkspaceLayout(root: root).root
        return Summary(try WorkspaceLoader.load(target).get())
    }

    private static func build(at root: URL, procedure: ProcedureFile, keys: KeyStore) throws(WorkspaceError) {
        let day = "2025-11-26"
        _ = try WorkspaceCreator.create(at: root, procedure: procedure, clock: DemoMoment(day, 9, 0).clock)
        try CommitteeEditor.add(DemoKeys.registering(DemoData.chair), actingAs: nil, in: root, clock: DemoMoment(day, 9, 5).clock, keys: keys)
        for (index, member) in DemoData.evaluators.enumerated() {
            try CommitteeEditor.add(DemoKeys.registering(member), actingAs: chairID, in: root,
                                    clock: DemoMoment(day, 9, 10 + index).clock, keys: keys)
        }
        try importRegister(into: root, at: DemoMoment(day, 9, 30))
        let assignments = try AssignmentService.assign(in: root, actingAs: chairID, seed: seed,
                                                       clock: DemoMoment(day, 10, 0).clock).assignments
        let work = DemoEvaluatorWork(root: root, procedure: procedure.procedure)
        let evaluators = DemoData.evaluators.map(\.id)
        for (index, evaluator) in evaluators.enumerated() {
            try work.declare(evaluator, at: DemoMoment("2025-12-01", 9, 10 * index))
        }
        for evaluator in evaluators {
            let proposals = DemoData.proposals.filter { assignments.evaluators(of: $0.id, in: .admin).contains(evaluator) }
            for (slot, proposal) in proposals.enumerated() {
                try work.checkAdministratively(proposal, by: evaluator, from: adminStart(slot))
            }
            for proposal in proposals {
                try work.finishRemedy(proposal, by: evaluator)
            }
        }
        try recordSession(in: root)
        for evaluator in evaluators {
            var slot = 0
            for proposal in DemoData.proposals where !proposal.quality.isEmpty {
                guard let position = assignments.evaluators(of: proposal.id, in: .quality).firstIndex(of: evaluator) else { continue }
                try work.assessQuality(proposal, by: evaluator, position: position, from: qualityStart(slot))
                slot += 1
            }
        }
    }

    /// The committee's session data, as the chair records it at the first sitting, and the last
    /// sitting's date on the day of the protocol. The order and its data are illustrative.
    private static func recordSession(in root: URL) throws(WorkspaceError) {
        try CommitteeSessionStore.update(actingAs: chairID, in: root, clock: DemoMoment("2025-12-01", 8, 30).clock) { session in
            session.protocolNumber = "ОК-33.24-1"
            session.place = "гр. София, ул. „Г. С. Раковски“ № 96"
            session.firstSitting = CalendarDate(year: 2025, month: 12, day: 1)
            session.order = CommitteeSession.AppointmentOrder(
                number: "РД-09-412", date: CalendarDate(year: 2025, month: 11, day: 27)!,
                issuedBy: "директора на ЦОИДУЕМ",
                legalBasis: "Правилника за устройството, дейността и организацията на работа на ЦОИДУЕМ и Насоките за кандидатстване по Конкурсна процедура 33.24-2025")
            session.secretary = "Иванка Петрова"
            session.approver = CommitteeSession.Approver(name: "Йордан Димитров", position: "директор на ЦОИДУЕМ")
            session.reportingCurrency = "EUR"
        }
        try CommitteeSessionStore.update(actingAs: chairID, in: root, clock: DemoMoment("2025-12-15", 11, 0).clock) { session in
            session.lastSitting = CalendarDate(year: 2025, month: 12, day: 15)
        }
    }

    /// Writes the register as a CSV file outside the workspace and imports it as `ocenka proposals
    /// import` does.
    private static func importRegister(into root: URL, at moment: DemoMoment) throws(WorkspaceError) {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("ocenka-demo-register-\(UUID().uuidString)", isDirectory: true)
        let file = folder.appendingPathComponent("register.csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        try StagedFolder.io(file.path, "write") {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(DemoRegisterCSV.text(DemoData.proposals).utf8).write(to: file)
        }
        _ = try RegisterImporter.importCSV(file, into: root, actingAs: chairID, clock: moment.clock)
    }

    /// The checklists: five an evaluator's morning on 1 December, up to five more on 2 December.
    private static func adminStart(_ slot: Int) -> DemoMoment {
        precondition(slot < 10, "the demo's calendar has room for ten checklists an evaluator")
        return DemoMoment(slot < 5 ? "2025-12-01" : "2025-12-02", 9, 30).adding(minutes: 40 * (slot % 5))
    }

    /// The quality sheets: three a working day from 3 December (room for all 24 proposals).
    private static func qualityStart(_ slot: Int) -> DemoMoment {
        let days = ["2025-12-03", "2025-12-04", "2025-12-05", "2025-12-08", "2025-12-09", "2025-12-10",
                    "2025-12-11", "2025-12-12"]
        let starts = [(9, 0), (11, 30), (14, 30)]
        precondition(slot / starts.count < days.count, "the demo's calendar has room for \(days.count * starts.count) quality sheets an evaluator")
        let start = starts[slot % starts.count]
        return DemoMoment(days[slot / starts.count], start.0, start.1)
    }

    /// The lock files name the process and the machine that made the demo; nobody holds them in the
    /// staging folder, and every session makes its own.
    private static func removeLocks(in layout: WorkspaceLayout) throws(WorkspaceError) {
        let evaluators = (try? FileManager.default.contentsOfDirectory(atPath: layout.sheetsFolder.path)) ?? []
        let folders = [layout.chairFolder] + evaluators.sorted().map(layout.evaluatorFolder)
        for folder in folders {
            let lock = folder.appendingPathComponent(".lock")
            guard FileManager.default.fileExists(atPath: lock.path) else { continue }
            try StagedFolder.io(lock.path, "remove") { try FileManager.default.removeItem(at: lock) }
        }
    }
}
