import EvaluationCore

/// The register (`proposals.json`) as the loader parsed it and the index keeps it: every field of
/// every proposal, so that what the index gives back is equal (`==`) to what parsing the file gives.
enum IndexRegister {
    static func encoded(_ proposals: [Proposal]) -> [UInt8] {
        var writer = IndexWriter(capacity: proposals.count * 400)
        writer.unsigned(UInt64(proposals.count))
        for proposal in proposals {
            writer.text(proposal.id)
            writer.timestamp(proposal.registeredAt)
            writer.text(proposal.title)
            writer.text(proposal.priority)
            writer.int(proposal.requested.minorUnits)
            writer.organisation(proposal.applicant)
            writer.unsigned(UInt64(proposal.partners.count))
            for partner in proposal.partners { writer.organisation(partner) }
            writer.unsigned(UInt64(proposal.findings.count))
            for finding in proposal.findings {
                writer.text(finding.kind.rawValue)
                writer.texts(finding.proposals)
                writer.optional(finding.eik) { $0.text($1) }
                writer.optional(finding.limit) { $0.int($1.minorUnits) }
                writer.texts(finding.items)
                writer.optional(finding.amount) { $0.int($1.minorUnits) }
            }
            writer.optional(proposal.settlement) { $0.text($1) }
            writer.optional(proposal.settlementPopulation) { $0.int($1) }
            writer.optional(proposal.nuts3) { $0.text($1) }
            writer.optional(proposal.network) { $0.text($1) }
            writer.optional(proposal.activities) { $0.texts($1) }
            writer.optional(proposal.durationMonths) { $0.int($1) }
            writer.optional(proposal.budgetLines) { writer, lines in
                writer.unsigned(UInt64(lines.count))
                for (line, amount) in lines.sorted(by: { $0.key < $1.key }) {
                    writer.text(line)
                    writer.int(amount.minorUnits)
                }
            }
        }
        return writer.bytes
    }

    static func decoded(_ bytes: UnsafeRawBufferPointer) throws(IndexCorruption) -> [Proposal] {
        var reader = IndexReader(bytes)
        let count = try reader.count()
        var proposals: [Proposal] = []
        proposals.reserveCapacity(count)
        for _ in 0 ..< count {
            var proposal = Proposal(id: try reader.text(), registeredAt: try reader.timestamp(), title: try reader.text(),
                                    priority: try reader.text(), requested: Money(minorUnits: try reader.int64()),
                                    applicant: try reader.organisation())
            let partnerCount = try reader.count()
            for _ in 0 ..< partnerCount { proposal.partners.append(try reader.organisation()) }
            let findingCount = try reader.count()
            for _ in 0 ..< findingCount {
                guard let kind = Finding.Kind(rawValue: try reader.text()) else { throw IndexCorruption() }
                proposal.findings.append(Finding(
                    kind: kind, proposals: try reader.texts(),
                    eik: try reader.optional { reader throws(IndexCorruption) in try reader.text() },
                    limit: try reader.optional { reader throws(IndexCorruption) in Money(minorUnits: try reader.int64()) },
                    items: try reader.texts(),
                    amount: try reader.optional { reader throws(IndexCorruption) in Money(minorUnits: try reader.int64()) }))
            }
            proposal.settlement = try reader.optional { reader throws(IndexCorruption) in try reader.text() }
            proposal.settlementPopulation = try reader.optional { reader throws(IndexCorruption) in try reader.int() }
            proposal.nuts3 = try reader.optional { reader throws(IndexCorruption) in try reader.text() }
            proposal.network = try reader.optional { reader throws(IndexCorruption) in try reader.text() }
            proposal.activities = try reader.optional { reader throws(IndexCorruption) in try reader.texts() }
            proposal.durationMonths = try reader.optional { reader throws(IndexCorruption) in try reader.int() }
            proposal.budgetLines = try reader.optional { reader throws(IndexCorruption) in
                let lineCount = try reader.count()
                var lines: [String: Money] = [:]
                for _ in 0 ..< lineCount { lines[try reader.text()] = Money(minorUnits: try reader.int64()) }
                return lines
            }
            proposals.append(proposal)
        }
        guard reader.isAtEnd else { throw IndexCorruption() }
        return proposals
    }
}

extension IndexWriter {
    mutating func organisation(_ organisation: Organisation) {
        text(organisation.name)
        text(organisation.eik)
        optional(organisation.type) { $0.text($1) }
    }

    mutating func texts(_ values: [String]) {
        unsigned(UInt64(values.count))
        for value in values { text(value) }
    }
}

extension IndexReader {
    mutating func organisation() throws(IndexCorruption) -> Organisation {
        Organisation(name: try text(), eik: try text(), type: try optional { reader throws(IndexCorruption) in try reader.text() })
    }

    mutating func texts() throws(IndexCorruption) -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0 ..< count { values.append(try text()) }
        return values
    }
}
