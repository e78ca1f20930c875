import Testing

@testable import GeoJSON

@Suite struct NumberFormatTests {
  private func fixed(_ value: Double, _ precision: Int = 7) -> String {
    var bytes: [UInt8] = []
    NumberFormat.appendFixed(value, precision: precision, to: &bytes)
    return text(bytes)
  }

  private func shortest(_ value: Double) -> String {
    var bytes: [UInt8] = []
    NumberFormat.appendShortest(value, to: &bytes)
    return text(bytes)
  }

  // Expectations below are worked out on paper from the decimal the value was written as:
  // round half away from zero at the 7th (or given) decimal, drop trailing zeros.
  @Test(
    arguments: [
      (0.00000005, 7, "0.0000001"),  // a tie in decimal; the double lies just below it
      (-0.00000005, 7, "-0.0000001"),
      (1.23456785, 7, "1.2345679"),  // 1.2345678|5 → up, although the double is 1.23456784999…
      (-1.23456785, 7, "-1.2345679"),
      (1.234567849, 7, "1.2345678"),
      (0.000000049999, 7, "0"),
      (-0.00000001, 7, "0"),  // rounds to −0, written as 0
      (-0.0, 7, "0"),
      (0, 7, "0"),
      (38, 7, "38"),
      (38.1, 7, "38.1"),
      (33.000000049, 7, "33"),
      (179.99999999, 7, "180"),
      (-179.99999995, 7, "-180"),
      (44.123456789, 7, "44.1234568"),
      (1.005, 2, "1.01"),  // the classic: 1.005 × 100 = 100.49999999999999 in doubles
      (2.5, 0, "3"),
      (-2.5, 0, "-3"),
      (0.5, 0, "1"),
      (0.125, 2, "0.13"),
      (123456789.123456789, 7, "123456789.1234568"),
      (1e-7, 7, "0.0000001"),
      (1e21, 7, "1000000000000000000000"),
      (4452779.631730943, 2, "4452779.63"),
      (0.1, 20, "0.1"),
    ] as [(Double, Int, String)])
  func fixedPrecisionRoundsHalfAwayFromZero(value: Double, precision: Int, expected: String) {
    #expect(fixed(value, precision) == expected)
  }

  @Test func fixedPrecisionWritesNonFiniteAsNull() {
    #expect(fixed(.infinity) == "null")
    #expect(fixed(.nan) == "null")
  }

  @Test(
    arguments: [
      (0.0, "0"), (-0.0, "0"), (42, "42"), (-7, "-7"), (0.1, "0.1"), (2.5, "2.5"),
      (1e-7, "1e-07"), (9_007_199_254_740_992, "9007199254740992"), (1e16, "1e+16"),
      (9_007_199_254_740_991, "9007199254740991"),
      (1.2345678901234567e19, "1.2345678901234567e+19"),
      (0.30000000000000004, "0.30000000000000004"), (.infinity, "null"),
    ] as [(Double, String)])
  func shortestFormIsExactAndIntegersHaveNoFraction(value: Double, expected: String) {
    #expect(shortest(value) == expected)
  }

  @Test func shortestFormReadsBackExactly() throws {
    var state: UInt64 = 12345
    for _ in 0..<2000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let value = Double(bitPattern: state >> 2)
      guard value.isFinite else { continue }
      let written = shortest(value)
      let read = try JSONReader.parse(utf8(written))
      #expect(read == .number(value), "\(written)")
    }
  }

  @Test func fixedPrecisionIsIdempotentOnItsOwnOutput() throws {
    var state: UInt64 = 99
    for _ in 0..<2000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let value = Double(state >> 11) / Double(1 << 53) * 360 - 180
      let once = fixed(value)
      let again = fixed(try #require(try JSONReader.parse(utf8(once)).numberValue))
      #expect(once == again)
    }
  }
}
