import Foundation

/// Reads `chair/assignments.json`.
public enum AssignmentsDecoder {
    public static func decode(_ data: Data) -> Result<Assignments, ValidationFailure> {
        DocumentDecoding.decode(data) { root in
            root.rejectUnknownKeys(["format", "seed", "admin", "quality"])
            DocumentDecoding.checkFormat(root)
            var seed: UInt64?
            if root.has("seed") {
                if case .number(let value)? = root.fields["seed"], value >= 0, value == value.roundedToWhole(),
                   let parsed = UInt64(NSDecimalNumber(decimal: value).stringValue) {
                    seed = parsed
                } else {
                    root.issues.add(root.path.appending("seed"), bg: "очаква се цяло неотрицателно число",
                                    en: "expected a whole non-negative number")
                }
            }
            var result = Assignments(seed: seed)
            for stage in Assignments.Stage.allCases {
                guard let object = root.object(stage.rawValue, required: false) else { continue }
                var map: [String: [String]] = [:]
                for key in object.fields.keys.sorted() {
                    if let problem = RecordID.problem(key) {
                        object.issues.add(object.path.appending(key), problem)
                        continue
                    }
                    guard let evaluators = object.strings(key) else { continue }
                    for (index, evaluator) in evaluators.enumerated() {
                        if let problem = RecordID.problem(evaluator) {
                            object.issues.add(object.path.appending(key).appending(index), problem)
                        }
                    }
                    if Set(evaluators).count != evaluators.count {
                        object.issues.add(object.path.appending(key), bg: "оценител се повтаря", en: "an evaluator appears twice")
                    }
                    map[key] = evaluators
                }
                result[stage] = map
            }
            return result
        }
    }
}
