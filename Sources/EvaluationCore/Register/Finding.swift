/// Something the register notices on its own about a proposal. It is shown to the evaluators and in
/// the protocol, and never decides anything: the committee does.
public struct Finding: Sendable, Equatable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The amount requested is above the priority's maximum per project.
        case requestedAboveMaximum
        /// The amount requested is below the priority's minimum per project.
        case requestedBelowMinimum
        /// The applicant (by ЕИК) applies in more than one proposal (seed 001: "Като Кандидат — само в
        /// едно проектно предложение").
        case applicantInSeveralProposals
        /// A partner (by ЕИК) is a partner in more than one proposal (seed 001: "Като Партньор — само в
        /// едно проектно предложение").
        case partnerInSeveralProposals
        /// A partner is itself an applicant in the same priority (seed 001: "… по приоритет, различен
        /// от този, по който е Кандидат").
        case partnerInOwnPriority
        /// Registered after the procedure's submission deadline (seed 001 line 7).
        case registeredAfterDeadline
        /// The applicant's type is not among the procedure's `applicantTypes` (`items`: the type, or none).
        case applicantTypeNotEligible
        /// A partner's type is not among `partnerTypes` (`eik`, `items`: the type).
        case partnerTypeNotEligible
        /// Mandatory activities of the priority the proposal does not include (`items`; 001 lines 259, 306).
        case mandatoryActivitiesMissing
        /// Activities that are not among the priority's eligible ones (`items`).
        case activitiesNotEligible
        /// Fewer eligible activities than the priority's minimum (`items`: the count and the minimum; 001 line 371).
        case tooFewActivities
        /// The duration outside the procedure's range (`items`: months, minimum, maximum; 001 line 113).
        case durationOutOfRange
        /// A budget line above its share of the project's value (`items`: line, percent; `amount`, `limit`; 001 line 421).
        case budgetLineAboveShare
        /// A budget line above its cap (`items`: line; `amount`, `limit`; 001 line 415).
        case budgetLineAboveCap
    }

    public var kind: Kind
    /// The other proposals involved, by id.
    public var proposals: [String]
    /// The organisation concerned, by ЕИК, where there is one.
    public var eik: String?
    /// The limit crossed, for amount findings.
    public var limit: Money?
    /// What the finding is about, as text: types, activities, a budget line and its numbers.
    public var items: [String]
    /// The amount found, for budget-line findings.
    public var amount: Money?

    public init(kind: Kind, proposals: [String] = [], eik: String? = nil, limit: Money? = nil, items: [String] = [],
                amount: Money? = nil) {
        self.kind = kind
        self.proposals = proposals
        self.eik = eik
        self.limit = limit
        self.items = items
        self.amount = amount
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(proposals, forKey: .proposals)
        try container.encodeIfPresent(eik, forKey: .eik)
        try container.encodeIfPresent(limit, forKey: .limit)
        // Written only when there are any, so the findings of earlier kinds are written as before.
        if !items.isEmpty { try container.encode(items, forKey: .items) }
        try container.encodeIfPresent(amount, forKey: .amount)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        proposals = try container.decodeIfPresent([String].self, forKey: .proposals) ?? []
        eik = try container.decodeIfPresent(String.self, forKey: .eik)
        limit = try container.decodeIfPresent(Money.self, forKey: .limit)
        items = try container.decodeIfPresent([String].self, forKey: .items) ?? []
        amount = try container.decodeIfPresent(Money.self, forKey: .amount)
    }

    private enum CodingKeys: String, CodingKey {
        case kind, proposals, eik, limit, items, amount
    }

    /// The finding in words, for the evaluator's screen and the protocol.
    public func message(currency: String) -> LocalizedText {
        let others = proposals.joined(separator: ", ")
        switch kind {
        case .requestedAboveMaximum:
            let amount = limit.map { $0.formatted(currency: currency) } ?? "—"
            return LocalizedText(bg: "исканата сума надвишава максималната за проект по приоритета (\(amount))",
                                 en: "the amount requested exceeds the priority's maximum per project (\(amount))")
        case .requestedBelowMinimum:
            let amount = limit.map { $0.formatted(currency: currency) } ?? "—"
            return LocalizedText(bg: "исканата сума е под минималната за проект по приоритета (\(amount))",
                                 en: "the amount requested is below the priority's minimum per project (\(amount))")
        case .applicantInSeveralProposals:
            return LocalizedText(bg: "кандидатът (ЕИК \(eik ?? "—")) е кандидат и в: \(others)",
                                 en: "the applicant (EIK \(eik ?? "—")) also applies in: \(others)")
        case .partnerInSeveralProposals:
            return LocalizedText(bg: "партньорът с ЕИК \(eik ?? "—") е партньор и в: \(others)",
                                 en: "the partner with EIK \(eik ?? "—") is also a partner in: \(others)")
        case .registeredAfterDeadline:
            return LocalizedText(bg: "предложението е регистрирано след крайния срок за подаване",
                                 en: "the proposal was registered after the submission deadline")
        case .partnerInOwnPriority:
            return LocalizedText(bg: "партньорът с ЕИК \(eik ?? "—") е кандидат по същия приоритет в: \(others)",
                                 en: "the partner with EIK \(eik ?? "—") applies in the same priority in: \(others)")
        default:
            return registerCheckMessage(currency: currency)
        }
    }
}
