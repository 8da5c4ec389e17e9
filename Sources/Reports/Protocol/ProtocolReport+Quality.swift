import Foundation
import EvaluationCore

extension ProtocolReport {
    // Section IV is the methodology (`qualityHeadLines`), then for every admitted proposal each
    // evaluator's points per group, the final score and how it was reached (`proposalQualityLines`),
    // then the proposals still waiting (`qualityTailLines`); `renderBytes` writes them as pieces.

    /// The proposals of section IV's tables: the admitted ones, in the register's order.
    var admittedForQuality: [Proposal] {
        input.sortedProposals.filter { proposal in
            if case .admitted? = standings[proposal.id]?.admin { return true }
            return false
        }
    }

    /// Section IV before its tables: the methodology, its groups and rules.
    func qualityHeadLines(_ method: QualityMethod) -> [String] {
        var lines = paragraph(methodSentence(method))
        lines.append("")
        lines += table(TextTable(columns: [
            .init(title: t("Група", "Group"), wraps: false),
            .init(title: t("Наименование", "Title")),
            .init(title: t("Критерии", "Criteria"), alignment: .right, wraps: false),
            .init(title: t("Максимум, т.", "Maximum, pts"), alignment: .right, wraps: false),
        ], rows: method.groups.map { group in
            [group.id, group.title, String(group.criteria.count), points(group.maxPoints)]
        }))
        if !method.rules.isEmpty { lines.append("") }
        for rule in method.rules {
            switch rule {
            case .zeroTotalIfCriterionZero(let criterion, _):
                lines += bullet(t("Правило на методиката: 0 т. по критерий \(criterion) ⇒ 0 т. за целия проект.",
                                  "Rule of the methodology: 0 points on criterion \(criterion) ⇒ 0 points for the whole proposal."))
            }
        }
        if admittedForQuality.isEmpty {
            lines.append("")
            lines += paragraph(t("Няма предложения, допуснати до оценка на качеството.", "No proposal is admitted to the quality assessment."))
        }
        return lines
    }

    /// Section IV after its tables: the proposals whose admin check is not finished.
    func qualityTailLines() -> [String] {
        let waiting = input.sortedProposals.filter { proposal in
            switch standings[proposal.id]?.admin {
            case .pending?, .disagreement?: return true
            default: return false
            }
        }
        guard !waiting.isEmpty else { return [] }
        let ids = joinedList(waiting.map(\.id))
        return [""] + paragraph(waiting.count == 1
            ? t("Предложение \(ids) не беше оценено по качество, тъй като проверката му за административно съответствие не е приключила.",
                "Proposal \(ids) is not assessed for quality, as its administrative check is not finished.")
            : t("Предложения \(ids) не бяха оценени по качество, тъй като проверката им за административно съответствие не е приключила.",
                "Proposals \(ids) are not assessed for quality, as their administrative check is not finished."))
    }

    private func methodSentence(_ method: QualityMethod) -> String {
        var text = sentence(t(
            "Оценката на качеството на допуснатите предложения беше извършена по методиката на процедурата: \(count(method.criteria.count, .criterion)) в \(count(method.groups.count, .group)), максимум \(pointsPhrase(method.maxPoints)), минимум за финансиране \(pointsPhrase(method.floor))",
            "The quality of the admitted proposals is assessed by the methodology of the procedure: \(count(method.criteria.count, .criterion)) in \(count(method.groups.count, .group)), at most \(pointsPhrase(method.maxPoints)), a floor for funding of \(pointsPhrase(method.floor))"))
        if let policy = input.procedure.reconciliation {
            let spread = pointsPhrase(policy.allowedSpread(maxPoints: method.maxPoints))
            let percent = language == .bulgarian ? policy.maxSpreadPercentOfMax.localizedNumber : policy.maxSpreadPercentOfMax.canonicalText
            text += t(
                " Всяко предложение беше оценено от \(count(policy.evaluatorsPerProposal, .evaluator)). Крайната оценка е средноаритметичната от оценките им, закръглена до стотни, когато всички листове са подадени, оценителите са единни дали е достигнат минимумът и разликата между най-високата и най-ниската оценка е до \(spread) (\(percent) % от максимума); в останалите случаи решава председателят – с допълнителен оценител или с консенсусна оценка с мотиви.",
                " Each proposal is assessed by \(count(policy.evaluatorsPerProposal, .evaluator)). The final score is the mean of their totals, rounded to hundredths, when every sheet is submitted, the evaluators agree on whether the floor is reached and the highest and lowest totals differ by at most \(spread) (\(percent)% of the maximum); otherwise the chair decides – with one more evaluator or a consensus score with its reasons.")
        }
        let first = method.groups.first?.id ?? ""
        let last = method.groups.last?.id ?? ""
        text += t(" В таблиците по-долу сборовете по групи са означени с номера на групата (\(first)–\(last)), а „Общо“ е сборът на листа след правилата на методиката. Точките от листове, които не са подадени (чернови, върнати или анулирани), не се показват и не се зачитат.",
                  " In the tables below the group sums are headed by the group's number (\(first)–\(last)) and \"Total\" is the sheet's total after the rules of the methodology. The points of sheets not submitted (drafts, returned or cancelled sheets) are neither shown nor counted.")
        return text
    }

    /// One proposal: its heading, the table of the evaluators' points, the rules applied and the final score.
    func proposalQualityLines(_ proposal: Proposal, method: QualityMethod) -> [String] {
        var lines = [""]
        let annex = annexReference(proposal.id).map { "; " + t("листове: ", "sheets: ") + $0 } ?? ""
        lines += paragraph(proposalTitle(proposal.id) + t(" (приоритет \(proposal.priority)", " (priority \(proposal.priority)") + annex + ")")
        let evaluators = input.assignments.evaluators(of: proposal.id, in: .quality)
        guard !evaluators.isEmpty else {
            lines += paragraph(t("Не са определени оценители за оценка на качеството.", "No evaluators are assigned for the quality assessment."),
                               indent: 2)
            return lines
        }
        var rows: [QualitySheetRow] = []
        var notes: [String] = []
        for evaluator in evaluators {
            let sheet = input.qualitySheet(of: proposal.id, by: evaluator)
            let row = QualitySheetRow(evaluator: name(evaluator), sheet: sheet, status: sheet.map(effectiveStatus(of:)), method: method)
            rows.append(row)
            if row.counts, let totals = row.totals, !totals.zeroedBy.isEmpty {
                let criteria = totals.zeroedBy.joined(separator: ", ")
                notes.append(t("Приложено правило: 0 т. по критерий \(criteria) ⇒ 0 т. (лист на \(name(evaluator)); сбор по критериите \(pointsPhrase(totals.sum))).",
                               "Rule applied: 0 points on criterion \(criteria) ⇒ 0 points (sheet of \(name(evaluator)); sum of the criteria \(pointsPhrase(totals.sum)))."))
            }
        }
        lines += sheetTable(rows, method: method)
        for note in notes { lines += bullet(note, indent: 2) }
        lines += paragraph(finalScoreText(standings[proposal.id]?.quality, method: method), indent: 2)
        return lines
    }

    /// The table of one proposal: a row per evaluator and a column per group; when the groups do not
    /// fit the width, a row per group and a column per evaluator.
    private func sheetTable(_ rows: [QualitySheetRow], method: QualityMethod) -> [String] {
        let indent = 2
        let wide = TextTable(
            columns: [.init(title: t("Оценител", "Evaluator"))]
                + method.groups.map { TextTable.Column(title: $0.id, alignment: .right, wraps: false) }
                + [.init(title: t("Общо", "Total"), alignment: .right, wraps: false), .init(title: t("Лист", "Sheet"))],
            rows: rows.map { row in
                [row.evaluator] + method.groups.map { row.groupPoints($0.id, report: self) }
                    + [row.totalPoints(report: self), row.statusText(report: self)]
            })
        let widths = wide.columnWidths(fitting: width - indent)
        if widths.reduce(0, +) + DisplayWidth.of(wide.separator) * (widths.count - 1) <= width - indent {
            return table(wide, indent: indent, widths: widths)
        }
        let tall = TextTable(
            columns: [.init(title: t("Група", "Group"), wraps: false)]
                + rows.map { TextTable.Column(title: $0.evaluator, alignment: .right) },
            rows: method.groups.map { group in [group.id] + rows.map { $0.groupPoints(group.id, report: self) } }
                + [[t("Общо", "Total")] + rows.map { $0.totalPoints(report: self) }]
                + [[t("Лист", "Sheet")] + rows.map { $0.statusText(report: self) }])
        return table(tall, indent: indent)
    }

    /// `text` with the evaluators' ids ("e1: 79,00") replaced by their names: the protocol names people.
    private func namesForIDs(_ text: String) -> String {
        var result = text
        for member in input.committee.sorted(by: { $0.id.count > $1.id.count }) {
            result = result.replacingOccurrences(of: "\(member.id): ", with: "\(member.name): ")
        }
        return result
    }

    /// "Крайна оценка: 79,50 т. — средноаритметична …" and its alternatives.
    private func finalScoreText(_ result: Reconciliation.Result?, method: QualityMethod) -> String {
        let label = t("Крайна оценка: ", "Final score: ")
        switch result {
        case .final(let score, .mean(let totals))?:
            var text = label + pointsPhrase(score) + t(" — средноаритметична от оценките на \(count(totals.count, .evaluator)).",
                                                       " — the mean of the totals of \(count(totals.count, .evaluator)).")
            if score < method.floor {
                text += t(" Предложението не достигна минимума от \(pointsPhrase(method.floor)) и не беше класирано.",
                          " The proposal did not reach the floor of \(pointsPhrase(method.floor)) and was not ranked.")
            }
            return text
        case .final(let score, .consensus(let decision, let reason, _))?:
            var text = label + pointsPhrase(score) + t(" — консенсусна оценка по решение № \(decision) на председателя. Мотиви: ",
                                                       " — a consensus score by decision No. \(decision) of the chair. Reasons: ")
                + sentence(reason)
            if score < method.floor {
                text += t(" Предложението не достигна минимума от \(pointsPhrase(method.floor)) и не беше класирано.",
                          " The proposal did not reach the floor of \(pointsPhrase(method.floor)) and was not ranked.")
            }
            return text
        case .needsDecision(let problem)?:
            return label + t("не е определена — чака решение на председателя: ", "not determined — needs a decision of the chair: ")
                + namesForIDs(problem.message(in: language)) + "."
        case .pending(let waiting)?:
            let names = joinedList(waiting.map(name))
            if language == .bulgarian {
                return label + "не е определена — оценката е в процес; "
                    + (waiting.count == 1 ? "не е подаден листът на \(names)." : "не са подадени листовете на \(names).")
            }
            return label + "not determined — the assessment goes on; " + (waiting.count == 1 ? "the sheet of \(names) is" : "the sheets of \(names) are")
                + " not submitted."
        case nil:
            return label + t("не е определена.", "not determined.")
        }
    }
}
