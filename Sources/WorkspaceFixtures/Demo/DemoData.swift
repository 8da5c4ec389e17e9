import EvaluationCore
import Workspace

/// The demo's people, institutions, proposals and administrative notes: data, not logic.
enum DemoData {
    // MARK: Committee

    static let chair = CommitteeMember(id: "chair", name: "Елена Стоянова", role: .chair)

    static let evaluators = [
        CommitteeMember(id: "e1", name: "Мария Георгиева", role: .evaluator),
        CommitteeMember(id: "e2", name: "Петър Николов", role: .evaluator),
        CommitteeMember(id: "e3", name: "Десислава Христова", role: .evaluator),
    ]

    // MARK: Priorities

    /// How the justifications name a priority and its mandatory minimum.
    struct PriorityWording: Sendable {
        let name: String
        let minimum: String
    }

    static let priorityWording: [String: PriorityWording] = [
        "1": PriorityWording(name: "Приоритет 1", minimum: "поддейности 1.1, 1.4, 2.2 и 2.3"),
        "2": PriorityWording(name: "Приоритет 2", minimum: "поддейности 1.2, 2.1 и 2.2"),
        "4": PriorityWording(name: "Приоритет 4", minimum: "две от четирите дейности"),
    ]

    // MARK: Administrative notes

    /// {applicantKind}: the applicant's kind ("Училище", "Детска градина", …).
    static let eligibleApplicantNote = "{applicantKind} – допустим кандидат по чл. 20 от Правилника на ЦОИДУЕМ; не е бенефициер по процедура 33.23-2024."
    /// {partnerName}: the partner's name; {partnerKind}: its kind.
    static let eligiblePartnerNote = "{partnerName} ({partnerKind}) – допустим партньор; не участва като партньор в друго предложение."
    static let noPartnerNote = "Предложението е без партньор."
    static let curriculaNotes = [
        "Приложени са подписани автобиографии на ръководителя, счетоводителя и координатора на проекта.",
        "Автобиографиите на ръководителя и счетоводителя са попълнени, подписани собственоръчно и съдържат актуална месторабота.",
        "Приложени са три подписани автобиографии; всички посочват актуална месторабота и опит в сходни дейности.",
    ]

    // MARK: Institutions

    private static let sharedPartner = DemoInstitution(
        name: "ЦПЛР – Общински детски комплекс, гр. Сливен", eikPrefix: "00059428", type: "ЦПЛР")

    // MARK: Proposals

    static let proposals: [DemoProposal] = [
        DemoProposal(
            number: 1, registeredAt: "20.11.2025 09:14", priority: "4", requested: "14984.50",
            title: "Всяко дете в детската градина – ранно обхващане и подкрепа за семействата",
            applicant: DemoInstitution(name: "ДГ „Звездица“, гр. Сливен", eikPrefix: "00061231", type: "ДГ"),
            partners: [], admin: .admitted, quality: [.submitted(82), .submitted(77)],
            facts: DemoFacts(
                completedProjects: 3, teamYears: 6, coverage: .aboveMinimum, included: "дейности 1, 2 и 4", missing: nil,
                summer: .part("двуседмична лятна занималня през юли за децата, които тръгват на училище"),
                targetGroup: "64 деца от 3 до 6 години, от които 41 от ромски произход, и техните родители",
                activities: "посещения в семействата с образователен медиатор, адаптационни занимания и дни на отворените врати за родителите",
                innovation: "дигитални приказки, които децата създават заедно с родителите си на таблети",
                months: 9, place: "гр. Сливен")),
        DemoProposal(
            number: 2, registeredAt: "20.11.2025 10:02", priority: "1", requested: "24846.80",
            title: "Заедно в училище: интеркултурно образование чрез изкуство, традиции и дигитални технологии",
            applicant: DemoInstitution(name: "ОУ „Христо Ботев“, гр. Шумен", eikPrefix: "00093372", type: "ОУ"),
            partners: [DemoInstitution(name: "ДГ „Мечо Пух“, гр. Шумен", eikPrefix: "00093418", type: "ДГ")],
            admin: .admitted, quality: [.submitted(86), .submitted(81)],
            facts: DemoFacts(
                completedProjects: 4, teamYears: 8, coverage: .all,
                included: "поддейности 1.1, 1.2, 1.3, 1.4, 2.1, 2.2 и 2.3", missing: nil,
                summer: .part("лятна академия „Шумен – град на много култури“ през юли"),
                targetGroup: "120 ученици от I до VII клас, от които 74 от турски и ромски произход, 18 педагогически специалисти и 40 родители",
                activities: "клубове по гражданско образование, съвместни празници на общностите и проектно базирано обучение в смесени групи",
                innovation: "интерактивна карта на културното наследство на Шумен, изработена от учениците с инструменти с изкуствен интелект",
                months: 9, place: "гр. Шумен")),
        DemoProposal(
            number: 3, registeredAt: "20.11.2025 11:37", priority: "2", requested: "24312.70",
            title: "Родители, училище и община – партньори за образователна интеграция",
            applicant: DemoInstitution(name: "СУ „Васил Левски“, гр. Пазарджик", eikPrefix: "00035106", type: "СУ"),
            partners: [], admin: .admitted, quality: [.submitted(84), .submitted(88)],
            facts: DemoFacts(
                completedProjects: 3, teamYears: 5, coverage: .all,
                included: "поддейности 1.1, 1.2, 1.3, 2.1 и 2.2", missing: nil,
                summer: .whole("„Лятно училище за родители и деца“ от 1 юли до 12 септември, два пъти седмично"),
                targetGroup: "85 ученици от V до X клас, от които 52 от ромски произход, и 60 техни родители",
                activities: "училище за родители, съвместни инициативи с общината и читалището и обучение на образователните медиатори",
                innovation: "мобилно приложение за връзка между класните ръководители и родителите с гласови съобщения на български и ромски език",
                months: 9, place: "гр. Пазарджик")),
        DemoProposal(
            number: 4, registeredAt: "20.11.2025 14:51", priority: "4", requested: "14650.50",
            title: "Равен старт – обхващане на децата от уязвими семейства в община Нова Загора",
            applicant: DemoInstitution(name: "Община Нова Загора", eikPrefix: "00059062", type: "община"),
            partners: [DemoInstitution(name: "ДГ „Слънце“, гр. Нова Загора", eikPrefix: "00059177", type: "ДГ")],
            admin: .admitted, quality: [.submitted(79), .submitted(74)],
            facts: DemoFacts(
                completedProjects: 2, teamYears: 4, coverage: .aboveMinimum, included: "дейности 1, 2 и 3", missing: nil,
                summer: .part("подготвителна група през август за децата, които постъпват в първи клас"),
                targetGroup: "48 деца от 4 до 6 години, които не посещават детска градина, и 12 ученици от I клас, всички от уязвими семейства",
                activities: "издирване и записване на необхванатите деца, осигуряване на транспорт и интегрирана социална и образователна подкрепа",
                innovation: "общинска електронна карта на необхванатите деца, която се обновява съвместно с детските градини",
                months: 8, place: "община Нова Загора")),
        DemoProposal(
            number: 5, registeredAt: "21.11.2025 09:08", priority: "1", requested: "19760.00",
            title: "Моето училище – място за всички",
            applicant: DemoInstitution(name: "ОУ „Св. св. Кирил и Методий“, гр. Кърджали", eikPrefix: "00025630", type: "ОУ"),
            partners: [],
            admin: .ineligibleApplicant("Кандидатът е изпълнявал договор по Конкурсна процедура 33.23-2024 (проект „Заедно в училище“, приключил през юни 2025 г.). Съгласно Насоките бенефициери по процедура 33.23-2024 не се допускат до участие в процедура 33.24-2025."),
            quality: [], facts: nil),
        DemoProposal(
            number: 6, registeredAt: "21.11.2025 10:45", priority: "4", requested: "13869.40",
            title: "Детската градина – първа стъпка към училище",
            applicant: DemoInstitution(name: "ДГ „Детелина“, гр. Ямбол", eikPrefix: "00097215", type: "ДГ"),
            partners: [], admin: .admitted, quality: [.submitted(71), .submitted(76)],
            facts: DemoFacts(
                completedProjects: 2, teamYears: 3, coverage: .minimum, included: "дейности 1 и 2", missing: nil,
                summer: .whole("лятна програма „Играем заедно“ през юли и август и в първите две седмици на септември"),
                targetGroup: "52 деца от 3 до 7 години, от които 30 от ромски произход, и техните семейства",
                activities: "посещения по домовете, занимания за адаптация към детската градина и съвместни игри на децата и родителите",
                innovation: "„куфар с приказки“ – комплект от книжки и дигитални игри, който семействата заемат за вкъщи",
                months: 8, place: "гр. Ямбол")),
        DemoProposal(
            number: 7, registeredAt: "21.11.2025 13:20", priority: "1", requested: "24990.00",
            title: "Видин – град на много култури: гражданско и интеркултурно образование за учениците",
            applicant: DemoInstitution(name: "СУ „Христо Смирненски“, гр. Видин", eikPrefix: "00016294", type: "СУ"),
            partners: [], admin: .admitted, quality: [.submitted(61), .submitted(57)],
            facts: DemoFacts(
                completedProjects: 1, teamYears: 3, coverage: .belowMinimum, included: "поддейности 1.1, 1.4, 2.1 и 2.2",
                missing: "задължителната поддейност 2.3 (иновативни педагогически форми с дигитални компетентности)",
                summer: .part("летен клуб „Млад гражданин“ през юли"),
                targetGroup: "140 ученици от V до XII клас, от които 46 от ромски произход, и 22 учители",
                activities: "извънкласни клубове по гражданско образование, дни на културите и обучения на учителите",
                innovation: "виртуална разходка из историческите паметници на Видин, подготвена от учениците",
                months: 7, place: "гр. Видин")),
        DemoProposal(
            number: 8, registeredAt: "21.11.2025 15:56", priority: "2", requested: "18950.40",
            title: "Образователни медиатори и родители – мост между семейството и училището",
            applicant: DemoInstitution(name: "ЦПЛР – Център за работа с деца, гр. Хасково", eikPrefix: "00090318", type: "ЦПЛР"),
            partners: [], admin: .admitted, quality: [.submitted(79), .submitted(55)],
            facts: DemoFacts(
                completedProjects: 2, teamYears: 4, coverage: .aboveMinimum, included: "поддейности 1.1, 1.2, 2.1 и 2.2", missing: nil,
                summer: .part("летни семейни работилници през юли"),
                targetGroup: "70 родители от етническите малцинства, 35 ученици от I до IV клас и 10 образователни медиатори и помощник-възпитатели",
                activities: "родителски клуб, съвместни събития с общината и местните общности и обучения на непедагогическия персонал",
                innovation: "видеоуроци за родителите, записани от самите родители доброволци",
                months: 8, place: "гр. Хасково")),
        DemoProposal(
            number: 9, registeredAt: "22.11.2025 09:30", priority: "4", requested: "14995.40",
            title: "Всички в клас – интегрирана подкрепа срещу отпадането от училище",
            applicant: DemoInstitution(name: "ОУ „Никола Йонков Вапцаров“, гр. Лом", eikPrefix: "00032417", type: "ОУ"),
            partners: [], admin: .admitted, quality: [.submitted(88), .submitted(84)],
            facts: DemoFacts(
                completedProjects: 3, teamYears: 7, coverage: .all, included: "дейности 1, 2, 3 и 4", missing: nil,
                summer: .whole("лятно училище от началото на юли до средата на септември"),
                targetGroup: "95 ученици от I до VII клас от етническите малцинства, в риск от отпадане, и техните родители",
                activities: "индивидуална подкрепа в обучението, работа на образователен медиатор със семействата и смесени групи по интереси с ученици от съседно училище",
                innovation: "система за ранно предупреждение при отсъствия с кратки съобщения до родителите",
                months: 9, place: "гр. Лом")),
        DemoProposal(
            number: 10, registeredAt: "22.11.2025 11:11", priority: "1", requested: "21315.60",
            title: "Пътища на културите – интеркултурни маршрути и гражданско образование в професионалната гимназия",
            applicant: DemoInstitution(name: "ПГ по икономика и туризъм „Алеко Константинов“, гр. Разград", eikPrefix: "00051284", type: "ПГ"),
            partners: [],
            admin: .remedied(DemoProposal.Remedy(
                missing: "Автобиографията на счетоводителя не е подписана, а тази на координатора на проекта не е приложена.",
                request: "Моля, приложете в електронната система собственоръчно подписани автобиографии на счетоводителя и на координатора на проекта.",
                reply: "Кандидатът прикачи в системата подписаните автобиографии на счетоводителя и на координатора на проекта.",
                remedied: "Липсващите автобиографии са представени в срока за отстраняване; всички са подписани и посочват актуална месторабота.")),
            quality: [.submitted(68), .submitted(63)],
            facts: DemoFacts(
                completedProjects: 1, teamYears: 2, coverage: .aboveMinimum, included: "поддейности 1.1, 1.2, 1.4, 2.2 и 2.3", missing: nil,
                summer: .part("летен клуб по туризъм през юли"),
                targetGroup: "78 ученици от VIII до XI клас, от които 35 от турски и ромски произход, и 14 учители",
                activities: "клуб по гражданско образование, съвместни проекти в смесени екипи и посещения на обекти на културното наследство",
                innovation: "дигитален пътеводител за културните маршрути на Разград, създаден от учениците",
                months: 8, place: "гр. Разград")),
        DemoProposal(
            number: 11, registeredAt: "22.11.2025 14:05", priority: "4", requested: "13478.20",
            title: "Играем и растем заедно – адаптация и приобщаване в детската градина",
            applicant: DemoInstitution(name: "ДГ „Пролет“, гр. Монтана", eikPrefix: "00018573", type: "ДГ"),
            partners: [], admin: .admitted, quality: [.submitted(66), .submitted(72)],
            facts: DemoFacts(
                completedProjects: 1, teamYears: 3, coverage: .minimum, included: "дейности 2 и 3", missing: nil,
                summer: .part("летни занимания на открито през юли"),
                targetGroup: "45 деца от 3 до 6 години, от които 28 от ромски произход",
                activities: "адаптационни занимания, работа с родителите и съвместни празници с децата от другите групи",
                innovation: "интерактивна дъска с игри за развитие на комуникативните умения",
                months: 8, place: "гр. Монтана")),
        DemoProposal(
            number: 12, registeredAt: "22.11.2025 16:40", priority: "2", requested: "23087.20",
            title: "Училище и родители заедно",
            applicant: DemoInstitution(name: "ОУ „Отец Паисий“, гр. Пловдив", eikPrefix: "00047129", type: "ОУ"),
            partners: [], admin: .admitted, quality: [.submitted(44), .submitted(48)],
            facts: DemoFacts(
                completedProjects: 0, teamYears: 1, coverage: .minimum, included: "поддейности 1.2, 2.1 и 2.2", missing: nil,
                summer: .none,
                targetGroup: "148 ученици от I до VII клас, от които 57 от ромски произход, и техните родители",
                activities: "срещи с родителите, училищни празници и екскурзии",
                innovation: nil, months: 7, place: "гр. Пловдив")),
        DemoProposal(
            number: 13, registeredAt: "23.11.2025 10:15", priority: "4", requested: "14206.30",
            title: "Знание на колела – обхващане на децата от отдалечените квартали на Лом",
            applicant: DemoInstitution(name: "Община Лом", eikPrefix: "00032095", type: "община"),
            partners: [], admin: .admitted, quality: [.submitted(75), .submitted(70)],
            facts: DemoFacts(
                completedProjects: 2, teamYears: 5, coverage: .aboveMinimum, included: "дейности 1, 2 и 3", missing: nil,
                summer: .part("мобилна игротека в два квартала през юли"),
                targetGroup: "60 деца и ученици от уязвими семейства от етническите малцинства и 30 техни родители",
                activities: "информационна кампания за записване в детска градина и училище, осигуряване на учебни пособия и консултации със социален работник",
                innovation: "мобилна библиотека и игротека, която обикаля отдалечените квартали по график",
                months: 9, place: "община Лом")),
        DemoProposal(
            number: 14, registeredAt: "23.11.2025 12:48", priority: "1", requested: "22394.50",
            title: "Мостове между културите – изкуство и проектно обучение в смесени групи",
            applicant: DemoInstitution(name: "СУ „Йордан Йовков“, гр. Хасково", eikPrefix: "00090542", type: "СУ"),
            partners: [DemoInstitution(name: "ДГ „Синчец“, гр. Хасково", eikPrefix: "00090667", type: "ДГ")],
            admin: .admitted, quality: [.submitted(77), .notStarted],
            facts: DemoFacts(
                completedProjects: 3, teamYears: 4, coverage: .aboveMinimum, included: "поддейности 1.1, 1.3, 1.4, 2.2 и 2.3", missing: nil,
                summer: .part("летен лагер на изкуствата през юли"),
                targetGroup: "110 ученици от I до VIII клас, от които 62 от ромски и турски произход, и 25 родители",
                activities: "съвместни ателиета по изкуства, клубове по гражданско образование и проектно базирано обучение в смесени групи",
                innovation: "образователни игри с добавена реалност за обичаите на различните общности",
                months: 9, place: "гр. Хасково")),
        DemoProposal(
            number: 15, registeredAt: "23.11.2025 15:22", priority: "4", requested: "15000.00",
            title: "Едно училище за всички – преодоляване на вторичната сегрегация",
            applicant: DemoInstitution(name: "ОУ „Любен Каравелов“, гр. Нова Загора", eikPrefix: "00059311", type: "ОУ"),
            partners: [], admin: .admitted, quality: [.submitted(91), .submitted(87)],
            facts: DemoFacts(
                completedProjects: 4, teamYears: 9, coverage: .all, included: "дейности 1, 2, 3 и 4", missing: nil,
                summer: .whole("лятно училище от 1 юли до 12 септември"),
                targetGroup: "82 ученици от I до VII клас от етническите малцинства, 40 родители и 16 учители",
                activities: "занимания в смесени групи с ученици от други училища, подкрепа от психолог и социален работник и работа с родителите",
                innovation: "програма за взаимно обучение „ученик учи ученик“ с дигитално портфолио на всеки участник",
                months: 9, place: "гр. Нова Загора")),
        DemoProposal(
            number: 16, registeredAt: "24.11.2025 09:03", priority: "2", requested: "24759.90",
            title: "Медиатор в общността – образователна медиация и родителско участие",
            applicant: DemoInstitution(name: "ЦПЛР – Център за работа с деца „Младост“, гр. Монтана", eikPrefix: "00018644", type: "ЦПЛР"),
            partners: [], admin: .admitted, quality: [.draft(74, groups: 3), .draft(70, groups: 5)],
            facts: DemoFacts(
                completedProjects: 2, teamYears: 3, coverage: .aboveMinimum, included: "поддейности 1.1, 1.2, 2.1 и 2.2", missing: nil,
                summer: .part("семейни работилници през юли"),
                targetGroup: "55 родители от етническите малцинства, 60 деца и ученици и 8 души непедагогически персонал",
                activities: "обучения на непедагогическия персонал по образователна медиация, родителски клуб и съвместни инициативи с общината",
                innovation: "родителски подкаст с истории на успешни ученици от общността",
                months: 8, place: "гр. Монтана")),
        DemoProposal(
            number: 17, registeredAt: "24.11.2025 10:27", priority: "4", requested: "13960.80",
            title: "Първи стъпки в детската градина – ранно обхващане и подкрепа",
            applicant: DemoInstitution(name: "ДГ „Щастливо детство“, гр. Разград", eikPrefix: "00051339", type: "ДГ"),
            partners: [], admin: .admitted, quality: [.submitted(64), .submitted(69)],
            facts: DemoFacts(
                completedProjects: 1, teamYears: 3, coverage: .minimum, included: "дейности 1 и 3", missing: nil,
                summer: .part("лятна подготвителна група през август"),
                targetGroup: "40 деца от 3 до 6 години от турски и ромски произход и техните родители",
                activities: "обхващане на необхванатите деца, адаптационни занимания и съвместни празници на семействата",
                innovation: "дигитален дневник за напредъка на детето, достъпен за родителите",
                months: 8, place: "гр. Разград")),
        DemoProposal(
            number: 18, registeredAt: "24.11.2025 11:54", priority: "1", requested: "23880.00",
            title: "Аз, ти и ние – гражданско и интеркултурно образование в началния и прогимназиалния етап",
            applicant: DemoInstitution(name: "ОУ „Иван Вазов“, гр. Сливен", eikPrefix: "00059503", type: "ОУ"),
            partners: [sharedPartner], admin: .awaitingPartnerCheck, quality: [], facts: nil),
        DemoProposal(
            number: 19, registeredAt: "24.11.2025 14:36", priority: "4", requested: "12340.00",
            title: "Весела детска градина",
            applicant: DemoInstitution(name: "ДГ „Мир“, гр. Хасково", eikPrefix: "00090739", type: "ДГ"),
            partners: [], admin: .admitted, quality: [.submitted(39), .submitted(46)],
            facts: DemoFacts(
                completedProjects: 0, teamYears: 1, coverage: .minimum, included: "дейности 2 и 3", missing: nil,
                summer: .none,
                targetGroup: "62 деца от четирите групи на детската градина, от които 24 от ромски произход",
                activities: "празници, екскурзия и закупуване на играчки",
                innovation: nil, months: 7, place: "гр. Хасково")),
        DemoProposal(
            number: 20, registeredAt: "24.11.2025 16:12", priority: "2", requested: "16480.00",
            title: "Родителите – част от училищната общност",
            applicant: DemoInstitution(name: "СУ „Св. Паисий Хилендарски“, гр. Ямбол", eikPrefix: "00097340", type: "СУ"),
            partners: [sharedPartner], admin: .awaitingPartnerCheck, quality: [], facts: nil),
        DemoProposal(
            number: 21, registeredAt: "25.11.2025 09:41", priority: "4", requested: "14498.70",
            title: "Нито едно дете извън училище – обхват и интегрирана подкрепа в община Видин",
            applicant: DemoInstitution(name: "Община Видин", eikPrefix: "00016058", type: "община"),
            partners: [DemoInstitution(name: "ОУ „Св. Климент Охридски“, гр. Видин", eikPrefix: "00016322", type: "ОУ")],
            admin: .admitted, quality: [.submitted(80), .submitted(85)],
            facts: DemoFacts(
                completedProjects: 3, teamYears: 5, coverage: .aboveMinimum, included: "дейности 1, 2 и 3", missing: nil,
                summer: .whole("лятна програма от началото на юли до средата на септември"),
                targetGroup: "70 деца и ученици от етническите малцинства, които не посещават или посещават нередовно детска градина и училище, и 45 родители",
                activities: "екипи за обхват с образователни медиатори, интегрирана подкрепа за семействата и съвместни дейности на децата от различните квартали",
                innovation: "„родители посланици“ – доброволци от общността, обучени да съдействат при записването на децата",
                months: 9, place: "община Видин")),
        DemoProposal(
            number: 22, registeredAt: "25.11.2025 11:19", priority: "1", requested: "25600.00",
            title: "Гласове на Родопите – изследване и съхраняване на културното многообразие",
            applicant: DemoInstitution(name: "СУ „Петко Рачов Славейков“, гр. Кърджали", eikPrefix: "00025782", type: "СУ"),
            partners: [], admin: .admitted, quality: [.submitted(73), .submitted(78)],
            facts: DemoFacts(
                completedProjects: 3, teamYears: 6, coverage: .aboveMinimum, included: "поддейности 1.1, 1.2, 1.4, 2.1, 2.2 и 2.3", missing: nil,
                summer: .part("летен театрален лагер през юли"),
                targetGroup: "130 ученици от V до XI клас, от които 88 от турски и ромски произход, и 20 учители",
                activities: "клубове по гражданско образование, театрални работилници в смесени групи и изследователски проекти за културното наследство на Родопите",
                innovation: "дигитален архив с разкази на възрастни хора от различните общности, записани и обработени от учениците",
                months: 9, place: "гр. Кърджали",
                overrides: ["6.1": DemoFacts.Override(points: 4, notes: [
                    "Исканата сума от 25 600,00 лв. надвишава максималния размер от 25 000,00 лв. за проект по Приоритет 1, тъй като перото за материали в поддейност 2.2 е завишено. Останалите разходи са допустими и коректно остойностени.",
                    "Бюджетът надхвърля с 600,00 лв. максималната стойност на проект по Приоритет 1 (25 000,00 лв.); разходите отговарят на дейностите, но не всички са съобразени с изискванията за допустимост. Необходима е корекция на бюджета.",
                ])])),
        DemoProposal(
            number: 23, registeredAt: "25.11.2025 14:03", priority: "4", requested: "14752.60",
            title: "Роботика без граници – съвместни занимания за ученици от две училища",
            applicant: DemoInstitution(name: "ОУ „Васил Априлов“, гр. Пловдив", eikPrefix: "00047263", type: "ОУ"),
            partners: [], admin: .admitted, quality: [.submitted(70), .submitted(66)],
            facts: DemoFacts(
                completedProjects: 2, teamYears: 3, coverage: .aboveMinimum, included: "дейности 2, 3 и 4", missing: nil,
                summer: .none,
                targetGroup: "88 ученици от I до IV клас от етническите малцинства и 50 родители",
                activities: "занимания в смесени групи с ученици от съседно училище, психолого-педагогическа подкрепа и работа с родителите",
                innovation: "смесени екипи по роботика, в които учениците от двете училища работят заедно",
                months: 8, place: "гр. Пловдив")),
        DemoProposal(
            number: 24, registeredAt: "25.11.2025 22:47", priority: "4", requested: "12870.60",
            title: "Готови за училище – подкрепа за децата и родителите от ромската общност",
            applicant: DemoInstitution(name: "ДГ „Българче“, гр. Видин", eikPrefix: "00016417", type: "ДГ"),
            partners: [], admin: .admitted, quality: [.draft(71, groups: 4), .submitted(76)],
            facts: DemoFacts(
                completedProjects: 2, teamYears: 4, coverage: .aboveMinimum, included: "дейности 1, 2 и 4", missing: nil,
                summer: .part("летни занимания през август"),
                targetGroup: "38 деца от 3 до 6 години от ромски произход и техните родители",
                activities: "посещения в семействата, адаптационни занимания и „Училище за родители“",
                innovation: "кратки образователни видеа за родителите за подготовката на детето за училище",
                months: 8, place: "гр. Видин")),
    ]
}
