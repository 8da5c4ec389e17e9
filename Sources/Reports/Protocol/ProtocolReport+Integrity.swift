import EvaluationCore

extension ProtocolReport {
    /// The section that ties the paper to the files: the head of every audit log and every member's
    /// key, so that any later change to a sheet, a decision or a log is seen against the signed copy.
    func integrityLines() -> [String] {
        var lines = paragraph(t(
            "Протоколът е съставен от работното пространство в състоянието, описано по-долу. Всеки ред на дневниците е подписан с ключа на автора си и съдържа SHA-256 на предходния; всяка по-късна промяна на лист, решение или дневник се установява при сравнение с посочените стойности (ocenka check).",
            "The protocol was drawn up from the workspace in the state described below. Every line of the logs is signed with its author's key and holds the SHA-256 of the line before; any later change to a sheet, a decision or a log is found by comparison with these values (ocenka check)."))
        lines.append("")
        if input.logHeads.isEmpty {
            lines += paragraph(t("Работното пространство няма дневници.", "The workspace has no logs."))
        } else {
            lines += table(TextTable(columns: [
                .init(title: t("Дневник", "Log"), wraps: false),
                .init(title: t("Записи", "Entries"), alignment: .right, wraps: false),
                .init(title: t("SHA-256 на последния запис", "SHA-256 of the last entry")),
            ], rows: input.logHeads.map { [$0.path, String($0.lines), $0.head] }))
        }
        lines.append("")
        let rows = orderedCommittee.map { member -> [String] in
            let fingerprint = input.keyFingerprints[member.id] ?? t("няма регистриран ключ", "no registered key")
            return [member.name, member.role.label.text(in: language), fingerprint]
        }
        lines += table(TextTable(columns: [
            .init(title: t("Член на комисията", "Committee member")),
            .init(title: t("Роля", "Role"), wraps: false),
            .init(title: t("Ключ за подпис (отпечатък)", "Signing key (fingerprint)"), wraps: false),
        ], rows: rows))
        return lines
    }
}
