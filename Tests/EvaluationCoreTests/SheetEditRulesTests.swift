import EvaluationCore
import Testing

@Suite("Which changes to a sheet may be saved")
struct SheetEditRulesTests {
    static let at = Timestamp("2025-12-01T10:00:00+02:00")!
    static let noConflict = ConflictDeclaration(declared: false, at: at)
    static let returned = StatusChange(by: "chair", at: Timestamp("2025-12-02T10:00:00+02:00")!, reason: "Непълна обосновка", decision: 3)

    static func context(declared: Bool = true, assigned: Bool = true, quality: Bool = true, chairChanges: [StatusChange] = []) -> SheetEditRules.Context {
        SheetEditRules.Context(evaluator: "e1", proposal: "P-1", stage: .quality, declarationAccepted: declared, assigned: assigned,
                               procedureHasQuality: quality, chairChanges: chairChanges)
    }

    static func sheet(status: SheetStatus = .draft, conflict: ConflictDeclaration? = noConflict, change: StatusChange? = nil,
                      content: Bool = true, evaluator: String = "e1") -> SheetEditRules.Sheet {
        SheetEditRules.Sheet(proposal: "P-1", evaluator: evaluator, status: status, conflict: conflict, statusChange: change, hasContent: content)
    }

    @Test("A draft of one's own, assigned, after the declaration, with a conflict answer: saved")
    func allowed() {
        #expect(SheetEditRules.saveRefusal(of: Self.sheet(), over: nil, in: Self.context()) == nil)
        #expect(SheetEditRules.saveRefusal(of: Self.sheet(), over: Self.sheet(content: false), in: Self.context()) == nil)
    }

    @Test("The declaration comes first, then the assignment, then the procedure's quality stage")
    func preconditions() {
        #expect(SheetEditRules.saveRefusal(of: Self.sheet(), over: nil, in: Self.context(declared: false)) == .noDeclaration(evaluator: "e1"))
        #expect(SheetEditRules.saveRefusal(of: Self.sheet(), over: nil, in: Self.context(assigned: false))
            == .notAssigned(evaluator: "e1", proposal: "P-1", stage: .quality))
        #expect(SheetEditRules.saveRefusal(of: Self.sheet(), over: nil, in: Self.context(quality: false)) == .noQuality)
        #expect(SheetEditRules.saveRefusal(of: Self.sheet(evaluator: "e2"), over: nil, in: Self.context()) == .notOwnSheet(evaluator: "e1", proposal: "P-1"))
    }

    @Test("Submitted and cancelled sheets and recusals are closed", arguments: [SheetStatus.submitted, .cancelled])
    func locked(_ status: SheetStatus) {
        #expect(SheetEditRules.saveRefusal(of: Self.sheet(status: status), over: Self.sheet(status: status), in: Self.context()) == .locked(status))
        #expect(SheetEditRules.lockRefusal(of: Self.sheet(status: status)) == .locked(status))
        let recused = Self.sheet(conflict: ConflictDeclaration(declared: true, at: Self.at), content: false)
        #expect(SheetEditRules.saveRefusal(of: recused, over: recused, in: Self.context()) == .recused)
        #expect(SheetEditRules.lockRefusal(of: Self.sheet(status: .returned)) == nil)
    }

    @Test("The conflict answer, once given, cannot change; content needs one, and a recusal has none")
    func conflict() {
        let changed = Self.sheet(conflict: ConflictDeclaration(declared: false, at: Timestamp("2025-12-05T10:00:00+02:00")!))
        #expect(SheetEditRules.saveRefusal(of: changed, over: Self.sheet(), in: Self.context()) == .conflictChanged)
        #expect(SheetEditRules.saveRefusal(of: Self.sheet(conflict: nil), over: Self.sheet(), in: Self.context()) == .conflictChanged)
        #expect(SheetEditRules.saveRefusal(of: Self.sheet(conflict: nil), over: nil, in: Self.context()) == .conflictFirst)
        let recusedWithScores = Self.sheet(conflict: ConflictDeclaration(declared: true, at: Self.at))
        #expect(SheetEditRules.saveRefusal(of: recusedWithScores, over: nil, in: Self.context()) == .recusalWithContent)
    }

    @Test("Saving never changes the status", arguments: [SheetStatus.submitted, .returned, .cancelled])
    func status(_ status: SheetStatus) {
        #expect(SheetEditRules.saveRefusal(of: Self.sheet(status: status), over: Self.sheet(), in: Self.context()) == .statusChanged)
        #expect(SheetEditRules.saveRefusal(of: Self.sheet(status: status), over: nil, in: Self.context()) == .statusChanged)
    }

    @Test("A statusChange the chair did not decide is forged; one on disk cannot be changed or dropped")
    func forgedStatusChange() {
        let forged = StatusChange(by: "chair", at: Self.at, reason: "x", decision: 99)
        #expect(SheetEditRules.saveRefusal(of: Self.sheet(change: forged), over: nil, in: Self.context()) == .statusChangeNotDecided(decision: 99))
        #expect(SheetEditRules.saveRefusal(of: Self.sheet(change: forged), over: Self.sheet(), in: Self.context()) == .statusChangeNotDecided(decision: 99))
        let onDisk = Self.sheet(status: .returned, change: Self.returned)
        var renumbered = Self.returned
        renumbered.decision = 99
        #expect(SheetEditRules.saveRefusal(of: Self.sheet(status: .returned, change: renumbered), over: onDisk, in: Self.context(chairChanges: [Self.returned]))
            == .statusChangeNotDecided(decision: 99))
        #expect(SheetEditRules.saveRefusal(of: Self.sheet(status: .returned), over: onDisk, in: Self.context()) == .statusChangeAltered)
        #expect(SheetEditRules.saveRefusal(of: Self.sheet(status: .returned, change: Self.returned), over: onDisk, in: Self.context()) == nil)
        #expect(SheetEditRules.saveRefusal(of: Self.sheet(change: Self.returned), over: nil, in: Self.context(chairChanges: [Self.returned])) == nil)
        #expect(SheetEditRules.saveRefusal(of: Self.sheet(change: Self.returned), over: Self.sheet(), in: Self.context(chairChanges: [Self.returned]))
            == .statusChangeAltered)
    }

    @Test("Notes with control characters other than a new line and a tab are refused before a save")
    func controlCharactersInNotes() {
        var sheet = QualitySheet(proposal: "P-1", evaluator: "e1", conflict: Self.noConflict)
        sheet.scores["1.1"] = QualitySheet.Score(points: Points(3), note: "ред\n\tвтори")
        #expect(SheetEditRules.saveRefusal(of: SheetEditRules.Sheet(sheet), over: nil, in: Self.context()) == nil)
        sheet.scores["1.2"] = QualitySheet.Score(points: Points(3), note: "a\u{1B}[2J")
        #expect(SheetEditRules.saveRefusal(of: SheetEditRules.Sheet(sheet), over: nil, in: Self.context()) == .controlCharacter("\u{1B}"))
        var admin = AdminSheet(proposal: "P-1", evaluator: "e1", conflict: Self.noConflict, answers: ["I.1": .init(.no, note: "x\u{7}")])
        #expect(SheetEditRules.Sheet(admin).refusedCharacter == "\u{7}")
        admin.answers["I.1"] = .init(.no, note: "x")
        #expect(SheetEditRules.Sheet(admin).refusedCharacter == nil)
    }

    @Test("Status transitions: the evaluator submits, the chair returns and cancels")
    func transitions() {
        #expect(SheetEditRules.allowsTransition(from: .draft, to: .submitted, byChair: false))
        #expect(SheetEditRules.allowsTransition(from: .returned, to: .submitted, byChair: false))
        #expect(!SheetEditRules.allowsTransition(from: .submitted, to: .draft, byChair: false))
        #expect(!SheetEditRules.allowsTransition(from: .submitted, to: .returned, byChair: false))
        #expect(SheetEditRules.allowsTransition(from: .submitted, to: .returned, byChair: true))
        #expect(!SheetEditRules.allowsTransition(from: .cancelled, to: .draft, byChair: true))
        #expect(!SheetEditRules.allowsTransition(from: .draft, to: .submitted, byChair: true))
        for status in SheetStatus.allCases {
            #expect(SheetEditRules.allowsTransition(from: status, to: status, byChair: false))
            #expect(!SheetEditRules.allowsTransition(from: .cancelled, to: status, byChair: true) || status == .cancelled)
        }
    }

    @Test("Every refusal speaks both languages")
    func messages() {
        let refusals: [SheetEditRules.Refusal] = [
            .noDeclaration(evaluator: "e1"), .notOwnSheet(evaluator: "e1", proposal: "P"), .noQuality,
            .notAssigned(evaluator: "e1", proposal: "P", stage: .admin), .locked(.submitted), .recused, .conflictChanged,
            .statusChanged, .statusChangeAltered, .statusChangeNotDecided(decision: 7), .conflictFirst, .recusalWithContent,
            .controlCharacter("\u{1B}"),
        ]
        #expect(Set(refusals.map(\.message.bulgarian)).count == refusals.count)
        #expect(Set(refusals.map(\.message.english)).count == refusals.count)
    }
}

@Suite("The context of a sheet's rules, from the workspace's values")
struct SheetEditContextTests {
    static let decision = Decision(number: 4, kind: .returnSheet, proposal: "P-1", reason: "Непълна обосновка", by: "chair",
                                   at: Timestamp("2025-12-02T10:00:00+02:00")!, evaluator: "e1", stage: .quality)

    static func context(_ evaluator: String = "e1", stage: Assignments.Stage = .quality, declared: Bool = true,
                        procedure: Procedure? = nil) throws -> SheetEditRules.Context {
        SheetEditRules.Context(evaluator: evaluator, proposal: "P-1", stage: stage, declarationAccepted: declared,
                               assignments: Assignments(admin: ["P-1": ["e2"]], quality: ["P-1": ["e1", "e3"]]),
                               procedure: try procedure ?? Fixtures.reference, decisions: DecisionLog(decisions: [decision]))
    }

    @Test("Assigned, the procedure's quality stage and the chair's returns of this very sheet come from the workspace's values")
    func fromValues() throws {
        let context = try Self.context()
        #expect(context.assigned && context.procedureHasQuality && context.declarationAccepted)
        #expect(context.chairChanges == [StatusChange(by: "chair", at: Self.decision.at, reason: "Непълна обосновка", decision: 4)])
        let admin = try Self.context(stage: .admin)
        #expect(!admin.assigned && admin.chairChanges.isEmpty)
        let other = try Self.context("e3")
        #expect(other.assigned && other.chairChanges.isEmpty)
        var adminOnly = try Fixtures.reference
        adminOnly.quality = nil
        #expect(try !Self.context(procedure: adminOnly).procedureHasQuality)
    }

    @Test("The desk's checks without a disk: declaration first, then the assignment, then the sheet's status")
    func refusals() throws {
        let draft = SheetEditRules.Sheet(proposal: "P-1", evaluator: "e1", status: .draft, conflict: nil, statusChange: nil, hasContent: false)
        #expect(SheetEditRules.editRefusal(of: draft, in: try Self.context(declared: false)) == .noDeclaration(evaluator: "e1"))
        #expect(SheetEditRules.editRefusal(of: draft, in: try Self.context(stage: .admin)) == .notAssigned(evaluator: "e1", proposal: "P-1", stage: .admin))
        var submitted = draft
        submitted.status = .submitted
        #expect(SheetEditRules.editRefusal(of: submitted, in: try Self.context()) == .locked(.submitted))
        #expect(SheetEditRules.editRefusal(of: draft, in: try Self.context()) == nil)
    }
}
