import EvaluationCore

extension ProtocolReport {
    /// Section I: who the committee is, each member's declaration, the draw and the recusals.
    func committeeLines() -> [String] {
        let committee = orderedCommittee
        guard !committee.isEmpty else {
            return paragraph(t("В работното пространство не са вписани членове на комисията.",
                               "The workspace names no committee members."))
        }
        var lines = paragraph(compositionSentence(committee))
        lines.append("")
        let rows = committee.enumerated().map { index, member -> [String] in
            let declaration: String
            if let accepted = input.declarations[member.id] {
                declaration = t("приета в ocenka на ", "accepted in ocenka on ") + moment(accepted.acceptedAt)
            } else if member.role == .evaluator {
                declaration = t("не е приета", "not accepted")
            } else {
                declaration = "—"
            }
            return [String(index + 1), member.name, member.role.label.text(in: language), declaration]
        }
        lines += table(TextTable(columns: [
            .init(title: "№", alignment: .right, wraps: false),
            .init(title: t("Име", "Name")),
            .init(title: t("Роля", "Role"), wraps: false),
            .init(title: t("Декларация за безпристрастност и поверителност", "Declaration of impartiality and confidentiality")),
        ], rows: rows))
        if let seed = input.assignments.seed {
            lines.append("")
            lines += paragraph(t(
                "Проектните предложения бяха разпределени между оценителите чрез случаен избор (начално число на жребия: \(seed)), така че разпределението може да бъде проверено и възпроизведено.",
                "The proposals were assigned to the evaluators by a random draw (seed \(seed)), so the assignment can be checked and reproduced."))
        }
        lines.append("")
        let recusals = recusalLines()
        if recusals.isEmpty {
            lines += paragraph(t("Не бяха заявени конфликти на интереси и отводи.", "No conflict of interest was declared and nobody recused."))
        } else {
            lines += paragraph(t("Отводи поради конфликт на интереси:", "Recusals for a conflict of interest:"))
            lines += recusals
        }
        return lines
    }

    /// "Оценителната комисия в състав: Елена Стоянова – председател; … – оценители, разгледа …".
    private func compositionSentence(_ committee: [CommitteeMember]) -> String {
        var parts: [String] = []
        for role in [CommitteeMember.Role.chair, .secretary, .evaluator] {
            let names = committee.filter { $0.role == role }.map(\.name)
            guard !names.isEmpty else { continue }
            parts.append(joinedList(names) + " – " + roleName(role, count: names.count))
        }
        return t("Оценителната комисия в състав: ", "The evaluation committee, composed of ") + parts.joined(separator: "; ")
            + t(", разгледа проектните предложения, постъпили по процедурата, и установи следното.",
                ", examined the proposals received under the procedure and found as follows.")
    }

    private func roleName(_ role: CommitteeMember.Role, count: Int) -> String {
        guard count > 1 else { return role.label.text(in: language) }
        switch role {
        case .chair: return t("председатели", "chairs")
        case .secretary: return t("секретари", "secretaries")
        case .evaluator: return t("оценители", "evaluators")
        }
    }

    /// One line per sheet on which its evaluator declared a conflict of interest.
    private func recusalLines() -> [String] {
        var lines: [String] = []
        for member in orderedCommittee {
            let admin = (input.adminSheets[member.id] ?? [:]).values.map { ($0.proposal, Assignments.Stage.admin, $0.conflict) }
            let quality = (input.qualitySheets[member.id] ?? [:]).values.map { ($0.proposal, Assignments.Stage.quality, $0.conflict) }
            let declared = (admin + quality).filter { $0.2?.declared == true }.sorted { a, b in
                a.0 != b.0 ? a.0 < b.0 : a.1 == .admin && b.1 == .quality
            }
            for (proposal, stage, conflict) in declared {
                guard let conflict else { continue }
                let ground = conflict.reason.map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
                lines += bullet(t(
                    "\(member.name) – отвод от предложение \(proposal) (\(stage.label.text(in: language))), заявен на \(moment(conflict.at))"
                        + (ground.map { "; основание: \($0)" } ?? "; основанието не е вписано (лист отпреди ocenka да го изисква)"),
                    "\(member.name) – recused from proposal \(proposal) (\(stage.label.text(in: language))) on \(moment(conflict.at))"
                        + (ground.map { "; ground: \($0)" } ?? "; no ground recorded (a sheet from before ocenka asked for it)")))
            }
        }
        return lines
    }
}
