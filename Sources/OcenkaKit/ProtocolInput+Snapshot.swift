import EvaluationCore
import Reports
import Workspace

extension ProtocolInput {
    /// What the protocol is written from: the workspace as read, its session data, and the generation
    /// moment. A `chair/session.json` that does not read is refused by `ocenka protocol` before this.
    /// `computed`: the standings and the ranking already worked out from this same snapshot (the
    /// chair's model), so that they are not worked out again.
    public init(_ snapshot: WorkspaceSnapshot, generatedAt: Timestamp,
                computed: (standings: [ProposalStanding], ranking: Ranking)? = nil) {
        let standings = computed?.standings ?? snapshot.standings()
        self.init(
            contents: snapshot.contents, standings: standings, ranking: computed?.ranking ?? snapshot.ranking(of: standings),
            generatedAt: generatedAt,
            session: (try? CommitteeSessionStore.load(snapshot.layout).get()) ?? CommitteeSession(),
            logHeads: snapshot.layout.logHeads().map { LogHead(path: $0.path, lines: $0.head.lines, head: $0.head.head) },
            keyFingerprints: Dictionary(snapshot.info.committee.compactMap { member in
                member.publicKey.flatMap(PublicKeyText.fingerprint).map { (member.id, $0) }
            }, uniquingKeysWith: { first, _ in first }),
            objections: (try? ObjectionService.load(snapshot.layout).get()) ?? ObjectionLog())
    }
}
