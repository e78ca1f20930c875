import Foundation
import Testing

@testable import Gazetteer

struct GeoNamesReaderTests {
  /// One GeoNames row with the given fields (19 columns; unspecified ones empty).
  static func row(
    _ id: String, _ name: String, alternates: String = "", lat: String = "36.3",
    lon: String = "43.1", featureClass: String = "P", code: String = "", country: String = "IQ",
    population: String = "0"
  ) -> String {
    var fields = [String](repeating: "", count: 19)
    fields[0] = id
    fields[1] = name
    fields[2] = name
    fields[3] = alternates
    fields[4] = lat
    fields[5] = lon
    fields[6] = featureClass
    fields[7] = code
    fields[8] = country
    fields[14] = population
    return fields.joined(separator: "\t")
  }

  private func read(_ text: String) throws -> (records: [PlaceRecord], arena: StringArena) {
    try Fixture.records(at: Fixture.temporaryFile(text), GeoNamesReader.read)
  }

  private func error(_ text: String) throws -> GazetteerError? {
    try Fixture.readError(text, name: "gazetteer.txt", GeoNamesReader.read)
  }

  @Test func readsTheSampleOfShippedRows() throws {
    let (records, arena) = try Fixture.records(
      at: Fixture.path("geonames-sample.txt"), GeoNamesReader.read)
    #expect(records.count == 10)
    let mosul = try #require(records.first { $0.geonameid == 99072 })
    #expect(arena.string(mosul.name) == "Mosul")
    #expect(mosul.latitude == 36.335)
    #expect(mosul.longitude == 43.11889)
    #expect(mosul.population == 1_683_000)
    #expect(mosul.kind == .city)
    #expect(arena.string(mosul.country) == "IQ")
    let spellings = mosul.variants.map(arena.string)
    #expect(spellings.contains("Al Mawşil"))
    #expect(spellings.contains("الموصل"))
  }

  @Test func skipsMachineTransliterationsAndCodes() throws {
    let (records, arena) = try read(
      Self.row("1", "Mosul", alternates: "Al Mawsil,almwsl,OSM,BH,Mūşil"))
    let spellings = records[0].variants.map(arena.string)
    #expect(spellings == ["Al Mawsil", "Mūşil"])
  }

  @Test func deduplicatesSpellings() throws {
    let (records, arena) = try read(Self.row("1", "Hit", alternates: "Hit,Heet,Heet,Hīt"))
    #expect(records[0].variants.map(arena.string) == ["Heet", "Hīt"])
  }

  @Test func kindFollowsPopulationAndFeatureCode() {
    #expect(GeoNamesReader.kind(featureClass: "P", code: "PPL", population: 150_000) == .city)
    #expect(GeoNamesReader.kind(featureClass: "P", code: "", population: 10_000) == .town)
    #expect(GeoNamesReader.kind(featureClass: "P", code: "PPL", population: 9_999) == .village)
    #expect(GeoNamesReader.kind(featureClass: "P", code: "PPLX", population: 0) == .hamlet)
    #expect(GeoNamesReader.kind(featureClass: "P", code: "PPLX", population: 5_000) == .village)
    #expect(GeoNamesReader.kind(featureClass: "A", code: "PCLI", population: 0) == .country)
    #expect(GeoNamesReader.kind(featureClass: "A", code: "ADM1", population: 0) == .region)
    #expect(GeoNamesReader.kind(featureClass: "S", code: "AIRB", population: 0) == .airbase)
    #expect(GeoNamesReader.kind(featureClass: "S", code: "PSTB", population: 0) == .borderCrossing)
    #expect(GeoNamesReader.kind(featureClass: "H", code: "STM", population: 0) == .other)
  }

  @Test func acceptsCRLFAndBlankLines() throws {
    let text = Self.row("1", "Hit") + "\r\n\n" + Self.row("2", "Anah") + "\r\n"
    #expect(try read(text).records.count == 2)
  }

  @Test func wrongColumnCountNamesTheLine() throws {
    let text = Self.row("1", "Hit") + "\n" + "2\tAnah\t36.3\n"
    let error = try #require(try error(text))
    #expect(error.code == .wrongColumnCount)
    #expect(error.line == 2)
    #expect(error.column == 1)
    #expect(
      error.description.hasSuffix(":2:1: GeoNames row has 3 tab-separated columns, expected 19"))
  }

  @Test func badLatitudeNamesLineAndColumn() throws {
    let text = Self.row("1", "Hit") + "\n" + Self.row("2", "Anah", lat: "3x.5")
    let error = try #require(try error(text))
    #expect(error.code == .invalidNumber)
    #expect(error.line == 2)
    #expect(error.column == 14)  // after "2\tAnah\tAnah\t\t", 13 bytes
  }

  @Test func outOfRangeLongitudeIsAnError() throws {
    let error = try #require(try error(Self.row("1", "Hit", lon: "190.5")))
    #expect(error.code == .outOfRange)
    #expect(error.line == 1)
  }

  @Test func missingGeonameidAndNameAreErrors() throws {
    #expect(try error(Self.row("", "Hit"))?.code == .missingField)
    #expect(try error(Self.row("x1", "Hit"))?.code == .invalidNumber)
    #expect(try error(Self.row("1", ""))?.code == .missingField)
    #expect(try error(Self.row("1", "Hit", population: "-5"))?.code == .invalidNumber)
  }

  @Test func invalidUTF8IsAnErrorWithItsColumn() throws {
    var bytes = Array(Self.row("1", "Hit").utf8)
    bytes[2] = 0xFF
    let path = try Fixture.temporaryFile("")
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    var arena = StringArena()
    var records: [PlaceRecord] = []
    let error = #expect(throws: GazetteerError.self) {
      try GeoNamesReader.read(path: path, arena: &arena, into: &records)
    }
    #expect(error?.code == .invalidText)
    #expect(error?.line == 1)
    #expect(error?.column == 3)
  }

  @Test func missingFileIsAnIOError() throws {
    var arena = StringArena()
    var records: [PlaceRecord] = []
    let error = #expect(throws: GazetteerError.self) {
      try GeoNamesReader.read(path: "/nonexistent/IQ.txt", arena: &arena, into: &records)
    }
    #expect(error?.code == .io)
    #expect(error?.file == "/nonexistent/IQ.txt")
  }

  @Test func readsLinesLongerThanTheReadChunk() throws {
    let alternates = (0..<120_000).map { "Name\($0)" }.joined(separator: ",")
    #expect(alternates.utf8.count > 1 << 20)
    let (records, _) = try read(
      Self.row("1", "Hit", alternates: alternates) + "\n" + Self.row("2", "Anah"))
    #expect(records.count == 2)
    #expect(records[0].variants.count == 120_000)
  }
}
