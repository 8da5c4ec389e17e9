import EvaluationCore
import Foundation
import Testing

/// The real dates of a remedy (seed 001 line 512: the deadline runs from the receipt of the notice):
/// the notice sent, received, the reply; checked against `remedyDays` and the calendar.
@Suite("Remedy records with the dates of the notice and the reply")
struct RemedyRecordTests {
    static func sheet(remedy: [String: Any]) throws -> Data {
        try Fixtures.data([
            "format": 1, "kind": "admin", "proposal": "P-1", "evaluator": "e1", "status": "draft",
            "conflict": ["declared": false, "at": "2025-12-29T09:00:00+02:00"],
            "answers": ["II.1": ["answer": "no", "note": "липсва автобиография"]],
            "remedy": [remedy],
        ])
    }

    static func remedy(sent: String?, received: String?, due: String, replied: String? = nil) -> [String: Any] {
        var object: [String: Any] = ["criterion": "II.1", "requestedAt": "2025-12-29T10:00:00+02:00", "dueDate": due,
                                     "request": "Моля, приложете автобиографията."]
        if let sent { object["noticeSentOn"] = sent }
        if let received { object["noticeReceivedOn"] = received }
        if let replied { object["reply"] = ["receivedAt": "2026-01-05T11:00:00+02:00", "text": "приложена", "repliedOn": replied] }
        return object
    }

    static func decode(_ remedy: [String: Any]) throws -> Result<AdminSheet, ValidationFailure> {
        SheetDecoder.decodeAdmin(try sheet(remedy: remedy), procedure: try Fixtures.smallProcedure)
    }

    static func messages(_ result: Result<AdminSheet, ValidationFailure>) -> String {
        guard case .failure(let failure) = result else { return "" }
        return failure.issues.map { $0.text(in: .english) }.joined(separator: "\n")
    }

    @Test("Sent and received 29.12.2025: 2 calendar days end on 31.12.2025, a non-working day ⇒ due 05.01.2026")
    func aroundNewYear() throws {
        let sheet = try Self.decode(Self.remedy(sent: "2025-12-29", received: "2025-12-29", due: "2026-01-05", replied: "2026-01-05")).get()
        let request = try #require(sheet.remedy.first)
        #expect(request.receiptDate == CalendarDate("2025-12-29"))
        #expect(request.dueDate == CalendarDate("2026-01-05"))
        #expect(!request.replyWasLate)
        #expect(Self.messages(try Self.decode(Self.remedy(sent: "2025-12-29", received: "2025-12-29", due: "2025-12-31"))).contains("2026-01-05"))
    }

    @Test("The deadline runs from the receipt, not from the sending")
    func fromReceipt() throws {
        // Sent 29.12, received 30.12 ⇒ 01.01.2026 (holiday), 02.01 (non-working), weekend ⇒ 05.01.2026.
        #expect(throws: Never.self) { try Self.decode(Self.remedy(sent: "2025-12-29", received: "2025-12-30", due: "2026-01-05")).get() }
        // Sent 22.12, received 23.12 ⇒ 25.12 (holiday), 26.12, the weekend ⇒ 29.12.2025.
        #expect(throws: Never.self) { try Self.decode(Self.remedy(sent: "2025-12-22", received: "2025-12-23", due: "2025-12-29")).get() }
        #expect(Self.messages(try Self.decode(Self.remedy(sent: "2025-12-22", received: "2025-12-23", due: "2025-12-24"))).contains("2025-12-29"))
    }

    @Test("Dates out of order are refused, each at its JSON path")
    func inconsistent() throws {
        let received = Self.messages(try Self.decode(Self.remedy(sent: "2025-12-30", received: "2025-12-29", due: "2026-01-05")))
        #expect(received.contains("noticeReceivedOn"))
        let noSent = Self.messages(try Self.decode(Self.remedy(sent: nil, received: "2025-12-29", due: "2026-01-05")))
        #expect(noSent.contains("noticeSentOn"))
        let reply = Self.messages(try Self.decode(Self.remedy(sent: "2025-12-29", received: "2025-12-29", due: "2026-01-05", replied: "2025-12-28")))
        #expect(reply.contains("repliedOn"))
    }

    @Test("A reply after the deadline is late by the date entered, not by the moment it was typed")
    func lateReply() throws {
        let sheet = try Self.decode(Self.remedy(sent: "2025-12-29", received: "2025-12-29", due: "2026-01-05", replied: "2026-01-06")).get()
        #expect(sheet.remedy.first?.replyWasLate == true)
    }

    @Test("A sheet without the new dates reads as before and writes the same fields back")
    func compatible() throws {
        let old: [String: Any] = ["criterion": "II.1", "requestedAt": "2025-12-01T10:21:00+02:00", "dueDate": "2025-12-03",
                                  "request": "Моля."]
        let sheet = try Self.decode(old).get()
        let request = try #require(sheet.remedy.first)
        #expect(request.noticeSentOn == nil && request.noticeReceivedOn == nil)
        #expect(request.receiptDate == CalendarDate("2025-12-01"))
        let encoded = String(decoding: try JSONEncoder().encode(request), as: UTF8.self)
        #expect(!encoded.contains("noticeSentOn"))
    }

    @Test("setNotice computes the deadline from the receipt")
    func setNotice() throws {
        var request = RemedyRequest(criterion: "II.1", requestedAt: Timestamp("2025-12-29T10:00:00+02:00")!, dueDate: CalendarDate("2025-12-31")!,
                                    request: "Моля.")
        request.setNotice(sentOn: CalendarDate("2025-12-29")!, receivedOn: CalendarDate("2025-12-29")!, checklist: try Fixtures.smallProcedure.admin)
        #expect(request.dueDate == CalendarDate("2026-01-05"))
    }
}
