/// What a proposal contains, as its evaluators read it: the facts that decide some criteria outright
/// (earlier projects, the team's experience, the activities against the priority's minimum, the
/// summer) and the phrases the justifications quote.
struct DemoFacts: Sendable {
    /// Earlier projects completed successfully (criterion 1.1).
    let completedProjects: Int
    /// The team's years of experience in similar activities (criterion 1.2).
    let teamYears: Int
    /// The eligible activities included, against the priority's minimum (criterion 2.3).
    let coverage: Coverage
    /// "поддейности 1.1, 1.4, 2.2 и 2.3".
    let included: String
    /// What the priority's minimum lacks, when it is not met: "задължителната поддейност 2.3".
    let missing: String?
    /// Work during the summer holidays (criterion 4.4).
    let summer: Summer
    /// "64 деца от 3 до 6 години, от които 41 от ромски произход, и техните родители".
    let targetGroup: String
    /// A plural noun phrase: "посещения по домовете, адаптационни занимания и …".
    let activities: String
    /// The innovative activity, if there is one (criterion 4.5).
    let innovation: String?
    /// 7–9.
    let months: Int
    /// "гр. Сливен", "община Нова Загора".
    let place: String
    /// Criteria every evaluator scores the same way, with the wordings of their justifications
    /// (taken in turn, like the templates', so the evaluators of one proposal word them differently).
    var overrides: [String: Override] = [:]

    enum Coverage: Sendable {
        case all
        case aboveMinimum
        case minimum
        case belowMinimum
    }

    enum Summer: Sendable {
        /// Activities through the whole holidays, described.
        case whole(String)
        /// Activities in part of the holidays, described.
        case part(String)
        case none
    }

    struct Override: Sendable {
        let points: Int
        let notes: [String]
    }
}
