import EvaluationCore
import EvaluatorApp
import Foundation
import Terminal
import TestSupport
import Testing

/// A model of procedure 33.24-2025 for evaluator e1 with a few proposals in different states.
enum AppFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let now = Timestamp("2025-12-02T10:00:00+02:00")!

    static var procedure: Procedure {
        get throws {
            try ProcedureDecoder.decode(Data(contentsOf: packageRoot.appendingPathComponent("Config/procedures/coiduem-33.24-2025.json"))).get()
        }
    }

    static func proposal(_ number: Int, _ applicant: String, priority: String, requested: Int64, findings: [Finding] = [],
                         partners: [Organisation] = []) -> Proposal {
        Proposal(id: String(format: "33.24-2025-%03d", number), registeredAt: Timestamp("2025-11-24T10:00:00+02:00")!,
                 title: "Проект \(number)", priority: priority, requested: Money(minorUnits: requested),
                 applicant: Organisation(name: applicant, eik: "000695114", type: "school"), partners: partners, findings: findings)
    }

    static func model(declared: Bool = true) throws -> EvaluatorModel {
        let procedure = try procedure
        let proposals = [
            proposal(1, "ОУ „Христо Ботев“, гр. Сливен", priority: "1", requested: 2_485_000),
            proposal(2, "СУ „Васил Левски“, гр. Шумен", priority: "2", requested: 1_800_050,
                     findings: [Finding(kind: .requestedAboveMaximum, limit: Money(minorUnits: 2_500_000))]),
            proposal(3, "ДГ „Слънце“, гр. Ямбол", priority: "4", requested: 1_450_000,
                     partners: [Organisation(name: "Община Ямбол", eik: "000970411")]),
            proposal(4, "Център за подкрепа за личностно развитие – Общежитие за средношколци, гр. Кърджали", priority: "1", requested: 2_000_000),
        ]
        let at = now
        var quality = QualitySheet(proposal: "33.24-2025-003", evaluator: "e1", conflict: ConflictDeclaration(declared: false, at: at))
        for criterion in procedure.quality!.criteria.prefix(5) {
            quality.scores[criterion.id] = .init(points: criterion.levels[0].points, note: "Обосновка по \(criterion.id): ясно описано.")
        }
        let submittedAdmin = AdminSheet(proposal: "33.24-2025-002", evaluator: "e1", conflict: ConflictDeclaration(declared: false, at: at),
                                        status: .submitted, answers: ["I.1": .init(.yes), "I.2": .init(.na), "II.1": .init(.yes)], submittedAt: at)
        let evaluator = CommitteeMember(id: "e1", name: "Мария Петрова", role: .evaluator)
        let assignments = Assignments(admin: ["33.24-2025-001": ["e1"], "33.24-2025-002": ["e1"]],
                                      quality: ["33.24-2025-002": ["e1"], "33.24-2025-003": ["e1"], "33.24-2025-004": ["e1"]])
        let info = WorkspaceInfo(procedure: procedure.id, procedureSha256: String(repeating: "0", count: 64), committee: [evaluator],
                                 createdAt: at)
        return EvaluatorModel(
            contents: WorkspaceContents(
                procedure: procedure, info: info, proposals: proposals, assignments: assignments,
                declarations: declared ? ["e1": Declaration(evaluator: "e1", acceptedAt: at)] : [:],
                adminSheets: ["e1": ["33.24-2025-002": submittedAdmin]], qualitySheets: ["e1": ["33.24-2025-003": quality]]),
            evaluator: evaluator,
            admission: ["33.24-2025-001": .pending(waitingFor: ["e1"]), "33.24-2025-002": .admitted(decision: nil),
                        "33.24-2025-003": .admitted(decision: nil), "33.24-2025-004": .pending(waitingFor: ["e2"])])
    }

    static func state(rows: Int = 24, columns: Int = 80, declared: Bool = true, language: Language = .bulgarian) throws -> AppState {
        AppState(model: try model(declared: declared), language: language, size: ScreenSize(rows: rows, columns: columns), today: now.localDate)
    }

    /// Sends keys through the update function, applying saves to the model as the program would.
    @discardableResult
    static func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        var all: [Effect] = []
        for key in keys {
            let effects = AppUpdate.handle(key, in: &state, now: now)
            for effect in effects {
                switch effect {
                case .saveAdmin(let sheet, _): _ = AppUpdate.update(.adminSheetRead(sheet), in: &state)
                case .saveQuality(let sheet, _): _ = AppUpdate.update(.qualitySheetRead(sheet), in: &state)
                case .acceptDeclaration: _ = AppUpdate.update(.declared(Declaration(evaluator: "e1", acceptedAt: now)), in: &state)
                default: break
                }
            }
            all += effects
        }
        return all
    }

    static func type(_ text: String) -> [Key] {
        text.map { Key.character($0) }
    }

    /// The screen as text, compared with `Snapshots/<name>.txt`; `OCENKA_UPDATE_GOLDEN=1` rewrites it.
    static func expectSnapshot(_ state: AppState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = AppView.render(state).buffer.lines.map { line in
            var trimmed = line
            while trimmed.last == " " { trimmed.removeLast() }
            return trimmed
        }.joined(separator: "\n") + "\n"
        try Golden.expect(text, file: packageRoot.appendingPathComponent("Tests/EvaluatorAppTests/Snapshots/\(name).txt"),
                          sourceLocation: sourceLocation)
    }
}
