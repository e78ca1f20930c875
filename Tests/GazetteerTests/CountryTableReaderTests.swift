import Testing

@testable import Gazetteer

struct CountryTableReaderTests {
  @Test func readsTheShippedTable() throws {
    let rows = try CountryTableReader.read(path: Fixture.dataDirectory + "/geonames/countries.tsv")
    #expect(rows.count == 252)
    let syria = try #require(rows.first { $0.iso2 == "SY" })
    #expect(syria.iso3 == "SYR")
    #expect(syria.name == "Syria")
    #expect(syria.capital == "Damascus")
    #expect(syria.geonameid == 163843)
  }

  @Test func badRowNamesItsLine() throws {
    let text = "iso2\tiso3\tname\tcapital\tpopulation\tgeonameid\nIQ\tIRQ\tIraq\tBaghdad\t1\tx\n"
    let path = try Fixture.temporaryFile(text, name: "countries.tsv")
    let error = #expect(throws: GazetteerError.self) { try CountryTableReader.read(path: path) }
    #expect(error?.code == .invalidNumber)
    #expect(error?.line == 2)
    #expect(error?.column == 23)
  }

  @Test func headerMustMatch() throws {
    let path = try Fixture.temporaryFile("code\tname\nIQ\tIraq\n", name: "countries.tsv")
    let error = #expect(throws: GazetteerError.self) { try CountryTableReader.read(path: path) }
    #expect(error?.code == .invalidHeader)
  }
}
