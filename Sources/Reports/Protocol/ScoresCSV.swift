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

    /// `render` as UTF-8 bytes (`renderParts` joined).
    public static func renderBytes(_ input: ProtocolInput) throws -> [UInt8] {
        try renderParts(input).joined()
    }

    /// `render` as UTF-8 bytes in pieces, all made now (`renderStream` collected).
    public static func renderParts(_ input: ProtocolInput) throws -> ByteParts {
        renderStream(input).collected()
    }

    /// `render` as UTF-8 bytes in pieces, made `piecesPerBatch` at a time as they are written: the
    /// header, then the proposals' rows in pieces of 64 proposals, each batch's pieces on every
    /// core, each row written as it is made.
    public static func renderStream(_ input: ProtocolInput, piecesPerBatch: Int = 16) -> ByteStream {
        let proposalIDs = Set(input.proposals.map(\.id))
            .union(input.adminSheets.values.flatMap(\.keys))
            .union(input.qualitySheets.values.flatMap(\.keys))
            .sorted()
        let adminEvaluators = input.adminSheets.keys.sorted()
        let qualityEvaluators = input.qualitySheets.keys.sorted()
        var head = CSVBuilder()
        head.append(row: header)
        let pieces = stride(from: 0, to: proposalIDs.count, by: 64).map { $0..<min($0 + 64, proposalIDs.count) }
        let headerBytes = head.bytes
        let batchSize = max(1, piecesPerBatch)
        return ByteStream(batchCount: max(1, (pieces.count + batchSize - 1) / batchSize)) { batch in
            let range = batch * batchSize ..< min(pieces.count, (batch + 1) * batchSize)
            let rows = Array(pieces[range]).concurrentMap(minimumCount: 2) { piece -> [UInt8] in
                rowBytes(of: proposalIDs[piece], input, adminEvaluators: adminEvaluators, qualityEvaluators: qualityEvaluators)
            }
            return batch == 0 ? [headerBytes] + rows : rows
        }
    }

    /// The rows of `proposals`, by proposal, stage and evaluator.
    private static func rowBytes(of proposals: ArraySlice<String>, _ input: ProtocolInput,
                                 adminEvaluators: [String], qualityEvaluators: [String]) -> [UInt8] {
        let method = input.procedure.quality
        // Room for every row at once: the notes and ~100 bytes of the other fields a row.
        var capacity = 0
        for proposal in proposals {
            for evaluator in adminEvaluators {
                guard let sheet = input.adminSheets[evaluator]?[proposal] else { continue }
                capacity += sheet.answers.values.reduce(0) { $0 + $1.note.utf8.count } + 100 * input.procedure.admin.criteria.count
            }
            for evaluator in qualityEvaluators {
                guard let sheet = input.qualitySheets[evaluator]?[proposal] else { continue }
                capacity += sheet.scores.values.reduce(0) { $0 + $1.note.utf8.count } + 100 * (method?.criteria.count ?? 0)
            }
        }
        var builder = CSVBuilder(reservingCapacity: capacity)
        for proposal in proposals {
            for evaluator in adminEvaluators {
                guard let sheet = input.adminSheets[evaluator]?[proposal] else { continue }
                let status = input.decisions.effectiveStatus(of: sheet.status, acknowledging: sheet.statusChange?.decision,
                                                             proposal: proposal, evaluator: evaluator, stage: .admin).rawValue
                let updatedAt = sheet.updatedAt?.text ?? ""
                let submittedAt = sheet.submittedAt?.text ?? ""
                for criterion in input.procedure.admin.criteria {
                    let answer = sheet.answers[criterion.id]
                    builder.append(row: proposal, evaluator, Assignments.Stage.admin.rawValue, criterion.id, answer?.answer.rawValue ?? "", "",
                                   answer?.note ?? "", status, updatedAt, submittedAt)
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
                    builder.append(row: proposal, evaluator, Assignments.Stage.quality.rawValue, criterion.id, "", score?.points?.fixedText ?? "",
                                   score?.note ?? "", status, updatedAt, submittedAt)
                }
            }
        }
        return builder.bytes
    }
}

private extension CSVBuilder {
    /// One row of the scores, its ten fields (`header`) written one by one: the rows are ~100 000
    /// at 2 000 proposals, and an array of each row's fields cost an allocation and its strings'
    /// retains.
    mutating func append(row proposal: String, _ evaluator: String, _ stage: String, _ criterion: String, _ answer: String, _ points: String,
                         _ note: String, _ status: String, _ updatedAt: String, _ submittedAt: String) {
        append(field: proposal)
        append(field: evaluator)
        append(field: stage)
        append(field: criterion)
        append(field: answer)
        append(field: points)
        append(field: note)
        append(field: status)
        append(field: updatedAt)
        append(field: submittedAt)
        endRow()
    }
}
