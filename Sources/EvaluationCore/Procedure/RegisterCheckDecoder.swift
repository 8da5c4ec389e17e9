/// Reads the procedure's `registerChecks` (Docs/procedure-format.md): each kind with its fields,
/// every problem at its JSON path.
enum RegisterCheckDecoder {
    static func read(_ root: JSONObjectReader) -> [RegisterCheck] {
        var checks: [RegisterCheck] = []
        var seen: Set<String> = []
        for element in root.array("registerChecks", required: false) ?? [] {
            guard let object = JSONObjectReader(element.value, at: element.path, issues: root.issues),
                  let kind = object.string("kind") else { continue }
            let source = object.string("source", required: false)
            guard RegisterCheck.kinds.contains(kind) else {
                object.issues.add(object.path.appending("kind"),
                                  bg: "„\(kind)“ не е вид проверка; позволени: \(RegisterCheck.kinds.map { "„\($0)“" }.joined(separator: ", "))",
                                  en: "\"\(kind)\" is not a check kind; expected one of \(RegisterCheck.kinds.map { "\"\($0)\"" }.joined(separator: ", "))")
                continue
            }
            var identity = kind
            switch kind {
            case "applicantTypes", "partnerTypes":
                object.rejectUnknownKeys(["kind", "types", "source"])
                let types = object.strings("types") ?? []
                if types.isEmpty, object.has("types") {
                    object.issues.add(object.path.appending("types"), bg: "няма нито един вид", en: "there is no type")
                }
                for (index, type) in types.enumerated() where OrganisationKind(rawValue: type) == nil {
                    object.issues.add(object.path.appending("types").appending(index),
                                      bg: "непознат вид „\(type)“ (позволени: \(OrganisationKind.allCases.map(\.rawValue).joined(separator: ", ")))",
                                      en: "unknown type \"\(type)\" (allowed: \(OrganisationKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                if !types.isEmpty {
                    checks.append(kind == "applicantTypes" ? .applicantTypes(types, source: source) : .partnerTypes(types, source: source))
                }
            case "durationMonths":
                object.rejectUnknownKeys(["kind", "minimum", "maximum", "source"])
                let minimum = object.integer("minimum", in: 1...600)
                let maximum = object.integer("maximum", in: 1...600)
                if let minimum, let maximum, maximum < minimum {
                    object.issues.add(object.path.appending("maximum"), bg: "максимумът \(maximum) е под минимума \(minimum)",
                                      en: "the maximum \(maximum) is below the minimum \(minimum)")
                } else if let minimum, let maximum {
                    checks.append(.durationMonths(minimum: minimum, maximum: maximum, source: source))
                }
            case "budgetLineShare":
                object.rejectUnknownKeys(["kind", "line", "maxPercent", "source"])
                let line = budgetLine(object)
                identity += ":" + (line ?? "")
                var percent: ScaledDecimal?
                if let text = object.numberText("maxPercent") {
                    switch ScaledDecimal.parse(text, fractionDigits: 2) {
                    case .failure(let error): object.issues.add(object.path.appending("maxPercent"), error.message)
                    case .success(let value) where value.scaled <= 0 || value.scaled > 100 * value.unit:
                        object.issues.add(object.path.appending("maxPercent"), bg: "процентът трябва да е над 0 и до 100, а е \(text)",
                                          en: "the percentage must be above 0 and at most 100, found \(text)")
                    case .success(let value): percent = value
                    }
                }
                if let line, let percent { checks.append(.budgetLineShare(line: line, maxPercent: percent, source: source)) }
            default:
                object.rejectUnknownKeys(["kind", "line", "max", "source"])
                let line = budgetLine(object)
                identity += ":" + (line ?? "")
                let maximum = object.money("max", positive: true)
                if let line, let maximum { checks.append(.budgetLineCap(line: line, maximum: maximum, source: source)) }
            }
            if !seen.insert(identity).inserted {
                object.issues.add(object.path.appending("kind"), bg: "проверката „\(identity)“ се повтаря", en: "the check \"\(identity)\" appears twice")
            }
        }
        return checks
    }

    private static func budgetLine(_ object: JSONObjectReader) -> String? {
        guard let line = object.string("line") else { return nil }
        guard ProcedureDecoder.isValidID(line) else {
            object.issues.add(object.path.appending("line"), bg: "„\(line)“ не е име на бюджетен ред ([A-Za-z0-9._-])",
                              en: "\"\(line)\" is not a budget line name ([A-Za-z0-9._-])")
            return nil
        }
        return line
    }
}
