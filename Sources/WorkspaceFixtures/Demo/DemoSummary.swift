import EvaluationCore
import Foundation
import Workspace

extension DemoWorkspace {
    /// Where a workspace stands, read back from its files (`WorkspaceSnapshot.standings()`): the
    /// committee, the proposals per priority against each budget, the administrative check, the
    /// quality sheets, and the proposals worth a look.
    public struct Summary: Sendable {
        /// The proposals of one priority and what they request.
        public struct PriorityLine: Sendable, Equatable {
            public let id: String
            public let title: String
            public let budget: Money?
            public let proposals: Int
            public let requested: Money
        }

        /// A proposal with the criteria that single it out.
        public struct Flagged: Sendable, Equatable {
            public let proposal: String
            public let criteria: [String]
        }

        public let root: URL
        public let procedureID: String
        public let procedureTitle: String
        public let currency: String
        public let committee: [CommitteeMember]
        public let priorities: [PriorityLine]
        public let admitted: [String]
        /// Not admitted, with the criteria answered НЕ (the chair's decisions applied, as everywhere here).
        public let notAdmitted: [Flagged]
        /// Not decided yet: sheets outstanding, or evaluators who disagree.
        public let adminPending: [String]
        /// Proposals where the applicant was asked to remedy something, with the criteria.
        public let remedyRequested: [Flagged]
        public let qualitySubmitted: Int
        /// Quality sheets still being written (drafts and sheets returned by the chair).
        public let qualityDrafts: Int
        /// Quality sheets of admitted proposals that their evaluators have not opened yet.
        public let qualityNotStarted: Int
        /// The largest allowed difference between the evaluators' totals.
        public let allowedSpread: Points?
        public let floor: Points?
        /// Waiting for the chair because the evaluators' totals are further apart than allowed.
        public let spreadAboveLimit: [String]
        /// A submitted sheet zeroed by a rule of the methodology, with the criteria.
        public let zeroed: [Flagged]
        /// A final score below the floor (the zeroed ones are listed apart).
        public let belowFloor: [String]

        public init(_ snapshot: WorkspaceSnapshot) {
            let procedure = snapshot.procedure
            root = snapshot.layout.root
            procedureID = procedure.id
            procedureTitle = procedure.title
            currency = procedure.currency
            committee = snapshot.info.committee
            priorities = procedure.priorities.map { priority in
                let proposals = snapshot.proposals.filter { $0.priority == priority.id }
                return PriorityLine(id: priority.id, title: priority.title, budget: priority.budget, proposals: proposals.count,
                                    requested: proposals.reduce(Money.zero) { $0 + $1.requested })
            }
            var admitted: [String] = []
            var notAdmitted: [Flagged] = []
            var pending: [String] = []
            var remedies: [Flagged] = []
            var spread: [String] = []
            var zeroed: [Flagged] = []
            var below: [String] = []
            for standing in snapshot.standings() {
                let id = standing.proposal.id
                switch standing.admin {
                case .admitted: admitted.append(id)
                case .notAdmitted(let reasons, _): notAdmitted.append(Flagged(proposal: id, criteria: Self.unique(reasons.map(\.criterion))))
                case .pending, .disagreement: pending.append(id)
                }
                let requested = snapshot.adminSheets(of: id).flatMap(\.remedy).map(\.criterion)
                if !requested.isEmpty { remedies.append(Flagged(proposal: id, criteria: Self.unique(requested))) }
                if case .needsDecision(.spread)? = standing.quality { spread.append(id) }
                let zeroedBy = procedure.quality.map { method in
                    Self.unique(snapshot.qualitySheets(of: id).filter { $0.status == .submitted }
                        .flatMap { SheetTotals(sheet: $0, method: method).zeroedBy })
                } ?? []
                if !zeroedBy.isEmpty {
                    zeroed.append(Flagged(proposal: id, criteria: zeroedBy))
                } else if standing.status == .belowFloor {
                    below.append(id)
                }
            }
            self.admitted = admitted
            self.notAdmitted = notAdmitted
            adminPending = pending
            remedyRequested = remedies
            spreadAboveLimit = spread
            self.zeroed = zeroed
            belowFloor = below

            let allSheets = snapshot.qualitySheets.values.flatMap(\.values)
            qualitySubmitted = allSheets.filter { $0.status == .submitted }.count
            qualityDrafts = allSheets.filter { $0.status.isEditable }.count
            qualityNotStarted = procedure.quality == nil ? 0 : admitted.reduce(0) { count, id in
                count + snapshot.assignments.evaluators(of: id, in: .quality).filter { snapshot.qualitySheet($0, id) == nil }.count
            }
            floor = procedure.quality?.floor
            allowedSpread = procedure.quality.flatMap { method in
                procedure.reconciliation?.allowedSpread(maxPoints: method.maxPoints)
            }
        }

        private static func unique(_ values: [String]) -> [String] {
            var seen: Set<String> = []
            return values.filter { seen.insert($0).inserted }
        }
    }
}
