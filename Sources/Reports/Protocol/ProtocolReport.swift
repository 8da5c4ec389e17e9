import EvaluationCore

/// The evaluation protocol (Docs/architecture.md, "The protocol") as UTF-8 text: the procedure and its frozen SHA-256, the
/// committee and its declarations, the proposals received, the administrative and quality results,
/// the chair's decisions, the ranking with the policies used, and the lines for the signatures.
/// Tables are aligned by display width and no line is wider than `width`; the same input gives the
/// same bytes.
public struct ProtocolReport: Sendable {
    /// The narrowest protocol: the 80 columns of the smallest terminal the program supports.
    public static let minimumWidth = 80

    public let input: ProtocolInput
    public let width: Int
    public let language: Language

    let standings: [String: ProposalStanding]
    let proposals: [String: Proposal]
    let members: [String: CommitteeMember]
    let annexes: [Annex]
    let annexNumbers: [String: (first: Int, last: Int)]

    public init(_ input: ProtocolInput, width: Int = 100, language: Language = .bulgarian) {
        self.input = input
        self.width = max(Self.minimumWidth, width)
        self.language = language
        standings = Dictionary(input.standings.map { ($0.proposal.id, $0) }, uniquingKeysWith: { first, _ in first })
        proposals = Dictionary(input.proposals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        members = Dictionary(input.committee.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        annexes = Self.annexes(input)
        annexNumbers = Self.annexNumbers(annexes)
    }

    /// The protocol's text (`renderBytes` as a string).
    public func render() -> String {
        String(decoding: renderBytes(), as: UTF8.self)
    }

    /// The protocol's sections, in order; each is numbered by its place.
    private enum Section: Sendable {
        case committee, proposals, admin, quality(QualityMethod), decisions, objections, admittedList, directProvision, ranking, integrity
    }

    private var sections: [Section] {
        var sections: [Section] = [.committee, .proposals, .admin]
        if let method = input.procedure.quality { sections.append(.quality(method)) }
        sections.append(.decisions)
        if hasObjections { sections.append(.objections) }
        switch input.ranking.outcome {
        case .admittedList: sections.append(.admittedList)
        case .directProvision: sections.append(.directProvision)
        case .funding: sections.append(.ranking)
        }
        sections.append(.integrity)
        return sections
    }

    private func title(of section: Section) -> String {
        switch section {
        case .committee: t("СЪСТАВ НА ОЦЕНИТЕЛНАТА КОМИСИЯ", "THE EVALUATION COMMITTEE")
        case .proposals: t("ПОСТЪПИЛИ ПРОЕКТНИ ПРЕДЛОЖЕНИЯ", "PROPOSALS RECEIVED")
        case .admin: t("АДМИНИСТРАТИВНО СЪОТВЕТСТВИЕ И ДОПУСТИМОСТ", "ADMINISTRATIVE COMPLIANCE AND ELIGIBILITY")
        case .quality: t("ОЦЕНКА НА КАЧЕСТВОТО", "QUALITY ASSESSMENT")
        case .decisions: t("РЕШЕНИЯ НА ПРЕДСЕДАТЕЛЯ НА КОМИСИЯТА", "DECISIONS OF THE CHAIR")
        case .objections: t("ВЪЗРАЖЕНИЯ СРЕЩУ НЕДОПУСКАНЕТО", "OBJECTIONS AGAINST NON-ADMISSION")
        case .admittedList: t("СПИСЪК НА ДОПУСНАТИТЕ ПРЕДЛОЖЕНИЯ", "LIST OF ADMITTED PROPOSALS")
        case .directProvision: t("ПРЕДЛОЖЕНИЯ, ОДОБРЕНИ ЗА ДИРЕКТНО ПРЕДОСТАВЯНЕ", "PROPOSALS APPROVED FOR DIRECT PROVISION")
        case .ranking: t("КЛАСИРАНЕ", "RANKING")
        case .integrity: t("ЦЯЛОСТ НА ДАННИТЕ", "DATA INTEGRITY")
        }
    }

    /// A section's own lines; section IV's tables and its closing paragraph are pieces of their own
    /// (`renderBytes`).
    private func lines(of section: Section) -> [String] {
        switch section {
        case .committee: committeeLines()
        case .proposals: proposalLines()
        case .admin: adminLines()
        case .quality(let method): qualityHeadLines(method)
        case .decisions: decisionLines()
        case .objections: objectionLines()
        case .admittedList, .directProvision: admittedListLines()
        case .ranking: rankingLines()
        case .integrity: integrityLines()
        }
    }

    /// The protocol's text as UTF-8 bytes (`renderParts` joined).
    public func renderBytes() -> [UInt8] {
        renderParts().joined()
    }

    /// The protocol's text as UTF-8 bytes in pieces, all made now (`renderStream` collected; an
    /// empty text is one empty line).
    public func renderParts() -> ByteParts {
        let made = renderStream().collected()
        return made.isEmpty ? ByteParts([[0x0A]]) : made
    }

    /// The protocol's text as UTF-8 bytes in pieces, made `piecesPerBatch` at a time as they are
    /// written: its head, each section, section IV's tables every 64 proposals, the signatures and
    /// each annex written into bytes of their own, each batch's pieces spread over the cores. (The
    /// head is never empty, so neither is the text.)
    public func renderStream(piecesPerBatch: Int = 256) -> ByteStream {
        // Section IV's tables, a piece of their own every 64 proposals.
        enum Piece: Sendable { case head, section(Int), qualityTables(Range<Int>), qualityTail, signatures, annex(Int) }
        let sections = self.sections
        let parts = AnnexParts(self)
        let admitted = admittedForQuality
        var pieces: [Piece] = [.head]
        for (index, section) in sections.enumerated() {
            pieces.append(.section(index))
            if case .quality = section {
                pieces += stride(from: 0, to: admitted.count, by: 64).map { .qualityTables($0..<min($0 + 64, admitted.count)) }
                pieces.append(.qualityTail)
            }
        }
        pieces.append(.signatures)
        pieces += annexes.indices.map { .annex($0) }
        let report = self
        let batchSize = max(1, piecesPerBatch)
        return ByteStream(batchCount: (pieces.count + batchSize - 1) / batchSize) { [pieces] batch in
            let range = batch * batchSize ..< min(pieces.count, (batch + 1) * batchSize)
            return Array(pieces[range]).concurrentMap(minimumCount: 2) { piece -> [UInt8] in
                var text = ProtocolText()
                switch piece {
                case .head: text.append(report.approvalLines() + report.headingLines())
                case .section(let index):
                    text.append(report.sectionHeading("\(Self.romanNumerals[index]). \(report.title(of: sections[index]))"))
                    text.append(report.lines(of: sections[index]))
                case .qualityTables(let range):
                    guard let method = report.input.procedure.quality else { break }
                    for proposal in admitted[range] { text.append(report.proposalQualityLines(proposal, method: method)) }
                case .qualityTail: text.append(report.qualityTailLines())
                case .signatures: text.append(report.signatureLines())
                case .annex(let index):
                    text = ProtocolText(reservingCapacity: report.annexCapacity(report.annexes[index]))
                    report.annexText(report.annexes[index], parts: parts, into: &text)
                }
                return text.bytes
            }
        }
    }

    /// The lines as the document's text, as UTF-8 bytes: glue written as plain spaces, no trailing
    /// spaces, a final newline.
    func finishedBytes(_ lines: [String]) -> [UInt8] {
        var text = ProtocolText()
        text.append(lines)
        return Self.joined([text.bytes])
    }

    /// The pieces as one text; an empty text is one empty line.
    private static func joined(_ pieces: [[UInt8]]) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(max(1, pieces.reduce(0) { $0 + $1.count }))
        for piece in pieces { text += piece }
        if text.isEmpty { text.append(0x0A) }
        return text
    }

    private static let romanNumerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

    /// A blank to be filled in by hand where the workspace does not know the value.
    static let blank = String(repeating: ".", count: 20)

    // MARK: Heading and signatures

    /// The head of the authority's approval, at the top right as Bulgarian protocols have it.
    private func approvalLines() -> [String] {
        let approver = input.session.approver
        let block = [
            t("УТВЪРДИЛ: ", "APPROVED: ") + String(repeating: "_", count: 20),
            "          " + (approver?.name ?? Self.blank),
            "          " + (approver?.position ?? t("ръководител на органа", "head of the authority")),
            t("Дата: ", "Date: ") + String(repeating: "_", count: 20),
        ]
        let column = block.map { DisplayWidth.of($0) }.max() ?? 0
        let margin = String(repeating: " ", count: max(0, width - column))
        return block.map { margin + $0 } + [""]
    }

    private func headingLines() -> [String] {
        let procedure = input.procedure
        let session = input.session
        var lines = centered(t("ПРОТОКОЛ № ", "PROTOCOL No. ") + (session.protocolNumber ?? Self.blank))
        lines += centered(t("за работата на оценителната комисия по ", "of the work of the evaluation committee for ") + procedure.title)
        lines.append("")
        var pairs: [(String, String)] = [
            (t("Процедура", "Procedure"), procedure.title),
            (t("Орган", "Authority"), procedure.authority),
            (t("Място", "Place"), session.place ?? Self.blank),
            (t("Период на работа", "Period of work"), sittingDates),
            (t("Заповед за назначаване", "Order of appointment"), orderText),
        ]
        if let secretary = secretaryName { pairs.append((t("Секретар", "Secretary"), secretary)) }
        pairs += [
            (t("SHA-256 на процедурата", "Procedure SHA-256"), input.procedureSha256),
            (t("Изготвен на", "Generated at"), moment(input.generatedAt)),
            isAdmittedList ? (t("Списък", "List"), finality) : (t("Класиране", "Ranking"), finality),
        ]
        if let conversion {
            pairs.append((t("Валута", "Currency"), t(
                "сумите са в \(currencyName(input.procedure.currency)) и в \(currencyName(conversion.code)) по фиксирания курс 1 \(conversion.code) = \(conversion.rate.localizedNumber) \(input.procedure.currency); всяка сума е преизчислена поотделно и закръглена до стотинка (цент), а сборовете в \(currencyName(conversion.code)) са сборове на преизчислените суми",
                "amounts are in \(currencyName(input.procedure.currency)) and in \(currencyName(conversion.code)) at the fixed rate 1 \(conversion.code) = \(conversion.rate.canonicalText) \(input.procedure.currency); each amount is converted on its own and rounded to the cent, and the totals in \(currencyName(conversion.code)) are the sums of the converted amounts")))
        }
        lines += fields(pairs)
        lines.append("")
        lines += paragraph(t(
            "Критериите и методиката за оценка са тези на копието на процедурата, замразено в работното пространство при откриването му; контролната сума SHA-256 удостоверява, че не са променяни по време на оценяването.",
            "The criteria and the methodology are those of the copy of the procedure frozen in the workspace when it was opened; the SHA-256 checksum attests that they did not change during the evaluation."))
        return lines
    }

    /// "от 01.12.2025 г. до 15.12.2025 г." from the session's dates.
    private var sittingDates: String {
        switch (input.session.firstSitting, input.session.lastSitting) {
        case (let first?, let last?) where first == last: return date(first)
        case (let first?, let last?): return t("от \(date(first)) до \(date(last))", "from \(date(first)) to \(date(last))")
        case (let first?, nil): return t("от \(date(first))", "from \(date(first))")
        case (nil, let last?): return t("до \(date(last))", "until \(date(last))")
        case (nil, nil): return Self.blank
        }
    }

    /// "№ РД-09-512 от 28.11.2025 г. на директора на ЦОИДУЕМ, на основание чл. 34, ал. 1 ЗУСЕФСУ".
    private var orderText: String {
        guard let order = input.session.order else { return Self.blank }
        var text = t("№ \(order.number) от \(date(order.date))", "No. \(order.number) of \(date(order.date))")
        if let issuer = order.issuedBy { text += t(", издадена от \(issuer)", ", issued by \(issuer)") }
        if let basis = order.legalBasis { text += t(", на основание \(basis)", ", under \(basis)") }
        return text
    }

    /// Whether the procedure ends in the list of admitted proposals (no quality part), not in funding.
    var isAdmittedList: Bool { input.ranking.outcome != .funding }

    /// The secretary: the session's, else a member with that role.
    var secretaryName: String? {
        input.session.secretary ?? input.committee.first { $0.role == .secretary }?.name
    }

    /// "ПРЕДВАРИТЕЛНО — 4 предложения са в процес на оценка и 1 предложение чака решение на председателя".
    var finality: String {
        let pending = input.ranking.unranked.filter { $0.status == .pending }.count
        let waiting = input.ranking.unranked.filter { $0.status == .needsDecision }.count
        // The list of admitted proposals (masculine in Bulgarian) comes from a check, not an assessment.
        let list = isAdmittedList
        guard pending > 0 || waiting > 0 else {
            return list
                ? t("ОКОНЧАТЕЛЕН — всички предложения са проверени и няма предложения, които чакат решение на председателя",
                    "FINAL — every proposal has been checked and none needs a decision of the chair")
                : t("ОКОНЧАТЕЛНО — всички предложения са оценени и няма предложения, които чакат решение на председателя",
                    "FINAL — every proposal has been assessed and none needs a decision of the chair")
        }
        var reasons: [String] = []
        if pending > 0 {
            let bg = list ? "проверка" : "оценка"
            let en = list ? "checked" : "assessed"
            reasons.append(language == .bulgarian
                ? CountedNoun.proposal.phrase(pending, in: language) + (pending == 1 ? " е в процес на \(bg)" : " са в процес на \(bg)")
                : CountedNoun.proposal.phrase(pending, in: language) + (pending == 1 ? " is still being \(en)" : " are still being \(en)"))
        }
        if waiting > 0 {
            reasons.append(language == .bulgarian
                ? CountedNoun.proposal.phrase(waiting, in: language) + (waiting == 1 ? " чака решение на председателя" : " чакат решение на председателя")
                : CountedNoun.proposal.phrase(waiting, in: language) + (waiting == 1 ? " needs a decision of the chair" : " need a decision of the chair"))
        }
        return (list ? t("ПРЕДВАРИТЕЛЕН — ", "PRELIMINARY — ") : t("ПРЕДВАРИТЕЛНО — ", "PRELIMINARY — ")) + joinedList(reasons)
    }

    private func signatureLines() -> [String] {
        var lines: [String] = ["", ""]
        let listPhrase = input.ranking.outcome == .directProvision
            ? t("Списъкът на одобрените за директно предоставяне предложения в настоящия протокол е ", "The list of proposals approved for direct provision in this protocol is ")
            : t("Списъкът на допуснатите предложения в настоящия протокол е ", "The list of admitted proposals in this protocol is ")
        lines += paragraph((isAdmittedList ? listPhrase
                                           : t("Класирането в настоящия протокол е ", "The ranking in this protocol is ")) + finality + ".")
        lines.append("")
        let annexes = annexCount
        lines += paragraph(t(
            "Настоящият протокол е съставен на \(moment(input.generatedAt))" + (annexes > 0 ? " и съдържа \(annexes) \(annexes == 1 ? "приложение" : "приложения") – индивидуалните оценителни листове и контролните листове на оценителите" : "") + ". Подписва се от членовете на оценителната комисия и се представя за утвърждаване на ръководителя на органа.",
            "This protocol was drawn up on \(moment(input.generatedAt))" + (annexes > 0 ? " and has \(annexes) \(annexes == 1 ? "annex" : "annexes") – the evaluators' individual evaluation sheets and checklists" : "") + ". It is signed by the members of the evaluation committee and submitted to the head of the authority for approval."))
        lines += signatureBlock()
        return lines
    }

    /// "ПОДПИСИ:" and one line per member, the secretary included, with a place for the date.
    func signatureBlock() -> [String] {
        var lines: [String] = [""]
        lines.append(t("ПОДПИСИ:", "SIGNATURES:"))
        let signature = t("Подпис: ", "Signature: ") + String(repeating: "_", count: 16) + t("  Дата: ", "  Date: ") + String(repeating: "_", count: 10)
        let nameWidth = width - DisplayWidth.of(signature) - 4
        var names = orderedCommittee.map { "\($0.name), \($0.role.label.text(in: language))" }
        if let secretary = input.session.secretary, !input.committee.contains(where: { $0.role == .secretary }) {
            names.insert("\(secretary), \(t("секретар", "secretary"))", at: min(1, names.count))
        }
        let column = min(nameWidth, names.map { DisplayWidth.of($0) }.max() ?? 0)
        for name in names {
            lines.append("")
            var block = TextLayout.wrap(name, width: column)
            block[block.count - 1] = TextLayout.padRight(block[block.count - 1], to: column) + "    " + signature
            lines += block
        }
        return lines
    }

    // MARK: Words

    func t(_ bulgarian: String, _ english: String) -> String {
        language == .bulgarian ? bulgarian : english
    }

    func count(_ number: Int, _ noun: CountedNoun) -> String {
        noun.phrase(number, in: language)
    }

    /// `text` ended with a full stop, unless it ends with one already ("… 51,00 т.").
    func sentence(_ text: String) -> String {
        text.hasSuffix(".") ? text : text + "."
    }

    /// "A, B и C" / "A, B and C".
    func joinedList(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + t(" и ", " and ") + items[items.count - 1]
    }

    /// An amount without the currency, for tables: "14 984,50" / "14984.50".
    func amount(_ money: Money) -> String {
        language == .bulgarian ? money.localizedNumber : money.canonicalText
    }

    /// An amount with the currency: "14 984,50 лв.".
    func money(_ money: Money) -> String {
        amount(money) + " " + currencySymbol
    }

    var currencySymbol: String { Money.symbol(for: input.procedure.currency) }

    /// The second currency amounts are shown in (the euro for a BGN procedure).
    var conversion: SecondaryCurrency? { input.procedure.secondaryCurrency }

    /// An amount in both currencies, the reporting currency first: "14 984,50 лв. (7 661,41 €)".
    /// For a total, `parts` are the amounts it sums: the second currency is then the sum of the parts
    /// converted one by one, and the converted total is added where it differs (Docs/decisions.md).
    func bothMoney(_ value: Money, parts: [Money]? = nil) -> String {
        guard let conversion else { return money(value) }
        let symbol = Money.symbol(for: conversion.code)
        let converted = parts.map { $0.reduce(Money.zero) { $0 + conversion.convert($1) } } ?? conversion.convert(value)
        var other = amount(converted) + " " + symbol
        if parts != nil, converted != conversion.convert(value) {
            other += t("; при преизчисляване на сбора ", "; converting the total ") + amount(conversion.convert(value)) + " " + symbol
        }
        return reportsInSecondary ? "\(other) (\(money(value)))" : "\(money(value)) (\(other))"
    }

    /// An amount in the second currency, without the symbol, for tables.
    func secondaryAmount(_ value: Money) -> String {
        conversion.map { amount($0.convert(value)) } ?? ""
    }

    /// Whether the workspace reports in the second currency first (`chair/session.json`).
    var reportsInSecondary: Bool {
        guard let code = input.session.reportingCurrency, let conversion else { return false }
        return code == conversion.code
    }

    func currencyName(_ code: String) -> String {
        switch code {
        case "BGN": t("лева", "leva (BGN)")
        case "EUR": t("евро", "euro (EUR)")
        default: code
        }
    }

    /// Points without the unit, for tables: "79,50" / "79.50".
    func points(_ value: Points) -> String {
        language == .bulgarian ? value.localizedNumber : value.fixedText
    }

    /// "8,00 т. от 10,00 т.": the points given on a criterion of the quality sheet, of its maximum.
    func pointsOf(_ points: Points, criterion: QualityCriterion) -> String {
        pointsPhrase(points) + t(" от ", " of ") + pointsPhrase(criterion.maxPoints)
    }

    /// Points with the unit: "79,50 т." / "79.50 pts".
    func pointsPhrase(_ value: Points) -> String {
        value.formatted(in: language)
    }

    /// "01.12.2025 г., 09:00 ч." / "01.12.2025, 09:00".
    func moment(_ timestamp: Timestamp) -> String {
        let text = timestamp.bulgarianText
        let date = text.prefix(10)
        let time = text.suffix(5)
        return t("\(date) г., \(time) ч.", "\(date), \(time)")
    }

    /// "03.12.2025 г." / "03.12.2025".
    func date(_ date: CalendarDate) -> String {
        t(date.bulgarianText + " г.", date.bulgarianText)
    }

    /// The member's name, or the id of someone not in the committee.
    func name(_ id: String) -> String {
        members[id]?.name ?? id
    }

    func applicant(_ proposal: String) -> String {
        proposals[proposal]?.applicant.name ?? ""
    }

    /// "ОУ „Христо Ботев“, гр. Шумен, ЕИК 000000000".
    func organisation(_ organisation: Organisation) -> String {
        organisation.name + t(", ЕИК ", ", EIK ") + organisation.eik
    }

    /// "33.24-2025-005 „Заедно в училище“" — the number and the title.
    func proposalHeading(_ id: String) -> String {
        guard let title = proposals[id]?.title, !title.isEmpty else { return id }
        return language == .bulgarian ? "\(id) „\(title)“" : "\(id) \"\(title)\""
    }

    /// "33.24-2025-005 — ОУ „Св. св. Кирил и Методий“, гр. Кърджали".
    func proposalTitle(_ id: String) -> String {
        let name = applicant(id)
        return name.isEmpty ? id : "\(id) — \(name)"
    }

    /// The committee: the chair, the secretary, then the evaluators, each in the order of `workspace.json`.
    var orderedCommittee: [CommitteeMember] {
        let rank: [CommitteeMember.Role: Int] = [.chair: 0, .secretary: 1, .evaluator: 2]
        return input.committee.enumerated().sorted { a, b in
            let (x, y) = (rank[a.element.role] ?? 3, rank[b.element.role] ?? 3)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }

    // MARK: Layout

    func sectionHeading(_ title: String) -> [String] {
        let lines = TextLayout.wrap(title, width: width)
        return ["", ""] + lines + [String(repeating: "─", count: lines.map { DisplayWidth.of($0) }.max() ?? 0)]
    }

    func subheading(_ title: String) -> [String] {
        [""] + TextLayout.wrap(title, width: width)
    }

    func centered(_ text: String) -> [String] {
        TextLayout.wrap(text, width: width).map { line in
            String(repeating: " ", count: max(0, (width - DisplayWidth.of(line)) / 2)) + line
        }
    }

    func paragraph(_ text: String, indent: Int = 0) -> [String] {
        let margin = String(repeating: " ", count: indent)
        return TextLayout.hanging(glued(text), first: margin, rest: margin, width: width)
    }

    /// "12. text", wrapped under the text, not under the number.
    func numbered(_ number: Int, _ text: String) -> [String] {
        let prefix = "\(number). "
        return TextLayout.hanging(glued(text), first: prefix, rest: String(repeating: " ", count: DisplayWidth.of(prefix)), width: width)
    }

    /// `text` and, after it on its last line, `tail` (a signature line), wrapping only the text.
    func line(_ text: String, then tail: String) -> [String] {
        var lines = TextLayout.wrap(text, width: max(1, width - DisplayWidth.of(tail) - 4))
        lines[lines.count - 1] += "    " + tail
        return lines
    }

    /// "– text", wrapped under its own first word.
    func bullet(_ text: String, indent: Int = 0) -> [String] {
        let margin = String(repeating: " ", count: indent)
        return TextLayout.hanging(glued(text), first: margin + "– ", rest: margin + "  ", width: width)
    }

    /// The space that wrapping does not break at; `render` writes it as a plain space.
    static let glue: Character = "\u{00A0}"

    private static let units: Set<Substring> = ["лв.", "т.", "г.", "ч.", "%", "€", "pts", "points", "BGN", "EUR"]

    /// `text` with the spaces inside a number ("62 000,00"), between a number and its unit ("5,10 т.",
    /// "01.12.2025 г., 09:00 ч.") and after "№" made unbreakable, so that no line ends inside them.
    func glued(_ text: String) -> String {
        if let bytes = Self.gluedBytes(text) { return String(decoding: bytes, as: UTF8.self) }
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 1 else { return text }
        var result = String(words[0])
        // The cheap tests first: most words end in no digit and are neither "№" nor "г.," (whose
        // characters have no other canonical form, so a word equal to them has their bytes' count).
        for (left, right) in zip(words, words.dropFirst()) {
            let joins = (left.last?.isASCIIDigit == true
                         && (right.first?.isASCIIDigit == true || Self.units.contains(right.trimmingSuffix(",;:)"))))
                || (left.utf8.count == 3 && left == "№") || (left.utf8.count == 4 && left == "г.," && right.first?.isASCIIDigit == true)
            result.append(joins ? Self.glue : " ")
            result += right
        }
        return result
    }

    /// `glued` on the bytes of text of one-column characters (`DisplayWidth.simpleWidth`), where every
    /// character is one scalar and none has another canonical form that is one of the words tested, so
    /// comparing bytes is comparing characters; `nil` for other text, and for text of one word.
    private static func gluedBytes(_ text: String) -> [UInt8]? {
        guard DisplayWidth.simpleWidth(text) != nil else { return nil }
        var text = text
        return text.withUTF8 { bytes -> [UInt8]? in
            guard bytes.contains(0x20) else { return nil }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            var previous: Range<Int>?
            var start = 0
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: 0x20) ?? bytes.count
                if let left = previous {
                    if joins(bytes, left, start..<end) {
                        result.append(0xC2)
                        result.append(0xA0)
                    } else {
                        result.append(0x20)
                    }
                }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                previous = start..<end
                start = end + 1
            }
            return result
        }
    }

    /// Whether the space between the words `left` and `right` of one-column text is glued (`glued`):
    /// inside a number, between a number and its unit, after "№", and after "г.," before a time.
    static func joins(_ bytes: UnsafeBufferPointer<UInt8>, _ left: Range<Int>, _ right: Range<Int>) -> Bool {
        @inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
        let rightStartsWithDigit = !right.isEmpty && isDigit(bytes[right.lowerBound])
        if let last = left.last, isDigit(bytes[last]) {
            if rightStartsWithDigit { return true }
            var unitEnd = right.upperBound
            while unitEnd > right.lowerBound, [0x2C, 0x3B, 0x3A, 0x29].contains(bytes[unitEnd - 1]) { unitEnd -= 1 }
            let unit = UnsafeBufferPointer(rebasing: bytes[right.lowerBound..<unitEnd])
            if unitBytes.contains(where: { $0.elementsEqual(unit) }) { return true }
        }
        // "№" is E2 84 96 and "г.," D0 B3 2E 2C: compared byte by byte, as this runs for every word.
        switch left.count {
        case 3: return bytes[left.lowerBound] == 0xE2 && bytes[left.lowerBound + 1] == 0x84 && bytes[left.lowerBound + 2] == 0x96
        case 4:
            return rightStartsWithDigit && bytes[left.lowerBound] == 0xD0 && bytes[left.lowerBound + 1] == 0xB3
                && bytes[left.lowerBound + 2] == 0x2E && bytes[left.lowerBound + 3] == 0x2C
        default: return false
        }
    }

    private static let unitBytes = units.map { Array($0.utf8) }

    /// Labels and values, the values aligned after the longest label; a value whose longest word does
    /// not fit there goes on the lines below its label. A value of one-column text comes as finished
    /// lines (`ProtocolText`, which finishes them again to the same bytes), any other not yet finished.
    func fields(_ pairs: [(String, String)], indent: Int = 0) -> [String] {
        let column = fieldColumn(pairs, indent: indent)
        var lines: [String] = []
        for (label, value) in pairs {
            let head = FieldHead(label, column: column, indent: indent)
            var text = ProtocolText()
            if appendSimpleField(head, value, into: &text) {
                lines += String(decoding: text.bytes.dropLast(), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            } else {
                lines += generalFieldLines(head.head, value, column: column, indent: indent)
            }
        }
        return lines
    }

    /// `fields` written straight into the protocol's bytes: a value of one-column text is wrapped on
    /// its bytes and never becomes lines of strings.
    func fields(_ pairs: [(String, String)], indent: Int = 0, into text: inout ProtocolText) {
        let column = fieldColumn(pairs, indent: indent)
        for (label, value) in pairs {
            field(label, value, column: column, indent: indent, into: &text)
        }
    }

    /// One label and value of `fields`, the value at `column`.
    func field(_ label: String, _ value: String, column: Int, indent: Int, into text: inout ProtocolText) {
        field(FieldHead(label, column: column, indent: indent), value, into: &text)
    }

    /// The label of a field before its value, laid out once for every value written after it.
    struct FieldHead: Sendable {
        /// The indent and the label with its colon.
        let head: String
        let column: Int
        let indent: Int
        /// The head padded to `column`, when it is one-column text narrower than the column.
        let first: [UInt8]?

        init(_ label: String, column: Int, indent: Int) {
            head = String(repeating: " ", count: indent) + label + ":"
            self.column = column
            self.indent = indent
            if let width = DisplayWidth.simpleWidth(head), width < column {
                first = Array(head.utf8) + repeatElement(0x20, count: column - width)
            } else {
                first = nil
            }
        }
    }

    /// A field's value after its head: `appendSimpleField`, or `generalFieldLines` for other values.
    func field(_ head: FieldHead, _ value: String, into text: inout ProtocolText) {
        if !appendSimpleField(head, value, into: &text) {
            text.append(generalFieldLines(head.head, value, column: head.column, indent: head.indent))
        }
    }

    /// A value of one-column text whose longest word fits after the labels, glued, measured and
    /// wrapped in one reading of its bytes (`SimpleWrap` with `joins`: the lines of
    /// `TextLayout.hanging` of the glued value under the padded label), finished; `false`, with
    /// nothing appended, for other values.
    private func appendSimpleField(_ head: FieldHead, _ value: String, into text: inout ProtocolText) -> Bool {
        guard let first = head.first else { return false }
        var value = value
        return value.withUTF8 { bytes in
            first.withUnsafeBufferPointer { first in
                text.appendWrapped(bytes, first: first, indent: head.column, width: max(1, width - head.column),
                                   maxWordWidth: width - head.column, joins: Self.joins)
            }
        }
    }

    /// The column of `fields`' values: after the longest label and its colon and a space.
    func fieldColumn(_ pairs: [(String, String)], indent: Int) -> Int {
        indent + (pairs.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2
    }

    /// `fields`' lines of one value that is not one-column text or whose longest word does not fit.
    func generalFieldLines(_ head: String, _ value: String, column: Int, indent: Int) -> [String] {
        let longestWord = value.split(separator: " ").map { DisplayWidth.of($0) }.max() ?? 0
        if longestWord <= width - column {
            return TextLayout.hanging(glued(value), first: TextLayout.padRight(head, to: column),
                                      rest: String(repeating: " ", count: column), width: width)
        }
        return [head] + paragraph(value, indent: indent + 2)
    }

    /// A table at `indent` columns from the margin, fitted into what is left of the width (`widths`: the
    /// columns' widths, when the caller has fitted them already).
    func table(_ table: TextTable, indent: Int = 0, widths: [Int]? = nil) -> [String] {
        let margin = String(repeating: " ", count: indent)
        let lines = table.lines(widths: widths ?? table.columnWidths(fitting: width - indent))
        return indent == 0 ? lines : lines.map { margin + $0 }
    }

    /// The text of the ranking lists, at the protocol's width and language.
    var rankingText: RankingText {
        RankingText(ranking: input.ranking, procedure: input.procedure, proposals: input.proposals, width: width, language: language,
                    forDocument: true, secondaryFirst: reportsInSecondary)
    }
}

private extension Substring {
    /// The text without any of `characters` at its end.
    func trimmingSuffix(_ characters: String) -> Substring {
        var text = self
        while let last = text.last, characters.contains(last) { text = text.dropLast() }
        return text
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
