import EvaluationCore

extension ProtocolReport {
    /// The period for the assessment of each proposal, when the procedure has one (seed 003:
    /// one month from submission, stopped while a remedy runs, 003_b1d6d98fb7444580.txt:727, 735).
    func evaluationPeriodLines() -> [String] {
        guard let period = input.procedure.admin.evaluationPeriod, !input.proposals.isEmpty else { return [] }
        let today = input.generatedAt.localDate
        var lines = subheading(t("Срок за оценка", "Period for the assessment"))
        lines += paragraph(t(
            "Всяко предложение се оценява в срок до \(period.months == 1 ? "един месец" : "\(period.months) месеца") от подаването му"
                + (period.pausedWhileRemedied ? "; срокът спира да тече от уведомлението за нередовности до тяхното отстраняване." : "."),
            "Each proposal is assessed within \(period.months) month(s) of its submission"
                + (period.pausedWhileRemedied ? "; the period stops from the notice of shortcomings to their remedy." : ".")))
        for proposal in input.sortedProposals {
            let standing = period.standing(submittedOn: proposal.registeredAt.localDate, sheets: input.adminSheets(of: proposal.id), today: today)
            var text = "\(proposal.id): " + t("подадено ", "submitted ") + date(proposal.registeredAt.localDate) + "; "
            if let due = standing.due {
                text += t("последен ден ", "last day ") + date(due)
            } else {
                text += t("срокът е спрян, докато тече отстраняване", "the period is stopped while a remedy runs")
            }
            if standing.pausedDays > 0 {
                text += t(" (спрян \(standing.pausedDays) дни)", " (stopped \(standing.pausedDays) days)")
            }
            if let finished = standing.finishedOn {
                text += t("; оценено на ", "; assessed on ") + date(finished)
                    + (standing.isLate ? t(" — след срока", " — after the period") : t(" — в срок", " — in time"))
            } else {
                text += t("; оценката не е приключила", "; the assessment has not ended")
            }
            lines += bullet(text)
        }
        return lines
    }
}
