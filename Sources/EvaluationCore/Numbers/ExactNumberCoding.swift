/// Reads an exact number from a JSON value for `Codable` conformances: a string, or an integer number.
/// A JSON number with a fraction is refused, because a reader may have rounded it through a `Double`.
enum ExactNumberCoding {
    static func decodeText(from decoder: any Decoder) throws -> String {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) { return text }
        if let integer = try? container.decode(Int64.self) { return String(integer) }
        throw DecodingError.dataCorrupted(.init(
            codingPath: decoder.codingPath,
            debugDescription: "expected a string such as \"25000.00\" or an integer number"))
    }
}
