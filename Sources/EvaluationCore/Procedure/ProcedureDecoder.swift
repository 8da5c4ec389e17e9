import Foundation

/// Reads a procedure file (Docs/procedure-format.md) from its bytes and checks all of it, reporting every problem
/// with its JSON path: types, ids, level points, group maxima, rules, floor, budgets.
public enum ProcedureDecoder {
    /// The format version this program reads.
    public static let supportedFormat = 1

    public static func decode(_ data: Data) -> Result<Procedure, ValidationFailure> {
        switch JSONValue.parse(data) {
        case .failure(let error):
            return .failure(ValidationFailure([error.issue]))
        case .success(let value):
            return decode(value)
        }
    }

    public static func decode(_ value: JSONValue) -> Result<Procedure, ValidationFailure> {
        let issues = IssueCollector()
        let procedure = read(value, issues: issues)
        if let procedure, issues.isEmpty {
            return .success(procedure)
        }
        return .failure(ValidationFailure(issues.issues))
    }

    /// Whether `id` is of the form `[A-Za-z0-9._-]+`: ids become file names.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
        }
    }

    private static func checkID(_ id: String?, at path: JSONPath, issues: IssueCollector) {
        guard let id, !isValidID(id) else { return }
        issues.add(path, bg: "идентификаторът „\(id)“ може да съдържа само латински букви, цифри, „.“, „_“ и „-“",
                   en: "the id \"\(id)\" may contain only Latin letters, digits, \".\", \"_\" and \"-\"")
    }

    private static func read(_ value: JSONValue, issues: IssueCollector) -> Procedure? {
        guard let root = JSONObjectReader(value, at: .root, issues: issues) else { return nil }
        root.rejectUnknownKeys([
            "format", "id", "title", "authority", "source", "currency", "secondaryCurrency", "submissionDeadline",
            "notes", "priorities", "admin", "quality", "reconciliation", "ranking", "outcome", "registerRules", "registerChecks", "priorityTerm",
        ])
        let format = root.integer("format", in: 1...Int.max)
        if let format, format != supportedFormat {
            issues.add(root.path.appending("format"),
                       bg: "форматът \(format) не се поддържа; тази версия чете формат \(supportedFormat)",
                       en: "format \(format) is not supported; this version reads format \(supportedFormat)")
        }
        let id = root.string("id")
        checkID(id, at: root.path.appending("id"), issues: issues)
        let title = root.string("title")
        let authority = root.string("authority")
        let source = root.string("source", required: false)
        let notes = root.strings("notes", required: false) ?? []
        let deadline = root.timestamp("submissionDeadline", required: false)

        let currency = root.string("currency", required: false)
        if let currency, !isCurrencyCode(currency) {
            issues.add(root.path.appending("currency"),
                       bg: "„\(currency)“ не е код на валута от три главни латински букви (напр. „BGN“)",
                       en: "\"\(currency)\" is not a three-letter currency code (e.g. \"BGN\")")
        }
        let secondary = readSecondaryCurrency(root, currency: currency ?? "BGN")
        let priorities = readPriorities(root)
        if currency == nil, priorities?.contains(where: { $0.budget != nil || $0.maxPerProject != nil || $0.minPerProject != nil }) == true {
            issues.add(root.path.appending("currency"),
                       bg: "липсва „currency“, а процедурата съдържа суми",
                       en: "\"currency\" is missing but the procedure has amounts")
        }
        let admin = root.object("admin").flatMap { readAdmin($0) }
        let quality = root.object("quality", required: false).flatMap { readQuality($0) }
        let reconciliation = readReconciliation(root, hasQuality: root.has("quality"))
        let ranking = readRanking(root, quality: quality, hasQuality: root.has("quality"))

        let outcome = root.choice("outcome", PassFailOutcome.self, required: false)
        if outcome != nil, root.has("quality") {
            issues.add(root.path.appending("outcome"),
                       bg: "„outcome“ се задава само на процедура без оценка на качеството (без „quality“)",
                       en: "\"outcome\" is given only in a procedure without a quality assessment (no \"quality\")")
        }
        let registerRules = readRegisterRules(root)
        let registerChecks = RegisterCheckDecoder.read(root)
        let priorityTerm = root.choice("priorityTerm", PriorityTerm.self, required: false)

        guard let format, let id, let title, let authority, let admin else { return nil }
        let implicit = Priority(id: Procedure.implicitPriorityID, title: "Процедурата като цяло")
        var procedure = Procedure(
            format: format, id: id, title: title, authority: authority, source: source,
            currency: currency ?? "BGN", secondaryCurrency: secondary, submissionDeadline: deadline, notes: notes,
            priorities: priorities ?? [implicit], hasExplicitPriorities: priorities != nil, admin: admin,
            quality: quality, reconciliation: reconciliation, ranking: ranking)
        procedure.directProvision = outcome == .directProvision && quality == nil
        procedure.registerRules = registerRules
        procedure.registerChecks = registerChecks
        procedure.priorityTerm = priorityTerm ?? .priority
        return procedure
    }

    /// The last stage of a procedure without a quality part.
    private enum PassFailOutcome: String, CaseIterable {
        case admittedList
        case directProvision
    }

    private static func readRegisterRules(_ root: JSONObjectReader) -> [RegisterRule] {
        var rules: [RegisterRule] = []
        var kinds: Set<String> = []
        for element in root.array("registerRules", required: false) ?? [] {
            guard let object = JSONObjectReader(element.value, at: element.path, issues: root.issues),
                  let kind = object.string("kind") else { continue }
            let source = object.string("source", required: false)
            guard RegisterRule.kinds.contains(kind) else {
                object.issues.add(object.path.appending("kind"),
                                  bg: "„\(kind)“ не е вид правило; позволени: \(RegisterRule.kinds.map { "„\($0)“" }.joined(separator: ", "))",
                                  en: "\"\(kind)\" is not a rule kind; expected one of \(RegisterRule.kinds.map { "\"\($0)\"" }.joined(separator: ", "))")
                continue
            }
            if !kinds.insert(kind).inserted {
                object.issues.add(object.path.appending("kind"), bg: "правилото „\(kind)“ се повтаря", en: "the rule \"\(kind)\" appears twice")
            }
            switch kind {
            case "populationBands":
                object.rejectUnknownKeys(["kind", "minimumPopulation", "bands", "source"])
                let minimum = object.integer("minimumPopulation", in: 0...Int.max)
                var bands: [PopulationBand] = []
                for bandElement in object.array("bands") ?? [] {
                    guard let band = JSONObjectReader(bandElement.value, at: bandElement.path, issues: object.issues) else { continue }
                    band.rejectUnknownKeys(["from", "upTo", "maxPerProject", "workstations"])
                    let from = band.integer("from", in: 0...Int.max)
                    let upTo = band.integer("upTo", in: 0...Int.max, required: false)
                    let cap = band.money("maxPerProject", positive: true)
                    let workstations = band.integer("workstations", in: 1...1000, required: false)
                    if let from, let upTo, upTo < from {
                        band.issues.add(band.path.appending("upTo"), bg: "горната граница \(upTo) е под долната \(from)",
                                        en: "the upper end \(upTo) is below the lower end \(from)")
                    }
                    if let from, let previous = bands.last {
                        if previous.upTo.map({ $0 + 1 != from }) ?? true {
                            band.issues.add(band.path.appending("from"),
                                            bg: "групата трябва да започва веднага след предходната (\(previous.upTo.map { String($0 + 1) } ?? "—"))",
                                            en: "the band must start right after the previous one (\(previous.upTo.map { String($0 + 1) } ?? "—"))")
                        }
                    }
                    if let from, let cap { bands.append(PopulationBand(from: from, upTo: upTo, maxPerProject: cap, workstations: workstations)) }
                }
                if bands.isEmpty, object.has("bands") {
                    object.issues.add(object.path.appending("bands"), bg: "няма нито една група", en: "there is no band")
                }
                if let minimum, let first = bands.first, first.from != minimum {
                    object.issues.add(object.path.appending("bands"),
                                      bg: "първата група започва от \(first.from), а минимумът е \(minimum)",
                                      en: "the first band starts at \(first.from) but the minimum is \(minimum)")
                }
                if let minimum { rules.append(.populationBands(minimum: minimum, bands: bands, source: source)) }
            case "onePerApplicant":
                object.rejectUnknownKeys(["kind", "source"])
                rules.append(.onePerApplicant(source: source))
            default:
                object.rejectUnknownKeys(["kind", "source"])
                rules.append(.onePerNetworkArea(source: source))
            }
        }
        if !rules.isEmpty, root.has("quality") {
            root.issues.add(root.path.appending("registerRules"),
                            bg: "правилата по регистъра се прилагат при директно предоставяне (без „quality“)",
                            en: "register rules apply to direct provision (no \"quality\")")
        }
        return rules
    }

    private static func isCurrencyCode(_ text: String) -> Bool {
        text.count == 3 && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }

    private static func readSecondaryCurrency(_ root: JSONObjectReader, currency: String) -> SecondaryCurrency? {
        guard let object = root.object("secondaryCurrency", required: false) else { return nil }
        object.rejectUnknownKeys(["code", "rate"])
        let code = object.string("code")
        if let code, !isCurrencyCode(code) {
            object.issues.add(object.path.appending("code"),
                              bg: "„\(code)“ не е код на валута от три главни латински букви (напр. „EUR“)",
                              en: "\"\(code)\" is not a three-letter currency code (e.g. \"EUR\")")
        } else if code == currency {
            object.issues.add(object.path.appending("code"),
                              bg: "втората валута е същата като основната (\(currency))",
                              en: "the secondary currency is the main currency (\(currency))")
        }
        let rate = object.positiveDecimal("rate", fractionDigits: 6)
        guard let code, let rate else { return nil }
        return SecondaryCurrency(code: code, rate: rate)
    }

    private static func readPriorities(_ root: JSONObjectReader) -> [Priority]? {
        guard let elements = root.array("priorities", required: false) else { return nil }
        let issues = root.issues
        if elements.isEmpty {
            issues.add(root.path.appending("priorities"),
                       bg: "списъкът с приоритети е празен; пропуснете полето, ако процедурата няма приоритети",
                       en: "the list of priorities is empty; omit the field if the procedure has no priorities")
        }
        var seen: [String: JSONPath] = [:]
        var result: [Priority] = []
        for element in elements {
            guard let object = JSONObjectReader(element.value, at: element.path, issues: issues) else { continue }
            object.rejectUnknownKeys([
                "id", "title", "budget", "maxPerProject", "minPerProject", "activities", "mandatoryActivities",
                "minimumActivities", "source",
            ])
            let id = object.string("id")
            checkID(id, at: object.path.appending("id"), issues: issues)
            if let id { noteDuplicate(id, at: object.path.appending("id"), seen: &seen, what: "приоритет", whatEn: "priority", issues: issues) }
            let title = object.string("title")
            let budget = object.money("budget", required: false, positive: true)
            let maxPerProject = object.money("maxPerProject", required: false, positive: true)
            let minPerProject = object.money("minPerProject", required: false, positive: true)
            if let budget, let maxPerProject, maxPerProject > budget {
                issues.add(object.path.appending("maxPerProject"),
                           bg: "максималната стойност на проект (\(maxPerProject.localizedNumber)) надвишава бюджета на приоритета (\(budget.localizedNumber))",
                           en: "the maximum per project (\(maxPerProject)) exceeds the priority's budget (\(budget))")
            }
            if let minPerProject, let maxPerProject, minPerProject > maxPerProject {
                issues.add(object.path.appending("minPerProject"),
                           bg: "минималната стойност на проект (\(minPerProject.localizedNumber)) надвишава максималната (\(maxPerProject.localizedNumber))",
                           en: "the minimum per project (\(minPerProject)) exceeds the maximum (\(maxPerProject))")
            }
            let activities = object.strings("activities", required: false) ?? []
            let mandatory = object.strings("mandatoryActivities", required: false) ?? []
            checkUniqueStrings(activities, at: object.path.appending("activities"), issues: issues)
            checkUniqueStrings(mandatory, at: object.path.appending("mandatoryActivities"), issues: issues)
            if !activities.isEmpty {
                for (index, activity) in mandatory.enumerated() where !activities.contains(activity) {
                    issues.add(object.path.appending("mandatoryActivities").appending(index),
                               bg: "задължителната дейност „\(activity)“ не е сред допустимите дейности на приоритета",
                               en: "the mandatory activity \"\(activity)\" is not among the priority's activities")
                }
            }
            let minimum = object.integer("minimumActivities", in: 1...1000, required: false)
            if let minimum, !activities.isEmpty, minimum > activities.count {
                issues.add(object.path.appending("minimumActivities"),
                           bg: "минимумът от \(minimum) дейности е повече от допустимите \(activities.count)",
                           en: "the minimum of \(minimum) activities exceeds the \(activities.count) eligible ones")
            }
            let source = object.string("source", required: false)
            guard let id, let title else { continue }
            result.append(Priority(
                id: id, title: title, budget: budget, maxPerProject: maxPerProject, minPerProject: minPerProject,
                activities: activities, mandatoryActivities: mandatory, minimumActivities: minimum, source: source))
        }
        return result
    }

    private static func readAdmin(_ object: JSONObjectReader) -> AdminChecklist? {
        let issues = object.issues
        object.rejectUnknownKeys([
            "remedyDays", "remedyDayKind", "remedyRollsToWorkingDay", "evaluatorsPerProposal", "groups",
            "nonWorkingDays", "workingDays", "evaluationPeriod",
        ])
        let remedyDays = object.integer("remedyDays", in: 0...365)
        let kind = object.choice("remedyDayKind", RemedyDayKind.self)
        let rolls = object.bool("remedyRollsToWorkingDay", required: false) ?? true
        let evaluators = object.integer("evaluatorsPerProposal", in: 1...20)
        let nonWorking = readDates(object, "nonWorkingDays")
        let working = readDates(object, "workingDays")
        for (index, day) in working.enumerated() where !day.isWeekend {
            issues.add(object.path.appending("workingDays").appending(index),
                       bg: "\(day.isoText) не е събота или неделя; тук се посочват само отработвани почивни дни",
                       en: "\(day.isoText) is not a Saturday or Sunday; list only weekend days worked off here")
        }
        var groups: [AdminGroup] = []
        var seenGroups: [String: JSONPath] = [:]
        var seenCriteria: [String: JSONPath] = [:]
        let elements = object.array("groups") ?? []
        if elements.isEmpty && object.has("groups") {
            issues.add(object.path.appending("groups"), bg: "контролният лист няма групи", en: "the checklist has no groups")
        }
        for element in elements {
            guard let groupObject = JSONObjectReader(element.value, at: element.path, issues: issues) else { continue }
            groupObject.rejectUnknownKeys(["id", "title", "criteria", "source"])
            let id = groupObject.string("id")
            if let id { noteDuplicate(id, at: groupObject.path.appending("id"), seen: &seenGroups, what: "група", whatEn: "group", issues: issues) }
            let title = groupObject.string("title")
            var criteria: [AdminCriterion] = []
            let criterionElements = groupObject.array("criteria") ?? []
            if criterionElements.isEmpty && groupObject.has("criteria") {
                issues.add(groupObject.path.appending("criteria"), bg: "групата няма критерии", en: "the group has no criteria")
            }
            for criterionElement in criterionElements {
                guard let criterionObject = JSONObjectReader(criterionElement.value, at: criterionElement.path, issues: issues) else { continue }
                criterionObject.rejectUnknownKeys(["id", "text", "allowsNA", "onNo", "source"])
                let criterionID = criterionObject.string("id")
                checkID(criterionID, at: criterionObject.path.appending("id"), issues: issues)
                if let criterionID {
                    noteDuplicate(criterionID, at: criterionObject.path.appending("id"), seen: &seenCriteria,
                                  what: "критерий", whatEn: "criterion", issues: issues)
                }
                let text = criterionObject.string("text")
                let allowsNA = criterionObject.bool("allowsNA")
                let onNo = criterionObject.choice("onNo", NoConsequence.self)
                let source = criterionObject.string("source", required: false)
                guard let criterionID, let text, let allowsNA, let onNo else { continue }
                criteria.append(AdminCriterion(id: criterionID, text: text, allowsNA: allowsNA, onNo: onNo, source: source))
            }
            let source = groupObject.string("source", required: false)
            guard let id, let title else { continue }
            groups.append(AdminGroup(id: id, title: title, criteria: criteria, source: source))
        }
        var period: EvaluationPeriod?
        if let periodObject = object.object("evaluationPeriod", required: false) {
            periodObject.rejectUnknownKeys(["months", "pausedWhileRemedied", "source"])
            let months = periodObject.integer("months", in: 1...24)
            let paused = periodObject.bool("pausedWhileRemedied", required: false) ?? false
            let source = periodObject.string("source", required: false)
            if let months { period = EvaluationPeriod(months: months, pausedWhileRemedied: paused, source: source) }
        }
        guard let remedyDays, let kind, let evaluators else { return nil }
        var checklist = AdminChecklist(
            remedyDays: remedyDays, remedyDayKind: kind, remedyRollsToWorkingDay: rolls, evaluatorsPerProposal: evaluators,
            groups: groups, nonWorkingDays: nonWorking, workingDays: working)
        checklist.evaluationPeriod = period
        return checklist
    }

    private static func readDates(_ object: JSONObjectReader, _ key: String) -> [CalendarDate] {
        guard let elements = object.array(key, required: false) else { return [] }
        var dates: [CalendarDate] = []
        for element in elements {
            guard case .string(let text) = element.value, let date = CalendarDate(text) else {
                object.issues.add(element.path, bg: "очаква се дата във формат ГГГГ-ММ-ДД",
                                  en: "expected a date in the form YYYY-MM-DD")
                continue
            }
            dates.append(date)
        }
        return dates
    }

    private static func readQuality(_ object: JSONObjectReader) -> QualityMethod? {
        let issues = object.issues
        object.rejectUnknownKeys(["maxPoints", "floor", "groups", "rules"])
        let maxPoints = object.points("maxPoints")
        let floor = object.points("floor")
        if let maxPoints, maxPoints == .zero {
            issues.add(object.path.appending("maxPoints"), bg: "максималният брой точки трябва да е положителен",
                       en: "the maximum points must be positive")
        }
        if let maxPoints, let floor, floor > maxPoints {
            issues.add(object.path.appending("floor"),
                       bg: "минималният брой точки (\(floor.localizedNumber)) е над максималния (\(maxPoints.localizedNumber))",
                       en: "the floor (\(floor.fixedText)) is above the maximum (\(maxPoints.fixedText))")
        }
        var groups: [QualityGroup] = []
        var seenGroups: [String: JSONPath] = [:]
        var seenCriteria: [String: JSONPath] = [:]
        let elements = object.array("groups") ?? []
        if elements.isEmpty && object.has("groups") {
            issues.add(object.path.appending("groups"), bg: "методиката няма групи критерии", en: "the methodology has no groups")
        }
        var groupsComplete = true
        for element in elements {
            guard let group = readQualityGroup(element.value, at: element.path, issues: issues,
                                               seenGroups: &seenGroups, seenCriteria: &seenCriteria) else {
                groupsComplete = false
                continue
            }
            groups.append(group)
        }
        if let maxPoints, groupsComplete, !groups.isEmpty, !groups.contains(where: \.toBeEntered) {
            let sum = groups.reduce(Points.zero) { $0 + $1.maxPoints }
            if sum != maxPoints {
                let parts = groups.map { $0.maxPoints.canonicalText }.joined(separator: " + ")
                issues.add(object.path.appending("maxPoints"),
                           bg: "сборът от максимумите на групите (\(parts) = \(sum.canonicalText)) не е равен на максималния брой точки \(maxPoints.canonicalText)",
                           en: "the groups' maxima (\(parts) = \(sum.canonicalText)) do not add up to the maximum \(maxPoints.canonicalText)")
            }
        }
        let allCriteria = Dictionary(groups.flatMap(\.criteria).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rules = readRules(object, criteria: allCriteria)
        guard let maxPoints, let floor else { return nil }
        return QualityMethod(maxPoints: maxPoints, floor: floor, groups: groups, rules: rules)
    }

    private static func readQualityGroup(
        _ value: JSONValue, at path: JSONPath, issues: IssueCollector,
        seenGroups: inout [String: JSONPath], seenCriteria: inout [String: JSONPath]
    ) -> QualityGroup? {
        guard let object = JSONObjectReader(value, at: path, issues: issues) else { return nil }
        object.rejectUnknownKeys(["id", "title", "description", "maxPoints", "criteria", "source", "toBeEntered"])
        let id = object.string("id")
        checkID(id, at: object.path.appending("id"), issues: issues)
        if let id { noteDuplicate(id, at: object.path.appending("id"), seen: &seenGroups, what: "група", whatEn: "group", issues: issues) }
        let title = object.string("title")
        let description = object.string("description", required: false)
        let declaredMax = object.points("maxPoints", required: false)
        let source = object.string("source", required: false)
        let toBeEntered = object.bool("toBeEntered", required: false) ?? false
        if toBeEntered {
            // Seed 002: the groups are named (002_60dcf141085ee52b.txt:1153) but their criteria are in an annex not in the text.
            if let elements = object.array("criteria", required: false), !elements.isEmpty {
                issues.add(object.path.appending("criteria"),
                           bg: "група с „toBeEntered“ още няма критерии; въведете ги и махнете „toBeEntered“",
                           en: "a group with \"toBeEntered\" has no criteria yet; enter them and remove \"toBeEntered\"")
            }
            if declaredMax != nil {
                issues.add(object.path.appending("maxPoints"),
                           bg: "група с „toBeEntered“ няма максимум: той следва от критериите ѝ",
                           en: "a group with \"toBeEntered\" has no maximum: it follows from its criteria")
            }
            guard let id, let title else { return nil }
            return QualityGroup(id: id, title: title, description: description, criteria: [], source: source, toBeEntered: true)
        }
        var criteria: [QualityCriterion] = []
        var complete = true
        let elements = object.array("criteria") ?? []
        if elements.isEmpty && object.has("criteria") {
            issues.add(object.path.appending("criteria"), bg: "групата няма критерии", en: "the group has no criteria")
        }
        for element in elements {
            guard let criterion = readQualityCriterion(element.value, at: element.path, issues: issues, seen: &seenCriteria) else {
                complete = false
                continue
            }
            criteria.append(criterion)
        }
        guard let id, let title, complete, object.has("criteria") else { return nil }
        let group = QualityGroup(id: id, title: title, description: description, criteria: criteria, source: source)
        if let declaredMax, declaredMax != group.maxPoints {
            let parts = criteria.map { $0.maxPoints.canonicalText }.joined(separator: " + ")
            issues.add(object.path.appending("maxPoints"),
                       bg: "групата обявява максимум \(declaredMax.canonicalText) т., а сборът от максимумите на критериите ѝ е \(parts) = \(group.maxPoints.canonicalText)",
                       en: "the group declares a maximum of \(declaredMax.canonicalText) but its criteria's maxima add up to \(parts) = \(group.maxPoints.canonicalText)")
        }
        return group
    }

    private static func readQualityCriterion(
        _ value: JSONValue, at path: JSONPath, issues: IssueCollector, seen: inout [String: JSONPath]
    ) -> QualityCriterion? {
        guard let object = JSONObjectReader(value, at: path, issues: issues) else { return nil }
        object.rejectUnknownKeys(["id", "question", "maxPoints", "levels", "source"])
        let id = object.string("id")
        checkID(id, at: object.path.appending("id"), issues: issues)
        if let id { noteDuplicate(id, at: object.path.appending("id"), seen: &seen, what: "критерий", whatEn: "criterion", issues: issues) }
        let question = object.string("question")
        let declaredMax = object.points("maxPoints", required: false)
        let source = object.string("source", required: false)
        let elements = object.array("levels") ?? []
        if elements.isEmpty && object.has("levels") {
            issues.add(object.path.appending("levels"), bg: "критерият няма нива на оценка", en: "the criterion has no levels")
        }
        if elements.count > 9 {
            issues.add(object.path.appending("levels"),
                       bg: "критерият има \(elements.count) нива; позволени са най-много 9 (избират се с цифрите 1–9)",
                       en: "the criterion has \(elements.count) levels; at most 9 are allowed (picked with the digits 1–9)")
        }
        var levels: [QualityLevel] = []
        var complete = true
        var seenPoints: [Points: Int] = [:]
        for element in elements {
            guard let levelObject = JSONObjectReader(element.value, at: element.path, issues: issues) else {
                complete = false
                continue
            }
            levelObject.rejectUnknownKeys(["points", "text"])
            let points = levelObject.points("points")
            let text = levelObject.string("text")
            guard let points, let text else {
                complete = false
                continue
            }
            if let first = seenPoints[points] {
                issues.add(levelObject.path.appending("points"),
                           bg: "нивото с \(points.canonicalText) т. се повтаря (вече е ниво \(first + 1) на критерия)",
                           en: "the level of \(points.canonicalText) points appears twice (already level \(first + 1) of the criterion)")
            } else {
                seenPoints[points] = levels.count
                if let previous = levels.last, points > previous.points {
                    issues.add(levelObject.path.appending("points"),
                               bg: "нивата се изброяват от най-високото към най-ниското (цифра 1 избира първото), а \(points.canonicalText) т. следва \(previous.points.canonicalText) т.",
                               en: "levels are listed from the highest to the lowest (digit 1 picks the first), but \(points.canonicalText) follows \(previous.points.canonicalText)")
                }
            }
            levels.append(QualityLevel(points: points, text: text))
        }
        guard let id, let question, complete, !levels.isEmpty else { return nil }
        let criterion = QualityCriterion(id: id, question: question, levels: levels, source: source)
        if let declaredMax, declaredMax != criterion.maxPoints {
            issues.add(object.path.appending("maxPoints"),
                       bg: "критерият обявява максимум \(declaredMax.canonicalText) т., а най-високото му ниво е \(criterion.maxPoints.canonicalText) т.",
                       en: "the criterion declares a maximum of \(declaredMax.canonicalText) but its highest level is \(criterion.maxPoints.canonicalText)")
        }
        return criterion
    }

    private static func readRules(_ object: JSONObjectReader, criteria: [String: QualityCriterion]) -> [QualityRule] {
        guard let elements = object.array("rules", required: false) else { return [] }
        var rules: [QualityRule] = []
        for element in elements {
            guard let ruleObject = JSONObjectReader(element.value, at: element.path, issues: object.issues) else { continue }
            ruleObject.rejectUnknownKeys(["kind", "criterion", "source"])
            guard let kind = ruleObject.string("kind") else { continue }
            guard kind == "zeroTotalIfCriterionZero" else {
                object.issues.add(ruleObject.path.appending("kind"),
                                  bg: "непознато правило „\(kind)“; позволени: \(QualityRule.kinds.joined(separator: ", "))",
                                  en: "unknown rule \"\(kind)\"; expected one of \(QualityRule.kinds.joined(separator: ", "))")
                continue
            }
            guard let criterionID = ruleObject.string("criterion") else { continue }
            guard let criterion = criteria[criterionID] else {
                object.issues.add(ruleObject.path.appending("criterion"),
                                  bg: "правилото се отнася до критерий „\(criterionID)“, който не съществува в методиката",
                                  en: "the rule refers to criterion \"\(criterionID)\", which is not in the methodology")
                continue
            }
            if criterion.level(withPoints: .zero) == nil {
                object.issues.add(ruleObject.path.appending("criterion"),
                                  bg: "критерий „\(criterionID)“ няма ниво с 0 т., затова правилото никога не може да се приложи",
                                  en: "criterion \"\(criterionID)\" has no 0-point level, so the rule can never apply")
            }
            rules.append(.zeroTotalIfCriterionZero(criterion: criterionID, source: ruleObject.string("source", required: false)))
        }
        return rules
    }

    private static func readReconciliation(_ root: JSONObjectReader, hasQuality: Bool) -> ReconciliationPolicy? {
        guard hasQuality else {
            if root.has("reconciliation") {
                root.issues.add(root.path.appending("reconciliation"),
                                bg: "процедура без оценка на качеството (без „quality“) няма съгласуване на оценки",
                                en: "a procedure without a quality assessment (no \"quality\") has no reconciliation")
            }
            return nil
        }
        guard let object = root.object("reconciliation") else { return nil }
        object.rejectUnknownKeys(["evaluatorsPerProposal", "maxSpreadPercentOfMax", "method"])
        let evaluators = object.integer("evaluatorsPerProposal", in: 1...20)
        let spread = object.numberText("maxSpreadPercentOfMax")
        var percent: ScaledDecimal?
        if let spread {
            switch ScaledDecimal.parse(spread, fractionDigits: 2) {
            case .failure(let error):
                object.issues.add(object.path.appending("maxSpreadPercentOfMax"), error.message)
            case .success(let value):
                if value.scaled < 0 || value.scaled > 100 * value.unit {
                    object.issues.add(object.path.appending("maxSpreadPercentOfMax"),
                                      bg: "процентът трябва да е между 0 и 100, а е \(spread)",
                                      en: "the percentage must be between 0 and 100, found \(spread)")
                } else {
                    percent = value
                }
            }
        }
        let method = object.choice("method", ReconciliationPolicy.Method.self)
        guard let evaluators, let percent, let method else { return nil }
        return ReconciliationPolicy(evaluatorsPerProposal: evaluators, maxSpreadPercentOfMax: percent, method: method)
    }

    private static func readRanking(_ root: JSONObjectReader, quality: QualityMethod?, hasQuality: Bool) -> RankingPolicy? {
        guard hasQuality else {
            if root.has("ranking") {
                root.issues.add(root.path.appending("ranking"),
                                bg: "процедура без оценка на качеството (без „quality“) не се класира",
                                en: "a procedure without a quality assessment (no \"quality\") is not ranked")
            }
            return nil
        }
        guard let object = root.object("ranking") else { return nil }
        object.rejectUnknownKeys(["scope", "tieBreak", "budgetPolicy", "reallocateUnused"])
        let scope = object.choice("scope", RankingPolicy.Scope.self)
        var tieBreaks: [RankingPolicy.TieBreak] = []
        for element in object.array("tieBreak") ?? [] {
            guard case .string(let text) = element.value, let tieBreak = RankingPolicy.TieBreak(text) else {
                object.issues.add(element.path,
                                  bg: "очаква се „total“, „registeredAt“, „group:<група>“ или „criterion:<критерий>“",
                                  en: "expected \"total\", \"registeredAt\", \"group:<id>\" or \"criterion:<id>\"")
                continue
            }
            if tieBreaks.contains(tieBreak) {
                object.issues.add(element.path, bg: "„\(text)“ се повтаря", en: "\"\(text)\" appears twice")
            }
            switch tieBreak {
            case .group(let id) where quality != nil && !quality!.groups.contains { $0.id == id }:
                object.issues.add(element.path, bg: "няма група критерии „\(id)“ в методиката",
                                  en: "there is no group \"\(id)\" in the methodology")
            case .criterion(let id) where quality != nil && quality!.criterion(withID: id) == nil:
                object.issues.add(element.path, bg: "няма критерий „\(id)“ в методиката",
                                  en: "there is no criterion \"\(id)\" in the methodology")
            default:
                break
            }
            tieBreaks.append(tieBreak)
        }
        let policy = object.choice("budgetPolicy", RankingPolicy.BudgetPolicy.self)
        let reallocate = object.bool("reallocateUnused")
        guard let scope, let policy, let reallocate, object.has("tieBreak") else { return nil }
        return RankingPolicy(scope: scope, tieBreak: tieBreaks, budgetPolicy: policy, reallocateUnused: reallocate)
    }

    private static func noteDuplicate(
        _ id: String, at path: JSONPath, seen: inout [String: JSONPath], what: String, whatEn: String, issues: IssueCollector
    ) {
        if let first = seen[id] {
            issues.add(path, bg: "\(what) „\(id)“ се повтаря (вече е в \(first))",
                       en: "\(whatEn) \"\(id)\" appears twice (already at \(first))")
        } else {
            seen[id] = path
        }
    }

    private static func checkUniqueStrings(_ values: [String], at path: JSONPath, issues: IssueCollector) {
        var seen: Set<String> = []
        for (index, value) in values.enumerated() where !seen.insert(value).inserted {
            issues.add(path.appending(index), bg: "„\(value)“ се повтаря", en: "\"\(value)\" appears twice")
        }
    }
}
