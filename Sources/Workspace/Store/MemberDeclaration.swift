import EvaluationCore
import Foundation

/// The declaration of impartiality and confidentiality of any committee member: the chair and the
/// secretary sign it too. It lives in the member's own folder, `sheets/<id>/declaration.json`, with
/// the member's own log — the chair's and the secretary's folder there holds nothing else — so the
/// one-writer rule holds and the protocol shows every member's acceptance.
public enum MemberDeclaration {
    /// The member's declaration, when accepted.
    public static func read(_ root: URL, member id: String?) throws(WorkspaceError) -> (member: CommitteeMember, procedure: Procedure,
                                                                                           declaration: Declaration?) {
        let layout = WorkspaceLayout(root: root)
        let info = try WorkspaceFiles.info(layout)
        let member = try Authorization.require(id, roles: Set(CommitteeMember.Role.allCases), in: info,
                                               for: LocalizedText(bg: "Декларацията за безпристрастност", en: "The declaration of impartiality"))
        let procedure = try WorkspaceFiles.procedure(layout, info: info)
        let url = layout.declarationFile(member.id)
        let declaration = Posix.entry(at: url.path) == .missing
            ? nil : try WorkspaceFiles.read(url) { DeclarationDecoder.decode($0, evaluator: member.id) }
        return (member, procedure, declaration)
    }

    /// Records the member's acceptance (once); returns it and whether it was already there.
    public static func accept(_ root: URL, member id: String?, clock: WorkspaceClock) throws(WorkspaceError) -> (Declaration, existed: Bool) {
        let layout = WorkspaceLayout(root: root)
        let found = try read(root, member: id)
        let session = try WriterSession.evaluator(layout, id: found.member.id, clock: clock)
        defer { session.close() }
        // Read again under the lock: another session of the member may have accepted meanwhile.
        if let existing = try read(root, member: id).declaration { return (existing, true) }
        let declaration = Declaration(evaluator: found.member.id, acceptedAt: clock.now())
        try session.save(declaration, to: layout.declarationFile(found.member.id), action: .declarationAccept)
        return (declaration, false)
    }
}
