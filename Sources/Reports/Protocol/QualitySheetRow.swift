import EvaluationCore

/// One evaluator's line in a proposal's quality table.
struct QualitySheetRow {
    let evaluator: String
    let sheet: QualitySheet?
    /// The sheet's status with the chair's returns and cancellations applied.
    let status: SheetStatus?
    let totals: SheetTotals?

    init(evaluator: String, sheet: QualitySheet?, status: SheetStatus?, method: QualityMethod) {
        self.evaluator = evaluator
        self.sheet = sheet
        self.status = status
        totals = sheet.map { SheetTotals(sheet: $0, method: method) }
    }

    var recused: Bool { sheet?.conflict?.declared == true }

    /// Whether its points are the evaluator's final word: submitted, and no recusal.
    var counts: Bool { status == .submitted && !recused }

    func groupPoints(_ group: String, report: ProtocolReport) -> String {
        guard counts, let value = totals?.groups[group] else { return "—" }
        return report.points(value)
    }

    func totalPoints(report: ProtocolReport) -> String {
        guard counts, let totals else { return "—" }
        return report.points(totals.total)
    }

    func statusText(report: ProtocolReport) -> String {
        guard sheet != nil, let status else { return report.t("не е започнат", "not started") }
        if recused { return report.t("отвод", "recused") }
        switch status {
        case .submitted:
            return report.t("подаден", "submitted")
        case .draft:
            let scored = totals?.scoredCount ?? 0
            let all = report.count(totals?.criterionCount ?? 0, .criterion)
            return report.t("чернова, оценени \(scored) от \(all)", "draft, \(scored) of \(all) scored")
        case .returned:
            return report.t("върнат за преработка", "returned for changes")
        case .cancelled:
            return report.t("анулиран", "cancelled")
        }
    }
}
