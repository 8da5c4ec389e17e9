import EvaluationCore

extension ProtocolReport {
    /// Whether the protocol has the section of objections: only when one was recorded, so a protocol
    /// without objections (33.24-2025) is unchanged.
    var hasObjections: Bool { !input.objections.objections.isEmpty }

    /// The objections against not being admitted and the head's decisions (002_60dcf141085ee52b.txt:1148):
    /// who objected and when, the grounds, the deadlines, the decision, who recorded each.
    func objectionLines() -> [String] {
        var lines = paragraph(t(
            "Кандидат, чието предложение е включено в списъка на недопуснатите, може писмено да възрази пред Ръководителя на Управляващия орган в едноседмичен срок от съобщаването; Ръководителят се произнася в едноседмичен срок от получаването, като връща предложението за техническа и финансова оценка или прекратява производството по отношение на кандидата.",
            "An applicant whose proposal is on the list of proposals not admitted may object in writing to the head of the managing authority within one week of the notice; the head decides within one week of receiving it, returning the proposal to the technical and financial evaluation or ending the proceedings for the applicant."))
        let checklist = input.procedure.admin
        for objection in input.objections.objections {
            let deadlines = ObjectionDeadlines(objection, checklist: checklist)
            let applicant = proposals[objection.proposal]?.applicant.name ?? ""
            lines += subheading(t("Възражение № \(objection.number) — \(objection.proposal)", "Objection no. \(objection.number) — \(objection.proposal)")
                                + (applicant.isEmpty ? "" : ", \(applicant)"))
            var pairs: [(String, String)] = [
                (t("Съобщено недопускане", "Non-admission notified"), date(objection.notifiedOn)),
                (t("Срок за възражение", "Objection due"), date(deadlines.objectDue)),
                (t("Получено", "Received"), date(objection.receivedOn)
                    + (deadlines.isLate(objection) ? t(" — след срока", " — after the deadline") : "")),
                (t("Основания на кандидата", "The applicant's grounds"), objection.grounds),
                (t("Записано от", "Recorded by"), "\(name(objection.by)), \(objection.at.bulgarianText)"),
                (t("Срок за произнасяне", "Decision due"), date(deadlines.decisionDue)),
            ]
            if let decision = objection.decision {
                pairs.append((t("Решение", "Decision"), date(decision.decidedOn)
                    + (deadlines.isDecisionLate(objection) ? t(" — след срока", " — after the deadline") : "")
                    + ", \(decision.decidedBy): " + decision.outcome.label.text(in: language)))
                pairs.append((t("Мотиви", "Grounds"), decision.grounds))
                if let admission = decision.admission {
                    pairs.append((t("Допускане", "Admission"), t("решение № \(admission) на председателя", "the chair's decision no. \(admission)")))
                }
                pairs.append((t("Решението е записано от", "Decision recorded by"), "\(name(decision.by)), \(decision.at.bulgarianText)"))
            } else {
                pairs.append((t("Решение", "Decision"), t("не е постановено", "not yet made")))
            }
            lines += fields(pairs, indent: 2)
        }
        return lines
    }
}
