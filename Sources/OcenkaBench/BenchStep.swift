import ArgumentParser

/// A step the benchmark times, in the order of the table.
enum BenchStep: String, CaseIterable, Codable, Sendable {
    case readBytes
    case readBytesWithLogs
    case writeProtocolOutput
    case open
    case rank
    case protocolText
    case protocolCSV
    case rankingScreen
    case model
    case firstFrame
    case qualityFrame
    case keyPress
    case listKey
    case deskStart
    case chairStart
    case chairKey
    case check
    case python
    case ocenkaRank
    case ocenkaProtocol
    case ocenkaCheck
    case ocenkaCheckUncached
    case ocenkaRankUncached

    var label: String {
        switch self {
        case .readBytes: "read the files' bytes (floor)"
        case .readBytesWithLogs: "… and the audit logs' (floor 2)"
        case .writeProtocolOutput: "write protocol's output again (floor 3)"
        case .open: "open: load + validate every file"
        case .rank: "reconcile + rank"
        case .protocolText: "protocol (standings, ranking, text)"
        case .protocolCSV: "protocol's CSVs (ranking, scores)"
        case .rankingScreen: "ranking screen (RankingText)"
        case .model: "evaluator model of e1 (desk)"
        case .firstFrame: "first frame (proposals list)"
        case .qualityFrame: "frame of the quality tab"
        case .keyPress: "key '2' + redraw (quality tab)"
        case .listKey: "key 'j' + redraw (proposals list)"
        case .deskStart: "start → first frame via EvaluatorDesk"
        case .chairStart: "chair: check, model, first frame"
        case .chairKey: "chair: key 'j' + redraw (progress)"
        case .check: "ocenka check (WorkspaceCheck.run)"
        case .python: "Python reference (reference_rank.py)"
        case .ocenkaRank: "$ ocenka rank --format json"
        case .ocenkaProtocol: "$ ocenka protocol -o (text + CSVs)"
        case .ocenkaCheck: "$ ocenka check"
        case .ocenkaCheckUncached: "$ ocenka check, nothing cached"
        case .ocenkaRankUncached: "$ ocenka rank, nothing cached"
        }
    }

    /// The floor this step is compared with: reading the bytes it reads, at the least.
    var floor: BenchStep {
        [.check, .ocenkaCheck, .ocenkaCheckUncached, .chairStart].contains(self) ? .readBytesWithLogs : .readBytes
    }
}

extension BenchStep: ExpressibleByArgument {}
