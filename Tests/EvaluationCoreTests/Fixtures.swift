import EvaluationCore
import Foundation

/// Test data: the procedures in Config/ and a small valid procedure to break in many ways.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func configProcedureData(_ name: String) throws -> Data {
        try Data(contentsOf: packageRoot.appendingPathComponent("Config/procedures/\(name)"))
    }

    static func configProcedure(_ name: String) throws -> Procedure {
        try ProcedureDecoder.decode(try configProcedureData(name)).get()
    }

    static var reference: Procedure {
        get throws { try configProcedure("coiduem-33.24-2025.json") }
    }

    /// A small valid procedure: two priorities, three admin criteria, two quality groups, a zero rule.
    static func small() -> [String: Any] {
        [
            "format": 1,
            "id": "test-1",
            "title": "Тестова процедура",
            "authority": "Комисия",
            "currency": "BGN",
            "secondaryCurrency": ["code": "EUR", "rate": "1.95583"],
            "priorities": [
                ["id": "1", "title": "Първи", "budget": "100000.00", "maxPerProject": "25000.00",
                 "activities": ["1.1", "1.2"], "mandatoryActivities": ["1.1"]],
                ["id": "2", "title": "Втори", "budget": "50000", "maxPerProject": "10 000,00"],
            ],
            "admin": [
                "remedyDays": 2, "remedyDayKind": "calendar", "evaluatorsPerProposal": 1,
                "groups": [
                    ["id": "I", "title": "Допустимост", "criteria": [
                        ["id": "I.1", "text": "Кандидатът е допустим", "allowsNA": false, "onNo": "reject"],
                        ["id": "I.2", "text": "Партньорът е допустим", "allowsNA": true, "onNo": "reject"],
                    ]],
                    ["id": "II", "title": "Документи", "criteria": [
                        ["id": "II.1", "text": "Автобиографиите са приложени", "allowsNA": false, "onNo": "remedy"],
                    ]],
                ],
            ],
            "quality": [
                "maxPoints": "10",
                "floor": "5.10",
                "groups": [
                    ["id": "1", "title": "Капацитет", "maxPoints": "5", "criteria": [
                        ["id": "1.1", "question": "Опит?", "maxPoints": "3", "levels": [
                            ["points": "3", "text": "голям"], ["points": "1", "text": "малък"], ["points": "0", "text": "няма"],
                        ]],
                        ["id": "1.2", "question": "Екип?", "levels": [
                            ["points": "2", "text": "да"], ["points": "0", "text": "не"],
                        ]],
                    ]],
                    ["id": "2", "title": "Съответствие", "criteria": [
                        ["id": "2.1", "question": "Цел?", "levels": [
                            ["points": "3", "text": "пълно"], ["points": "1.5", "text": "частично"], ["points": "0", "text": "не"],
                        ]],
                        ["id": "2.2", "question": "Приоритет?", "levels": [
                            ["points": "2", "text": "да"], ["points": "0", "text": "не"],
                        ]],
                    ]],
                ],
                "rules": [["kind": "zeroTotalIfCriterionZero", "criterion": "2.2"]],
            ],
            "reconciliation": ["evaluatorsPerProposal": 2, "maxSpreadPercentOfMax": "20", "method": "mean"],
            "ranking": ["scope": "priority", "tieBreak": ["total", "registeredAt"],
                        "budgetPolicy": "stopAtFirstThatDoesNotFit", "reallocateUnused": false],
        ]
    }

    static func data(_ object: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    static func decodeSmall(_ change: (inout [String: Any]) -> Void = { _ in }) throws -> Result<Procedure, ValidationFailure> {
        var object = small()
        change(&object)
        return ProcedureDecoder.decode(try data(object))
    }

    static var smallProcedure: Procedure {
        get throws { try decodeSmall().get() }
    }
}

/// Changing nested values of a JSON-like dictionary by a path of keys and indices.
extension Dictionary where Key == String, Value == Any {
    mutating func set(_ path: [Any], to value: Any?) {
        self = Self.setting(self, path[...], to: value) as! [String: Any]
    }

    private static func setting(_ container: Any, _ path: ArraySlice<Any>, to value: Any?) -> Any {
        guard let head = path.first else { return value as Any }
        if let key = head as? String, var dictionary = container as? [String: Any] {
            if path.count == 1 {
                dictionary[key] = value
            } else {
                dictionary[key] = setting(dictionary[key] as Any, path.dropFirst(), to: value)
            }
            return dictionary
        }
        if let index = head as? Int, var array = container as? [Any] {
            array[index] = setting(array[index], path.dropFirst(), to: value) as Any
            return array
        }
        fatalError("bad fixture path \(path)")
    }

    func get(_ path: [Any]) -> Any? {
        var current: Any = self
        for component in path {
            if let key = component as? String, let dictionary = current as? [String: Any], let next = dictionary[key] {
                current = next
            } else if let index = component as? Int, let array = current as? [Any], array.indices.contains(index) {
                current = array[index]
            } else {
                return nil
            }
        }
        return current
    }
}
