/// A project proposal in the register (`proposals.json`, Docs/formats.md).
public struct Proposal: Sendable, Equatable, Codable, Identifiable {
    /// `[A-Za-z0-9._-]+`: it names the sheet files.
    public var id: String
    public var registeredAt: Timestamp
    public var title: String
    public var priority: String
    public var requested: Money
    public var applicant: Organisation
    public var partners: [Organisation]
    /// What the register noticed on its own (Docs/formats.md: shown to evaluators, never deciding anything).
    public var findings: [Finding]
    /// Where the proposal is carried out, for procedures whose rules depend on it (seed 003): the
    /// settlement, its population (aged 15–75 at 31.12.2021, seed 003 line 234), the NUTS 3 area
    /// and the network of a representative organisation the applicant belongs to. Optional.
    public var settlement: String?
    public var settlementPopulation: Int?
    public var nuts3: String?
    public var network: String?
    /// The activities (and sub-activities) the proposal includes, by their numbers; nil when the
    /// register does not say. Checked against the priority's `activities` (001 lines 259, 306, 371).
    public var activities: [String]?
    /// The duration in months, when the register gives it (001 line 113: 7–9 months).
    public var durationMonths: Int?
    /// The budget by line (`management`, `publicity`, an activity's number …), when the register gives it.
    public var budgetLines: [String: Money]?

    public init(id: String, registeredAt: Timestamp, title: String, priority: String, requested: Money,
                applicant: Organisation, partners: [Organisation] = [], findings: [Finding] = []) {
        self.id = id
        self.registeredAt = registeredAt
        self.title = title
        self.priority = priority
        self.requested = requested
        self.applicant = applicant
        self.partners = partners
        self.findings = findings
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        registeredAt = try container.decode(Timestamp.self, forKey: .registeredAt)
        title = try container.decode(String.self, forKey: .title)
        priority = try container.decode(String.self, forKey: .priority)
        requested = try container.decode(Money.self, forKey: .requested)
        applicant = try container.decode(Organisation.self, forKey: .applicant)
        partners = try container.decodeIfPresent([Organisation].self, forKey: .partners) ?? []
        findings = try container.decodeIfPresent([Finding].self, forKey: .findings) ?? []
        settlement = try container.decodeIfPresent(String.self, forKey: .settlement)
        settlementPopulation = try container.decodeIfPresent(Int.self, forKey: .settlementPopulation)
        nuts3 = try container.decodeIfPresent(String.self, forKey: .nuts3)
        network = try container.decodeIfPresent(String.self, forKey: .network)
        activities = try container.decodeIfPresent([String].self, forKey: .activities)
        durationMonths = try container.decodeIfPresent(Int.self, forKey: .durationMonths)
        budgetLines = try container.decodeIfPresent([String: Money].self, forKey: .budgetLines)
    }

    private enum CodingKeys: String, CodingKey {
        case id, registeredAt, title, priority, requested, applicant, partners, findings, settlement, settlementPopulation, nuts3, network
        case activities, durationMonths, budgetLines
    }
}

/// An applicant or a partner.
public struct Organisation: Sendable, Equatable, Codable {
    public var name: String
    /// The ЕИК/БУЛСТАТ code as written (validated on import).
    public var eik: String
    /// What kind of institution it is (see `OrganisationKind`); absent for partners where unknown.
    public var type: String?

    public init(name: String, eik: String, type: String? = nil) {
        self.name = name
        self.eik = eik
        self.type = type
    }
}

/// The kinds of institutions seed 001 admits as applicants and partners, with their Bulgarian names
/// as a register may write them.
public enum OrganisationKind: String, Sendable, CaseIterable {
    case school
    case kindergarten
    case supportCentre
    case municipality
    case university
    case regionalOffice
    case other

    public var label: LocalizedText {
        switch self {
        case .school: LocalizedText(bg: "училище", en: "school")
        case .kindergarten: LocalizedText(bg: "детска градина", en: "kindergarten")
        case .supportCentre: LocalizedText(bg: "център за подкрепа за личностно развитие", en: "personal development support centre")
        case .municipality: LocalizedText(bg: "община", en: "municipality")
        case .university: LocalizedText(bg: "висше училище", en: "university")
        case .regionalOffice: LocalizedText(bg: "регионално управление на образованието", en: "regional education office")
        case .other: LocalizedText(bg: "друга", en: "other")
        }
    }

    /// Reads the English value or a Bulgarian name or abbreviation ("училище", "ДГ", "ЦПЛР", "РУО", …).
    public init?(text: String) {
        let key = text.trimmingWhitespace().lowercased()
        if let kind = OrganisationKind(rawValue: text.trimmingWhitespace()) {
            self = kind
            return
        }
        let names: [String: OrganisationKind] = [
            "училище": .school, "оу": .school, "су": .school, "пгу": .school, "пг": .school, "ну": .school, "оу/су": .school,
            "детска градина": .kindergarten, "дг": .kindergarten,
            "цплр": .supportCentre, "център за подкрепа за личностно развитие": .supportCentre,
            "община": .municipality,
            "висше училище": .university, "университет": .university, "ву": .university,
            "руо": .regionalOffice, "регионално управление на образованието": .regionalOffice,
            "друга": .other, "друго": .other,
        ]
        guard let kind = names[key] else { return nil }
        self = kind
    }
}
