/// `sheets/<evaluatorId>/declaration.json`: the evaluator's declaration of impartiality and
/// confidentiality, accepted before any sheet.
public struct Declaration: Sendable, Equatable, Codable {
    public var format: Int
    public var evaluator: String
    public var acceptedAt: Timestamp
    /// The version of the declaration's text that was shown (`DeclarationText.version`).
    public var textVersion: Int

    public init(evaluator: String, acceptedAt: Timestamp, textVersion: Int = DeclarationText.version) {
        self.format = 1
        self.evaluator = evaluator
        self.acceptedAt = acceptedAt
        self.textVersion = textVersion
    }
}

/// The text of the declaration of impartiality and confidentiality, as the evaluator reads it.
public enum DeclarationText {
    public static let version = 1

    public static func text(name: String, procedureTitle: String) -> LocalizedText {
        LocalizedText(
            bg: """
            ДЕКЛАРАЦИЯ ЗА БЕЗПРИСТРАСТНОСТ И ПОВЕРИТЕЛНОСТ

            Аз, \(name), в качеството си на член на оценителната комисия по \(procedureTitle), декларирам, че:

            1. Ще изпълнявам задълженията си честно, безпристрастно и обективно и ще оценявам проектните предложения единствено въз основа на критериите и методиката, обявени в условията на процедурата.

            2. Не съм в конфликт на интереси по отношение на кандидатите и партньорите, чиито предложения ще оценявам. Ако узная за такъв конфликт, ще го заявя незабавно, ще си направя отвод и няма да участвам в оценката на съответното предложение.

            3. Ще пазя в тайна информацията, която узная при оценяването, и няма да я разгласявам, копирам или използвам за цели извън работата на комисията, включително след приключването ѝ.

            4. Ще вписвам оценките си и мотивите към тях лично и няма да обсъждам оценяваните предложения с кандидатите, партньорите или трети лица.
            """,
            en: """
            DECLARATION OF IMPARTIALITY AND CONFIDENTIALITY

            I, \(name), as a member of the evaluation committee of \(procedureTitle), declare that:

            1. I will carry out my duties honestly, impartially and objectively, and assess the proposals only on the criteria and methodology published in the conditions of the procedure.

            2. I have no conflict of interest with the applicants and partners whose proposals I will assess. Should I learn of one, I will declare it at once, recuse myself and take no part in the assessment of that proposal.

            3. I will keep confidential the information I learn in the assessment and will not disclose, copy or use it for purposes outside the committee's work, also after it ends.

            4. I will record my scores and their justifications myself and will not discuss the proposals with applicants, partners or third parties.
            """)
    }
}
