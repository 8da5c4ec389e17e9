/// Computes the automatic findings of a register from the proposals and the procedure: amounts
/// against the priority's limits, and seed 001's rule that an institution is applicant in only one
/// proposal and partner in only one, in a priority other than its own application (matched by ЕИК).
public enum RegisterFindings {
    /// `proposals` with their `findings` recomputed (any findings they had are replaced).
    public static func apply(to proposals: [Proposal], procedure: Procedure) -> [Proposal] {
        var applications: [String: [Proposal]] = [:]
        var partnerships: [String: [Proposal]] = [:]
        for proposal in proposals {
            applications[proposal.applicant.eik, default: []].append(proposal)
            for partner in Set(proposal.partners.map(\.eik)) {
                partnerships[partner, default: []].append(proposal)
            }
        }
        return proposals.map { proposal in
            var findings: [Finding] = []
            if let priority = procedure.priority(withID: proposal.priority) {
                if let maximum = priority.maxPerProject, proposal.requested > maximum {
                    findings.append(Finding(kind: .requestedAboveMaximum, limit: maximum))
                }
                if let minimum = priority.minPerProject, proposal.requested < minimum {
                    findings.append(Finding(kind: .requestedBelowMinimum, limit: minimum))
                }
            }
            if let deadline = procedure.submissionDeadline, proposal.registeredAt > deadline {
                findings.append(Finding(kind: .registeredAfterDeadline))
            }
            let eik = proposal.applicant.eik
            let sameApplicant = (applications[eik] ?? []).filter { $0.id != proposal.id }.map(\.id).sorted()
            if !sameApplicant.isEmpty {
                findings.append(Finding(kind: .applicantInSeveralProposals, proposals: sameApplicant, eik: eik))
            }
            for partner in uniqueInOrder(proposal.partners.map(\.eik)) {
                let elsewhere = (partnerships[partner] ?? []).filter { $0.id != proposal.id }.map(\.id).sorted()
                if !elsewhere.isEmpty {
                    findings.append(Finding(kind: .partnerInSeveralProposals, proposals: elsewhere, eik: partner))
                }
                let ownInPriority = (applications[partner] ?? [])
                    .filter { $0.id != proposal.id && $0.priority == proposal.priority }.map(\.id).sorted()
                if !ownInPriority.isEmpty {
                    findings.append(Finding(kind: .partnerInOwnPriority, proposals: ownInPriority, eik: partner))
                }
            }
            findings += activityFindings(proposal, procedure: procedure)
            findings += procedure.registerChecks.flatMap { checkFindings($0, proposal) }
            var updated = proposal
            updated.findings = findings
            return updated
        }
    }

    private static func uniqueInOrder(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
