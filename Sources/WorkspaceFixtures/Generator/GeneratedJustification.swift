import EvaluationCore
import Workspace

/// Justifications of a realistic length (by default 300–2 000 characters of Cyrillic): the demo's
/// wording for the level (`DemoNotes`), then its other wordings, then sentences on how the evaluator
/// worked, up to a length drawn for each note.
enum GeneratedJustification {
    /// Real justifications: 300–2 000 characters.
    static let realistic = 300...2_000

    /// Sentences any justification may end with: how the evaluator arrived at the score, whatever it is.
    static let closing = [
        "Оценката е поставена след преглед на формуляра, бюджета и приложените документи.",
        "Взети са предвид описанието на дейностите в т. 5 и графикът в т. 7 от формуляра.",
        "Оценката е съобразена с методиката за оценка на качеството и с указанията към нея.",
        "Информацията от формуляра е съпоставена с приложените автобиографии и писма за подкрепа.",
        "Преценката се отнася за предложението, както е подадено; допълнителна информация от кандидата не е изисквана.",
        "Оценката по този критерий е поставена независимо от оценките по останалите критерии в групата.",
        "Посочените в бюджета суми са сверени с описанието на съответните дейности.",
        "Данните за целевата група са сверени с декларацията на ръководителя на институцията.",
        "Където текстът на формуляра допуска две тълкувания, е прието по-предпазливото.",
        "Бележките по критерия са записани така, че да могат да бъдат цитирани в протокола на комисията.",
    ]

    /// The justification of `points` on `criterion`, `target` characters long or a little more, never
    /// more than `longest`: `DemoNotes.justification`'s wordings for the level (filled with `values`,
    /// `DemoNotes.values` of the proposal, worked out once a sheet), then the closing sentences, in
    /// turn and again, each whole; a text longer than `longest` is cut after a word and ends with a
    /// full stop.
    static func text(criterion: String, points: Points, proposal: DemoProposal, facts: DemoFacts, values: [String: String],
                     variant: Int, target: Int, longest: Int) throws(WorkspaceError) -> String {
        guard let templates = DemoJustifications.templates[criterion]?[points.canonicalText], !templates.isEmpty else {
            let text = try DemoNotes.justification(criterion: criterion, points: points, proposal: proposal, facts: facts, variant: variant)
            return cut(text, to: longest)
        }
        let pieces = templates.indices.map { fill(templates[(variant + $0) % templates.count], with: values) }
            + closing.indices.map { closing[(variant + $0) % closing.count] }
        var text = pieces[0]
        var length = text.unicodeScalars.count
        var next = 1
        while length < target {
            let piece = pieces[next % pieces.count]
            text += " " + piece
            length += 1 + piece.unicodeScalars.count
            next += 1
        }
        return length > longest ? cut(text, to: longest) : text
    }

    /// `text` cut after the last whole word that leaves room for a full stop within `longest` characters.
    static func cut(_ text: String, to longest: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > longest else { return text }
        var end = max(1, longest - 1)
        while end > 1 && scalars[end] != " " { end -= 1 }
        while end > 1 && [" ", ",", ";", ".", "–", "—"].contains(scalars[end - 1]) { end -= 1 }
        var result = String.UnicodeScalarView(scalars[..<end])
        result.append(".")
        return String(result)
    }

    /// `DemoNotes.fill` on the UTF-8 bytes, without the string searches that took most of the
    /// generator's time: each placeholder in turn, in the order of their names, replaced wherever it
    /// occurs. (A placeholder is ASCII, so it never matches inside another character.)
    static func fill(_ template: String, with values: [String: String]) -> String {
        var text = Array(template.utf8)
        for key in values.keys.sorted() {
            let pattern = Array(key.utf8)
            let value = Array((values[key] ?? "").utf8)
            guard let first = pattern.first else { continue }
            var filled: [UInt8] = []
            filled.reserveCapacity(text.count)
            var index = 0
            while index < text.count {
                if text[index] == first, index + pattern.count <= text.count, text[index..<index + pattern.count].elementsEqual(pattern) {
                    filled += value
                    index += pattern.count
                } else {
                    filled.append(text[index])
                    index += 1
                }
            }
            text = filled
        }
        return String(decoding: text, as: UTF8.self)
    }
}
