import EvaluationCore
import Testing

@Suite("The actions of audit lines")
struct AuditActionTests {
    @Test("Every action has its own recorded name, read back as itself")
    func roundTrip() {
        let names = AuditAction.all.map(\.recorded)
        #expect(Set(names).count == names.count)
        for action in AuditAction.all { #expect(AuditAction(recorded: action.recorded) == action) }
        #expect(AuditAction.decide(.consensusScore).recorded == "decide.consensusScore")
    }

    @Test("The names Docs/formats.md lists are the ones written")
    func documented() {
        let documented = ["init.procedure", "init.workspace", "committee.add", "proposals.import", "assign", "declaration.accept",
                          "sheet.import", "sheet.answer", "sheet.submit", "sheet.remedy.request", "sheet.remedy.reply"]
        for name in documented { #expect(AuditAction(recorded: name)?.recorded == name) }
    }

    @Test("The interface's older remedy spellings are still read, and written the documented way")
    func olderSpellings() {
        #expect(AuditAction(recorded: "sheet.remedyRequest") == .remedyRequest)
        #expect(AuditAction(recorded: "sheet.remedyReply") == .remedyReply)
        #expect(AuditAction(recorded: "sheet.remedyDates") == .remedyDates)
        #expect(AuditAction(recorded: "sheet.remedyWithdrawn") == .remedyWithdrawn)
        #expect(AuditAction.remedyRequest.recorded == "sheet.remedy.request")
        #expect(AuditAction(recorded: "sheet.unknown") == nil)
    }
}
