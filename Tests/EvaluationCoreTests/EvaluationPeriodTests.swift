import EvaluationCore
import Foundation
import Testing

/// Seed 003: "в срок до един месец от датата на подаването им" (003_b1d6d98fb7444580.txt:727), the
/// period stopping "до датата на тяхното отстраняване" (003:735).
@Suite("The period for the assessment")
struct EvaluationPeriodTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }
    static let period = EvaluationPeriod(months: 1, pausedWhileRemedied: true)

    static func sheet(remedy: [RemedyRequest], submittedOn: String? = nil) -> AdminSheet {
        AdminSheet(proposal: "D-1", evaluator: "e1", conflict: ConflictDeclaration(declared: false, at: Timestamp("2025-11-24T10:00:00+02:00")!),
                   status: submittedOn == nil ? .draft : .submitted, answers: [:], remedy: remedy,
                   submittedAt: submittedOn.map { Timestamp($0 + "T12:00:00+02:00")! })
    }

    static func request(sent: String, due: String, replied: String?) -> RemedyRequest {
        var request = RemedyRequest(criterion: "II.1", requestedAt: Timestamp(sent + "T09:00:00+02:00")!, dueDate: day(due), request: "Моля, представете …")
        request.noticeSentOn = day(sent)
        request.noticeReceivedOn = day(sent)
        if let replied {
            request.reply = .init(receivedAt: Timestamp(replied + "T15:00:00+02:00")!, text: "Представено.", repliedOn: day(replied))
        }
        return request
    }

    @Test("One month from submission; the end of a shorter month")
    func plain() {
        let standing = Self.period.standing(submittedOn: Self.day("2025-11-24"), sheets: [Self.sheet(remedy: [], submittedOn: "2025-12-20")],
                                            today: Self.day("2025-12-30"))
        #expect(standing.due == Self.day("2025-12-24"))
        #expect(standing.finishedOn == Self.day("2025-12-20"))
        #expect(!standing.isLate)
        #expect(Self.period.standing(submittedOn: Self.day("2026-01-31"), sheets: [], today: Self.day("2026-01-31")).due == Self.day("2026-02-28"))
    }

    @Test("Stopped from the notice to the remedy; to the deadline without a reply; overlapping remedies counted once")
    func paused() {
        let answered = Self.request(sent: "2025-12-01", due: "2025-12-08", replied: "2025-12-05")
        var standing = Self.period.standing(submittedOn: Self.day("2025-11-24"), sheets: [Self.sheet(remedy: [answered], submittedOn: "2025-12-27")],
                                            today: Self.day("2025-12-30"))
        #expect(standing.pausedDays == 4)
        #expect(standing.due == Self.day("2025-12-28"))
        #expect(!standing.isLate)
        let unanswered = Self.request(sent: "2025-12-03", due: "2025-12-10", replied: nil)
        standing = Self.period.standing(submittedOn: Self.day("2025-11-24"), sheets: [Self.sheet(remedy: [answered, unanswered], submittedOn: "2025-12-31")],
                                        today: Self.day("2026-01-05"))
        #expect(standing.pausedDays == 9, "01.12–10.12, the overlap once")
        #expect(standing.due == Self.day("2026-01-02"))
        #expect(standing.isLate == false)
        let late = Self.period.standing(submittedOn: Self.day("2025-11-24"), sheets: [Self.sheet(remedy: [], submittedOn: "2025-12-27")],
                                        today: Self.day("2025-12-30"))
        #expect(late.isLate)
    }

    @Test("A remedy still running stops the period: no last day yet; without the pause rule nothing is added")
    func running() {
        let open = Self.request(sent: "2025-12-01", due: "2025-12-08", replied: nil)
        #expect(Self.period.standing(submittedOn: Self.day("2025-11-24"), sheets: [Self.sheet(remedy: [open])], today: Self.day("2025-12-05")).due == nil)
        let plain = EvaluationPeriod(months: 1, pausedWhileRemedied: false)
        #expect(plain.standing(submittedOn: Self.day("2025-11-24"), sheets: [Self.sheet(remedy: [open])], today: Self.day("2025-12-05")).due == Self.day("2025-12-24"))
    }

    @Test("Seed 003's file declares it; a malformed one is refused")
    func declared() throws {
        let procedure = try Fixtures.configProcedure("bg-rrp-1.024.json")
        #expect(procedure.admin.evaluationPeriod == EvaluationPeriod(months: 1, pausedWhileRemedied: true, source: "003_b1d6d98fb7444580.txt:727"))
        #expect(procedure.admin.remedyDays == 7)
        guard case .failure(let failure) = try Fixtures.decodeSmall({ $0.set(["admin", "evaluationPeriod"], to: ["months": 0]) }) else {
            Issue.record("accepted 0 months")
            return
        }
        #expect(failure.issues.contains { $0.place == "$.admin.evaluationPeriod.months" })
    }
}
