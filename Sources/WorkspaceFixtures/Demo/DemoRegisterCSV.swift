import EvaluationCore
import Workspace

/// The demo's register as a registry office exports it: the CSV file that `ocenka proposals import`
/// reads, dates in the Bulgarian form and Cyrillic kinds of applicants included.
enum DemoRegisterCSV {
    static let header = ["id", "registeredAt", "priority", "requested", "title", "applicantName", "applicantEik",
                         "applicantType", "partners"]

    static func text(_ proposals: [DemoProposal]) -> String {
        let rows = proposals.map { proposal in
            [proposal.id, proposal.registeredAt, proposal.priority, proposal.requested, proposal.title, proposal.applicant.name,
             proposal.applicant.eik, proposal.applicant.type, proposal.partners.map { "\($0.name)|\($0.eik)" }.joined(separator: "; ")]
        }
        return CSVBuilder.text(header: header, rows: rows, quotingSemicolons: true)
    }
}
