/// What a procedure calls the units with their own budgets and ranked lists: "приоритет", or, in seed
/// 002, "компонент" (three territorial components with their own budgets, 002_60dcf141085ee52b.txt:307–311).
public enum PriorityTerm: String, Sendable, Equatable, CaseIterable {
    case priority
    case component

    /// "Приоритет" / "Priority", "Компонент" / "Component".
    public var noun: LocalizedText {
        switch self {
        case .priority: LocalizedText(bg: "Приоритет", en: "Priority")
        case .component: LocalizedText(bg: "Компонент", en: "Component")
        }
    }

    /// The heading of their list: "ПРИОРИТЕТИ" / "PRIORITIES", "КОМПОНЕНТИ" / "COMPONENTS".
    public var plural: LocalizedText {
        switch self {
        case .priority: LocalizedText(bg: "ПРИОРИТЕТИ", en: "PRIORITIES")
        case .component: LocalizedText(bg: "КОМПОНЕНТИ", en: "COMPONENTS")
        }
    }
}
