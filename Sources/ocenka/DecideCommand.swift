import ArgumentParser
import EvaluationCore
import Foundation
import Workspace

/// `ocenka decide assign|score|admin|correct|reorder`: the chair's decisions, each with a reason.
struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Решения на председателя, всяко с мотиви. / The chair's decisions, each with its reason.",
        subcommands: [Assign.self, Score.self, Admit.self, Correct.self, Reorder.self])

    /// The options every decision takes.
    struct Common: ParsableArguments {
        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var actor: ActorOption

        @Option(help: "Номер на предложението. / The proposal's id.")
        var proposal: String

        @Option(help: "Мотиви (задължително). / The reason (required).")
        var reason: String

        func record(_ request: DecisionService.Request) throws {
            let decision = try Run.workspace(options.language) { () throws(WorkspaceError) in
                try DecisionService.decide(request, proposal: proposal, reason: reason, actingAs: actor.actor, in: options.root,
                                           clock: options.clock)
            }
            Console.out(LocalizedText(bg: "Записано е решение № \(decision.number) (\(decision.kind.label.bulgarian)) за \(decision.proposal).", en: "Recorded decision no. \(decision.number) (\(decision.kind.label.english)) on \(decision.proposal).").text(in: options.language))
        }
    }

    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Определя допълнителен оценител. / Assigns one more evaluator.")
        @OptionGroup var common: Common
        @Option(help: "Оценителят. / The evaluator.") var evaluator: String
        func run() throws { try common.record(.assignEvaluator(evaluator: evaluator)) }
    }

    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Записва консенсусна оценка. / Records a consensus score.")
        @OptionGroup var common: Common
        @Option(help: "Точки, напр. 72.50. / Points, e.g. 72.50.") var points: String
        func run() throws {
            let value = try Points.value(of: points, option: "--points", in: common.options.language, expected: LocalizedText(
                bg: "не е брой точки с до два знака след десетичния разделител",
                en: "is not a number of points with at most two decimals"), accepting: { $0 >= .zero })
            try common.record(.consensusScore(value))
        }
    }

    struct Admit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "admin",
            abstract: "Решава допускането при разминаващи се административни листове. / Decides admission where the admin sheets disagree.")
        @OptionGroup var common: Common
        @Option(help: "yes или no.") var admitted: YesNo
        func run() throws { try common.record(.admission(admitted: admitted == .yes)) }
    }

    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Корекция на бюджета: сумата, премахната като недопустима. / A budget correction: the amount removed as ineligible.")
        @OptionGroup var common: Common
        @Option(help: "Сума, напр. 1200.00. / An amount, e.g. 1200.00.") var amount: String
        func run() throws {
            let value = try Money.value(of: amount, option: "--amount", in: common.options.language, expected: LocalizedText(
                bg: "не е положителна сума с до два знака след десетичния разделител",
                en: "is not a positive amount with at most two decimals"), accepting: { $0 > .zero })
            try common.record(.budgetCorrection(value))
        }
    }

    struct Reorder: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Поставя предложение преди друго с равен брой точки. / Puts a proposal before another with an equal score.")
        @OptionGroup var common: Common
        @Option(help: "Предложението, преди което да застане. / The proposal to go before.") var before: String
        func run() throws { try common.record(.reorder(before: before)) }
    }

    enum YesNo: String, ExpressibleByArgument, CaseIterable {
        case yes, no
    }
}
