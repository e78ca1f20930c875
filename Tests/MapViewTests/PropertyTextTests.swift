import GeoJSON
import Testing

@testable import MapView

@Suite struct PropertyTextTests {
  @Test func readsTextAndWholeNumbersAlike() {
    #expect(PropertyText.of("taru") == "taru")
    #expect(PropertyText.of(.number(448_149)) == "448149")
    #expect(PropertyText.of(.number(0.5)) == "0.5")
    #expect(PropertyText.of("") == nil)
    #expect(PropertyText.of(.null) == nil)
    #expect(PropertyText.of(["a"]) == nil)
  }

  @Test func readsNumbersWrittenAsText() {
    #expect(PropertyText.number("2.5") == 2.5)
    #expect(PropertyText.number(3) == 3)
    #expect(PropertyText.number("wide") == nil)
    #expect(PropertyText.number("nan") == nil)
  }
}
