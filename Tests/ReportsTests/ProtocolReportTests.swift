import EvaluationCore
import Reports
import Testing

@Suite("The evaluation protocol, on small hand-made workspaces")
struct ProtocolReportTests {
    // MARK: The sample

    /// A procedure with two priorities, a rejecting and a remediable admin criterion, two quality
    /// groups and the zero rule on 2.2; long Cyrillic names everywhere a table has to wrap them.
    static func procedure(groups: Int = 2, reallocate: Bool = false, passFail: Bool = false) -> Procedure {
        var qualityGroups = [
            QualityGroup(id: "1", title: "Капацитет на кандидата за управление и изпълнение на проекта", criteria: [
                QualityCriterion(id: "1.1", question: "Опит?", levels: [
                    QualityLevel(points: Points(3), text: "голям"), QualityLevel(points: Points(1), text: "малък"),
                    QualityLevel(points: .zero, text: "няма"),
                ]),
                QualityCriterion(id: "1.2", question: "Екип?", levels: [
                    QualityLevel(points: Points(2), text: "да"), QualityLevel(points: .zero, text: "не"),
                ]),
            ]),
            QualityGroup(id: "2", title: "Съответствие с целите и приоритетите на процедурата", criteria: [
                QualityCriterion(id: "2.1", question: "Цел?", levels: [
                    QualityLevel(points: Points(3), text: "пълно"), QualityLevel(points: Points(hundredths: 150), text: "частично"),
                    QualityLevel(points: .zero, text: "не"),
                ]),
                QualityCriterion(id: "2.2", question: "Приоритет?", levels: [
                    QualityLevel(points: Points(2), text: "да"), QualityLevel(points: .zero, text: "не"),
                ]),
            ]),
        ]
        for index in stride(from: 3, through: groups, by: 1) {
            qualityGroups.append(QualityGroup(id: "\(index)", title: "Допълнителна група \(index)", criteria: [
                QualityCriterion(id: "\(index).1", question: "Въпрос?", levels: [
                    QualityLevel(points: Points(1), text: "да"), QualityLevel(points: .zero, text: "не"),
                ]),
            ]))
        }
        let maxPoints = Points(10 + max(0, groups - 2))
        return Procedure(
            id: "test-protocol",
            title: "Конкурсна процедура за подкрепа на образователната интеграция на децата и учениците от етническите малцинства",
            authority: "Център за образователна интеграция на децата и учениците от етническите малцинства",
            submissionDeadline: Timestamp("2025-11-26T00:00:00+02:00"),
            priorities: [
                Priority(id: "1", title: "Интеркултурно образование в училищата и детските градини", budget: Money(minorUnits: 3_000_000)),
                Priority(id: "2", title: "Взаимодействие с родителите и местните общности", budget: Money(minorUnits: 2_000_000)),
            ],
            admin: AdminChecklist(remedyDays: 2, remedyDayKind: .calendar, groups: [
                AdminGroup(id: "I", title: "Допустимост", criteria: [
                    AdminCriterion(id: "I.1", text: "Кандидатът е допустим според Насоките за кандидатстване", allowsNA: false, onNo: .reject),
                ]),
                AdminGroup(id: "II", title: "Документи", criteria: [
                    AdminCriterion(id: "II.1", text: "Автобиографиите на екипа са попълнени, подписани и приложени", allowsNA: false,
                                   onNo: .remedy),
                ]),
            ]),
            quality: passFail ? nil : QualityMethod(maxPoints: maxPoints, floor: Points(hundredths: 510), groups: qualityGroups,
                                                    rules: [.zeroTotalIfCriterionZero(criterion: "2.2", source: nil)]),
            reconciliation: passFail ? nil
                : ReconciliationPolicy(evaluatorsPerProposal: 2, maxSpreadPercentOfMax: ScaledDecimal(scaled: 20, fractionDigits: 0)),
            ranking: RankingPolicy(reallocateUnused: reallocate))
    }

    static let committee = [
        CommitteeMember(id: "e1", name: "Мария Александрова Георгиева-Димитрова", role: .evaluator),
        CommitteeMember(id: "chair", name: "Елена Константинова Стоянова-Петрова", role: .chair),
        CommitteeMember(id: "e2", name: "Петър Николов", role: .evaluator),
        CommitteeMember(id: "sec", name: "Иван Иванов", role: .secretary),
        CommitteeMember(id: "e3", name: "Десислава Христова", role: .evaluator),
    ]

    static func moment(_ text: String) -> Timestamp {
        Timestamp(text + ":00+02:00")!
    }

    static func proposal(_ number: Int, priority: String, requested: Int64, applicant: String, findings: [Finding] = []) -> Proposal {
        Proposal(id: "P-\(number)", registeredAt: moment("2025-11-2\(number)T10:0\(number)"), title: "Предложение \(number)",
                 priority: priority, requested: Money(minorUnits: requested * 100),
                 applicant: Organisation(name: applicant, eik: "000000000"), findings: findings)
    }

    static let proposals = [
        proposal(1, priority: "1", requested: 15_000,
                 applicant: "Средно училище „Свети Свети Кирил и Методий“ с разширено изучаване на чужди езици, гр. Велико Търново"),
        proposal(2, priority: "1", requested: 20_000, applicant: "ОУ „Христо Ботев“, гр. Шумен",
                 findings: [Finding(kind: .requestedAboveMaximum, limit: Money(minorUnits: 1_500_000))]),
        proposal(3, priority: "2", requested: 12_000, applicant: "ДГ „Звездица“, гр. Сливен"),
        proposal(4, priority: "2", requested: 10_000, applicant: "ЦПЛР – Общински детски комплекс, гр. Сливен"),
        proposal(5, priority: "2", requested: 5_000, applicant: "Община Нова Загора"),
    ]

    static let assignments = Assignments(
        seed: 42,
        admin: ["P-1": ["e1"], "P-2": ["e2"], "P-3": ["e1"], "P-4": ["e2"], "P-5": ["e3"]],
        quality: ["P-1": ["e1", "e2"], "P-2": ["e2", "e3"], "P-4": ["e1", "e2"], "P-5": ["e1", "e3"]])

    static let rejectionNote = "Кандидатът е изпълнявал договор по предходната процедура и съгласно Насоките не се допуска до участие."
    static let remedyReply = "Кандидатът прикачи подписаните автобиографии на счетоводителя и на координатора."
    static let missingNote = "Автобиографията на координатора не е приложена."
    static let consensusReason = "Комисията обсъди двата листа и прие оценката на втория оценител за критерий 2.2, като отчете представените доказателства."

    static func admin(_ proposal: String, _ evaluator: String, _ answers: [String: AdminSheet.Answer], remedy: [RemedyRequest] = [],
                      submitted: Bool = true) -> AdminSheet {
        AdminSheet(proposal: proposal, evaluator: evaluator, conflict: ConflictDeclaration(declared: false, at: moment("2025-12-01T09:30")),
                   status: submitted ? .submitted : .draft, answers: answers, remedy: remedy,
                   updatedAt: moment("2025-12-01T10:00"), submittedAt: submitted ? moment("2025-12-01T10:05") : nil)
    }

    static func quality(_ proposal: String, _ evaluator: String, _ points: [String: Int], submitted: Bool = true) -> QualitySheet {
        let scores = points.mapValues { QualitySheet.Score(points: Points(hundredths: $0), note: "Обосновка.") }
        return QualitySheet(proposal: proposal, evaluator: evaluator, conflict: ConflictDeclaration(declared: false, at: moment("2025-12-03T09:00")),
                            status: submitted ? .submitted : .draft, scores: scores, updatedAt: moment("2025-12-03T10:00"),
                            submittedAt: submitted ? moment("2025-12-03T10:15") : nil)
    }

    /// The sample workspace; `finished` submits the last draft, which makes the ranking final.
    /// `reversed` builds every dictionary in the opposite order.
    /// `remedied: false` leaves the applicant silent and the НЕ standing; `extraDecisions` come after the sample's two.
    static func input(finished: Bool = false, reversed: Bool = false, groups: Int = 2, remedied: Bool = true,
                      recused: Bool = false, reallocate: Bool = false, passFail: Bool = false,
                      extraDecisions: [Decision] = []) -> ProtocolInput {
        let procedure = procedure(groups: groups, reallocate: reallocate, passFail: passFail)
        let yes = AdminSheet.Answer(.yes, note: "Наред.")
        let remedy = RemedyRequest(criterion: "II.1", requestedAt: moment("2025-12-01T10:41"), dueDate: CalendarDate("2025-12-03")!,
                                   request: "Моля, приложете подписаните автобиографии.",
                                   reply: remedied ? RemedyRequest.Reply(receivedAt: moment("2025-12-02T14:40"), text: remedyReply) : nil)
        let curricula = remedied ? AdminSheet.Answer(.yes, note: "Представени в срок.") : AdminSheet.Answer(.no, note: missingNote)
        var admins: [AdminSheet] = [
            admin("P-1", "e1", ["I.1": yes, "II.1": yes]),
            admin("P-2", "e2", ["I.1": yes, "II.1": yes]),
            admin("P-3", "e1", ["I.1": AdminSheet.Answer(.no, note: rejectionNote), "II.1": yes]),
            admin("P-4", "e2", ["I.1": yes, "II.1": curricula], remedy: [remedy]),
            admin("P-5", "e3", ["I.1": yes, "II.1": yes]),
        ]
        let extra: [String: Int] = groups < 3 ? [:] : Dictionary(uniqueKeysWithValues: (3...groups).map { ("\($0).1", 100) })
        func full(_ points: [String: Int]) -> [String: Int] { points.merging(extra) { first, _ in first } }
        var qualities: [QualitySheet] = [
            quality("P-1", "e1", full(["1.1": 300, "1.2": 200, "2.1": 300, "2.2": 200])),
            quality("P-1", "e2", full(["1.1": 300, "1.2": 200, "2.1": 150, "2.2": 200])),
            quality("P-2", "e2", full(["1.1": 300, "1.2": 200, "2.1": 300, "2.2": 200])),
            quality("P-2", "e3", full(["1.1": 300, "1.2": 200, "2.1": 300, "2.2": 200])),
            quality("P-4", "e1", full(["1.1": 300, "1.2": 200, "2.1": 150, "2.2": 0])),
            quality("P-4", "e2", full(["1.1": 100, "1.2": 200, "2.1": 300, "2.2": 200])),
            quality("P-5", "e1", full(["1.1": 300, "1.2": 200, "2.1": 300, "2.2": 200])),
            quality("P-5", "e3", finished ? full(["1.1": 300, "1.2": 200, "2.1": 300, "2.2": 200]) : ["1.1": 300, "1.2": 200],
                    submitted: finished),
        ]
        if recused {
            qualities[qualities.count - 1].conflict = ConflictDeclaration(declared: true, at: moment("2025-12-04T08:30"),
                                                                          reason: "Съпругът ми е учител в училището кандидат.")
        }
        if reversed {
            admins.reverse()
            qualities.reverse()
        }
        var adminSheets: [String: [String: AdminSheet]] = [:]
        for sheet in admins { adminSheets[sheet.evaluator, default: [:]][sheet.proposal] = sheet }
        var qualitySheets: [String: [String: QualitySheet]] = [:]
        for sheet in qualities { qualitySheets[sheet.evaluator, default: [:]][sheet.proposal] = sheet }
        let decisions = DecisionLog(decisions: [
            Decision(number: 1, kind: .consensusScore, proposal: "P-4", reason: consensusReason, by: "chair",
                     at: moment("2025-12-10T15:00"), points: Points(6)),
            Decision(number: 2, kind: .budgetCorrection, proposal: "P-2", reason: "Перото за материали е завишено.", by: "chair",
                     at: moment("2025-12-10T15:30"), amount: Money(minorUnits: 100_000)),
        ] + extraDecisions)
        var declarations: [String: Declaration] = [
            "e1": Declaration(evaluator: "e1", acceptedAt: moment("2025-12-01T09:00")),
            "e2": Declaration(evaluator: "e2", acceptedAt: moment("2025-12-01T09:10")),
        ]
        if reversed {
            declarations = [:]
            declarations["e2"] = Declaration(evaluator: "e2", acceptedAt: moment("2025-12-01T09:10"))
            declarations["e1"] = Declaration(evaluator: "e1", acceptedAt: moment("2025-12-01T09:00"))
        }
        let standings = proposals.map { proposal in
            ProposalStanding.make(proposal: proposal, procedure: procedure, assignments: assignments,
                                  adminSheets: adminSheets.keys.sorted().compactMap { adminSheets[$0]?[proposal.id] },
                                  qualitySheets: qualitySheets.keys.sorted().compactMap { qualitySheets[$0]?[proposal.id] },
                                  decisions: decisions)
        }
        let info = WorkspaceInfo(procedure: procedure.id, procedureSha256: String(repeating: "ab", count: 32), committee: committee,
                                 createdAt: moment("2025-11-20T09:00"))
        return ProtocolInput(
            contents: WorkspaceContents(procedure: procedure, info: info, proposals: reversed ? proposals.reversed() : proposals,
                                        assignments: assignments, declarations: declarations, adminSheets: adminSheets,
                                        qualitySheets: qualitySheets, decisions: decisions),
            standings: standings, ranking: Ranking.make(procedure: procedure, standings: standings, decisions: decisions),
            generatedAt: moment("2025-12-15T12:00"))
    }

    static func render(_ input: ProtocolInput = input(), width: Int = 100, language: Language = .bulgarian) -> String {
        ProtocolReport(input, width: width, language: language).render()
    }

    /// The text with every run of spaces and line breaks made one space, to find wrapped sentences.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    // MARK: Tests

    @Test("Every section is there, in the order of Docs/architecture.md (The protocol)", arguments: Language.allCases)
    func sections(language: Language) throws {
        let text = Self.render(language: language)
        let headings = language == .bulgarian
            ? ["ПРОТОКОЛ", "за работата на оценителната комисия", "I. СЪСТАВ НА ОЦЕНИТЕЛНАТА КОМИСИЯ", "II. ПОСТЪПИЛИ ПРОЕКТНИ ПРЕДЛОЖЕНИЯ",
               "III. АДМИНИСТРАТИВНО СЪОТВЕТСТВИЕ И ДОПУСТИМОСТ", "IV. ОЦЕНКА НА КАЧЕСТВОТО", "V. РЕШЕНИЯ НА ПРЕДСЕДАТЕЛЯ",
               "VI. КЛАСИРАНЕ", "Приложени правила за класиране", "ПОДПИСИ:"]
            : ["PROTOCOL", "of the work of the evaluation committee", "I. THE EVALUATION COMMITTEE", "II. PROPOSALS RECEIVED",
               "III. ADMINISTRATIVE COMPLIANCE", "IV. QUALITY ASSESSMENT", "V. DECISIONS OF THE CHAIR", "VI. RANKING",
               "Ranking rules applied", "SIGNATURES:"]
        var position = text.startIndex
        for heading in headings {
            let found = try #require(text.range(of: heading, range: position..<text.endIndex), "\(heading) missing or out of order")
            position = found.upperBound
        }
        #expect(text.contains(String(repeating: "ab", count: 32)))
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
        #expect(!text.split(separator: "\n").contains { $0.hasSuffix(" ") })
    }

    @Test("No line is wider than the width, in both languages", arguments: [80, 100, 120])
    func width(width: Int) {
        for language in Language.allCases {
            let text = Self.render(width: width, language: language)
            let wide = text.split(separator: "\n").filter { DisplayWidth.of($0) > width }
            #expect(wide.isEmpty, "\(language) at \(width): \(wide)")
            #expect(text.contains("Средно училище"))
        }
    }

    @Test("Many quality groups turn the table on its side rather than overflow")
    func manyGroups() {
        let text = Self.render(Self.input(groups: 16), width: 80)
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(text.contains("Крайна оценка: 23,25 т."))
    }

    @Test("The committee: roles in order, declarations, the unsigned one, the draw")
    func committee() {
        let text = Self.render()
        let flat = Self.flat(text)
        #expect(flat.contains("Оценителната комисия в състав: Елена Константинова Стоянова-Петрова – председател; Иван Иванов – секретар; Мария Александрова Георгиева-Димитрова, Петър Николов и Десислава Христова – оценители, разгледа проектните предложения"))
        #expect(text.contains("приета в ocenka на 01.12.2025 г., 09:00 ч."))
        #expect(text.contains("не е приета"))
        #expect(!text.contains("Код"))
        #expect(flat.contains("начално число на жребия: 42"))
        #expect(text.contains("Не бяха заявени конфликти на интереси и отводи."))
    }

    @Test("Proposals received: counts agree with their nouns, the register and its findings")
    func received() {
        let flat = Self.flat(Self.render())
        #expect(flat.contains("По процедурата бяха регистрирани 5 проектни предложения с обща искана сума 62 000,00 лв."))
        #expect(flat.contains("Крайният срок за подаване беше 26.11.2025 г., 00:00 ч. Всички предложения са регистрирани в срока."))
        #expect(flat.contains("– P-2: исканата сума надвишава максималната за проект по приоритета (15 000,00 лв.)"))
        #expect(flat.contains("1 2 35 000,00 30 000,00"))
        #expect(flat.contains("Общо 5 62 000,00 50 000,00"))
    }

    @Test("A proposal not admitted: the criterion, the answer, who gave it and the note")
    func notAdmitted() {
        let flat = Self.flat(Self.render())
        #expect(flat.contains("Комисията установи: 4 предложения са допуснати до оценка на качеството и 1 предложение не е допуснато."))
        #expect(flat.contains("Предложения, недопуснати до оценка на качеството, и основания за недопускането им"))
        #expect(flat.contains("P-3 — ДГ „Звездица“, гр. Сливен – Критерий I.1. Кандидатът е допустим според Насоките за кандидатстване"))
        #expect(flat.contains("Отговор: НЕ (Мария Александрова Георгиева-Димитрова) Основание за недопускане: \(Self.rejectionNote)"))
    }

    @Test("A remedy: the request and its deadline, the reply in time, the outcome")
    func remedy() {
        let flat = Self.flat(Self.render())
        #expect(flat.contains("Искания за отстраняване на нередовности P-4 — ЦПЛР – Общински детски комплекс, гр. Сливен – Критерий II.1, оценител Петър Николов"))
        #expect(flat.contains("Искане: „Моля, приложете подписаните автобиографии.“ Уведомление: изпратено на 01.12.2025 г., получено от кандидата на 01.12.2025 г.; срок до 03.12.2025 г. включително"))
        #expect(flat.contains("Отговор: получен на 02.12.2025 г., в срока – „\(Self.remedyReply)“"))
        #expect(flat.contains("Резултат: нередовността беше отстранена; критерият е изпълнен (ДА)"))
        #expect(flat.contains("беше даден срок от 2 календарни дни от получаването на уведомлението"))
    }

    @Test("A remedy left unanswered: the НЕ stands, the ground names the deadline")
    func remedyUnanswered() {
        let flat = Self.flat(Self.render(Self.input(remedied: false)))
        #expect(flat.contains("P-4 — ЦПЛР – Общински детски комплекс, гр. Сливен – Критерий II.1. Автобиографиите на екипа са попълнени, подписани и приложени Отговор: НЕ (Петър Николов) Основание за недопускане: \(Self.missingNote) Отстраняване: не постъпи до изтичането на срока (03.12.2025 г.)"))
        #expect(flat.contains("Отговор: не постъпи до изтичането на срока (03.12.2025 г.) Резултат: нередовността не беше отстранена; отговорът по критерия остана НЕ"))
        #expect(flat.contains("Комисията установи: 3 предложения са допуснати до оценка на качеството и 2 предложения не са допуснати."))
    }

    @Test("A recusal: named in the committee section and in the sheet table, and the proposal waits for the chair")
    func recusal() {
        let flat = Self.flat(Self.render(Self.input(recused: true)))
        #expect(flat.contains("Отводи поради конфликт на интереси: – Десислава Христова – отвод от предложение P-5 (оценка на качеството), заявен на 04.12.2025 г., 08:30 ч.; основание: Съпругът ми е учител в училището кандидат."))
        #expect(flat.contains("Десислава Христова — — — отвод"))
        #expect(flat.contains("Крайна оценка: не е определена — чака решение на председателя: остава 1 от необходимите 2 оценители (отвод: e3)."))
    }

    @Test("Unused money moved on: the carried-in column and the policy in words", arguments: [80, 100])
    func reallocation(width: Int) {
        let text = Self.render(Self.input(reallocate: true), width: width)
        let flat = Self.flat(text)
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= width })
        #expect(flat.contains("Приоритет Бюджет Прехвърлено Одобрени Одобрена сума Остатък Резерви"))
        #expect(flat.contains("2 20 000,00 11 000,00 1 10 000,00 21 000,00 0"))
        #expect(flat.contains("Неизползваният остатък от бюджета на приоритет се прехвърля към следващите приоритети в реда, в който процедурата ги изброява."))
    }

    @Test("A pass/fail procedure has no quality section and ends in the admitted list, not in funding")
    func passFail() {
        let text = Self.render(Self.input(passFail: true), width: 80)
        #expect(!text.contains("ОЦЕНКА НА КАЧЕСТВОТО"))
        #expect(text.contains("IV. РЕШЕНИЯ НА ПРЕДСЕДАТЕЛЯ НА КОМИСИЯТА"))
        #expect(text.contains("V. СПИСЪК НА ДОПУСНАТИТЕ ПРЕДЛОЖЕНИЯ"))
        #expect(!text.contains("КЛАСИРАНЕ"))
        #expect(!text.contains("одобрено"))
        #expect(!text.contains("Обобщение по приоритети"))
        #expect(Self.flat(text).contains("Протоколът не разпределя бюджет и не съдържа решение за предоставяне на финансиране."))
        #expect(text.contains("Недопуснати предложения и основания за недопускането им"))
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test("A proposal admitted by the chair's decision: its number and reasons below the table")
    func admittedByDecision() {
        let decision = Decision(number: 3, kind: .admission, proposal: "P-3", reason: "Договорът по предходната процедура е прекратен преди изпълнение.",
                                by: "chair", at: Self.moment("2025-12-11T11:00"), admitted: true)
        let flat = Self.flat(Self.render(Self.input(extraDecisions: [decision])))
        #expect(flat.contains("P-3 ДГ „Звездица“, гр. Сливен Мария Александрова допуснато с решение № 3"))
        #expect(flat.contains("– P-3: допуснато с решение № 3 на председателя от 11.12.2025 г., 11:00 ч. Мотиви: \(decision.reason)"))
        #expect(flat.contains("Решение № 3 от 11.12.2025 г., 11:00 ч. — решение за допускане Предложение: P-3 — ДГ „Звездица“, гр. Сливен Решение: предложението се допуска"))
        #expect(flat.contains("Не бяха недопуснати предложения."))
    }

    @Test("Quality: the mean, the zero rule, the consensus decision, a draft named as such")
    func quality() {
        let text = Self.render()
        let flat = Self.flat(text)
        #expect(flat.contains("Оценката на качеството на допуснатите предложения беше извършена по методиката на процедурата: 4 критерия в 2 групи, максимум 10,00 т., минимум за финансиране 5,10 т. Всяко предложение беше оценено от двама оценители."))
        #expect(flat.contains("Крайна оценка: 9,25 т. — средноаритметична от оценките на двама оценители."))
        #expect(flat.contains("Приложено правило: 0 т. по критерий 2.2 ⇒ 0 т. (лист на Мария Александрова Георгиева-Димитрова; сбор по критериите 6,50 т.)."))
        #expect(flat.contains("Крайна оценка: 6,00 т. — консенсусна оценка по решение № 1 на председателя. Мотиви: \(Self.consensusReason)"))
        #expect(flat.contains("чернова, оценени 2 от 4 критерия"))
        #expect(flat.contains("Крайна оценка: не е определена — оценката е в процес; не е подаден листът на Десислава Христова."))
        #expect(!flat.contains("P-3 — ДГ „Звездица“, гр. Сливен (приоритет 2)"), "a rejected proposal has no quality table")
    }

    @Test("The chair's decisions, numbered, with what each says")
    func decisions() {
        let flat = Self.flat(Self.render())
        #expect(flat.contains("Председателят на комисията е взел 2 решения:"))
        #expect(flat.contains("Решение № 1 от 10.12.2025 г., 15:00 ч. — консенсусна оценка Предложение: P-4 — ЦПЛР – Общински детски комплекс, гр. Сливен Оценка: 6,00 т."))
        #expect(flat.contains("Решение № 2 от 10.12.2025 г., 15:30 ч. — корекция на бюджета"))
        #expect(flat.contains("Корекция: исканата сума се намалява с 1 000,00 лв."))
        #expect(flat.contains("Взето от: Елена Константинова Стоянова-Петрова, председател"))
    }

    @Test("The ranking: lists, the budget line, totals, unranked and the policies in words")
    func ranking() {
        let text = Self.render()
        let flat = Self.flat(text)
        #expect(text.contains("─ дотук стига бюджетът ─"))
        #expect(flat.contains("Обобщение по приоритети (суми в лв.)"))
        #expect(flat.contains("Некласирани предложения"))
        #expect(flat.contains("Бюджетът се разпределя поред до първото предложение, което не се побира в остатъка; то и всички след него са резерви."))
        #expect(flat.contains("При равна крайна оценка предимство има предложението с по-ранна регистрация; при пълно равенство решава номерът на предложението"))
        #expect(flat.contains("Неизползваният остатък от бюджета на приоритет не се прехвърля към други приоритети. Общият бюджет на процедурата, 50 000,00 лв., е сборът от бюджетите на приоритетите."))
    }

    @Test("Preliminary: said at the top and before the signatures, with why")
    func preliminary() {
        let flat = Self.flat(Self.render())
        let reason = "ПРЕДВАРИТЕЛНО — 1 предложение е в процес на оценка"
        #expect(flat.components(separatedBy: reason).count - 1 >= 3, "heading, ranking section and signatures")
        #expect(flat.contains("Класирането в настоящия протокол е \(reason)."))
        #expect(!flat.contains("ОКОНЧАТЕЛНО"))
    }

    @Test("Final once every sheet is in")
    func final() {
        let flat = Self.flat(Self.render(Self.input(finished: true)))
        #expect(flat.contains("Класиране: ОКОНЧАТЕЛНО — всички предложения са оценени"))
        #expect(flat.contains("Класирането в настоящия протокол е ОКОНЧАТЕЛНО"))
        #expect(!flat.contains("ПРЕДВАРИТЕЛНО"))
        let english = Self.flat(Self.render(Self.input(finished: true), language: .english))
        #expect(english.contains("Ranking: FINAL — every proposal has been assessed"))
    }

    @Test("A signature line for every member, the chair first")
    func signatures() throws {
        let text = Self.render()
        let tail = try #require(text.range(of: "ПОДПИСИ:")).upperBound
        let end = try #require(text.range(of: "ПРИЛОЖЕНИЕ № 1")).lowerBound
        let lines = text[tail..<end].split(separator: "\n").filter { $0.contains("Подпис: ____________") }
        #expect(lines.allSatisfy { $0.contains("Дата: ______") })
        #expect(lines.count == Self.committee.count)
        #expect(lines.first?.hasPrefix("Елена Константинова Стоянова-Петрова, председател") == true)
    }

    @Test("The session data: number, place, period, order with its legal basis, secretary, approval block")
    func sessionData() throws {
        var input = Self.input()
        input.session = CommitteeSession(
            protocolNumber: "7", place: "гр. Сливен", firstSitting: CalendarDate("2025-12-01"), lastSitting: CalendarDate("2025-12-12"),
            order: .init(number: "РД-01-5", date: CalendarDate("2025-11-27")!, issuedBy: "директора", legalBasis: "чл. 34, ал. 1 ЗУСЕФСУ"),
            approver: .init(name: "Йордан Димитров", position: "директор"))
        let text = Self.render(input)
        let flat = Self.flat(text)
        #expect(flat.contains("ПРОТОКОЛ № 7"))
        #expect(flat.contains("Място: гр. Сливен"))
        #expect(flat.contains("Период на работа: от 01.12.2025 г. до 12.12.2025 г."))
        #expect(flat.contains("Заповед за назначаване: № РД-01-5 от 27.11.2025 г., издадена от директора, на основание чл. 34, ал. 1 ЗУСЕФСУ"))
        #expect(flat.hasPrefix("УТВЪРДИЛ: ____________________ Йордан Димитров директор Дата:"))
        #expect(flat.contains("Процедура: \(input.contents.procedure.title)"))
        #expect(!flat.contains("Процедура: \(input.contents.procedure.id)"))
        #expect(flat.contains("към протокол № 7"))
        // Without the data the places are left blank to be filled in by hand.
        #expect(Self.flat(Self.render()).contains("ПРОТОКОЛ № ...................."))
    }

    @Test("Annexes: one checklist and one evaluation sheet per evaluator and proposal, numbered and referenced")
    func annexes() throws {
        let text = Self.render()
        let flat = Self.flat(text)
        let count = text.components(separatedBy: "ПРИЛОЖЕНИЕ № ").count - 1
        let input = Self.input()
        let sheets = input.adminSheets.values.reduce(0) { $0 + $1.count } + input.qualitySheets.values.reduce(0) { $0 + $1.count }
        #expect(count == sheets)
        #expect(flat.contains("съдържа \(count) приложения"))
        #expect(flat.contains("(приоритет 1; листове: приложения № 1–3)"))
        #expect(flat.contains("ИНДИВИДУАЛЕН ОЦЕНИТЕЛЕН ЛИСТ"))
        #expect(flat.contains("КОНТРОЛЕН ЛИСТ ЗА АДМИНИСТРАТИВНО СЪОТВЕТСТВИЕ И ДОПУСТИМОСТ"))
        #expect(flat.contains("– 1.1. Опит? Точки: 3,00 т. от 3,00 т. Ниво: голям Обосновка:"))
        #expect(!text.contains("█") && !text.contains("░"))
    }

    @Test("The list of proposals not admitted and the remedy notice")
    func sideDocuments() throws {
        let report = ProtocolReport(Self.input(remedied: false))
        let list = Self.flat(NotAdmittedList(report).render())
        #expect(list.contains("СПИСЪК на проектните предложения, които не се допускат до оценка на качеството, и основанията за недопускането им"))
        #expect(list.contains("Основание за недопускане: \(Self.rejectionNote)"))
        #expect(list.contains("ЕИК"))
        let proposals = RemedyNotice.proposals(Self.input(remedied: false))
        #expect(!proposals.isEmpty)
        let notice = Self.flat(RemedyNotice(report, proposal: try #require(proposals.first)).render())
        #expect(notice.contains("УВЕДОМЛЕНИЕ за установени нередовности"))
        #expect(notice.contains("Какво се изисква:"))
        #expect(notice.contains("Дата: 01.12.2025 г."))
        #expect(notice.contains("Срок: до 03.12.2025 г. включително (2 календарни дни от получаването на уведомлението)"))
        #expect(notice.contains("Неотстраняването на нередовностите в срок може да доведе до недопускане"))
    }

    @Test("Currencies: a BGN procedure with the euro shows both, the euro totals as sums of converted amounts; an EUR procedure is native")
    func currencies() throws {
        var bgn = Self.input()
        bgn.contents.procedure.currency = "BGN"
        bgn.contents.procedure.secondaryCurrency = SecondaryCurrency(code: "EUR", rate: ScaledDecimal(scaled: 1_955_830, fractionDigits: 6))
        let both = Self.flat(Self.render(bgn))
        #expect(both.contains("62 000,00 лв. (31 700,10 €)"))
        #expect(both.contains("Сума, лв. Сума, €"))
        #expect(both.contains("1 EUR = 1,95583 BGN"))
        var reporting = bgn
        reporting.session.reportingCurrency = "EUR"
        #expect(Self.flat(Self.render(reporting)).contains("31 700,10 € (62 000,00 лв.)"))
        let json = String(decoding: try RankingJSON.encode(bgn.ranking, procedure: bgn.procedure), as: UTF8.self)
        #expect(json.contains("\"amountEUR\" : \"9714.55\""))
        #expect(json.contains("\"currency\" : \"BGN\""))

        // Two amounts of 0,01 лв.: each is 0,01 €, so the approved sum is 0,02 €, while 0,02 лв. is 0,01 €; both are shown.
        let tiny = ["T-1", "T-2"].map { id in
            ProposalStanding(proposal: Proposal(id: id, registeredAt: Self.moment("2025-11-24T10:00"), title: id, priority: "1",
                                                requested: Money(minorUnits: 1), applicant: Organisation(name: id, eik: "000695114")),
                             admin: .admitted(decision: nil), quality: .final(score: Points(hundredths: 900), how: .mean(totals: [:])),
                             correction: .zero, groupMeans: [:], criterionMeans: [:], floor: .zero)
        }
        let ranking = Ranking.make(procedure: bgn.procedure, standings: tiny, decisions: DecisionLog())
        let lines = RankingText(ranking: ranking, procedure: bgn.procedure, proposals: tiny.map(\.proposal)).render()
        #expect(Self.flat(lines).contains("одобрени: 0,02 лв. (0,02 € като сбор на преизчислените суми; 0,01 € при преизчисляване на сбора)"))

        var eur = Self.input()
        eur.contents.procedure.currency = "EUR"
        eur.contents.procedure.secondaryCurrency = nil
        let native = Self.flat(Self.render(eur))
        #expect(native.contains("62 000,00 €"))
        #expect(!native.contains("лв."))
        let nativeJSON = String(decoding: try RankingJSON.encode(eur.ranking, procedure: eur.procedure), as: UTF8.self)
        #expect(!nativeJSON.contains("amountEUR"))
    }

    @Test("The same input gives the same bytes, whatever order the dictionaries were built in")
    func deterministic() {
        #expect(Self.render() == Self.render())
        #expect(Self.render(Self.input()) == Self.render(Self.input(reversed: true)))
        #expect(Self.render(Self.input(), language: .english) == Self.render(Self.input(reversed: true), language: .english))
    }

    @Test("The scores CSV: a row per sheet and criterion, in a stable order")
    func scoresCSV() throws {
        let csv = try ScoresCSV.render(Self.input())
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "proposal,evaluator,stage,criterion,answer,points,note,status,updatedAt,submittedAt")
        #expect(lines.count == 1 + 5 * 2 + 8 * 4)
        #expect(lines.contains("P-3,e1,admin,I.1,no,,\(Self.rejectionNote),submitted,2025-12-01T10:00:00+02:00,2025-12-01T10:05:00+02:00"))
        #expect(lines.contains("P-5,e3,quality,2.1,,,,draft,2025-12-03T10:00:00+02:00,"))
        #expect(lines.contains("P-4,e1,quality,2.2,,0.00,Обосновка.,submitted,2025-12-03T10:00:00+02:00,2025-12-03T10:15:00+02:00"))
        #expect(try ScoresCSV.render(Self.input(reversed: true)) == csv)
    }
}
