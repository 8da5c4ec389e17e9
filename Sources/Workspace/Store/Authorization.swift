import EvaluationCore

/// Who may do what: the chair and the secretary keep the register and the committee, the chair
/// assigns and decides, evaluators write only their own sheets (Docs/architecture.md, "Who uses it"; Docs/integrity.md).
public enum Authorization {
    /// The member `actor`, when their role is one of `roles`.
    public static func require(_ actor: String?, roles: Set<CommitteeMember.Role>, in info: WorkspaceInfo,
                               for action: LocalizedText) throws(WorkspaceError) -> CommitteeMember {
        let allowed = roles.sorted { $0.rawValue < $1.rawValue }
        let bg = allowed.map(\.label.bulgarian).joined(separator: " или ")
        let en = allowed.map(\.label.english).joined(separator: " or ")
        guard let actor else {
            throw .refused(LocalizedText(bg: "\(action.bulgarian): посочете от чие име действате с --as (\(bg))",
                                         en: "\(action.english): say on whose behalf you act with --as (\(en))"))
        }
        guard let member = info.member(withID: actor) else {
            let known = info.committee.map(\.id).joined(separator: ", ")
            throw .refused(LocalizedText(bg: "„\(actor)“ не е член на комисията (членове: \(known.isEmpty ? "няма" : known))",
                                         en: "\"\(actor)\" is not a committee member (members: \(known.isEmpty ? "none" : known))"))
        }
        guard roles.contains(member.role) else {
            throw .refused(LocalizedText(
                bg: "\(action.bulgarian): право на това има само \(bg); \(member.name) (\(actor)) е \(member.role.label.bulgarian)",
                en: "\(action.english) is for the \(en) only; \(member.name) (\(actor)) is the \(member.role.label.english)"))
        }
        return member
    }
}
