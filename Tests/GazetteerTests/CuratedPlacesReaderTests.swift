import Testing

@testable import Gazetteer

struct CuratedPlacesReaderTests {
  static let header = CuratedPlacesReader.header.joined(separator: "\t")

  private func read(_ text: String) throws -> (records: [PlaceRecord], arena: StringArena) {
    try Fixture.records(
      at: Fixture.temporaryFile(text, name: "places.tsv"), CuratedPlacesReader.read)
  }

  private func error(_ text: String) throws -> GazetteerError? {
    try Fixture.readError(text, name: "places.tsv", CuratedPlacesReader.read)
  }

  private static func row(
    id: String = "umm_jrais", name: String = "Umm Jrais", variants: String = "Um Gris|Umm al-Jaris",
    lat: String = "36.277", lon: String = "41.281", country: String = "IQ",
    kind: String = "village", geonameid: String = "", note: String = ""
  ) -> String {
    [id, name, variants, lat, lon, country, kind, geonameid, "Wikipedia", "CC BY-SA 4.0", note]
      .joined(separator: "\t")
  }

  @Test func readsTheShippedFile() throws {
    let (records, arena) = try Fixture.records(
      at: Fixture.dataDirectory + "/places.tsv", CuratedPlacesReader.read)
    #expect(records.count == 35)
    let sinjar = try #require(records.first { $0.curatedID.map(arena.string) == "sinjar" })
    #expect(sinjar.geonameid == 448149)
    #expect(sinjar.kind == .town)
    #expect(sinjar.variants.map(arena.string).contains("Shingal"))
    let crossing = try #require(records.first { $0.curatedID.map(arena.string) == "tawsin_bc" })
    #expect(crossing.kind == .borderCrossing)
    #expect(arena.string(crossing.country) == "IQ/SY")
  }

  @Test func readsFieldsAndVariants() throws {
    let (records, arena) = try read(
      Self.header + "\n# a comment\n\n" + Self.row(note: "approximate"))
    let record = try #require(records.first)
    #expect(record.curatedID.map(arena.string) == "umm_jrais")
    #expect(arena.string(record.name) == "Umm Jrais")
    #expect(record.variants.map(arena.string) == ["Um Gris", "Umm al-Jaris"])
    #expect(record.latitude == 36.277)
    #expect(record.longitude == 41.281)
    #expect(record.kind == .village)
    #expect(record.geonameid == nil)
    #expect(record.note.map(arena.string) == "approximate")
    #expect(record.isCurated)
  }

  @Test func headerMustMatch() throws {
    let error = try #require(try error("id\tname\tlat\tlon\n" + Self.row()))
    #expect(error.code == .invalidHeader)
    #expect(error.line == 1)
  }

  @Test func unknownKindNamesItsColumn() throws {
    let error = try #require(try error(Self.header + "\n" + Self.row(kind: "hamletto")))
    #expect(error.code == .unknownKind)
    #expect(error.line == 2)
    #expect(error.column == 59)
  }

  @Test func duplicateIDIsAnError() throws {
    let error = try #require(try error(Self.header + "\n" + Self.row() + "\n" + Self.row()))
    #expect(error.code == .duplicateID)
    #expect(error.line == 3)
  }

  @Test func badRowsAreErrorsWithLineNumbers() throws {
    let cases: [(String, GazetteerError.Code)] = [
      (Self.row(lat: "north"), .invalidNumber),
      (Self.row(lat: "91"), .outOfRange),
      (Self.row(lon: ""), .missingField),
      (Self.row(id: ""), .missingField),
      (Self.row(country: "Iraq"), .missingField),
      (Self.row(geonameid: "12a"), .invalidNumber),
      ("umm_jrais\tUmm Jrais\t\t36.2", .wrongColumnCount),
    ]
    for (row, code) in cases {
      let error = try #require(try error(Self.header + "\n" + row), "\(row)")
      #expect(error.code == code, "\(row)")
      #expect(error.line == 2, "\(row)")
    }
  }

  @Test func emptyFileNeedsAHeader() throws {
    #expect(try error("")?.code == .invalidHeader)
  }
}
