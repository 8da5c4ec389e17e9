import EvaluationCore
import Foundation
import Workspace

/// A small workspace of procedure 33.24-2025 made through the library, as the commands make it:
/// a chair, evaluators, a few proposals imported from CSV, assigned with a fixed seed.
public struct WorkspaceFixture {
    public let root: URL
    public let clock = WorkspaceClock(fixed: Timestamp("2025-12-01T10:00:00+02:00")!)

    public static let csv = """
    id,registeredAt,priority,requested,title,applicantName,applicantEik,applicantType,partners
    P-1,2025-11-24T10:00:00+02:00,1,24850.00,"Заедно в училище","ОУ „Христо Ботев“, гр. Сливен",\(EIK.completing("10000001")!),school,
    P-2,2025-11-24T11:00:00+02:00,2,18000,"Родители и училище","СУ „Васил Левски“, гр. Шумен",\(EIK.completing("10000002")!),school,
    P-3,2025-11-25T09:30:00+02:00,4,"14 500,00","Равен достъп","ДГ „Слънце“, гр. Ямбол",\(EIK.completing("10000003")!),kindergarten,"Община Ямбол|\(EIK.completing("10000004")!)"

    """

    /// Makes the workspace in a new temporary folder with evaluators `evaluators`.
    public static func make(evaluators: [String] = ["e1", "e2"], declare: Bool = true) throws -> WorkspaceFixture {
        let root = try TestFiles.temporaryFolder().appendingPathComponent("ws")
        let fixture = WorkspaceFixture(root: root)
        let config = TestFiles.packageRoot.appendingPathComponent("Config")
        let procedure = try ProcedureCatalog(configFolder: config).procedure(withID: "coiduem-33.24-2025").get()
        _ = try WorkspaceCreator.create(at: root, procedure: procedure, clock: fixture.clock)
        _ = try CommitteeEditor.add(CommitteeMember(id: "chair", name: "Елена Стоянова", role: .chair), actingAs: nil, in: root, clock: fixture.clock)
        for (index, id) in evaluators.enumerated() {
            _ = try CommitteeEditor.add(CommitteeMember(id: id, name: "Оценител \(index + 1)", role: .evaluator),
                                        actingAs: "chair", in: root, clock: fixture.clock)
        }
        let csvFile = root.deletingLastPathComponent().appendingPathComponent("proposals.csv")
        try Data(csv.utf8).write(to: csvFile)
        _ = try RegisterImporter.importCSV(csvFile, into: root, actingAs: "chair", clock: fixture.clock)
        _ = try AssignmentService.assign(in: root, actingAs: "chair", seed: 7, clock: fixture.clock)
        for id in evaluators where declare {
            let desk = try EvaluatorDesk.open(root, evaluator: id, clock: fixture.clock)
            try desk.declare()
            desk.close()
        }
        return fixture
    }

    public var layout: WorkspaceLayout { WorkspaceLayout(root: root) }

    /// Every file under the workspace with its bytes (the writers' `.lock` files left out), for
    /// "nothing changed" checks.
    public func contents() throws -> [String: Data] {
        try TestFiles.files(under: root).filter { $0.key != ".lock" && !$0.key.hasSuffix("/.lock") }
    }

    public func remove() {
        try? FileManager.default.removeItem(at: root.deletingLastPathComponent())
    }
}

extension WorkspaceFixture {
    /// The evaluators assigned to `proposal` in `stage`.
    public func assigned(_ proposal: String, _ stage: Assignments.Stage) throws -> [String] {
        try WorkspaceFiles.assignments(layout).evaluators(of: proposal, in: stage)
    }

    /// Every assigned evaluator answers the checklist of `proposal` ДА (Н/П on I.2) and submits.
    public func admit(_ proposal: String) throws {
        for evaluator in try assigned(proposal, .admin) {
            let desk = try EvaluatorDesk.open(root, evaluator: evaluator, clock: clock)
            defer { desk.close() }
            let sheet = AdminSheet(proposal: proposal, evaluator: evaluator, conflict: ConflictDeclaration(declared: false, at: clock.now()),
                                   answers: ["I.1": .init(.yes), "I.2": .init(.na), "II.1": .init(.yes)])
            try desk.save(sheet, action: .sheetAnswer)
            try desk.submit(proposal, stage: .admin)
        }
    }

    /// `evaluator` scores every criterion of `proposal` with the level at `levelIndex` (0 = the highest,
    /// clamped to the lowest) and submits; returns the sheet's total. `note`: the justification of
    /// every criterion, before the criterion's number (a short one by default).
    @discardableResult
    public func score(_ proposal: String, by evaluator: String, levelIndex: Int, submit: Bool = true, note: String = "Обосновка по критерий") throws -> Points {
        let desk = try EvaluatorDesk.open(root, evaluator: evaluator, clock: clock)
        defer { desk.close() }
        let method = desk.procedure.quality!
        var scores: [String: QualitySheet.Score] = [:]
        for criterion in method.criteria {
            let level = criterion.levels[min(levelIndex, criterion.levels.count - 1)]
            scores[criterion.id] = .init(points: level.points, note: "\(note) \(criterion.id).")
        }
        var sheet = try desk.qualitySheetOrDraft(proposal)
        sheet.conflict = sheet.conflict ?? ConflictDeclaration(declared: false, at: clock.now())
        sheet.scores = scores
        try desk.save(sheet, action: .sheetScore)
        if submit { try desk.submit(proposal, stage: .quality) }
        return SheetTotals(sheet: sheet, method: method).total
    }
}
