import Foundation

/// Reads `chair/objections.json` (Docs/formats.md): the objections with their grounds, who recorded
/// them and when, and the head's decisions.
public enum ObjectionsDecoder {
    public static func decode(_ data: Data) -> Result<ObjectionLog, ValidationFailure> {
        DocumentDecoding.decode(data) { root in
            root.rejectUnknownKeys(["format", "objections"])
            DocumentDecoding.checkFormat(root)
            var objections: [Objection] = []
            var numbers: Set<Int> = []
            for element in root.array("objections") ?? [] {
                guard let object = JSONObjectReader(element.value, at: element.path, issues: root.issues) else { continue }
                object.rejectUnknownKeys(["number", "proposal", "notifiedOn", "receivedOn", "grounds", "by", "at", "decision"])
                let number = object.integer("number", in: 1...Int.max)
                if let number, !numbers.insert(number).inserted {
                    object.issues.add(object.path.appending("number"), bg: "възражение № \(number) се повтаря",
                                      en: "objection number \(number) appears twice")
                }
                let proposal = DocumentDecoding.id(object, "proposal")
                let notifiedOn = object.date("notifiedOn")
                let receivedOn = object.date("receivedOn")
                if let notifiedOn, let receivedOn, receivedOn < notifiedOn {
                    object.issues.add(object.path.appending("receivedOn"),
                                      bg: "възражението е получено (\(receivedOn.bulgarianText)) преди съобщаването (\(notifiedOn.bulgarianText))",
                                      en: "the objection was received (\(receivedOn.isoText)) before the notice (\(notifiedOn.isoText))")
                }
                let grounds = text(object, "grounds")
                let by = DocumentDecoding.id(object, "by")
                let at = object.timestamp("at")
                var decision: ObjectionDecision?
                var decisionRead = true
                if object.has("decision") {
                    decision = readDecision(object, receivedOn: receivedOn)
                    decisionRead = decision != nil
                }
                guard let number, let proposal, let notifiedOn, let receivedOn, let grounds, let by, let at, decisionRead else { continue }
                objections.append(Objection(number: number, proposal: proposal, notifiedOn: notifiedOn, receivedOn: receivedOn,
                                            grounds: grounds, by: by, at: at, decision: decision))
            }
            return ObjectionLog(objections: objections)
        }
    }

    private static func readDecision(_ parent: JSONObjectReader, receivedOn: CalendarDate?) -> ObjectionDecision? {
        guard let object = parent.object("decision") else { return nil }
        object.rejectUnknownKeys(["outcome", "decidedOn", "decidedBy", "grounds", "by", "at", "admission"])
        let outcome = object.choice("outcome", ObjectionDecision.Outcome.self)
        let decidedOn = object.date("decidedOn")
        if let decidedOn, let receivedOn, decidedOn < receivedOn {
            object.issues.add(object.path.appending("decidedOn"),
                              bg: "решението (\(decidedOn.bulgarianText)) е преди получаването на възражението (\(receivedOn.bulgarianText))",
                              en: "the decision (\(decidedOn.isoText)) is before the objection was received (\(receivedOn.isoText))")
        }
        let decidedBy = DocumentDecoding.line(object, "decidedBy")
        let grounds = text(object, "grounds")
        let by = DocumentDecoding.id(object, "by")
        let at = object.timestamp("at")
        let admission = object.integer("admission", in: 1...Int.max, required: false)
        if outcome == .returnToEvaluation, admission == nil, !object.has("admission") {
            object.issues.add(object.path.appending("admission"),
                              bg: "връщането за оценка изисква номера на решението за допускане („admission“)",
                              en: "a return to evaluation needs the number of its admission decision (\"admission\")")
        }
        if outcome == .endProceedings, object.has("admission") {
            object.issues.add(object.path.appending("admission"),
                              bg: "прекратеното производство няма решение за допускане",
                              en: "ended proceedings have no admission decision")
        }
        guard let outcome, let decidedOn, let decidedBy, let grounds, let by, let at else { return nil }
        return ObjectionDecision(outcome: outcome, decidedOn: decidedOn, decidedBy: decidedBy, grounds: grounds, by: by, at: at,
                                 admission: admission)
    }

    /// Grounds: not empty, new lines and tabs allowed, no other control character, within the note limit.
    private static func text(_ object: JSONObjectReader, _ key: String) -> String? {
        guard object.has(key) else {
            object.issues.add(object.path.appending(key), bg: "липсва полето „\(key)“", en: "the field \"\(key)\" is missing")
            return nil
        }
        guard let text = DocumentDecoding.note(object, key) else { return nil }
        guard !text.trimmingWhitespace().isEmpty else {
            object.issues.add(object.path.appending(key), bg: "основанията не могат да са празни", en: "the grounds cannot be empty")
            return nil
        }
        return text
    }
}
