import EvaluationCore

/// `ocenka rank --format csv` and `ocenka export ranking`: one row per proposal, ranked ones first
/// (by priority and rank), then the rest; amounts and points with a decimal point.
public enum RankingCSV {
    public static let header = ["priority", "rank", "proposal", "applicant", "applicantEik", "score", "amount", "runningTotal", "status", "reasons"]

    public static func render(_ ranking: Ranking, proposals: [Proposal]) throws -> String {
        String(decoding: try renderBytes(ranking, proposals: proposals), as: UTF8.self)
    }

    /// `render` as UTF-8 bytes.
    public static func renderBytes(_ ranking: Ranking, proposals: [Proposal]) throws -> [UInt8] {
        let byID = Dictionary(proposals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [[String]] = []
        for group in ranking.groups {
            for row in group.rows {
                rows.append([group.id, String(row.rank), row.proposal, byID[row.proposal]?.applicant.name ?? "",
                             byID[row.proposal]?.applicant.eik ?? "", row.score?.fixedText ?? "", row.amount.canonicalText,
                             row.status == .approved ? row.runningTotal.canonicalText : "", row.status.rawValue, ""])
            }
        }
        for item in ranking.unranked {
            rows.append([item.priority, "", item.proposal, byID[item.proposal]?.applicant.name ?? "", byID[item.proposal]?.applicant.eik ?? "",
                         "", byID[item.proposal]?.requested.canonicalText ?? "", "", item.status.rawValue, item.reasons.joined(separator: ";")])
        }
        return CSVBuilder.bytes(header: header, rows: rows)
    }
}
