import EvaluationCore
import Workspace

/// The signing keys of the demo's and the generated benchmark workspaces' members: derived from the
/// member's id, so the demo is the same byte for byte wherever it is made. They are public knowledge
/// by design — a demonstration proves nothing about authorship — and are installed in this
/// machine's key store so that the demo can be opened as any of its members.
enum DemoKeys {
    static func key(for member: String) -> MemberKey {
        MemberKey(derivedFrom: "demo:" + member)
    }

    /// `member` with its demo key registered.
    static func registering(_ member: CommitteeMember) -> CommitteeMember {
        var member = member
        member.publicKey = key(for: member.id).publicKeyText
        return member
    }

    /// Keeps the private keys of `members` in `keys`.
    static func install(_ members: [CommitteeMember], in keys: KeyStore) throws(WorkspaceError) {
        for member in members {
            try keys.save(key(for: member.id), label: "ocenka demo — \(member.id) (a public test key)")
        }
    }
}
