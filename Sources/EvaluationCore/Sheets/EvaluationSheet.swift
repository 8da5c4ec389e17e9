/// An admin or quality sheet: a ``SheetHeader`` and the sheet's own part. The header's fields read and
/// write as the sheet's own (`sheet.status`).
public protocol EvaluationSheet: StatusCarrying {
    /// The `kind` the sheet's files carry.
    static var kindName: String { get }
    var header: SheetHeader { get set }
}

extension EvaluationSheet {
    public var format: Int { get { header.format } set { header.format = newValue } }
    public var kind: String { get { header.kind } set { header.kind = newValue } }
    public var proposal: String { get { header.proposal } set { header.proposal = newValue } }
    public var evaluator: String { get { header.evaluator } set { header.evaluator = newValue } }
    public var conflict: ConflictDeclaration? { get { header.conflict } set { header.conflict = newValue } }
    public var status: SheetStatus { get { header.status } set { header.status = newValue } }
    public var updatedAt: Timestamp? { get { header.updatedAt } set { header.updatedAt = newValue } }
    public var submittedAt: Timestamp? { get { header.submittedAt } set { header.submittedAt = newValue } }
    public var statusChange: StatusChange? { get { header.statusChange } set { header.statusChange = newValue } }
}
