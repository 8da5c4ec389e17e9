import EvaluationCore
import Foundation

/// Who may write the lines of one log and with which key: an evaluator's log only its owner, the
/// chair's log the chair and the secretary (and the program itself, before the committee exists).
/// Every line of a member from `signedFrom` on must carry a valid signature by the member's
/// registered key.
public struct SignatureRule: Sendable {
    public let members: [String: CommitteeMember]
    /// The evaluator whose folder the log is in; nil for the chair's log.
    public let owner: String?
    /// Member id → the raw 32 bytes of the registered public key.
    let publicKeys: [String: Data]

    public init(committee: [CommitteeMember], owner: String?) {
        var members: [String: CommitteeMember] = [:]
        for member in committee where members[member.id] == nil { members[member.id] = member }
        self.members = members
        self.owner = owner
        var keys: [String: Data] = [:]
        for member in members.values {
            if let text = member.publicKey, let key = PublicKeyText.key(text) { keys[member.id] = key.rawRepresentation }
        }
        self.publicKeys = keys
    }

    /// What is wrong with line `index` (0-based) written by `entry.actor`; `signed` says whether its
    /// signature verified against the actor's key (nil: the actor has no key), `memberSeen` whether a
    /// member wrote an earlier line.
    func problems(with entry: AuditEntry, at index: Int, signed: Bool?, memberSeen: Bool) -> [LocalizedText] {
        let actor = entry.actor
        if let owner {
            guard actor == owner else {
                return [LocalizedText(bg: "редът е записан от „\(actor)“, а дневникът е на \(owner)",
                                      en: "the line was written by \"\(actor)\", but the log is \(owner)'s")]
            }
        } else if actor == WorkspaceCreator.systemActor {
            return memberSeen
                ? [LocalizedText(bg: "ред от името на програмата след записи на членове на комисията (такива редове има само при създаването)",
                                 en: "a line in the program's name after lines of committee members (such lines exist only at creation)")]
                : []
        }
        guard let member = members[actor] else {
            return [LocalizedText(bg: "„\(actor)“ не е член на комисията", en: "\"\(actor)\" is not a committee member")]
        }
        if owner == nil, member.role == .evaluator {
            return [LocalizedText(bg: "оценителят \(actor) не пише в дневника на председателя",
                                  en: "the evaluator \(actor) does not write in the chair's log")]
        }
        guard index >= (member.signedFrom ?? 0) else { return [] }
        guard let signed else {
            return [LocalizedText(bg: "\(actor) няма регистриран ключ, а редът трябва да е подписан; регистрирайте ключ с ocenka committee key",
                                  en: "\(actor) has no registered key, but the line must be signed; register one with ocenka committee key")]
        }
        guard signed else {
            return [entry.sig == nil
                ? LocalizedText(bg: "редът не е подписан с ключа на \(actor)", en: "the line is not signed with \(actor)'s key")
                : LocalizedText(bg: "подписът не отговаря на ключа на \(actor): редът е променен или подписан с друг ключ",
                                en: "the signature does not match \(actor)'s key: the line was changed or signed with another key")]
        }
        return []
    }
}
