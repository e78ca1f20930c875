import Testing

@testable import Borders

@Suite struct BorderSideTests {
  @Test func sidesReadAsTheOutputShowsThem() {
    #expect(BorderSide.country(iso2: "IQ", iso3: "IRQ").description == "IQ")
    #expect(BorderSide.borderZone.description == "border zone")
    #expect(BorderSide.outside.description == "outside")
    #expect(BorderSide.unknown.description == "unknown")
  }
}
