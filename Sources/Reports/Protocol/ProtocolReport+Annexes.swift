import EvaluationCore

extension ProtocolReport {
    /// One annex: an evaluator's admin checklist or quality sheet of one proposal.
    struct Annex: Sendable {
        enum Kind { case admin, quality }
        let number: Int
        let kind: Kind
        let proposal: String
        let evaluator: String
    }

    /// The annexes, numbered from 1: by proposal, first its admin checklists then its quality sheets,
    /// each by evaluator id. A sheet on which its evaluator recused is not an annex (the recusal is in
    /// section I).
    static func annexes(_ input: ProtocolInput) -> [Annex] {
        var result: [Annex] = []
        for proposal in input.sortedProposals {
            for evaluator in input.adminSheets.keys.sorted() {
                guard let sheet = input.adminSheets[evaluator]?[proposal.id], sheet.conflict?.declared != true else { continue }
                result.append(Annex(number: result.count + 1, kind: .admin, proposal: proposal.id, evaluator: evaluator))
            }
            guard input.procedure.quality != nil else { continue }
            for evaluator in input.qualitySheets.keys.sorted() {
                guard let sheet = input.qualitySheets[evaluator]?[proposal.id], sheet.conflict?.declared != true else { continue }
                result.append(Annex(number: result.count + 1, kind: .quality, proposal: proposal.id, evaluator: evaluator))
            }
        }
        return result
    }

    var annexCount: Int { annexes.count }

    /// Proposal id → the numbers of its first and last annex.
    static func annexNumbers(_ annexes: [Annex]) -> [String: (first: Int, last: Int)] {
        var numbers: [String: (first: Int, last: Int)] = [:]
        for annex in annexes {
            numbers[annex.proposal] = (numbers[annex.proposal]?.first ?? annex.number, annex.number)
        }
        return numbers
    }

    /// "приложения № 3–5" for the annexes of `proposal`, or nil.
    func annexReference(_ proposal: String) -> String? {
        guard let (first, last) = annexNumbers[proposal] else { return nil }
        return first == last ? t("приложение № \(first)", "annex No. \(first)") : t("приложения № \(first)–\(last)", "annexes Nos. \(first)–\(last)")
    }

    /// Room for an annex's bytes, so that its buffer is not grown as it is written: the notes and
    /// justifications it quotes, a tenth more for their indent, and room for the rest.
    func annexCapacity(_ annex: Annex) -> Int {
        switch annex.kind {
        case .admin:
            let notes = input.adminSheets[annex.evaluator]?[annex.proposal]?.answers.values.reduce(0) { $0 + $1.note.utf8.count } ?? 0
            return 8_192 + notes + notes / 10
        case .quality:
            let notes = input.qualitySheets[annex.evaluator]?[annex.proposal]?.scores.values.reduce(0) { $0 + $1.note.utf8.count } ?? 0
            return 16_384 + notes + notes / 10
        }
    }

    /// One annex's text (`renderBytes` writes each into bytes of its own, on every core). What is the
    /// same in every annex (the criteria's lines, each level's text) is laid out once (`AnnexParts`).
    func annexText(_ annex: Annex, parts: AnnexParts, into text: inout ProtocolText) {
        text.append(["", "", String(repeating: "═", count: width)])
        text.append(centered(t("ПРИЛОЖЕНИЕ № \(annex.number)", "ANNEX No. \(annex.number)")))
        text.appendRaw(parts.toProtocol)
        switch annex.kind {
        case .admin: adminAnnexText(annex, parts: parts, into: &text)
        case .quality: qualityAnnexText(annex, parts: parts, into: &text)
        }
    }

    private func annexHeading(_ title: [UInt8], _ annex: Annex, conflict: ConflictDeclaration?, status: String, parts: AnnexParts,
                              into text: inout ProtocolText) {
        text.appendRaw(title)
        var pairs: [(String, String)] = [
            (t("Процедура", "Procedure"), input.procedure.title),
            (t("Предложение", "Proposal"), proposalHeading(annex.proposal)),
        ]
        if let proposal = proposals[annex.proposal] {
            pairs.append((t("Кандидат", "Applicant"), organisation(proposal.applicant)))
        }
        pairs.append((t("Оценител", "Evaluator"), name(annex.evaluator)))
        pairs.append((t("Конфликт на интереси", "Conflict of interest"), conflict.map {
            t("не е заявен (декларирано на \(moment($0.at)))", "none declared (on \(moment($0.at)))")
        } ?? t("не е деклариран", "not declared")))
        pairs.append((t("Състояние на листа", "Sheet status"), status))
        fields(pairs, into: &text)
    }

    private func statusText(_ status: SheetStatus, submittedAt: Timestamp?) -> String {
        switch status {
        case .submitted: submittedAt.map { t("подаден на \(moment($0))", "submitted on \(moment($0))") } ?? t("подаден", "submitted")
        case .draft: t("чернова – не е подаден и не се зачита", "draft – not submitted and not counted")
        case .returned: t("върнат за преработка – не се зачита", "returned for changes – not counted")
        case .cancelled: t("анулиран – не се зачита", "cancelled – not counted")
        }
    }

    private func adminAnnexText(_ annex: Annex, parts: AnnexParts, into text: inout ProtocolText) {
        guard let sheet = input.adminSheets[annex.evaluator]?[annex.proposal] else { return }
        annexHeading(parts.adminTitle, annex, conflict: sheet.conflict,
                     status: statusText(effectiveStatus(of: sheet), submittedAt: sheet.submittedAt), parts: parts, into: &text)
        for (groupIndex, group) in input.procedure.admin.groups.enumerated() {
            text.appendRaw(parts.adminGroups[groupIndex])
            for (criterionIndex, criterion) in group.criteria.enumerated() {
                let answer = sheet.answers[criterion.id]
                text.appendRaw(parts.adminCriteria[groupIndex][criterionIndex])
                var pairs = [(t("Отговор", "Answer"), answer?.answer.label.text(in: language) ?? t("без отговор", "no answer"))]
                if let note = answer?.note, !note.isEmpty { pairs.append((t("Бележка на оценителя", "Evaluator's note"), note)) }
                if let remedy = sheet.remedyRequest(for: criterion.id) {
                    pairs.append((t("Отстраняване", "Remedy"), t(
                        "уведомление от \(date(remedy.sentDate)), получено на \(date(remedy.receiptDate)), срок до \(date(remedy.dueDate))",
                        "notice of \(date(remedy.sentDate)), received on \(date(remedy.receiptDate)), due by \(date(remedy.dueDate))")
                        + (remedy.reply.map { t("; отговор от \(date($0.arrivalDate))", "; reply of \(date($0.arrivalDate))") } ?? "")))
                }
                fields(pairs, indent: 4, into: &text)
            }
        }
        text.append("")
        text.append(annexSignature(annex.evaluator))
    }

    private func qualityAnnexText(_ annex: Annex, parts: AnnexParts, into text: inout ProtocolText) {
        guard let sheet = input.qualitySheets[annex.evaluator]?[annex.proposal], let method = input.procedure.quality else { return }
        let status = effectiveStatus(of: sheet)
        annexHeading(parts.qualityTitle, annex, conflict: sheet.conflict,
                     status: statusText(status, submittedAt: sheet.submittedAt), parts: parts, into: &text)
        let totals = SheetTotals(sheet: sheet, method: method)
        for (groupIndex, group) in method.groups.enumerated() {
            text.appendRaw(parts.qualityGroups[groupIndex])
            for (criterionIndex, criterion) in group.criteria.enumerated() {
                let score = sheet.scores[criterion.id]
                let criterionParts = parts.qualityCriteria[groupIndex][criterionIndex]
                text.appendRaw(criterionParts.bullet)
                let note = (score?.note).flatMap { $0.isEmpty ? nil : $0 } ?? "—"
                // The points and the level's lines are the same in every sheet that chose it: laid out once.
                if let points = score?.points, let chosen = criterionParts.levels.first(where: { $0.points == points }) {
                    text.appendRaw(chosen.pointsLines)
                    text.appendRaw(chosen.lines)
                    field(parts.justificationHead, note, into: &text)
                    continue
                }
                // No points, or points of no level of the criterion (`AnnexParts` holds every level).
                let pointsPair = (t("Точки", "Points"), score?.points.map { pointsOf($0, criterion: criterion) } ?? t("не са поставени", "not given"))
                fields([pointsPair, (t("Обосновка", "Justification"), note)], indent: 4, into: &text)
            }
            text.append(paragraph(t("Сбор по група \(group.id): ", "Sum of group \(group.id): ") + pointsPhrase(totals.groups[group.id] ?? .zero),
                                  indent: 2))
        }
        text.append("")
        var total = t("Общ брой точки: ", "Total points: ") + pointsPhrase(totals.total)
        if !totals.zeroedBy.isEmpty {
            total += t(" (приложено правило: 0 т. по критерий \(totals.zeroedBy.joined(separator: ", ")); сбор по критериите \(pointsPhrase(totals.sum)))",
                       " (rule applied: 0 points on criterion \(totals.zeroedBy.joined(separator: ", ")); sum of the criteria \(pointsPhrase(totals.sum)))")
        }
        text.append(paragraph(total))
        text.append("")
        text.append(annexSignature(annex.evaluator))
    }

    func annexSignature(_ evaluator: String) -> [String] {
        line(t("Оценител: ", "Evaluator: ") + name(evaluator),
             then: t("Подпис: ", "Signature: ") + String(repeating: "_", count: 16) + t("  Дата: ", "  Date: ") + String(repeating: "_", count: 10))
    }
}
