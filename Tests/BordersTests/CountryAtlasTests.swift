import GeoJSON
import Testing

@testable import Borders

@Suite struct CountryAtlasTests {
  let atlas = TestData.library.atlas

  func country(_ latitude: Double, _ longitude: Double) -> String? {
    atlas.country(at: Position(longitude: longitude, latitude: latitude))?.iso2
  }

  @Test func shippedPolygonsPlaceKnownTowns() {
    #expect(country(36.3209, 41.87656) == "IQ")  // Sinjar
    #expect(country(34.45226, 40.91854) == "SY")  // Abu Kamal
    #expect(country(36.34, 43.13) == "IQ")  // Mosul
    #expect(country(31.95, 35.93) == "JO")  // Amman
    #expect(country(35.69, 51.39) == "IR")  // Tehran
    // The README's caveats: Natural Earth's quantized polygons put Tal Abyad in Turkey and
    // the Golan (Majdal Shams) in Israel.
    #expect(country(36.6975, 38.9567) == "TR")
    #expect(country(33.27, 35.77) == "IL")
    #expect(country(34.5, 33.5) == nil)  // the Mediterranean
  }

  @Test func holesAndMultiPolygonsAreRespected() throws {
    let atlas = try CountryAtlas(path: TestData.fixture("square-with-hole.geojson"))
    func code(_ longitude: Double, _ latitude: Double) -> String? {
      atlas.country(at: Position(longitude: longitude, latitude: latitude))?.iso3
    }
    #expect(code(1, 1) == "AAA")
    #expect(code(5, 5) == nil)  // in the hole
    #expect(code(21, 1) == "BBB")
    #expect(code(31, 1) == "BBB")  // the second part
    #expect(code(25, 1) == nil)  // between the parts
    #expect(code(40.5, 0.5) == "CCC")
  }

  @Test func naturalEarthPlaceholdersFallBack() throws {
    let atlas = try CountryAtlas(path: TestData.fixture("square-with-hole.geojson"))
    let placeholder = try #require(atlas.country(code: "CC"))
    #expect(placeholder.iso3 == "CCC")
    #expect(placeholder.name == "Placeholder codes")
  }

  @Test func codesFindCountries() {
    #expect(atlas.country(code: "iq")?.name == "Iraq")
    #expect(atlas.country(code: "SYR")?.iso2 == "SY")
    #expect(atlas.country(code: "PSX")?.iso3 == "PSE")
    #expect(atlas.country(code: "XX") == nil)
  }

  @Test func featuresWithoutCodesAreRejected() {
    #expect(throws: BordersError.self) {
      try CountryAtlas(path: TestData.fixture("country-no-code.geojson"))
    }
  }

  @Test func lineFeaturesAreRejected() throws {
    let line = try LineString([
      Position(longitude: 0, latitude: 0), Position(longitude: 1, latitude: 1),
    ])
    let feature = Feature(
      geometry: .lineString(line), properties: ["iso_a2": "AA", "iso_a3": "AAA"])
    #expect(throws: BordersError.self) { try CountryAtlas(features: [feature]) }
  }

  @Test func aMissingFileIsAnIOError() {
    do {
      _ = try CountryAtlas(path: TestData.fixture("no-such-file.geojson"))
      Issue.record("expected an error")
    } catch {
      #expect(error.code == .io)
      #expect(error.description.hasPrefix(TestData.fixture("no-such-file.geojson")))
    }
  }
}
