import Testing

@testable import Borders

@Suite struct CountryCodesTests {
  let codes = TestData.library.catalog.codes

  @Test func alpha2AndAlpha3MapBothWays() {
    #expect(codes.entry(for: "IQ")?.iso3 == "IRQ")
    #expect(codes.entry(for: "syr")?.iso2 == "SY")
    #expect(codes.entry(for: "XK")?.iso3 == "XKX")
    #expect(codes.entry(for: "ZZ") == nil)
  }

  @Test func naturalEarthCodesResolveToISO() {
    #expect(codes.entry(for: "PSX")?.iso2 == "PS")
    #expect(CountryCodes.iso3(naturalEarth: "SDS") == "SSD")
    #expect(CountryCodes.iso3(naturalEarth: "SOL") == "SOL")
  }

  @Test func theShippedTableHasEveryCountry() {
    #expect(codes.entries.count == 252)
  }

  @Test func aBadCodeIsReportedWithItsLine() {
    do {
      _ = try CountryCodes(path: TestData.fixture("countries-bad.tsv"))
      Issue.record("expected an error")
    } catch {
      #expect(error.code == .invalidData)
      #expect(error.line == 3)
      #expect(error.column == 1)
    }
  }

  @Test func aHeaderWithoutTheColumnsIsRejected() {
    #expect(throws: BordersError.self) { try CountryCodes(tsv: "a\tb\nIQ\tIRQ\n") }
    #expect(throws: BordersError.self) { try CountryCodes(tsv: "") }
  }

  @Test func shortRowsAndCarriageReturnsAreHandled() throws {
    let table = try CountryCodes(tsv: "iso2\tiso3\tname\r\nIQ\tIRQ\tIraq\r\n")
    #expect(table.entry(for: "IQ")?.name == "Iraq")
    #expect(throws: BordersError.self) { try CountryCodes(tsv: "iso2\tiso3\tname\nIQ\tIRQ\n") }
  }
}
