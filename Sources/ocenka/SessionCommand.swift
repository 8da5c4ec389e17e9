import ArgumentParser
import EvaluationCore
import Foundation
import Workspace

/// `ocenka session set|show`: the committee's session data that the protocol prints (`chair/session.json`).
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Данните за работата на комисията в протокола: номер, място, дати, заповед, секретар, утвърждаващ, валута. / The committee's session data for the protocol.",
        subcommands: [Set.self, Show.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Задава данните, които са посочени; останалите не се променят; празен текст ги изтрива. / Sets the values given; the others stay; an empty text clears one.")

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var actor: ActorOption

        @Option(name: .customLong("number"), help: "Номер на протокола. / The protocol's number.")
        var protocolNumber: String?
        @Option(help: "Място на заседанията. / Where the committee met.")
        var place: String?
        @Option(name: .customLong("first-sitting"), help: "Първо заседание, ГГГГ-ММ-ДД. / The first sitting, YYYY-MM-DD.")
        var firstSitting: String?
        @Option(name: .customLong("last-sitting"), help: "Последно заседание, ГГГГ-ММ-ДД. / The last sitting, YYYY-MM-DD.")
        var lastSitting: String?
        @Option(name: .customLong("order-number"), help: "Номер на заповедта за назначаване на комисията. / The number of the order appointing the committee.")
        var orderNumber: String?
        @Option(name: .customLong("order-date"), help: "Дата на заповедта, ГГГГ-ММ-ДД. / The order's date, YYYY-MM-DD.")
        var orderDate: String?
        @Option(name: .customLong("order-issued-by"), help: "Кой е издал заповедта. / Who issued the order.")
        var orderIssuedBy: String?
        @Option(name: .customLong("legal-basis"), help: "Правното основание на заповедта. / The order's legal basis.")
        var legalBasis: String?
        @Option(help: "Име на секретаря. / The secretary's name.")
        var secretary: String?
        @Option(help: "Утвърждаващият протокола ръководител. / The head who approves the protocol.")
        var approver: String?
        @Option(name: .customLong("approver-position"), help: "Длъжността на утвърждаващия. / The approver's position.")
        var approverPosition: String?
        @Option(name: .customLong("reporting-currency"), help: "Валутата, в която се отчита първо, напр. EUR. / The currency reported first, e.g. EUR.")
        var reportingCurrency: String?

        func run() throws {
            let language = options.language
            let first = try date(firstSitting, "--first-sitting", language)
            let last = try date(lastSitting, "--last-sitting", language)
            let ordered = try date(orderDate, "--order-date", language)
            let session = try Run.workspace(language) { () throws(WorkspaceError) in
                let current = try CommitteeSessionStore.load(WorkspaceLayout(root: options.root)).get()
                let orderFields = [orderNumber, orderIssuedBy, legalBasis].contains { $0 != nil } || orderDate != nil
                if orderFields, current.order == nil, orderNumber.map(\.isEmpty) ?? true || ordered == nil {
                    throw .refused(LocalizedText(bg: "заповедта се вписва с номер и дата: --order-number и --order-date",
                                                 en: "the order is recorded with its number and date: --order-number and --order-date"))
                }
                return try CommitteeSessionStore.update(actingAs: actor.actor, in: options.root, clock: options.clock) { session in
                    apply(protocolNumber, to: &session.protocolNumber)
                    apply(place, to: &session.place)
                    apply(secretary, to: &session.secretary)
                    apply(reportingCurrency, to: &session.reportingCurrency)
                    if let first { session.firstSitting = first.value }
                    if let last { session.lastSitting = last.value }
                    if orderFields {
                        var order = session.order ?? CommitteeSession.AppointmentOrder(number: "", date: ordered?.value ?? CalendarDate(year: 1970, month: 1, day: 1)!)
                        if let orderNumber { order.number = orderNumber }
                        if let value = ordered?.value { order.date = value }
                        apply(orderIssuedBy, to: &order.issuedBy)
                        apply(legalBasis, to: &order.legalBasis)
                        session.order = orderNumber == "" ? nil : order
                    }
                    if let approver {
                        session.approver = approver.isEmpty ? nil
                            : CommitteeSession.Approver(name: approver, position: approverPosition ?? session.approver?.position)
                    } else if let approverPosition, var current = session.approver {
                        current.position = approverPosition.isEmpty ? nil : approverPosition
                        session.approver = current
                    }
                }
            }
            Console.out(LocalizedText(bg: "Данните за работата на комисията са записани в chair/session.json.", en: "The committee's session data is saved in chair/session.json.").text(in: language))
            Console.out(Show.text(session, language: language))
        }

        /// `nil`: not given; `.some(nil)`: given empty (clears); else the date.
        private func date(_ text: String?, _ option: String, _ language: Language) throws -> Box? {
            guard let text else { return nil }
            if text.isEmpty { return Box(value: nil) }
            let value = try CalendarDate.value(of: text, option: option, in: language,
                                               expected: LocalizedText(bg: "не е дата във вида ГГГГ-ММ-ДД", en: "is not a date of the form YYYY-MM-DD"))
            return Box(value: value)
        }

        struct Box { let value: CalendarDate? }

        private func apply(_ value: String?, to field: inout String?) {
            guard let value else { return }
            field = value.isEmpty ? nil : value
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Показва данните за работата на комисията. / Shows the session data.")

        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            let session = try Run.workspace(options.language) { () throws(WorkspaceError) in
                try CommitteeSessionStore.load(WorkspaceLayout(root: options.root)).get()
            }
            Console.out(Self.text(session, language: options.language))
        }

        static func text(_ session: CommitteeSession, language: Language) -> String {
            let none = "—"
            let order = session.order.map { order in
                [LocalizedText(bg: "№ \(order.number) от \(order.date.bulgarianText)", en: "No. \(order.number) of \(order.date.isoText)").text(in: language),
                 order.issuedBy, order.legalBasis.map { (LocalizedText(bg: "основание: ", en: "basis: ").text(in: language)) + $0 }].compactMap { $0 }.joined(separator: "; ")
            }
            let rows: [(String, String?)] = [
                (LocalizedText(bg: "Номер на протокола", en: "Protocol number").text(in: language), session.protocolNumber),
                (LocalizedText(bg: "Място", en: "Place").text(in: language), session.place),
                (LocalizedText(bg: "Първо заседание", en: "First sitting").text(in: language), session.firstSitting.map { language == .bulgarian ? $0.bulgarianText : $0.isoText }),
                (LocalizedText(bg: "Последно заседание", en: "Last sitting").text(in: language), session.lastSitting.map { language == .bulgarian ? $0.bulgarianText : $0.isoText }),
                (LocalizedText(bg: "Заповед", en: "Order").text(in: language), order),
                (LocalizedText(bg: "Секретар", en: "Secretary").text(in: language), session.secretary),
                (LocalizedText(bg: "Утвърждава", en: "Approver").text(in: language), session.approver.map { [$0.name, $0.position].compactMap { $0 }.joined(separator: ", ") }),
                (LocalizedText(bg: "Валута на отчитане", en: "Reporting currency").text(in: language), session.reportingCurrency),
            ]
            let column = rows.map { $0.0.count }.max() ?? 0
            return rows.map { $0.0 + ":" + String(repeating: " ", count: column - $0.0.count + 1) + ($0.1 ?? none) }.joined(separator: "\n")
        }
    }
}
