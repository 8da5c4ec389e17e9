import Foundation

/// Reads `proposals.json` and checks it against the procedure: ids, priorities, amounts, ЕИК codes.
public enum ProposalRegisterDecoder {
    public static func decode(_ data: Data, procedure: Procedure) -> Result<[Proposal], ValidationFailure> {
        DocumentDecoding.decode(data) { root in
            root.rejectUnknownKeys(["format", "proposals"])
            DocumentDecoding.checkFormat(root)
            var proposals: [Proposal] = []
            var seen: [String: JSONPath] = [:]
            for element in root.array("proposals") ?? [] {
                guard let object = JSONObjectReader(element.value, at: element.path, issues: root.issues) else { continue }
                if let proposal = read(object, procedure: procedure) {
                    if let first = seen[proposal.id] {
                        object.issues.add(object.path.appending("id"), bg: "предложение „\(proposal.id)“ се повтаря (вече е в \(first))",
                                          en: "proposal \"\(proposal.id)\" appears twice (already at \(first))")
                        continue
                    }
                    seen[proposal.id] = object.path
                    proposals.append(proposal)
                }
            }
            return proposals
        }
    }

    private static func read(_ object: JSONObjectReader, procedure: Procedure) -> Proposal? {
        object.rejectUnknownKeys(["id", "registeredAt", "title", "priority", "requested", "applicant", "partners", "findings",
                                  "settlement", "settlementPopulation", "nuts3", "network",
                                  "activities", "durationMonths", "budgetLines"])
        let id = DocumentDecoding.id(object, "id")
        let registeredAt = object.timestamp("registeredAt")
        let title = DocumentDecoding.line(object, "title", multiline: true)
        let priority = DocumentDecoding.line(object, "priority")
        if let priority, procedure.priority(withID: priority) == nil {
            let known = procedure.priorities.map(\.id).joined(separator: ", ")
            object.issues.add(object.path.appending("priority"), bg: "процедурата няма приоритет „\(priority)“ (има: \(known))",
                              en: "the procedure has no priority \"\(priority)\" (it has: \(known))")
        }
        let requested = object.money("requested", positive: true)
        let applicant = object.object("applicant").flatMap { organisation($0, withType: true) }
        var partners: [Organisation] = []
        for element in object.array("partners", required: false) ?? [] {
            guard let partner = JSONObjectReader(element.value, at: element.path, issues: object.issues) else { continue }
            if let organisation = organisation(partner, withType: true) { partners.append(organisation) }
        }
        var findings: [Finding] = []
        for element in object.array("findings", required: false) ?? [] {
            guard let finding = JSONObjectReader(element.value, at: element.path, issues: object.issues) else { continue }
            finding.rejectUnknownKeys(["kind", "proposals", "eik", "limit", "items", "amount"])
            guard let kind = finding.choice("kind", Finding.Kind.self) else { continue }
            findings.append(Finding(kind: kind, proposals: finding.strings("proposals", required: false) ?? [],
                                    eik: finding.string("eik", required: false), limit: finding.money("limit", required: false),
                                    items: finding.strings("items", required: false) ?? [],
                                    amount: finding.money("amount", required: false)))
        }
        let settlement = DocumentDecoding.line(object, "settlement", required: false)
        let population = object.integer("settlementPopulation", in: 0...100_000_000, required: false)
        let nuts3 = DocumentDecoding.line(object, "nuts3", required: false)
        let network = DocumentDecoding.line(object, "network", required: false)
        let activities = object.strings("activities", required: false)
        if let activities, let bad = activities.first(where: { !ProcedureDecoder.isValidID($0) }) {
            object.issues.add(object.path.appending("activities"), bg: "„\(bad)“ не е номер на дейност ([A-Za-z0-9._-])",
                              en: "\"\(bad)\" is not an activity number ([A-Za-z0-9._-])")
        }
        let duration = object.integer("durationMonths", in: 1...600, required: false)
        var budgetLines: [String: Money]?
        if let lines = object.object("budgetLines", required: false) {
            var read: [String: Money] = [:]
            for key in lines.fields.keys.sorted() {
                if !ProcedureDecoder.isValidID(key) {
                    lines.issues.add(lines.path.appending(key), bg: "„\(key)“ не е име на бюджетен ред ([A-Za-z0-9._-])",
                                     en: "\"\(key)\" is not a budget line name ([A-Za-z0-9._-])")
                }
                if let amount = lines.money(key) { read[key] = amount }
            }
            budgetLines = read
        }
        guard let id, let registeredAt, let title, let priority, let requested, let applicant,
              procedure.priority(withID: priority) != nil else { return nil }
        var proposal = Proposal(id: id, registeredAt: registeredAt, title: title, priority: priority, requested: requested,
                                applicant: applicant, partners: partners, findings: findings)
        proposal.settlement = settlement
        proposal.settlementPopulation = population
        proposal.nuts3 = nuts3
        proposal.network = network
        proposal.activities = activities
        proposal.durationMonths = duration
        proposal.budgetLines = budgetLines
        return proposal
    }

    private static func organisation(_ object: JSONObjectReader, withType: Bool) -> Organisation? {
        object.rejectUnknownKeys(["name", "eik", "type"])
        let name = DocumentDecoding.line(object, "name")
        let eik = DocumentDecoding.line(object, "eik")
        if let eik, case .failure(let problem) = EIK.validate(eik) {
            object.issues.add(object.path.appending("eik"), problem.message)
        }
        let type = DocumentDecoding.line(object, "type", required: false)
        if let type, OrganisationKind(rawValue: type) == nil {
            let allowed = OrganisationKind.allCases.map(\.rawValue).joined(separator: ", ")
            object.issues.add(object.path.appending("type"), bg: "непознат вид „\(type)“ (позволени: \(allowed))",
                              en: "unknown type \"\(type)\" (allowed: \(allowed))")
        }
        guard let name, let eik, EIK.validate(eik).isSuccess else { return nil }
        return Organisation(name: name, eik: eik, type: type)
    }
}

extension Result {
    var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}
