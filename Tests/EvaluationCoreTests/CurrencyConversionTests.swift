import EvaluationCore
import PropertyBased
import Testing

/// The euro law's rule read literally, as a reference independent of the implementation: the amount
/// in leva divided by 1.95583, cut after the third decimal of the euro, and the second decimal raised
/// by one when the third is 5 or more.
enum EuroReference {
    static func cents(fromStotinki stotinki: Int64) -> Int64 {
        let thousandths = stotinki.magnitude * 1_000_000 / 195_583
        let cents = Int64(thousandths / 10) + (thousandths % 10 >= 5 ? 1 : 0)
        return stotinki < 0 ? -cents : cents
    }
}

@Suite("BGN → EUR at the fixed rate 1.95583 (the euro law's rounding)")
struct CurrencyConversionTests {
    static let euro = SecondaryCurrency(code: "EUR", rate: ScaledDecimal(scaled: 1_955_830, fractionDigits: 6))

    static func leva(_ text: String) -> Money { try! Money.parse(text).get() }

    @Test("The maxima of seed 001 (lines 134, 263, 311): 25 000 лв. = 12 782,30 €, 15 000 лв. = 7 669,38 €")
    func seedMaxima() {
        #expect(Self.euro.convert(Self.leva("25000.00")) == Self.leva("12782.30"))
        #expect(Self.euro.convert(Self.leva("15000.00")) == Self.leva("7669.38"))
    }

    @Test("Half up at the third decimal", arguments: [
        // 0,01 лв. = 0,005112… € → 0,01 €; 0,02 лв. = 0,010225… € → 0,01 €; 1,00 лв. = 0,511291… € → 0,51 €.
        // 0,03 лв. = 0,015338… € → 0,02 €; 1,96 лв. = 1,002132… € → 1,00 €.
        ("0.01", "0.01"), ("0.02", "0.01"), ("0.03", "0.02"), ("1.00", "0.51"), ("1.96", "1.00"), ("100.00", "51.13"),
        ("0.00", "0.00"), ("-25000.00", "-12782.30"), ("439984.10", "224960.30"),
    ])
    func halfUp(leva: String, euro: String) throws {
        #expect(Self.euro.convert(Self.leva(leva)) == Self.leva(euro))
        #expect(Self.euro.convert(Self.leva(leva)).minorUnits == EuroReference.cents(fromStotinki: Self.leva(leva).minorUnits))
    }

    @Test("Any amount converts as the exact reference does")
    func randomAmounts() async {
        await propertyCheck(count: 2000, input: Gen.int64(in: -1_000_000_000_000...1_000_000_000_000)) { stotinki in
            let converted = Self.euro.convert(Money(minorUnits: stotinki))
            #expect(converted.minorUnits == EuroReference.cents(fromStotinki: stotinki), "\(stotinki) stotinki")
        }
    }

    @Test("Small amounts, every stotinka from 0 to 10 000")
    func everySmallAmount() {
        for stotinki in Int64(0)...10_000 {
            #expect(Self.euro.convert(Money(minorUnits: stotinki)).minorUnits == EuroReference.cents(fromStotinki: stotinki))
        }
    }

    @Test("Converting back gives the amount within a stotinka; huge amounts do not trap")
    func back() async {
        await propertyCheck(count: 500, input: Gen.int64(in: 0...1_000_000_000_000)) { stotinki in
            let there = Self.euro.convert(Money(minorUnits: stotinki))
            let back = Self.euro.convertBack(there)
            #expect(abs(back.minorUnits - stotinki) <= 1, "\(stotinki)")
        }
        #expect(Self.euro.convert(Money(minorUnits: Int64.max)) == Money(minorUnits: 4_715_835_239_696_075_736))
        #expect(Self.euro.convertBack(Money(minorUnits: Int64.max)) == Money(minorUnits: Int64.max))
    }
}
