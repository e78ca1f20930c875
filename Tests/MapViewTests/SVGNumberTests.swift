import Testing

@testable import MapView

@Suite struct SVGNumberTests {
  @Test func roundsToFixedDecimalsWithoutTrailingZeros() {
    #expect(SVGNumber.format(12.34) == "12.3")
    #expect(SVGNumber.format(12.35, decimals: 1) == "12.4")
    #expect(SVGNumber.format(12.0) == "12")
    #expect(SVGNumber.format(-0.04) == "0")
    #expect(SVGNumber.format(-3.25, decimals: 1) == "-3.3")
    #expect(SVGNumber.format(0.05, decimals: 2) == "0.05")
    #expect(SVGNumber.format(36.16, decimals: 4) == "36.16")
    #expect(SVGNumber.format(1_000_000.5, decimals: 0) == "1000001")
  }

  @Test func nonFiniteNumbersBecomeZero() {
    #expect(SVGNumber.format(.nan) == "0")
    #expect(SVGNumber.format(.infinity) == "0")
  }
}
