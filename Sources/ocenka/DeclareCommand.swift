import ArgumentParser
import EvaluationCore
import Foundation
import Workspace

/// `ocenka declare --as e1`: the evaluator accepts the declaration of impartiality and confidentiality.
struct DeclareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "declare",
        abstract: "Приемане на декларацията за безпристрастност и поверителност. / Accepting the declaration of impartiality and confidentiality.")

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var actor: ActorOption

    @Flag(help: "Само показва текста, без да го приема. / Only shows the text, without accepting it.")
    var show = false

    func run() throws {
        let language = options.language
        if show {
            // Showing writes nothing: no lock, no folder, no audit line.
            let reader = try Run.workspace(language) { () throws(WorkspaceError) in
                try EvaluatorReader.open(options.root, evaluator: actor.actor)
            }
            Console.out(DeclarationText.text(name: reader.evaluator.name, procedureTitle: reader.procedure.title).text(in: language))
            Console.out("")
            return
        }
        let desk = try Run.workspace(language) { () throws(WorkspaceError) in
            try EvaluatorDesk.open(options.root, evaluator: actor.actor, clock: options.clock)
        }
        defer { desk.close() }
        let title = desk.procedure.title
        Console.out(DeclarationText.text(name: desk.evaluator.name, procedureTitle: title).text(in: language))
        Console.out("")
        let existing = try Run.workspace(language) { () throws(WorkspaceError) in try desk.declaration() }
        let declaration = try Run.workspace(language) { () throws(WorkspaceError) in try desk.declare() }
        let bg = language == .bulgarian
        if existing != nil {
            Console.out(bg ? "Декларацията вече е приета на \(declaration.acceptedAt.bulgarianText)."
                           : "The declaration was already accepted at \(declaration.acceptedAt.text).")
        } else {
            Console.out(bg ? "Декларацията е приета на \(declaration.acceptedAt.bulgarianText)."
                           : "The declaration was accepted at \(declaration.acceptedAt.text).")
        }
    }
}
