import Testing
@testable import EvaluationCore

@Suite("Reading fields of a JSON object")
struct JSONObjectReaderTests {
    @Test("Whole points are read as Points.parse reads them, or left to it")
    func wholePoints() {
        let texts = (0...10_000).map { String($0) } + ["", "00", "007", "-1", "+1", "1.5", "1,5", "1 000", " 3", "3 ", "٣", "12a", "99999"]
        for text in texts {
            guard let whole = JSONObjectReader.wholePoints(text) else { continue }
            #expect(Points(whole) == (try? Points.parse(text).get()), "\(text)")
        }
        #expect(JSONObjectReader.wholePoints("9999") == 9_999)
        #expect(JSONObjectReader.wholePoints("0") == 0)
        #expect(JSONObjectReader.wholePoints("007") == nil)
        #expect(JSONObjectReader.wholePoints("٣") == nil)
    }
}
