import EvaluationCore
import Testing

@Suite("What is missing before a sheet can be submitted")
struct SubmissionCheckTests {
    static let at = Timestamp("2025-12-01T10:00:00+02:00")!
    static let noConflict = ConflictDeclaration(declared: false, at: at)

    @Test func qualityNeedsEveryLevelAndJustification() throws {
        let method = try #require(try Fixtures.smallProcedure.quality)
        let sheet = QualitySheet(proposal: "P", evaluator: "e1", conflict: Self.noConflict, scores: [
            "1.1": .init(points: Points(3), note: "Три проекта."),
            "1.2": .init(points: Points(1), note: "Ниво, което не съществува."),
            "2.1": .init(points: nil, note: "Обосновка без ниво."),
            "2.2": .init(points: Points(2), note: "   \n "),
            "9.9": .init(points: Points(1), note: "x"),
        ])
        #expect(SubmissionCheck.missing(sheet, method: method) == [
            .notALevel(criterion: "1.2", points: Points(1)),
            .notScored(criterion: "2.1"),
            .notAJustification(criterion: "2.2"),
            .unknownCriterion("9.9"),
        ])
    }

    @Test func completeQualitySheet() throws {
        let method = try #require(try Fixtures.smallProcedure.quality)
        var scores: [String: QualitySheet.Score] = [:]
        for criterion in method.criteria { scores[criterion.id] = .init(points: criterion.levels.last!.points, note: "Обосновка") }
        let sheet = QualitySheet(proposal: "P", evaluator: "e1", conflict: Self.noConflict, scores: scores)
        #expect(SubmissionCheck.missing(sheet, method: method).isEmpty)
        var submitted = sheet
        submitted.status = .submitted
        #expect(SubmissionCheck.missing(submitted, method: method) == [.notEditable(.submitted)])
        var returned = sheet
        returned.status = .returned
        #expect(SubmissionCheck.missing(returned, method: method).isEmpty)
    }

    @Test("Without a conflict declaration, or after a recusal, a sheet cannot be submitted")
    func conflict() throws {
        let method = try #require(try Fixtures.smallProcedure.quality)
        let unasked = QualitySheet(proposal: "P", evaluator: "e1")
        #expect(SubmissionCheck.missing(unasked, method: method).first == .conflictNotDeclared)
        let recused = QualitySheet(proposal: "P", evaluator: "e1", conflict: ConflictDeclaration(declared: true, at: Self.at))
        #expect(SubmissionCheck.missing(recused, method: method) == [.recused])
    }

    @Test("Admin: every criterion answered, a НЕ with a note, Н/П only where allowed")
    func adminAnswers() throws {
        let checklist = try Fixtures.smallProcedure.admin
        let sheet = AdminSheet(proposal: "P", evaluator: "e1", conflict: Self.noConflict, answers: [
            "I.1": .init(.na),
            "I.2": .init(.no),
        ])
        let today = CalendarDate("2025-12-01")!
        #expect(SubmissionCheck.missing(sheet, checklist: checklist, today: today) == [
            .notApplicableNotAllowed(criterion: "I.1"),
            .noteMissingForNo(criterion: "I.2"),
            .notAnswered(criterion: "II.1"),
        ])
    }

    @Test("A НЕ on a rejecting criterion can be submitted at once")
    func rejectingNo() throws {
        let checklist = try Fixtures.smallProcedure.admin
        let sheet = AdminSheet(proposal: "P", evaluator: "e1", conflict: Self.noConflict, answers: [
            "I.1": .init(.no, note: "Кандидатът не е училище."),
            "I.2": .init(.na),
            "II.1": .init(.yes),
        ])
        #expect(SubmissionCheck.missing(sheet, checklist: checklist, today: CalendarDate("2025-12-01")!).isEmpty)
    }

    @Test("A remediable НЕ: first the request, then the reply or the end of the deadline")
    func remediableNo() throws {
        let checklist = try Fixtures.smallProcedure.admin
        var sheet = AdminSheet(proposal: "P", evaluator: "e1", conflict: Self.noConflict, answers: [
            "I.1": .init(.yes), "I.2": .init(.na), "II.1": .init(.no, note: "Липсва автобиография на счетоводителя."),
        ])
        let monday = CalendarDate("2025-12-01")!
        #expect(SubmissionCheck.missing(sheet, checklist: checklist, today: monday) == [.remedyNotRequested(criterion: "II.1")])
        let due = RemedyDeadline.dueDate(requestedOn: monday, checklist: checklist)
        #expect(due == CalendarDate("2025-12-03")!)
        sheet.remedy = [RemedyRequest(criterion: "II.1", requestedAt: Self.at, dueDate: due, request: "Представете автобиографията.")]
        #expect(SubmissionCheck.missing(sheet, checklist: checklist, today: monday) == [.remedyPending(criterion: "II.1", dueDate: due)])
        #expect(SubmissionCheck.missing(sheet, checklist: checklist, today: due) == [.remedyPending(criterion: "II.1", dueDate: due)])
        #expect(SubmissionCheck.missing(sheet, checklist: checklist, today: due.adding(days: 1)).isEmpty)
        sheet.remedy[0].reply = .init(receivedAt: Timestamp("2025-12-02T09:00:00+02:00")!, text: "Приложена.")
        #expect(SubmissionCheck.missing(sheet, checklist: checklist, today: monday).isEmpty)
        #expect(!sheet.remedy[0].replyWasLate)
    }
}
