/// The random, load-balanced draw of evaluators for one stage (Docs/formats.md, issue "assign"): every
/// proposal gets `perProposal` different evaluators; nobody gets a proposal they recused from; an
/// evaluator who already started a sheet keeps it; and the new places go to whoever has the fewest
/// proposals in the stage, ties broken at random from the seed.
public enum AssignmentDraw {
    public struct Outcome: Sendable, Equatable {
        public var assignments: [String: [String]]
        /// Proposals that could not get enough evaluators (too few who have not recused).
        public var shortOf: [String: Int]
    }

    /// - Parameters:
    ///   - proposals: every proposal id to assign.
    ///   - evaluators: who may be drawn.
    ///   - keep: evaluators who stay on a proposal whatever the draw (they started a sheet).
    ///   - excluded: evaluators who may not be on a proposal (they recused).
    public static func draw(
        proposals: [String], evaluators: [String], perProposal: Int, keep: [String: [String]],
        excluded: [String: Set<String>], generator: inout SeededGenerator
    ) -> Outcome {
        var load: [String: Int] = Dictionary(uniqueKeysWithValues: evaluators.map { ($0, 0) })
        var result: [String: [String]] = [:]
        for proposal in proposals {
            let kept = (keep[proposal] ?? []).filter { !(excluded[proposal] ?? []).contains($0) }
            result[proposal] = kept
            for evaluator in kept { load[evaluator, default: 0] += 1 }
        }
        var shortOf: [String: Int] = [:]
        for proposal in generator.shuffled(proposals.sorted()) {
            var chosen = result[proposal] ?? []
            let need = perProposal - chosen.count
            guard need > 0 else { continue }
            let candidates = generator.shuffled(evaluators.sorted())
                .filter { !chosen.contains($0) && !(excluded[proposal] ?? []).contains($0) }
            let ranked = candidates.enumerated()
                .sorted { ($0.element.loadKey(load), $0.offset) < ($1.element.loadKey(load), $1.offset) }
                .map(\.element)
            for evaluator in ranked.prefix(need) {
                chosen.append(evaluator)
                load[evaluator, default: 0] += 1
            }
            if chosen.count < perProposal { shortOf[proposal] = perProposal - chosen.count }
            result[proposal] = chosen
        }
        return Outcome(assignments: result, shortOf: shortOf)
    }
}

private extension String {
    func loadKey(_ load: [String: Int]) -> Int { load[self] ?? 0 }
}
