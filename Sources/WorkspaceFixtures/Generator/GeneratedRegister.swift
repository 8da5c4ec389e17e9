import EvaluationCore
import Workspace

/// The register of a generated workspace: `count` proposals modelled on the demo's (their priority,
/// title and what their evaluators say about them taken from a demo proposal, with the applicant,
/// the facts that decide some criteria, the amount and the evaluators' standing drawn anew), received
/// between 6 October and 25 November 2025. About 4 % are not admitted, 6 % need a remedy, 5 % get
/// scores too far apart to be averaged and 1 % a budget correction.
enum GeneratedRegister {
    /// The procedure's proposals are registered as 33.24-2025-00001 … with as many digits as the largest needs.
    static let idPrefix = "33.24-2025-"

    /// 6 October 2025, the first day proposals are received.
    static let firstDayOfRegistration = 20_367

    static func make(count: Int, seed: UInt64, procedure: Procedure) -> [GeneratedProposal] {
        let sources = DemoData.proposals.filter { $0.facts != nil }
        let ineligible = DemoData.proposals.compactMap { proposal -> String? in
            if case .ineligibleApplicant(let note) = proposal.admin { return note }
            return nil
        }
        let remedies = DemoData.proposals.compactMap { proposal -> DemoProposal.Remedy? in
            if case .remedied(let remedy) = proposal.admin { return remedy }
            return nil
        }
        let calendar = GeneratorCalendar(from: CalendarDate(daysSinceEpoch: firstDayOfRegistration), workingDays: 36)
        var clock = SeededGenerator(seed: seed)
        let minutes = (0..<count).map { _ in clock.number(below: 36 * GeneratorCalendar.minutesPerDay) }.sorted()
        let digits = max(3, String(count).count)
        var serial = 0
        return (0..<count).map { index in
            let number = index + 1
            var generator = SeededGenerator(seed: seed ^ (UInt64(number) &* 0x9E37_79B9_7F4A_7C15))
            let source = sources[generator.number(below: sources.count)]
            let town = GeneratedNames.towns[generator.number(below: GeneratedNames.towns.count)]
            let kind = Self.kind(of: source.applicant)
            serial += 1
            let applicant = GeneratedNames.institution(kind, serial: serial, town: town, generator: &generator)
            var partners: [DemoInstitution] = []
            if generator.number(below: 10) < 3 {
                serial += 1
                let partnerKind: GeneratedNames.Kind = generator.number(below: 2) == 0 ? .kindergarten : .supportCentre
                partners.append(GeneratedNames.institution(partnerKind, serial: serial, town: town, generator: &generator))
            }
            let maximum = procedure.priority(withID: source.priority)?.maxPerProject?.minorUnits ?? 2_500_000
            let requested = Money(minorUnits: maximum * Int64(550_000 + generator.number(below: 450_001)) / 1_000_000 / 10 * 10)
            let admin: DemoProposal.AdminPlan
            switch generator.number(below: 100) {
            case 0..<4 where !ineligible.isEmpty: admin = .ineligibleApplicant(ineligible[generator.number(below: ineligible.count)])
            case 4..<10 where !remedies.isEmpty: admin = .remedied(remedies[generator.number(below: remedies.count)])
            default: admin = .admitted
            }
            let isDisputed = generator.number(below: 100) < 5
            let base = 45 + generator.number(below: 16) + generator.number(below: 16) + generator.number(below: 16)
            let sums = isDisputed
                ? [base - 12, base + 12]
                : [base + generator.number(below: 17) - 8, base + generator.number(below: 17) - 8]
            let correction = generator.number(below: 100) == 0 ? Money(minorUnits: requested.minorUnits / 20 / 1_000 * 1_000) : nil
            let facts = Self.facts(from: source.facts, place: kind == .municipality ? "община \(town)" : "гр. \(town)",
                                   generator: &generator)
            let moment = calendar.moment(minutes[number - 1])
            let plan = DemoProposal(
                number: number, registeredAt: moment.bulgarianText, priority: source.priority, requested: requested.canonicalText,
                title: source.title, applicant: applicant, partners: partners, admin: admin,
                quality: sums.map { .submitted(min(100, max(0, $0))) }, facts: facts)
            let digitsOfNumber = String(number)
            let id = idPrefix + String(repeating: "0", count: max(0, digits - digitsOfNumber.count)) + digitsOfNumber
            return GeneratedProposal(id: id, registeredAt: moment, plan: plan, isDisputed: isDisputed,
                                     correction: correction.flatMap { $0 > .zero ? $0 : nil })
        }
    }

    /// The source's facts with the applicant's own history and place.
    private static func facts(from source: DemoFacts?, place: String, generator: inout SeededGenerator) -> DemoFacts? {
        guard let source else { return nil }
        return DemoFacts(
            completedProjects: generator.number(below: 5), teamYears: generator.number(below: 10), coverage: source.coverage,
            included: source.included, missing: source.missing, summer: source.summer, targetGroup: source.targetGroup,
            activities: source.activities, innovation: generator.number(below: 5) == 0 ? nil : source.innovation,
            months: 7 + generator.number(below: 3), place: place)
    }

    private static func kind(of institution: DemoInstitution) -> GeneratedNames.Kind {
        switch institution.type {
        case "ДГ": .kindergarten
        case "община": .municipality
        case "ЦПЛР": .supportCentre
        default: .school
        }
    }
}
