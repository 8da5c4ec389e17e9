import EvaluationCore

/// Justifications of a realistic length (200–800 characters): the demo's wording for the level
/// (`DemoNotes`), then its other wordings, then sentences on how the evaluator worked, up to a
/// length drawn for each note, never cutting a sentence.
enum GeneratedJustification {
    static let shortest = 200
    static let longest = 800

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

    /// The justification of `points` on `criterion`, about `target` characters long (within
    /// `shortest`…`longest`, unless the demo's own wording is longer): `DemoNotes.justification`'s
    /// wordings, filled with `values` (`DemoNotes.values` of the proposal, worked out once a sheet).
    static func text(criterion: String, points: Points, proposal: DemoProposal, facts: DemoFacts, values: [String: String],
                     variant: Int, target: Int) throws(WorkspaceError) -> String {
        guard let templates = DemoJustifications.templates[criterion]?[points.canonicalText], !templates.isEmpty else {
            return try DemoNotes.justification(criterion: criterion, points: points, proposal: proposal, facts: facts, variant: variant)
        }
        // The other wordings of the level in turn, then the closing sentences, each whole, while the
        // text is shorter than the target; lengths are counted piece by piece, joined by a space.
        var text = fill(templates[variant % templates.count], with: values)
        var length = text.count
        for next in 1..<templates.count where length < target {
            let another = fill(templates[(variant + next) % templates.count], with: values)
            let anotherLength = another.count
            guard length + 1 + anotherLength <= longest else { break }
            text += " " + another
            length += 1 + anotherLength
        }
        for next in 0..<closing.count where length < max(target, shortest) {
            let sentence = closing[(variant + next) % closing.count]
            guard length + 1 + sentence.count <= longest else { break }
            text += " " + sentence
            length += 1 + sentence.count
        }
        return text
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
