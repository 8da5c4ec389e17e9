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
        // Room for every row at once: the notes and ~100 bytes of the other fields a row.
        let method = input.procedure.quality
        var capacity = 1 << 16
        for sheets in input.adminSheets.values {
            for sheet in sheets.values { capacity += sheet.answers.values.reduce(0) { $0 + $1.note.utf8.count } + 100 * input.procedure.admin.criteria.count }
        }
        for sheets in input.qualitySheets.values {
            for sheet in sheets.values { capacity += sheet.scores.values.reduce(0) { $0 + $1.note.utf8.count } + 100 * (method?.criteria.count ?? 0) }
        }
        var builder = CSVBuilder(reservingCapacity: capacity)
        builder.append(row: header)
        let adminEvaluators = input.adminSheets.keys.sorted()
        let qualityEvaluators = input.qualitySheets.keys.sorted()
        for proposal in proposalIDs {
            for evaluator in adminEvaluators {
                guard let sheet = input.adminSheets[evaluator]?[proposal] else { continue }
                let status = input.decisions.effectiveStatus(of: sheet.status, acknowledging: sheet.statusChange?.decision,
                                                             proposal: proposal, evaluator: evaluator, stage: .admin).rawValue
                let updatedAt = sheet.updatedAt?.text ?? ""
                let submittedAt = sheet.submittedAt?.text ?? ""
                for criterion in input.procedure.admin.criteria {
                    let answer = sheet.answers[criterion.id]
                    builder.append(row: [proposal, evaluator, Assignments.Stage.admin.rawValue, criterion.id, answer?.answer.rawValue ?? "", "",
                                         answer?.note ?? "", status, updatedAt, submittedAt])
                }
            }
            guard let method else { continue }
            for evaluator in qualityEvaluators {
                guard let sheet = input.qualitySheets[evaluator]?[proposal] else { continue }
                let status = input.decisions.effectiveStatus(of: sheet.status, acknowledging: sheet.statusChange?.decision,
                                                             proposal: proposal, evaluator: evaluator, stage: .quality).rawValue
                let updatedAt = sheet.updatedAt?.text ?? ""
                let submittedAt = sheet.submittedAt?.text ?? ""
                for criterion in method.criteria {
                    let score = sheet.scores[criterion.id]
                    builder.append(row: [proposal, evaluator, Assignments.Stage.quality.rawValue, criterion.id, "", score?.points?.fixedText ?? "",
                                         score?.note ?? "", status, updatedAt, submittedAt])
                }
            }
        }
        return builder.bytes
    }
}
