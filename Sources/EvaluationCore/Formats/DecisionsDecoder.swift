import Foundation

/// Reads `chair/decisions.json`: every decision with its kind's fields, a reason, who and when.
public enum DecisionsDecoder {
    public static func decode(_ data: Data) -> Result<DecisionLog, ValidationFailure> {
        DocumentDecoding.decode(data) { root in
            root.rejectUnknownKeys(["format", "decisions"])
            DocumentDecoding.checkFormat(root)
            var decisions: [Decision] = []
            var numbers: Set<Int> = []
            for element in root.array("decisions") ?? [] {
                guard let object = JSONObjectReader(element.value, at: element.path, issues: root.issues) else { continue }
                object.rejectUnknownKeys(["number", "kind", "proposal", "reason", "by", "at", "evaluator", "stage", "points",
                                          "admitted", "amount", "before"])
                let number = object.integer("number", in: 1...Int.max)
                if let number, !numbers.insert(number).inserted {
                    object.issues.add(object.path.appending("number"), bg: "решение № \(number) се повтаря",
                                      en: "decision number \(number) appears twice")
                }
                let kind = object.choice("kind", Decision.Kind.self)
                let proposal = DocumentDecoding.id(object, "proposal")
                let reason = object.string("reason")
                let by = DocumentDecoding.id(object, "by")
                let at = object.timestamp("at")
                let evaluator = object.has("evaluator") ? DocumentDecoding.id(object, "evaluator") : nil
                let stage = object.choice("stage", Assignments.Stage.self, required: false)
                let points = object.points("points", required: false)
                let admitted = object.bool("admitted", required: false)
                let amount = object.money("amount", required: false, positive: true)
                let before = object.has("before") ? DocumentDecoding.id(object, "before") : nil
                if let kind {
                    let needed: [(String, Bool)]
                    switch kind {
                    case .assignEvaluator: needed = [("evaluator", evaluator != nil)]
                    case .consensusScore: needed = [("points", points != nil)]
                    case .admission: needed = [("admitted", admitted != nil)]
                    case .budgetCorrection: needed = [("amount", amount != nil)]
                    case .reorder: needed = [("before", before != nil)]
                    case .returnSheet, .cancelSheet: needed = [("evaluator", evaluator != nil), ("stage", stage != nil)]
                    }
                    for (field, present) in needed where !present && !object.has(field) {
                        object.issues.add(object.path.appending(field), bg: "решение „\(kind.rawValue)“ изисква полето „\(field)“",
                                          en: "a \"\(kind.rawValue)\" decision needs the field \"\(field)\"")
                    }
                }
                guard let number, let kind, let proposal, let reason, let by, let at else { continue }
                decisions.append(Decision(number: number, kind: kind, proposal: proposal, reason: reason, by: by, at: at,
                                          evaluator: evaluator, stage: stage, points: points, admitted: admitted, amount: amount,
                                          before: before))
            }
            return DecisionLog(decisions: decisions)
        }
    }
}
