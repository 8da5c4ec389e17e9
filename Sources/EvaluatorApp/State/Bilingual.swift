import EvaluationCore

/// A state of an interface that shows its text in one language. Every bilingual text of the
/// interface is a `LocalizedText` resolved here: a stored one (`text(label)`) or one written where
/// it is shown, Bulgarian first (`text("…", "…")`).
public protocol Bilingual {
    var language: Language { get }
}

extension Bilingual {
    public func text(_ localized: LocalizedText) -> String {
        localized.text(in: language)
    }

    public func text(_ bulgarian: String, _ english: String) -> String {
        text(LocalizedText(bg: bulgarian, en: english))
    }
}
