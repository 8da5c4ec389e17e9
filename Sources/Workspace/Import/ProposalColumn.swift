import EvaluationCore

/// A column of the register CSV, by its English name, with the Bulgarian names it is also known by.
///
/// Header names are matched without regard to case, spaces and punctuation, so "Applicant EIK",
/// "applicant_eik", "ЕИК на кандидата" and "еик на кандидата:" all name a column.
enum ProposalColumn: String, CaseIterable, Sendable {
    case id
    case registeredAt
    case priority
    case requested
    case title
    case applicantName
    case applicantEik
    case applicantType
    case partners
    case settlement
    case settlementPopulation
    case nuts3
    case network
    case activities
    case durationMonths
    case budgetLines

    /// The Bulgarian names, the usual one first.
    var bulgarianNames: [String] {
        switch self {
        case .id:
            ["номер", "№", "рег. №", "вх. №", "регистрационен номер", "входящ номер", "номер на предложението"]
        case .registeredAt:
            ["дата на регистрация", "регистрирано", "регистрирано на", "дата и час на регистрация", "дата и час"]
        case .priority:
            ["приоритет"]
        case .requested:
            ["искана сума", "сума", "искана сума (лв.)", "искано финансиране", "размер на исканото финансиране"]
        case .title:
            ["наименование на проекта", "наименование", "заглавие", "наименование на проектното предложение", "проект"]
        case .applicantName:
            ["кандидат", "наименование на кандидата", "име на кандидата"]
        case .applicantEik:
            ["ЕИК", "ЕИК на кандидата", "БУЛСТАТ", "ЕИК/БУЛСТАТ", "ЕИК/БУЛСТАТ на кандидата"]
        case .applicantType:
            ["вид на кандидата", "вид", "тип на кандидата"]
        case .partners:
            ["партньори", "партньор", "партньори (наименование|ЕИК)"]
        case .settlement:
            ["населено място"]
        case .settlementPopulation:
            ["население", "брой на населението", "население на населеното място"]
        case .nuts3:
            ["област", "област (NUTS 3)", "NUTS 3"]
        case .network:
            ["мрежа", "мрежа на представителна организация"]
        case .activities:
            ["дейности", "поддейности", "дейности и поддейности"]
        case .durationMonths:
            ["продължителност", "продължителност (месеци)", "продължителност в месеци", "срок на изпълнение (месеци)"]
        case .budgetLines:
            ["бюджет по редове", "бюджетни редове", "бюджет по дейности"]
        }
    }

    /// "номер (id)": how messages name the column.
    var label: String { "„\(bulgarianNames[0])“ (\(rawValue))" }

    /// Whether a file must have the column; the priority may be left out only when the procedure has
    /// no priorities of its own.
    func isRequired(by procedure: Procedure) -> Bool {
        switch self {
        case .applicantType, .partners, .settlement, .settlementPopulation, .nuts3, .network, .activities, .durationMonths,
             .budgetLines: false
        case .priority: procedure.hasExplicitPriorities
        default: true
        }
    }

    /// The column a header cell names, if any.
    static func named(_ header: String) -> ProposalColumn? {
        lookup[key(header)]
    }

    /// Every accepted name, for the message about an unknown column.
    static var allowedNames: String {
        allCases.map { "\($0.rawValue) (\($0.bulgarianNames.joined(separator: ", ")))" }.joined(separator: "; ")
    }

    private static let lookup: [String: ProposalColumn] = {
        var names: [String: ProposalColumn] = [:]
        for column in allCases {
            for name in [column.rawValue] + column.bulgarianNames {
                names[key(name)] = column
            }
        }
        return names
    }()

    /// The name in lower case with only its letters, digits and "№".
    private static func key(_ name: String) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "№" })
    }
}
