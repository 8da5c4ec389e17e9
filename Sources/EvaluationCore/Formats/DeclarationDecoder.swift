import Foundation

/// Reads `sheets/<id>/declaration.json`.
public enum DeclarationDecoder {
    public static func decode(_ data: Data, evaluator: String? = nil) -> Result<Declaration, ValidationFailure> {
        DocumentDecoding.decode(data) { root in
            root.rejectUnknownKeys(["format", "evaluator", "acceptedAt", "textVersion"])
            DocumentDecoding.checkFormat(root)
            let id = DocumentDecoding.id(root, "evaluator")
            if let id, let evaluator, id != evaluator {
                root.issues.add(root.path.appending("evaluator"), bg: "декларацията е на „\(id)“, а се очаква „\(evaluator)“",
                                en: "the declaration belongs to \"\(id)\", expected \"\(evaluator)\"")
            }
            let acceptedAt = root.timestamp("acceptedAt")
            let version = root.integer("textVersion", in: 1...1000)
            guard let id, let acceptedAt, let version else { return nil }
            return Declaration(evaluator: id, acceptedAt: acceptedAt, textVersion: version)
        }
    }
}
