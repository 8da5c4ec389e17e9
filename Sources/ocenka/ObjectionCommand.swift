import ArgumentParser
import EvaluationCore
import Foundation
import Workspace

/// `ocenka objection add|decide|list`: objections against not being admitted and the head's
/// decisions on them (002_60dcf141085ee52b.txt:1148–1151), in `chair/objections.json`.
struct ObjectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "objection",
        abstract: "Възражения срещу недопускане и решенията по тях. / Objections against non-admission and the decisions on them.",
        subcommands: [Add.self, Decide.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Записва възражение на кандидат срещу недопускането. / Records an applicant's objection against the non-admission.")
        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var actor: ActorOption
        @Option(help: "Номер на предложението. / The proposal's id.") var proposal: String
        @Option(name: .customLong("notified-on"),
                help: "Датата на съобщаването за недопускането, ГГГГ-ММ-ДД. / The day the non-admission was notified, YYYY-MM-DD.")
        var notifiedOn: String
        @Option(name: .customLong("received-on"),
                help: "Датата на получаване на възражението, ГГГГ-ММ-ДД. / The day the objection was received, YYYY-MM-DD.")
        var receivedOn: String
        @Option(help: "Основанията на кандидата (задължително). / The applicant's grounds (required).") var grounds: String

        func run() throws {
            let language = options.language
            let notified = try ObjectionCommand.date(notifiedOn, option: "--notified-on", language: language)
            let received = try ObjectionCommand.date(receivedOn, option: "--received-on", language: language)
            let objection = try Run.workspace(language) { () throws(WorkspaceError) in
                try ObjectionService.record(proposal: proposal, notifiedOn: notified, receivedOn: received, grounds: grounds,
                                            actingAs: actor.actor, in: options.root, clock: options.clock)
            }
            let checklist = try ObjectionCommand.checklist(options)
            let deadlines = ObjectionDeadlines(objection, checklist: checklist)
            Console.out(LocalizedText(bg: "Записано е възражение № \(objection.number) по \(objection.proposal); срок за възражение \(deadlines.objectDue.bulgarianText), срок за произнасяне \(deadlines.decisionDue.bulgarianText).", en: "Recorded objection no. \(objection.number) on \(objection.proposal); objection due \(deadlines.objectDue.isoText), decision due \(deadlines.decisionDue.isoText).").text(in: language))
            if deadlines.isLate(objection) {
                Console.out(LocalizedText(bg: "Внимание: възражението е получено след едноседмичния срок (\(deadlines.objectDue.bulgarianText)).", en: "Note: the objection arrived after its week (\(deadlines.objectDue.isoText)).").text(in: language))
            }
        }
    }

    struct Decide: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Записва решението на Ръководителя на УО по възражение. / Records the head of the managing authority's decision on an objection.")
        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var actor: ActorOption
        @Option(help: "Номер на възражението. / The objection's number.") var number: Int
        @Option(help: "return (връща за техническа и финансова оценка) или end (прекратява производството). / return or end.")
        var outcome: Outcome
        @Option(name: .customLong("decided-on"), help: "Датата на решението, ГГГГ-ММ-ДД. / The day of the decision, YYYY-MM-DD.")
        var decidedOn: String
        @Option(name: .customLong("decided-by"),
                help: "Кой е решил: име и длъжност на Ръководителя на УО. / Who decided: the head's name and position.")
        var decidedBy: String
        @Option(help: "Мотивите на решението (задължително). / The decision's grounds (required).") var grounds: String

        enum Outcome: String, ExpressibleByArgument, CaseIterable {
            case `return`, end
            var value: ObjectionDecision.Outcome { self == .return ? .returnToEvaluation : .endProceedings }
        }

        func run() throws {
            let language = options.language
            let day = try ObjectionCommand.date(decidedOn, option: "--decided-on", language: language)
            let objection = try Run.workspace(language) { () throws(WorkspaceError) in
                try ObjectionService.decide(number: number, outcome: outcome.value, decidedOn: day, decidedBy: decidedBy,
                                            grounds: grounds, actingAs: actor.actor, in: options.root, clock: options.clock)
            }
            guard let decision = objection.decision else { return }
            var line = LocalizedText(bg: "Записано е решението по възражение № \(objection.number) (\(objection.proposal)): \(decision.outcome.label.bulgarian).", en: "Recorded the decision on objection no. \(objection.number) (\(objection.proposal)): \(decision.outcome.label.english).").text(in: language)
            if let admission = decision.admission {
                line += LocalizedText(bg: " Решение № \(admission) за допускане е вписано в chair/decisions.json.", en: " Admission decision no. \(admission) is recorded in chair/decisions.json.").text(in: language)
            }
            Console.out(line)
            let deadlines = ObjectionDeadlines(objection, checklist: try ObjectionCommand.checklist(options))
            if deadlines.isDecisionLate(objection) {
                Console.out(LocalizedText(bg: "Внимание: решението е след едноседмичния срок (\(deadlines.decisionDue.bulgarianText)).", en: "Note: the decision is after its week (\(deadlines.decisionDue.isoText)).").text(in: language))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Извежда възраженията и сроковете. / Lists the objections and their deadlines.")
        @OptionGroup var options: WorkspaceOptions

        func run() throws {
            let language = options.language
            let log = try Run.workspace(language) { () throws(WorkspaceError) in
                try ObjectionService.load(WorkspaceLayout(root: options.root)).get()
            }
            let checklist = try ObjectionCommand.checklist(options)
            guard !log.objections.isEmpty else {
                Console.out(LocalizedText(bg: "Няма записани възражения.", en: "No objections are recorded.").text(in: language))
                return
            }
            for objection in log.objections {
                let deadlines = ObjectionDeadlines(objection, checklist: checklist)
                let late = deadlines.isLate(objection) ? LocalizedText(bg: " (след срока)", en: " (late)").text(in: language) : ""
                Console.out(LocalizedText(bg: "№ \(objection.number)  \(objection.proposal)  съобщено \(objection.notifiedOn.bulgarianText), получено \(objection.receivedOn.bulgarianText)\(late), срок за възражение \(deadlines.objectDue.bulgarianText); записал \(objection.by), \(objection.at)", en: "no. \(objection.number)  \(objection.proposal)  notified \(objection.notifiedOn.isoText), received \(objection.receivedOn.isoText)\(late), objection due \(deadlines.objectDue.isoText); recorded by \(objection.by), \(objection.at)").text(in: language))
                Console.out(LocalizedText(bg: "    Основания: ", en: "    Grounds: ").text(in: language) + objection.grounds)
                if let decision = objection.decision {
                    let dlate = deadlines.isDecisionLate(objection) ? LocalizedText(bg: " (след срока)", en: " (late)").text(in: language) : ""
                    Console.out(LocalizedText(bg: "    Решение от \(decision.decidedOn.bulgarianText)\(dlate), \(decision.decidedBy): \(decision.outcome.label.bulgarian); записал \(decision.by), \(decision.at)", en: "    Decision of \(decision.decidedOn.isoText)\(dlate), \(decision.decidedBy): \(decision.outcome.label.english); recorded by \(decision.by), \(decision.at)").text(in: language))
                    Console.out(LocalizedText(bg: "    Мотиви: ", en: "    Grounds: ").text(in: language) + decision.grounds)
                } else {
                    Console.out(LocalizedText(bg: "    Неприключено; срок за произнасяне \(deadlines.decisionDue.bulgarianText).", en: "    Open; decision due \(deadlines.decisionDue.isoText).").text(in: language))
                }
            }
        }
    }

    static func date(_ text: String, option: String, language: Language) throws -> CalendarDate {
        try CalendarDate.value(of: text, option: option, in: language,
                               expected: LocalizedText(bg: "не е дата ГГГГ-ММ-ДД", en: "is not a date YYYY-MM-DD"))
    }

    /// The frozen procedure's checklist: its calendar counts the weeks.
    static func checklist(_ options: WorkspaceOptions) throws -> AdminChecklist {
        try Run.workspace(options.language) { () throws(WorkspaceError) in
            try WorkspaceLoader.load(options.root).get().procedure.admin
        }
    }
}
