/// One problem found in an input file: where it is and what was expected.
public struct ValidationIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// The JSON path (`$.priorities[0].budget`), or a line reference (`line 12, column applicantEik`).
    public let place: String
    public let message: LocalizedText

    public init(place: String, message: LocalizedText) {
        self.place = place
        self.message = message
    }

    public init(path: JSONPath, message: LocalizedText) {
        self.init(place: path.description, message: message)
    }

    public func text(in language: Language) -> String {
        place.isEmpty ? message.text(in: language) : "\(place): \(message.text(in: language))"
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
