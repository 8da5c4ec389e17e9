import EvaluationCore
import Foundation

/// `ocenka rank --format json` (DESIGN §4): the fields of the design, plus `title`, `transferredIn`
/// and `runningTotal` on the lists, `priority` on the unranked, and the policy used. Keys are sorted,
/// so the same workspace always gives the same bytes.
public enum RankingJSON {
    public static func encode(_ ranking: Ranking) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(Document(ranking))
        data.append(0x0A)
        return data
    }

    private struct Document: Encodable {
        let ranking: Ranking
        init(_ ranking: Ranking) { self.ranking = ranking }

        enum Keys: String, CodingKey { case procedure, final, policy, priorities, unranked }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(ranking.procedure, forKey: .procedure)
            try container.encode(ranking.isFinal, forKey: .final)
            try container.encode(Policy(ranking.policy), forKey: .policy)
            try container.encode(ranking.groups.map(GroupDocument.init), forKey: .priorities)
            try container.encode(ranking.unranked.map(UnrankedDocument.init), forKey: .unranked)
        }
    }

    private struct Policy: Encodable {
        let policy: RankingPolicy
        init(_ policy: RankingPolicy) { self.policy = policy }

        enum Keys: String, CodingKey { case scope, tieBreak, budgetPolicy, reallocateUnused }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(policy.scope.rawValue, forKey: .scope)
            try container.encode(policy.tieBreak.map(\.description) + ["id"], forKey: .tieBreak)
            try container.encode(policy.budgetPolicy.rawValue, forKey: .budgetPolicy)
            try container.encode(policy.reallocateUnused, forKey: .reallocateUnused)
        }
    }

    private struct GroupDocument: Encodable {
        let group: Ranking.Group
        init(_ group: Ranking.Group) { self.group = group }

        enum Keys: String, CodingKey { case id, title, budget, transferredIn, allocated, remaining, rows }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(group.id, forKey: .id)
            try container.encode(group.title, forKey: .title)
            try container.encode(group.budget?.canonicalText, forKey: .budget)
            if group.transferredIn != .zero { try container.encode(group.transferredIn.canonicalText, forKey: .transferredIn) }
            try container.encode(group.allocated.canonicalText, forKey: .allocated)
            try container.encode(group.remaining?.canonicalText, forKey: .remaining)
            try container.encode(group.rows.map(RowDocument.init), forKey: .rows)
        }
    }

    private struct RowDocument: Encodable {
        let row: Ranking.Row
        init(_ row: Ranking.Row) { self.row = row }

        enum Keys: String, CodingKey { case rank, proposal, score, amount, runningTotal, status }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(row.rank, forKey: .rank)
            try container.encode(row.proposal, forKey: .proposal)
            try container.encode(row.score?.fixedText, forKey: .score)
            try container.encode(row.amount.canonicalText, forKey: .amount)
            try container.encode(row.runningTotal.canonicalText, forKey: .runningTotal)
            try container.encode(row.status.rawValue, forKey: .status)
        }
    }

    private struct UnrankedDocument: Encodable {
        let unranked: Ranking.Unranked
        init(_ unranked: Ranking.Unranked) { self.unranked = unranked }

        enum Keys: String, CodingKey { case proposal, priority, status, reasons }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(unranked.proposal, forKey: .proposal)
            try container.encode(unranked.priority, forKey: .priority)
            try container.encode(unranked.status.rawValue, forKey: .status)
            try container.encode(unranked.reasons, forKey: .reasons)
        }
    }
}
