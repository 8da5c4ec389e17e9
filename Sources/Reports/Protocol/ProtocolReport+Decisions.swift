import EvaluationCore

extension ProtocolReport {
    /// Section V: every decision of the chair, by number, with what it concerns, its reasons, who and when.
    func decisionLines() -> [String] {
        let decisions = input.decisions.decisions.sorted { $0.number < $1.number }
        guard !decisions.isEmpty else {
            return paragraph(t("Председателят на комисията не е вземал решения.", "The chair made no decisions."))
        }
        var lines = paragraph(t("Председателят на комисията е взел \(count(decisions.count, .decision)):",
                                "The chair made \(count(decisions.count, .decision)):"))
        for decision in decisions {
            lines.append("")
            lines += paragraph(t("Решение № \(decision.number) от \(moment(decision.at)) — ", "Decision No. \(decision.number) of \(moment(decision.at)) — ")
                               + decision.kind.label.text(in: language))
            var details = [(t("Предложение", "Proposal"), proposalTitle(decision.proposal))]
            details += particulars(of: decision)
            details.append((t("Мотиви", "Reasons"), decision.reason))
            let role = members[decision.by].map { ", " + $0.role.label.text(in: language) } ?? ""
            details.append((t("Взето от", "Made by"), name(decision.by) + role))
            lines += fields(details, indent: 2)
        }
        return lines
    }

    /// What the decision of each kind says beyond its proposal.
    private func particulars(of decision: Decision) -> [(String, String)] {
        let evaluator = decision.evaluator.map(name) ?? "—"
        switch decision.kind {
        case .assignEvaluator:
            return [(t("Допълнителен оценител", "Additional evaluator"), evaluator)]
        case .consensusScore:
            return [(t("Оценка", "Score"), decision.points.map(pointsPhrase) ?? "—")]
        case .admission:
            let admitted = decision.admitted ?? false
            return [(t("Решение", "Decision"), admitted ? t("предложението се допуска", "the proposal is admitted")
                                                        : t("предложението не се допуска", "the proposal is not admitted"))]
        case .budgetCorrection:
            return [(t("Корекция", "Correction"), t("исканата сума се намалява с ", "the amount requested is reduced by ")
                                                 + (decision.amount.map(money) ?? "—"))]
        case .reorder:
            return [(t("Подреждане", "Order"), t("преди предложение \(decision.before ?? "—") с равна крайна оценка",
                                                "before proposal \(decision.before ?? "—"), which has an equal final score"))]
        case .returnSheet, .cancelSheet:
            let stage = decision.stage?.label.text(in: language) ?? "—"
            return [(t("Лист", "Sheet"), t("\(stage) на \(evaluator)", "\(stage) of \(evaluator)"))]
        }
    }
}
