import EvaluationCore
import Workspace

/// Fills the demo's templates (`DemoJustifications`, the administrative notes of `DemoData`) with
/// what they say about one proposal.
enum DemoNotes {
    /// The justification of `points` on `criterion`, in the wording `variant` picks (the evaluators of
    /// one proposal take different wordings).
    static func justification(criterion: String, points: Points, proposal: DemoProposal, facts: DemoFacts,
                              variant: Int) throws(WorkspaceError) -> String {
        if let override = facts.overrides[criterion], !override.notes.isEmpty {
            return override.notes[variant % override.notes.count]
        }
        guard let wordings = DemoJustifications.templates[criterion]?[points.canonicalText], !wordings.isEmpty else {
            throw .refused(LocalizedText(
                bg: "демонстрацията няма обосновка за критерий \(criterion) с \(points.canonicalText) т.",
                en: "the demo has no justification for criterion \(criterion) at \(points.canonicalText) points"))
        }
        return fill(wordings[variant % wordings.count], with: values(proposal, facts))
    }

    /// The note of ДА on I.1.
    static func eligibleApplicant(_ proposal: DemoProposal) -> String {
        fill(DemoData.eligibleApplicantNote, with: ["{applicantKind}": capitalized(proposal.applicant.kindLabel)])
    }

    /// The note of ДА on I.2.
    static func eligiblePartners(_ proposal: DemoProposal) -> String {
        proposal.partners.map { partner in
            fill(DemoData.eligiblePartnerNote, with: ["{partnerName}": partner.name, "{partnerKind}": partner.kindLabel])
        }.joined(separator: " ")
    }

    /// The note of ДА on II.1.
    static func curricula(_ proposal: DemoProposal) -> String {
        DemoData.curriculaNotes[proposal.number % DemoData.curriculaNotes.count]
    }

    static func fill(_ template: String, with values: [String: String]) -> String {
        values.keys.sorted().reduce(template) { text, key in
            text.replacingOccurrences(of: key, with: values[key] ?? "")
        }
    }

    /// Each placeholder of the templates with what it says of `proposal`.
    static func values(_ proposal: DemoProposal, _ facts: DemoFacts) -> [String: String] {
        let wording = DemoData.priorityWording[proposal.priority]
        let numbers = ["нула", "един", "два", "три", "четири", "пет", "шест", "седем", "осем", "девет"]
        let requested = (try? Money.parse(proposal.requested).get()).map { $0.formatted(currency: "BGN") } ?? proposal.requested
        let summer: String
        switch facts.summer {
        case .whole(let text), .part(let text): summer = text
        case .none: summer = ""
        }
        return [
            "{activities}": facts.activities,
            "{group}": facts.targetGroup,
            "{innovation}": facts.innovation ?? "",
            "{months}": String(facts.months),
            "{projects}": numbers.indices.contains(facts.completedProjects) ? numbers[facts.completedProjects] : String(facts.completedProjects),
            "{years}": String(facts.teamYears),
            "{priority}": wording?.name ?? "Приоритет \(proposal.priority)",
            "{minimum}": wording?.minimum ?? "",
            "{included}": facts.included,
            "{missing}": facts.missing ?? "",
            "{summer}": summer,
            "{requested}": requested,
            "{place}": facts.place,
            "{partner}": proposal.partners.isEmpty ? "" : " и на партньора",
        ]
    }

    private static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
