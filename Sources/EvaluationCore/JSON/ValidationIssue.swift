/// One problem found in an input file: where it is and what was expected.
public struct ValidationIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// The JSON path (`$.priorities[0].budget`), or a line reference (`line 12, column applicantEik`).
    public let place: String
    /// The place in both languages ("ред 3, колона 5" / "line 3, column 5"); `place` is its Bulgarian.
    public let localizedPlace: LocalizedText
    public let message: LocalizedText

    /// A place that reads the same in both languages (a JSON path, a file name).
    public init(place: String, message: LocalizedText) {
        self.init(place: LocalizedText(bg: place, en: place), message: message)
    }

    public init(place: LocalizedText, message: LocalizedText) {
        self.place = place.bulgarian
        self.localizedPlace = place
        self.message = message
    }

    public init(path: JSONPath, message: LocalizedText) {
        self.init(place: path.description, message: message)
    }

    public func text(in language: Language) -> String {
        let place = localizedPlace.text(in: language)
        return place.isEmpty ? message.text(in: language) : "\(place): \(message.text(in: language))"
    }

    public var description: String { text(in: .bulgarian) }
}

/// Every problem found while reading one file.
public struct ValidationFailure: Error, Sendable, Equatable {
    public let issues: [ValidationIssue]

    public init(_ issues: [ValidationIssue]) {
        self.issues = issues
    }
}
