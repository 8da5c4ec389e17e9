/// The languages of the interface and of messages: Bulgarian first, English second.
public enum Language: String, Sendable, CaseIterable, Codable {
    case bulgarian = "bg"
    case english = "en"
}

/// A message in Bulgarian and in English.
public struct LocalizedText: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let bulgarian: String
    public let english: String

    public init(bg: String, en: String) {
        self.bulgarian = bg
        self.english = en
    }

    public func text(in language: Language) -> String {
        switch language {
        case .bulgarian: bulgarian
        case .english: english
        }
    }

    public var description: String { bulgarian }
}
