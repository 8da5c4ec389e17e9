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
                object.rejectUnknownKeys(["id", "name", "role"])
                let id = DocumentDecoding.id(object, "id")
                let name = DocumentDecoding.line(object, "name")
                let role = object.choice("role", CommitteeMember.Role.self)
                if let id, !seen.insert(id).inserted {
                    object.issues.add(object.path.appending("id"), bg: "членът „\(id)“ се повтаря", en: "the member \"\(id)\" appears twice")
                }
                guard let id, let name, let role else { continue }
                members.append(CommitteeMember(id: id, name: name, role: role))
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
}
