import EvaluationCore

extension ProtocolReport {
    /// Section II: how many proposals came in, per priority and in total, the register and its findings.
    func proposalLines() -> [String] {
        let procedure = input.procedure
        let proposals = input.sortedProposals
        let total = proposals.reduce(Money.zero) { $0 + $1.requested }
        var text = sentence(language == .bulgarian
            ? (proposals.count == 1 ? "По процедурата беше регистрирано 1 проектно предложение" : "По процедурата бяха регистрирани \(proposals.count) проектни предложения")
                + " с обща искана сума \(bothMoney(total, parts: proposals.map(\.requested)))"
            : "\(count(proposals.count, .proposal)) \(proposals.count == 1 ? "was" : "were") registered under the procedure, requesting \(bothMoney(total, parts: proposals.map(\.requested))) in total")
        if let deadline = procedure.submissionDeadline {
            let late = proposals.filter { $0.registeredAt > deadline }.count
            text += " " + sentence(t("Крайният срок за подаване беше \(moment(deadline))", "The submission deadline was \(moment(deadline))"))
            text += " " + (late == 0
                ? t("Всички предложения са регистрирани в срока.", "Every proposal was registered in time.")
                : t("След срока \(late == 1 ? "е регистрирано" : "са регистрирани") \(count(late, .proposal)).",
                    "\(count(late, .proposal)) \(late == 1 ? "was" : "were") registered after it."))
        }
        var lines = paragraph(text)
        guard !proposals.isEmpty else { return lines }
        let secondary = conversion.map { Money.symbol(for: $0.code) }
        if procedure.hasExplicitPriorities {
            lines.append("")
            var rows = procedure.priorities.map { priority -> [String] in
                let members = proposals.filter { $0.priority == priority.id }
                let requested = members.reduce(Money.zero) { $0 + $1.requested }
                var row = [priority.id, String(members.count), amount(requested)]
                if conversion != nil { row.append(amount(convertedSum(members.map(\.requested)))) }
                row.append(priority.budget.map(amount) ?? "—")
                if conversion != nil { row.append(priority.budget.map(secondaryAmount) ?? "—") }
                return row
            }
            var totalRow = [t("Общо", "Total"), String(proposals.count), amount(total)]
            if conversion != nil { totalRow.append(amount(convertedSum(proposals.map(\.requested)))) }
            totalRow.append(procedure.totalBudget.map(amount) ?? "—")
            if conversion != nil { totalRow.append(amount(convertedSum(procedure.priorities.compactMap(\.budget)))) }
            rows.append(totalRow)
            var columns: [TextTable.Column] = [
                .init(title: input.procedure.priorityTerm.noun.text(in: language), wraps: false),
                .init(title: t("Предложения", "Proposals"), alignment: .right, wraps: false),
                .init(title: t("Искана сума, ", "Requested, ") + currencySymbol, alignment: .right, wraps: false),
            ]
            if let secondary { columns.append(.init(title: t("Искана сума, ", "Requested, ") + secondary, alignment: .right, wraps: false)) }
            columns.append(.init(title: t("Бюджет, ", "Budget, ") + currencySymbol, alignment: .right, wraps: false))
            if let secondary { columns.append(.init(title: t("Бюджет, ", "Budget, ") + secondary, alignment: .right, wraps: false)) }
            lines += table(TextTable(columns: columns, rows: rows))
            if conversion != nil {
                lines.append("")
                lines += paragraph(t("Сумите в евро са сборове на преизчислените поотделно суми.",
                                     "The amounts in euro are sums of the amounts converted one by one."))
            }
        }
        lines += subheading(t("Регистър на постъпилите предложения", "Register of the proposals received"))
        for (index, proposal) in proposals.enumerated() {
            lines.append("")
            lines += numbered(index + 1, proposalHeading(proposal.id))
            var pairs: [(String, String)] = [
                (t("Регистрирано", "Registered"), moment(proposal.registeredAt)
                    + (procedure.submissionDeadline.map { proposal.registeredAt > $0 } == true ? t(" – след крайния срок", " – after the deadline") : "")),
                (input.procedure.priorityTerm.noun.text(in: language), proposal.priority),
                (t("Кандидат", "Applicant"), organisation(proposal.applicant)),
            ]
            pairs.append((t("Партньори", "Partners"), proposal.partners.isEmpty ? t("няма", "none")
                          : proposal.partners.map(organisation).joined(separator: "; ")))
            pairs.append((t("Искана сума", "Requested"), bothMoney(proposal.requested)))
            lines += fields(pairs, indent: DisplayWidth.of("\(index + 1). "))
        }
        lines += subheading(t("Констатации на регистъра (отбелязани автоматично; не предрешават преценката на комисията)",
                              "Findings of the register (noted automatically; they do not decide anything for the committee)"))
        let flagged = proposals.filter { !$0.findings.isEmpty }
        if flagged.isEmpty {
            lines += paragraph(t("Регистърът не отбелязва констатации.", "The register notes no findings."))
        }
        for proposal in flagged {
            for finding in proposal.findings {
                lines += bullet("\(proposal.id): " + finding.message(currency: procedure.currency).text(in: language))
            }
        }
        return lines
    }

    /// The sum of `amounts` each converted to the second currency (the rule of Docs/decisions.md).
    func convertedSum(_ amounts: [Money]) -> Money {
        guard let conversion else { return .zero }
        return amounts.reduce(Money.zero) { $0 + conversion.convert($1) }
    }
}
