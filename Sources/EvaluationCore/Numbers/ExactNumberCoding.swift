/// An exact number written in JSON as its canonical text ("25000.00", "12.5") and read from a string or
/// an integer number: the `Codable` conformance that `Money` and `Points` share.
/// A JSON number with a fraction is refused, because a reader may have rounded it through a `Double`.
public protocol ExactNumberCoding: Codable {
    static func parse(_ text: String) -> Result<Self, DecimalText.ParseError>
    var canonicalText: String { get }
}

extension ExactNumberCoding {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text: String
        if let string = try? container.decode(String.self) {
            text = string
        } else if let integer = try? container.decode(Int64.self) {
            text = String(integer)
        } else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "expected a string such as \"25000.00\" or an integer number"))
        }
        switch Self.parse(text) {
        case .success(let value): self = value
        case .failure(let error):
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: error.message.english))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(canonicalText)
    }
}
