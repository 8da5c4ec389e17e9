import EvaluationCore

extension ProtocolReport {
    /// Section II: how many proposals came in, per priority and in total, the register and its findings.
    func proposalLines() -> [String] {
        let procedure = input.procedure
        let proposals = input.sortedProposals
        let total = proposals.reduce(Money.zero) { $0 + $1.requested }
        var text = sentence(language == .bulgarian
            ? (proposals.count == 1 ? "По процедурата е регистрирано 1 проектно предложение" : "По процедурата са регистрирани \(proposals.count) проектни предложения")
                + " с обща искана сума \(money(total))"
            : "\(count(proposals.count, .proposal)) \(proposals.count == 1 ? "was" : "were") registered under the procedure, requesting \(money(total)) in total")
        if let deadline = procedure.submissionDeadline {
            text += " " + sentence(t("Крайният срок за подаване е \(moment(deadline))", "The submission deadline was \(moment(deadline))"))
        }
        var lines = paragraph(text)
        guard !proposals.isEmpty else { return lines }
        if procedure.hasExplicitPriorities {
            lines.append("")
            var rows = procedure.priorities.map { priority -> [String] in
                let members = proposals.filter { $0.priority == priority.id }
                return [priority.id, String(members.count), amount(members.reduce(Money.zero) { $0 + $1.requested }),
                        priority.budget.map(amount) ?? "—"]
            }
            rows.append([t("Общо", "Total"), String(proposals.count), amount(total), procedure.totalBudget.map(amount) ?? "—"])
            lines += table(TextTable(columns: [
                .init(title: t("Приоритет", "Priority"), wraps: false),
                .init(title: t("Предложения", "Proposals"), alignment: .right, wraps: false),
                .init(title: t("Искана сума, ", "Requested, ") + currencySymbol, alignment: .right, wraps: false),
                .init(title: t("Бюджет, ", "Budget, ") + currencySymbol, alignment: .right, wraps: false),
            ], rows: rows))
        }
        lines += subheading(t("Регистър на постъпилите предложения", "Register of the proposals received"))
        lines += table(TextTable(columns: [
            .init(title: "№", alignment: .right, wraps: false),
            .init(title: t("Номер", "Number"), wraps: false),
            .init(title: t("Регистрирано", "Registered")),
            .init(title: t("Пр.", "Pr."), wraps: false),
            .init(title: t("Кандидат", "Applicant")),
            .init(title: t("Искана сума, ", "Requested, ") + currencySymbol, alignment: .right, wraps: false),
        ], rows: proposals.enumerated().map { index, proposal in
            [String(index + 1), proposal.id, proposal.registeredAt.bulgarianText, proposal.priority, proposal.applicant.name,
             amount(proposal.requested)]
        }))
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
}
