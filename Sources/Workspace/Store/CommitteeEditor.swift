import EvaluationCore
import Foundation

/// `ocenka committee add`: names the members of the committee. The first member may be added by
/// anyone (there is nobody to act as yet); after that only the chair or the secretary adds members.
public enum CommitteeEditor {
    public static func add(_ member: CommitteeMember, actingAs actor: String?, in root: URL,
                           clock: WorkspaceClock) throws(WorkspaceError) -> WorkspaceInfo {
        let layout = WorkspaceLayout(root: root)
        var info = try WorkspaceFiles.info(layout)
        let acting: String
        if info.committee.isEmpty {
            acting = actor ?? WorkspaceCreator.systemActor
        } else {
            acting = try Authorization.require(actor, roles: [.chair, .secretary], in: info,
                                               for: LocalizedText(bg: "Добавяне на член на комисията", en: "Adding a committee member")).id
        }
        if let problem = RecordID.problem(member.id) { throw .refused(problem) }
        if let bad = ControlCharacters.firstRefused(in: member.name, multiline: false) {
            throw .refused(ControlCharacters.refusal(bad, multiline: false))
        }
        guard !member.name.trimmingWhitespace().isEmpty else {
            throw .refused(LocalizedText(bg: "името на члена е празно", en: "the member's name is empty"))
        }
        if info.member(withID: member.id) != nil {
            throw .refused(LocalizedText(bg: "в комисията вече има член „\(member.id)“", en: "the committee already has a member \"\(member.id)\""))
        }
        if member.role == .chair, let chair = info.chair {
            throw .refused(LocalizedText(bg: "комисията вече има председател: \(chair.name) (\(chair.id))",
                                         en: "the committee already has a chair: \(chair.name) (\(chair.id))"))
        }
        info.committee.append(member)
        let session = try WriterSession.chair(layout, actor: acting, clock: clock)
        defer { session.close() }
        try session.save(info, to: layout.workspaceFile, action: "committee.add")
        return info
    }
}
