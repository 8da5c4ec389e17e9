/// One proposal of the demo: its row in the register, and what the committee does with it.
struct DemoProposal: Sendable {
    /// 1…24: the proposal is `33.24-2025-001` … `33.24-2025-024`.
    let number: Int
    /// As the registry office writes it: "20.11.2025 09:14".
    let registeredAt: String
    let priority: String
    /// "14984.50".
    let requested: String
    let title: String
    let applicant: DemoInstitution
    let partners: [DemoInstitution]
    let admin: AdminPlan
    /// One plan per assigned quality evaluator, in the order of the assignment; empty when the
    /// proposal is never scored.
    let quality: [SheetPlan]
    /// What the evaluators' justifications say about the proposal; nil when it is never scored.
    let facts: DemoFacts?

    var id: String {
        let digits = String(number)
        return "33.24-2025-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// The administrative check of the proposal.
    enum AdminPlan: Sendable {
        /// Every criterion ДА (Н/П on I.2 without a partner); submitted.
        case admitted
        /// НЕ on I.1 with this note; submitted at once, as a rejecting criterion needs no remedy.
        case ineligibleApplicant(String)
        /// НЕ on II.1, a remedy requested and answered within the deadline, then ДА; submitted.
        case remedied(Remedy)
        /// I.1 and II.1 answered, I.2 left open until the partner is checked; a draft.
        case awaitingPartnerCheck
    }

    /// A missing document asked for and delivered.
    struct Remedy: Sendable {
        /// The note of the НЕ.
        let missing: String
        /// What the applicant is asked for.
        let request: String
        /// The applicant's reply.
        let reply: String
        /// The note of the ДА that replaces the НЕ.
        let remedied: String
    }

    /// One evaluator's quality sheet.
    struct SheetPlan: Sendable {
        /// The sum of the chosen levels the evaluator arrives at (before the zero rule).
        let sum: Int
        /// nil: every criterion scored and the sheet submitted; n: a draft with groups 1…n scored;
        /// 0: not opened yet (no sheet at all).
        let scoredGroups: Int?

        static func submitted(_ sum: Int) -> SheetPlan {
            SheetPlan(sum: sum, scoredGroups: nil)
        }

        static func draft(_ sum: Int, groups: Int) -> SheetPlan {
            SheetPlan(sum: sum, scoredGroups: groups)
        }

        static let notStarted = SheetPlan(sum: 0, scoredGroups: 0)
    }
}
