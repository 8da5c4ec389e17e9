import EvaluationCore
import Workspace

/// Chooses one level per quality criterion so that a sheet adds up to a planned sum, the way one
/// evaluator's judgement of a proposal holds together: the levels the proposal's facts decide are
/// fixed; every other criterion starts at the level nearest the sheet's overall standing (the
/// planned share of the points left, give or take a seeded 15 %), and the sum is then brought to the
/// plan one level at a time — raising the criteria that stand lowest, then lowering those that stand
/// highest while the sum stays at or above the plan.
enum DemoLevelPicker {
    /// - Parameters:
    ///   - fixed: criteria whose level is decided (criterion → points).
    ///   - lowest: criteria that may not go below a level (criterion → points).
    static func levels(method: QualityMethod, sum target: Points, fixed: [String: Points], lowest: [String: Points],
                       generator: inout SeededGenerator) throws(WorkspaceError) -> [String: Points] {
        var criteria: [Criterion] = []
        for criterion in method.criteria {
            let levels = criterion.levels.map(\.points).sorted(by: >)
            let floor = lowest[criterion.id].flatMap { points in levels.lastIndex { $0 >= points } } ?? levels.count - 1
            if let points = fixed[criterion.id] {
                guard let index = levels.firstIndex(of: points) else {
                    throw .refused(LocalizedText(
                        bg: "демонстрацията дава \(points.canonicalText) т. по критерий \(criterion.id), а това не е от нивата му",
                        en: "the demo gives criterion \(criterion.id) \(points.canonicalText) points, which is not one of its levels"))
                }
                criteria.append(Criterion(id: criterion.id, levels: levels, index: index, lowestIndex: index, isFixed: true))
            } else {
                criteria.append(Criterion(id: criterion.id, levels: levels, index: 0, lowestIndex: floor, isFixed: false))
            }
        }
        let fixedSum = criteria.filter(\.isFixed).reduce(Points.zero) { $0 + $1.points }
        let open = criteria.indices.filter { !criteria[$0].isFixed }
        let openMaximum = open.reduce(0) { $0 + criteria[$1].levels[0].hundredths }
        let standing = openMaximum > 0 ? (target - fixedSum).hundredths * 1_000 / openMaximum : 0
        for position in open {
            let wanted = standing + generator.number(below: 301) - 150
            let candidates = criteria[position].levels.indices.filter { $0 <= criteria[position].lowestIndex }
            criteria[position].index = candidates.min { abs(criteria[position].share(at: $0) - wanted) < abs(criteria[position].share(at: $1) - wanted) } ?? 0
        }
        let order = generator.shuffled(open)
        var sum = criteria.reduce(Points.zero) { $0 + $1.points }
        while sum < target, let raise = order.filter({ criteria[$0].index > 0 }).min(by: { criteria[$0].share < criteria[$1].share }) {
            criteria[raise].index -= 1
            sum = criteria.reduce(Points.zero) { $0 + $1.points }
        }
        while true {
            let lowerable = order.filter { position in
                let criterion = criteria[position]
                return criterion.index < criterion.lowestIndex && sum - criterion.step >= target
            }
            guard let lower = lowerable.max(by: { criteria[$0].share < criteria[$1].share }) else { break }
            sum = sum - criteria[lower].step
            criteria[lower].index += 1
        }
        return Dictionary(uniqueKeysWithValues: criteria.map { ($0.id, $0.points) })
    }

    /// A criterion's levels (highest first) and the one chosen.
    private struct Criterion {
        let id: String
        let levels: [Points]
        var index: Int
        /// The lowest level allowed (the largest index).
        let lowestIndex: Int
        let isFixed: Bool

        var points: Points { levels[index] }

        /// The chosen level's share of the criterion's maximum, in thousandths.
        var share: Int { share(at: index) }

        func share(at index: Int) -> Int {
            levels[0].hundredths > 0 ? levels[index].hundredths * 1_000 / levels[0].hundredths : 0
        }

        /// The points lost by going one level lower.
        var step: Points { index + 1 < levels.count ? levels[index] - levels[index + 1] : .zero }
    }

    /// The levels the proposal's facts decide for the reference procedure, and the floors.
    static func decided(by facts: DemoFacts) -> (fixed: [String: Points], lowest: [String: Points]) {
        var fixed: [String: Points] = [
            "1.1": Points(min(facts.completedProjects, 3)),
            "1.2": Points(facts.teamYears > 2 ? 2 : facts.teamYears >= 1 ? 1 : 0),
        ]
        switch facts.coverage {
        case .all: fixed["2.3"] = Points(5)
        case .aboveMinimum: fixed["2.3"] = Points(4)
        case .minimum: fixed["2.3"] = Points(2)
        case .belowMinimum: fixed["2.3"] = Points(0)
        }
        switch facts.summer {
        case .whole: fixed["4.4"] = Points(4)
        case .part: fixed["4.4"] = Points(2)
        case .none: fixed["4.4"] = Points(0)
        }
        var lowest: [String: Points] = [:]
        if facts.innovation == nil {
            fixed["4.5"] = Points(0)
        } else {
            lowest["4.5"] = Points(2)
        }
        for (criterion, override) in facts.overrides {
            fixed[criterion] = Points(override.points)
        }
        return (fixed, lowest)
    }
}
