import EvaluationCore
import Workspace

/// Bulgarian names for generated workspaces: committee members beyond the demo's, and applicants
/// and partners in real towns (the institutions themselves are fictional). Data, not logic.
enum GeneratedNames {
    static let femaleFirstNames = [
        "Мария", "Елена", "Десислава", "Иванка", "Гергана", "Светлана", "Надежда", "Милена", "Радостина", "Таня",
        "Петя", "Цветелина", "Валентина", "Снежана", "Галина", "Антоанета", "Боряна", "Даниела", "Йорданка", "Калина",
    ]

    static let maleFirstNames = [
        "Петър", "Георги", "Иван", "Димитър", "Николай", "Стоян", "Христо", "Васил", "Тодор", "Кирил",
        "Атанас", "Любомир", "Емил", "Борислав", "Калоян", "Пламен", "Росен", "Веселин", "Ангел", "Методи",
    ]

    /// Surnames in their masculine form; the feminine adds "а".
    static let surnames = [
        "Петров", "Георгиев", "Иванов", "Димитров", "Николов", "Стоянов", "Христов", "Тодоров", "Атанасов", "Василев",
        "Ангелов", "Колев", "Маринов", "Илиев", "Костадинов", "Панайотов", "Русев", "Стефанов", "Михайлов", "Кирилов",
    ]

    /// Patrons of schools, as their names are written.
    static let patrons = [
        "Христо Ботев", "Васил Левски", "Иван Вазов", "Св. св. Кирил и Методий", "Св. Климент Охридски",
        "Паисий Хилендарски", "Любен Каравелов", "Христо Смирненски", "Никола Йонков Вапцаров", "Петко Р. Славейков",
        "Софроний Врачански", "Неофит Рилски", "Йордан Йовков", "Елин Пелин", "Алеко Константинов",
        "Георги Бенковски", "Братя Миладинови", "Св. Иван Рилски", "Васил Априлов", "Захари Стоянов",
        "Димчо Дебелянов", "Пейо Яворов", "Стефан Караджа", "Хаджи Димитър", "Отец Паисий",
    ]

    /// Names of kindergartens.
    static let kindergartens = [
        "Звездица", "Мечо Пух", "Слънце", "Детелина", "Щастливо детство", "Пролет", "Радост", "Здравец", "Калинка",
        "Незабравка", "Иглика", "Теменуга", "Снежанка", "Пчелица", "Дъга", "Приказка", "Светулка", "Чучулига",
        "Славейче", "Осми март",
    ]

    /// What the vocational schools teach.
    static let vocations = ["по туризъм", "по икономика", "по електротехника", "по селско стопанство", "по облекло"]

    static let towns = [
        "Сливен", "Шумен", "Пазарджик", "Нова Загора", "Ямбол", "Кърджали", "Лом", "Видин", "Монтана", "Враца",
        "Плевен", "Ловеч", "Габрово", "Търговище", "Разград", "Силистра", "Добрич", "Варна", "Бургас", "Стара Загора",
        "Хасково", "Смолян", "Благоевград", "Кюстендил", "Перник", "София", "Пловдив", "Русе", "Велико Търново",
        "Казанлък", "Карлово", "Асеновград", "Самоков", "Дупница", "Петрич", "Сандански", "Гоце Делчев", "Момчилград",
        "Крумовград", "Котел", "Твърдица", "Омуртаг", "Исперих", "Кубрат", "Мездра", "Берковица", "Козлодуй",
        "Оряхово", "Тутракан", "Елхово",
    ]

    /// The committee member `number` (from 1) beyond the demo's: a name that alternates women and men.
    static func member(_ number: Int) -> String {
        let female = number % 2 == 1
        let first = female ? femaleFirstNames : maleFirstNames
        let surname = surnames[(number * 7) % surnames.count]
        return first[(number / 2) % first.count] + " " + surname + (female ? "а" : "")
    }

    /// What kind of institution applies or partners.
    enum Kind: Sendable {
        case school
        case kindergarten
        case supportCentre
        case municipality
    }

    /// The institution `serial` (unique per workspace) of `kind` in `town`: its name, its nine-digit
    /// ЕИК (unique per serial) and the kind as a register writes it.
    static func institution(_ kind: Kind, serial: Int, town: String, generator: inout SeededGenerator) -> DemoInstitution {
        // 7 919 is prime, so serial → prefix is one to one for the first 100 000 serials.
        let prefix = "000" + String(100_000 + (serial * 7_919) % 100_000).dropFirst()
        let place = "гр. \(town)"
        switch kind {
        case .school:
            let patron = patrons[generator.number(below: patrons.count)]
            switch generator.number(below: 10) {
            case 0..<4: return DemoInstitution(name: "ОУ „\(patron)“, \(place)", eikPrefix: prefix, type: "ОУ")
            case 4..<8:
                let number = generator.number(below: 3) == 0 ? "\(1 + generator.number(below: 140)) " : ""
                return DemoInstitution(name: "\(number)СУ „\(patron)“, \(place)", eikPrefix: prefix, type: "СУ")
            default:
                let vocation = vocations[generator.number(below: vocations.count)]
                return DemoInstitution(name: "ПГ \(vocation) „\(patron)“, \(place)", eikPrefix: prefix, type: "ПГ")
            }
        case .kindergarten:
            let name = kindergartens[generator.number(below: kindergartens.count)]
            return DemoInstitution(name: "ДГ „\(name)“, \(place)", eikPrefix: prefix, type: "ДГ")
        case .supportCentre:
            return DemoInstitution(name: "ЦПЛР – Общински детски комплекс, \(place)", eikPrefix: prefix, type: "ЦПЛР")
        case .municipality:
            return DemoInstitution(name: "Община \(town)", eikPrefix: prefix, type: "община")
        }
    }
}
