/// The demo's register as a registry office exports it: the CSV file that `ocenka proposals import`
/// reads, dates in the Bulgarian form and Cyrillic kinds of applicants included.
enum DemoRegisterCSV {
    static let header = ["id", "registeredAt", "priority", "requested", "title", "applicantName", "applicantEik",
                         "applicantType", "partners"]

    static func text(_ proposals: [DemoProposal]) -> String {
        var lines = [header.joined(separator: ",")]
        for proposal in proposals {
            let partners = proposal.partners.map { "\($0.name)|\($0.eik)" }.joined(separator: "; ")
            let fields = [proposal.id, proposal.registeredAt, proposal.priority, proposal.requested, proposal.title,
                          proposal.applicant.name, proposal.applicant.eik, proposal.applicant.type, partners]
            lines.append(fields.map(quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A field as CSV writes it: in quotes, with quotes doubled, when it holds a separator or a quote.
    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
