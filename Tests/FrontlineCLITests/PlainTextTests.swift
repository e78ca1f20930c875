import Testing

@testable import FrontlineCLI

/// Numbers as tables and CSV print them.
struct PlainTextTests {
  @Test func fixedRoundsAsPrintfDoes() {
    #expect(PlainText.fixed(30.778460, 3) == "30.778")
    #expect(PlainText.fixed(2.5, 0) == "2")
    #expect(PlainText.fixed(-0.0004, 3) == "-0.000")
    #expect(PlainText.fixed(1, 2) == "1.00")
  }

  @Test func trimmedDropsTrailingZeros() {
    #expect(PlainText.trimmed(41.8765, 6) == "41.8765")
    #expect(PlainText.trimmed(3, 3) == "3")
    #expect(PlainText.trimmed(-0.0004, 3) == "0")
  }

  @Test func roundedKeepsTheGivenDecimals() {
    #expect(PlainText.rounded(36.320_94, 3) == 36.321)
    #expect(PlainText.rounded(-12.5, 0) == -13)
  }
}
