/// What an audit line says was done (its `action` field, Docs/formats.md): every change the program
/// saves names one of these. Names are dotted, from the thing to what was done to it.
public enum AuditAction: Sendable, Hashable {
    case initProcedure
    case initWorkspace
    case initProposals
    case initAssignments
    case committeeAdd
    case committeeKey
    case proposalsImport
    case assign
    case sessionSet
    case protocolExport
    /// An applicant's objection against not being admitted, recorded by the chair (`chair/objections.json`).
    case objectionAdd
    /// The head of the managing authority's decision on an objection, recorded by the chair.
    case objectionDecide
    /// A decision of the chair (`decisions.json`; for `assignEvaluator` also `assignments.json`).
    case decide(Decision.Kind)
    case declarationAccept
    case sheetImport
    case sheetAnswer
    case sheetNote
    case sheetScore
    case sheetJustification
    /// The conflict-of-interest answer written with the first content (the demo's sheets).
    case sheetConflict
    case sheetNoConflict
    case sheetRecuse
    case sheetUndo
    case sheetSubmit
    /// The chair's return or cancellation written into the evaluator's own sheet by their next session.
    case sheetReturned
    case sheetCancelled
    case remedyRequest
    case remedyReply
    case remedyDates
    case remedyWithdrawn

    /// The text written in the `action` field.
    public var recorded: String {
        switch self {
        case .initProcedure: "init.procedure"
        case .initWorkspace: "init.workspace"
        case .initProposals: "init.proposals"
        case .initAssignments: "init.assignments"
        case .committeeAdd: "committee.add"
        case .committeeKey: "committee.key"
        case .proposalsImport: "proposals.import"
        case .assign: "assign"
        case .sessionSet: "session.set"
        case .protocolExport: "protocol.export"
        case .objectionAdd: "objection.add"
        case .objectionDecide: "objection.decide"
        case .decide(let kind): "decide." + kind.rawValue
        case .declarationAccept: "declaration.accept"
        case .sheetImport: "sheet.import"
        case .sheetAnswer: "sheet.answer"
        case .sheetNote: "sheet.note"
        case .sheetScore: "sheet.score"
        case .sheetJustification: "sheet.justification"
        case .sheetConflict: "sheet.conflict"
        case .sheetNoConflict: "sheet.noConflict"
        case .sheetRecuse: "sheet.recuse"
        case .sheetUndo: "sheet.undo"
        case .sheetSubmit: "sheet.submit"
        case .sheetReturned: "sheet.returned"
        case .sheetCancelled: "sheet.cancelled"
        case .remedyRequest: "sheet.remedy.request"
        case .remedyReply: "sheet.remedy.reply"
        case .remedyDates: "sheet.remedy.dates"
        case .remedyWithdrawn: "sheet.remedy.withdrawn"
        }
    }

    /// Every action but the chair's decisions, which ``decide(_:)`` adds once per kind.
    private static let plain: [AuditAction] = [
        .initProcedure, .initWorkspace, .initProposals, .initAssignments, .committeeAdd, .committeeKey, .proposalsImport, .assign,
        .sessionSet, .protocolExport, .objectionAdd, .objectionDecide, .declarationAccept, .sheetImport, .sheetAnswer, .sheetNote, .sheetScore, .sheetJustification,
        .sheetConflict, .sheetNoConflict, .sheetRecuse, .sheetUndo, .sheetSubmit, .sheetReturned, .sheetCancelled,
        .remedyRequest, .remedyReply, .remedyDates, .remedyWithdrawn,
    ]

    public static let all: [AuditAction] = plain + Decision.Kind.allCases.map { .decide($0) }

    /// The spellings the evaluator's interface wrote before the remedy actions were named like the rest.
    private static let older: [String: AuditAction] = [
        "sheet.remedyRequest": .remedyRequest, "sheet.remedyReply": .remedyReply,
        "sheet.remedyDates": .remedyDates, "sheet.remedyWithdrawn": .remedyWithdrawn,
    ]

    private static let byRecorded: [String: AuditAction] = Dictionary(uniqueKeysWithValues: all.map { ($0.recorded, $0) })
        .merging(older) { current, _ in current }

    /// The action an audit line records, in the current or an older spelling; `nil` for a text no
    /// version of the program writes (an audit line's action is kept as read either way).
    public init?(recorded text: String) {
        guard let action = Self.byRecorded[text] else { return nil }
        self = action
    }
}
