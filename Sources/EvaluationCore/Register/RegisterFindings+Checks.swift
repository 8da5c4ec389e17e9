extension RegisterFindings {
    /// The priority's activities against those the register gives for the proposal (nothing when it
    /// gives none): the mandatory ones (001 lines 259, 306), the eligible ones, the minimum (001 line 371).
    static func activityFindings(_ proposal: Proposal, procedure: Procedure) -> [Finding] {
        guard let activities = proposal.activities, let priority = procedure.priority(withID: proposal.priority) else { return [] }
        var findings: [Finding] = []
        let included = Set(activities)
        let missing = priority.mandatoryActivities.filter { !included.contains($0) }
        if !missing.isEmpty {
            findings.append(Finding(kind: .mandatoryActivitiesMissing, items: missing))
        }
        if !priority.activities.isEmpty {
            let eligible = Set(priority.activities)
            let outside = activities.filter { !eligible.contains($0) }
            if !outside.isEmpty {
                findings.append(Finding(kind: .activitiesNotEligible, items: outside))
            }
            if let minimum = priority.minimumActivities {
                let count = Set(activities.filter { eligible.contains($0) }).count
                if count < minimum {
                    findings.append(Finding(kind: .tooFewActivities, items: [String(count), String(minimum)]))
                }
            }
        }
        return findings
    }

    /// One declared check on the proposal's register columns; a column the register does not give
    /// yields nothing (the check is for the evaluator then).
    static func checkFindings(_ check: RegisterCheck, _ proposal: Proposal) -> [Finding] {
        switch check {
        case .applicantTypes(let types, _):
            guard let type = proposal.applicant.type else { return [] }
            return types.contains(type) ? [] : [Finding(kind: .applicantTypeNotEligible, eik: proposal.applicant.eik, items: [type])]
        case .partnerTypes(let types, _):
            return proposal.partners.compactMap { partner in
                guard let type = partner.type, !types.contains(type) else { return nil }
                return Finding(kind: .partnerTypeNotEligible, eik: partner.eik, items: [type])
            }
        case .durationMonths(let minimum, let maximum, _):
            guard let months = proposal.durationMonths, months < minimum || months > maximum else { return [] }
            return [Finding(kind: .durationOutOfRange, items: [String(months), String(minimum), String(maximum)])]
        case .budgetLineShare(let line, let percent, _):
            guard let amount = proposal.budgetLines?[line] else { return [] }
            // Exact: amount / requested > percent / 100, compared in whole numbers.
            let (left, leftOverflow) = amount.minorUnits.multipliedReportingOverflow(by: 100 * percent.unit)
            let (right, rightOverflow) = proposal.requested.minorUnits.multipliedReportingOverflow(by: percent.scaled)
            guard !leftOverflow, !rightOverflow, left > right else { return [] }
            let allowed = DecimalText.multiplyDivideRoundingHalfAwayFromZero(proposal.requested.minorUnits, by: percent.scaled,
                                                                             dividingBy: 100 * percent.unit)
            return [Finding(kind: .budgetLineAboveShare, limit: allowed.map { Money(minorUnits: $0) },
                            items: [line, percent.canonicalText], amount: amount)]
        case .budgetLineCap(let line, let maximum, _):
            guard let amount = proposal.budgetLines?[line], amount > maximum else { return [] }
            return [Finding(kind: .budgetLineAboveCap, limit: maximum, items: [line], amount: amount)]
        }
    }
}
