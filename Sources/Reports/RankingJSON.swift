import EvaluationCore
import Foundation

/// `ocenka rank --format json` (Docs/architecture.md, "The rules"): the fields of Docs/decisions.md, "Ranking", plus `title`, `transferredIn`
/// and `runningTotal` on the lists, `priority` on the unranked, and the policy used; given the
/// procedure, its `currency` and, for a BGN procedure with the euro as second currency, every amount
/// also in EUR (`amountEUR`, `budgetEUR`, `allocatedEUR` as the sum of the converted amounts,
/// `remainingEUR`). A procedure with no quality part gives `"outcome": "admittedList"`: its lists
/// hold the admitted proposals with the status `admitted` and no `runningTotal`. Keys are sorted, so the same workspace always gives the same bytes.
public enum RankingJSON {
    public static func encode(_ ranking: Ranking, procedure: Procedure? = nil) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let euro = procedure?.secondaryCurrency.flatMap { $0.code == "EUR" ? $0 : nil }
        var data = try encoder.encode(Document(ranking: ranking, currency: procedure?.currency, euro: euro))
        data.append(0x0A)
        return data
    }

    private struct Document: Encodable {
        let ranking: Ranking
        let currency: String?
        let euro: SecondaryCurrency?

        enum Keys: String, CodingKey { case procedure, currency, final, outcome, policy, priorities, unranked }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(ranking.procedure, forKey: .procedure)
            try container.encodeIfPresent(currency, forKey: .currency)
            try container.encode(ranking.isFinal, forKey: .final)
            if ranking.outcome != .funding { try container.encode(ranking.outcome.rawValue, forKey: .outcome) }
            try container.encode(Policy(ranking.policy), forKey: .policy)
            try container.encode(ranking.groups.map { GroupDocument(group: $0, euro: euro) }, forKey: .priorities)
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
        let euro: SecondaryCurrency?

        enum Keys: String, CodingKey {
            case id, title, budget, transferredIn, allocated, remaining, rows, budgetEUR, allocatedEUR, remainingEUR
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(group.id, forKey: .id)
            try container.encode(group.title, forKey: .title)
            try container.encode(group.budget?.canonicalText, forKey: .budget)
            if group.transferredIn != .zero { try container.encode(group.transferredIn.canonicalText, forKey: .transferredIn) }
            try container.encode(group.allocated.canonicalText, forKey: .allocated)
            try container.encode(group.remaining?.canonicalText, forKey: .remaining)
            try container.encode(group.rows.map { RowDocument(row: $0, euro: euro) }, forKey: .rows)
            guard let euro else { return }
            let allocated = group.rows.filter { $0.status == .approved }.reduce(Money.zero) { $0 + euro.convert($1.amount) }
            let budget = group.budget.map(euro.convert)
            try container.encode(budget?.canonicalText, forKey: .budgetEUR)
            try container.encode(allocated.canonicalText, forKey: .allocatedEUR)
            try container.encode(budget.map { ($0 + euro.convert(group.transferredIn) - allocated).canonicalText }, forKey: .remainingEUR)
        }
    }

    private struct RowDocument: Encodable {
        let row: Ranking.Row
        let euro: SecondaryCurrency?

        enum Keys: String, CodingKey { case rank, proposal, score, amount, amountEUR, runningTotal, status }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(row.rank, forKey: .rank)
            try container.encode(row.proposal, forKey: .proposal)
            try container.encode(row.score?.fixedText, forKey: .score)
            try container.encode(row.amount.canonicalText, forKey: .amount)
            if row.status != .admitted { try container.encode(row.runningTotal.canonicalText, forKey: .runningTotal) }
            try container.encode(row.status.rawValue, forKey: .status)
            if let euro { try container.encode(euro.convert(row.amount).canonicalText, forKey: .amountEUR) }
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
