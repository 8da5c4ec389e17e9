import EvaluationCore
import Workspace

/// One proposal of a generated workspace: the demo's shape (`DemoProposal`, so that the demo's
/// notes, justifications and level picker apply), with its register id and moment.
struct GeneratedProposal: Sendable {
    let id: String
    let registeredAt: Timestamp
    let plan: DemoProposal
    /// The evaluators' planned sums differ by more than the reconciliation allows.
    let isDisputed: Bool
    /// Part of the request the chair finds ineligible, if any.
    let correction: Money?

    /// The proposal as the register records it (before its automatic findings).
    var proposal: Proposal {
        Proposal(id: id, registeredAt: registeredAt, title: plan.title, priority: plan.priority,
                 requested: (try? Money.parse(plan.requested).get()) ?? .zero,
                 applicant: Self.organisation(plan.applicant), partners: plan.partners.map(Self.organisation), findings: [])
    }

    var isAdmitted: Bool {
        switch plan.admin {
        case .admitted, .remedied: true
        case .ineligibleApplicant, .awaitingPartnerCheck: false
        }
    }

    private static func organisation(_ institution: DemoInstitution) -> Organisation {
        Organisation(name: institution.name, eik: institution.eik, type: OrganisationKind(text: institution.type)?.rawValue)
    }
}
