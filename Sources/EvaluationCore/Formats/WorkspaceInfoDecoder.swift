import Foundation

/// Reads `workspace.json`.
public enum WorkspaceInfoDecoder {
    public static func decode(_ data: Data) -> Result<WorkspaceInfo, ValidationFailure> {
        DocumentDecoding.decode(data) { root in
            root.rejectUnknownKeys(["format", "procedure", "procedureSha256", "committee", "createdAt"])
            DocumentDecoding.checkFormat(root)
            let procedure = root.string("procedure", required: false)
            let sha = root.string("procedureSha256")
            if let sha, sha.count != 64 || !sha.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) {
                root.issues.add(root.path.appending("procedureSha256"),
                                bg: "очаква се SHA-256 от 64 шестнадесетични знака", en: "expected a SHA-256 of 64 hex digits")
            }
            let createdAt = root.timestamp("createdAt")
            var members: [CommitteeMember] = []
            var seen: Set<String> = []
            for element in root.array("committee") ?? [] {
                guard let object = JSONObjectReader(element.value, at: element.path, issues: root.issues) else { continue }
                object.rejectUnknownKeys(["id", "name", "role", "publicKey", "signedFrom"])
                let id = DocumentDecoding.id(object, "id")
                let name = DocumentDecoding.line(object, "name")
                let role = object.choice("role", CommitteeMember.Role.self)
                let publicKey = object.string("publicKey", required: false)
                if let publicKey, !Self.isPublicKeyText(publicKey) {
                    object.issues.add(object.path.appending("publicKey"),
                                      bg: "очаква се публичен ключ Ed25519 във вида ed25519:<base64 от 32 байта>",
                                      en: "expected an Ed25519 public key as ed25519:<base64 of 32 bytes>")
                }
                let signedFrom = object.integer("signedFrom", in: 0...Int(Int32.max), required: false)
                if let id, !seen.insert(id).inserted {
                    object.issues.add(object.path.appending("id"), bg: "членът „\(id)“ се повтаря", en: "the member \"\(id)\" appears twice")
                }
                guard let id, let name, let role else { continue }
                members.append(CommitteeMember(id: id, name: name, role: role, publicKey: publicKey,
                                               signedFrom: signedFrom.flatMap { $0 > 0 ? $0 : nil }))
            }
            let chairs = members.filter { $0.role == .chair }
            if chairs.count > 1 {
                let ids = chairs.map(\.id).joined(separator: ", ")
                root.issues.add(root.path.appending("committee"),
                                bg: "комисията има повече от един председател (\(ids)); председателят е един",
                                en: "the committee has more than one chair (\(ids)); there is one chair")
            }
            guard let sha, let createdAt else { return nil }
            return WorkspaceInfo(procedure: procedure, procedureSha256: sha, committee: members, createdAt: createdAt)
        }
    }

    /// `ed25519:` and the base64 of 32 bytes.
    static func isPublicKeyText(_ text: String) -> Bool {
        guard text.hasPrefix("ed25519:"), let raw = Data(base64Encoded: String(text.dropFirst(8))) else { return false }
        return raw.count == 32
    }
}
