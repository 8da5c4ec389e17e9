extension Finding {
    /// The words of the findings of the procedure's `registerChecks` and of the priority's activities.
    func registerCheckMessage(currency: String) -> LocalizedText {
        func item(_ index: Int) -> String { index < items.count ? items[index] : "—" }
        let list = items.joined(separator: ", ")
        let amountText = amount.map { $0.formatted(currency: currency) } ?? "—"
        let limitText = limit.map { $0.formatted(currency: currency) } ?? "—"
        switch kind {
        case .applicantTypeNotEligible:
            let type = OrganisationKind(rawValue: item(0))
            return LocalizedText(bg: "видът на кандидата (\(type?.label.bulgarian ?? "не е посочен")) не е сред допустимите по процедурата",
                                 en: "the applicant's type (\(type?.rawValue ?? "not given")) is not among those the procedure admits")
        case .partnerTypeNotEligible:
            let type = OrganisationKind(rawValue: item(0))
            return LocalizedText(bg: "видът на партньора с ЕИК \(eik ?? "—") (\(type?.label.bulgarian ?? "не е посочен")) не е сред допустимите",
                                 en: "the type of the partner with EIK \(eik ?? "—") (\(type?.rawValue ?? "not given")) is not among those admitted")
        case .mandatoryActivitiesMissing:
            return LocalizedText(bg: "липсват задължителните за приоритета дейности: \(list)",
                                 en: "the priority's mandatory activities are missing: \(list)")
        case .activitiesNotEligible:
            return LocalizedText(bg: "дейности, които не са допустими по приоритета: \(list)",
                                 en: "activities not eligible under the priority: \(list)")
        case .tooFewActivities:
            return LocalizedText(bg: "допустимите дейности са \(item(0)), а приоритетът изисква поне \(item(1))",
                                 en: "\(item(0)) eligible activities, the priority requires at least \(item(1))")
        case .durationOutOfRange:
            return LocalizedText(bg: "продължителността (\(item(0)) месеца) е извън допустимата от \(item(1)) до \(item(2)) месеца",
                                 en: "the duration (\(item(0)) months) is outside the allowed \(item(1)) to \(item(2)) months")
        case .budgetLineAboveShare:
            return LocalizedText(bg: "бюджетният ред „\(item(0))“ (\(amountText)) надвишава \(item(1)) % от стойността на проекта (\(limitText))",
                                 en: "the budget line \"\(item(0))\" (\(amountText)) exceeds \(item(1)) % of the project's value (\(limitText))")
        case .budgetLineAboveCap:
            return LocalizedText(bg: "бюджетният ред „\(item(0))“ (\(amountText)) надвишава тавана от \(limitText)",
                                 en: "the budget line \"\(item(0))\" (\(amountText)) exceeds its cap of \(limitText)")
        default:
            return LocalizedText(bg: kind.rawValue, en: kind.rawValue)
        }
    }
}
