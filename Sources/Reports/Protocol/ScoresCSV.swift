import EvaluationCore

/// Every criterion of every sheet as CSV, beside the protocol: one row per sheet and criterion, by
/// proposal, stage (admin first) and evaluator; the answer of an admin criterion (yes, no, na) or the
/// points of a quality criterion with a decimal point; the sheet's status with the chair's returns and
/// cancellations applied.
public enum ScoresCSV {
    public static let header = ["proposal", "evaluator", "stage", "criterion", "answer", "points", "note", "status", "updatedAt", "submittedAt"]

    public static func render(_ input: ProtocolInput) throws -> String {
        String(decoding: try renderBytes(input), as: UTF8.self)
    }

    /// `render` as UTF-8 bytes, each row written as it is made.
    public static func renderBytes(_ input: ProtocolInput) throws -> [UInt8] {
        let proposalIDs = Set(input.proposals.map(\.id))
            .union(input.adminSheets.values.flatMap(\.keys))
            .union(input.qualitySheets.values.flatMap(\.keys))
            .sorted()
        var builder = CSVBuilder(reservingCapacity: 1 << 16)
        builder.append(row: header)
        for proposal in proposalIDs {
            for evaluator in input.adminSheets.keys.sorted() {
                guard let sheet = input.adminSheets[evaluator]?[proposal] else { continue }
                let status = input.decisions.effectiveStatus(of: sheet.status, acknowledging: sheet.statusChange?.decision,
                                                             proposal: proposal, evaluator: evaluator, stage: .admin)
                for criterion in input.procedure.admin.criteria {
                    let answer = sheet.answers[criterion.id]
                    builder.append(row: [proposal, evaluator, Assignments.Stage.admin.rawValue, criterion.id, answer?.answer.rawValue ?? "", "",
                                 answer?.note ?? "", status.rawValue, sheet.updatedAt?.text ?? "", sheet.submittedAt?.text ?? ""])
                }
            }
            guard let method = input.procedure.quality else { continue }
            for evaluator in input.qualitySheets.keys.sorted() {
                guard let sheet = input.qualitySheets[evaluator]?[proposal] else { continue }
                let status = input.decisions.effectiveStatus(of: sheet.status, acknowledging: sheet.statusChange?.decision,
                                                             proposal: proposal, evaluator: evaluator, stage: .quality)
                for criterion in method.criteria {
                    let score = sheet.scores[criterion.id]
                    builder.append(row: [proposal, evaluator, Assignments.Stage.quality.rawValue, criterion.id, "", score?.points?.fixedText ?? "",
                                 score?.note ?? "", status.rawValue, sheet.updatedAt?.text ?? "", sheet.submittedAt?.text ?? ""])
                }
            }
        }
        return builder.bytes
    }
}
