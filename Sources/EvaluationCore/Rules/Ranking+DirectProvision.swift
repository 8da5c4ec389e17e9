extension Ranking {
    /// Direct provision (seed 003): every proposal admitted and within the register rules is approved,
    /// in the order of registration, while the procedure's budget lasts; no points. The rules
    /// (`Procedure.registerRules`): the population band of the settlement (below its minimum not
    /// eligible, above the band's cap waiting for a correction), one proposal per applicant, and one
    /// per network and NUTS 3 area, the proposals of one network and area taken in the order of
    /// submission (003_b1d6d98fb7444580.txt:222, 310, 312, 322–327, 729).
    static func directProvision(procedure: Procedure, standings: [ProposalStanding], policy: RankingPolicy)
        -> (group: Group, refused: [Unranked]) {
        let ordered = standings.sorted {
            ($0.proposal.registeredAt, $0.proposal.id) < ($1.proposal.registeredAt, $1.proposal.id)
        }
        var bands: (minimum: Int, bands: [PopulationBand])?
        var onePerApplicant = false
        var onePerNetworkArea = false
        for rule in procedure.registerRules {
            switch rule {
            case .populationBands(let minimum, let list, _): bands = (minimum, list)
            case .onePerApplicant: onePerApplicant = true
            case .onePerNetworkArea: onePerNetworkArea = true
            }
        }
        /// What an earlier proposal means for a later one of the same applicant or network and area.
        enum Slot { case taken, waiting }
        var applicants: [String: Slot] = [:]
        var areas: [String: Slot] = [:]
        var approved: [ProposalStanding] = []
        var refused: [Unranked] = []
        func refuse(_ standing: ProposalStanding, _ status: Status, _ reason: String) {
            refused.append(Unranked(proposal: standing.proposal.id, priority: standing.proposal.priority, status: status, reasons: [reason]))
        }
        for standing in ordered {
            let proposal = standing.proposal
            // One club per organisation (line 310); a network's members follow the area rule instead (line 312).
            let applicant = onePerApplicant && proposal.network == nil ? proposal.applicant.eik : nil
            let area: String? = onePerNetworkArea ? proposal.network.flatMap { network in proposal.nuts3.map { network + "\u{1F}" + $0 } } : nil
            switch standing.status {
            case .pending, .needsDecision:
                // Still being checked: it keeps its place in the order (line 729).
                if let applicant, applicants[applicant] == nil { applicants[applicant] = .waiting }
                if let area, areas[area] == nil { areas[area] = .waiting }
                continue
            case .notAdmitted, .belowFloor:
                continue
            case .eligible:
                break
            }
            if let bands {
                guard let population = proposal.settlementPopulation else {
                    refuse(standing, .needsDecision, "populationMissing")
                    continue
                }
                if population < bands.minimum {
                    refuse(standing, .notAdmitted, "populationBelowMinimum")
                    continue
                }
                if let band = bands.bands.first(where: { $0.contains(population) }), standing.amount > band.maxPerProject {
                    refuse(standing, .needsDecision, "aboveBandMaximum")
                    if let applicant, applicants[applicant] == nil { applicants[applicant] = .waiting }
                    if let area, areas[area] == nil { areas[area] = .waiting }
                    continue
                }
            }
            if let applicant, let slot = applicants[applicant] {
                slot == .taken ? refuse(standing, .notAdmitted, "onePerApplicant") : refuse(standing, .pending, "earlierOfApplicant")
                continue
            }
            if let area, let slot = areas[area] {
                slot == .taken ? refuse(standing, .notAdmitted, "onePerNetworkArea") : refuse(standing, .pending, "earlierInNetworkArea")
                continue
            }
            if let applicant { applicants[applicant] = .taken }
            if let area { areas[area] = .taken }
            approved.append(standing)
        }
        let group = walk(id: "procedure", title: procedure.title, budget: procedure.totalBudget, transferredIn: .zero,
                         members: approved, policy: policy)
        return (group, refused)
    }
}
