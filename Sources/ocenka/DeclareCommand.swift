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
        // Any member signs it: the evaluators, the chair and the secretary.
        let found = try Run.workspace(language) { () throws(WorkspaceError) in
            try MemberDeclaration.read(options.root, member: actor.actor)
        }
        Console.out(DeclarationText.text(name: found.member.name, procedureTitle: found.procedure.title).text(in: language))
        Console.out("")
        // Showing writes nothing: no lock, no folder, no audit line.
        if show { return }
        let (declaration, existed) = try Run.workspace(language) { () throws(WorkspaceError) in
            try MemberDeclaration.accept(options.root, member: actor.actor, clock: options.clock)
        }
        if existed {
            Console.out(LocalizedText(bg: "Декларацията вече е приета на \(declaration.acceptedAt.bulgarianText).", en: "The declaration was already accepted at \(declaration.acceptedAt.text).").text(in: language))
        } else {
            Console.out(LocalizedText(bg: "Декларацията е приета на \(declaration.acceptedAt.bulgarianText).", en: "The declaration was accepted at \(declaration.acceptedAt.text).").text(in: language))
        }
    }
}
