import EvaluationCore

extension ProtocolReport {
    /// The finished bytes of what every annex of a kind has in common — its title, "to protocol No.",
    /// each group's heading, each criterion's line and each level's text at the column of the quality
    /// sheet's fields — laid out once per protocol, not once per sheet.
    struct AnnexParts: Sendable {
        struct QualityCriterion: Sendable {
            let bullet: [UInt8]
            /// Each level's points, the lines of the "Точки" field that gives them and the lines of its
            /// "Ниво" field.
            let levels: [(points: Points, pointsLines: [UInt8], lines: [UInt8])]
        }

        let toProtocol: [UInt8]
        let adminTitle: [UInt8]
        let qualityTitle: [UInt8]
        /// By group, then by criterion, in the procedure's order.
        let adminGroups: [[UInt8]]
        let adminCriteria: [[[UInt8]]]
        let qualityGroups: [[UInt8]]
        let qualityCriteria: [[QualityCriterion]]
        /// The column of a quality criterion's fields (points, level, justification).
        let levelColumn: Int
        /// The label of every justification of a quality score.
        let justificationHead: FieldHead

        init(_ report: ProtocolReport) {
            func finished(_ lines: [String]) -> [UInt8] {
                var text = ProtocolText()
                text.append(lines)
                return text.bytes
            }
            let t = report.t
            toProtocol = finished(report.centered(t("към протокол № ", "to protocol No. ") + (report.input.session.protocolNumber ?? ProtocolReport.blank)))
            adminTitle = finished([""] + report.centered(t("КОНТРОЛЕН ЛИСТ ЗА АДМИНИСТРАТИВНО СЪОТВЕТСТВИЕ И ДОПУСТИМОСТ",
                                                           "CHECKLIST OF ADMINISTRATIVE COMPLIANCE AND ELIGIBILITY")) + [""])
            qualityTitle = finished([""] + report.centered(t("ИНДИВИДУАЛЕН ОЦЕНИТЕЛЕН ЛИСТ", "INDIVIDUAL EVALUATION SHEET")) + [""])
            let admin = report.input.procedure.admin.groups
            adminGroups = admin.map { finished(report.subheading("\($0.id). \($0.title)")) }
            adminCriteria = admin.map { group in group.criteria.map { finished(report.bullet("\($0.id). \($0.text)", indent: 2)) } }
            let groups = report.input.procedure.quality?.groups ?? []
            qualityGroups = groups.map { group in
                finished(report.subheading("\(group.id). \(group.title) (" + t("максимум ", "at most ") + report.pointsPhrase(group.maxPoints) + ")"))
            }
            let labels = [(t("Точки", "Points"), ""), (t("Ниво", "Level"), ""), (t("Обосновка", "Justification"), "")]
            let column = report.fieldColumn(labels, indent: 4)
            levelColumn = column
            justificationHead = FieldHead(t("Обосновка", "Justification"), column: column, indent: 4)
            qualityCriteria = groups.map { group in
                group.criteria.map { criterion in
                    QualityCriterion(bullet: finished(report.bullet("\(criterion.id). \(criterion.question)", indent: 2)),
                                     levels: criterion.levels.map { level in
                                         var points = ProtocolText()
                                         report.field(t("Точки", "Points"), report.pointsOf(level.points, criterion: criterion),
                                                      column: column, indent: 4, into: &points)
                                         var text = ProtocolText()
                                         report.field(t("Ниво", "Level"), level.text, column: column, indent: 4, into: &text)
                                         return (level.points, points.bytes, text.bytes)
                                     })
                }
            }
        }
    }
}
