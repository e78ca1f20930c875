import GeoJSON
import Testing

@testable import Borders

@Suite struct CountryTests {
  func square() throws -> Polygon {
    Polygon([
      try LinearRing([
        Position(longitude: 0, latitude: 0), Position(longitude: 2, latitude: 0),
        Position(longitude: 2, latitude: 2), Position(longitude: 0, latitude: 2),
        Position(longitude: 0, latitude: 0),
      ])
    ])
  }

  @Test func codesMatchInAnyCase() throws {
    let country = Country(
      iso2: "PS", iso3: "PSE", adm0A3: "PSX", name: "Palestine", polygons: [try square()])
    #expect(country.matches(code: "ps"))
    #expect(country.matches(code: "PSE"))
    #expect(country.matches(code: "psx"))
    #expect(!country.matches(code: "IL"))
  }

  @Test func theNaturalEarthCodeDefaultsToTheISOCode() throws {
    let country = Country(iso2: "IQ", iso3: "IRQ", name: "Iraq", polygons: [try square()])
    #expect(country.adm0A3 == "IRQ")
    #expect(country.contains(Position(longitude: 1, latitude: 1)))
    #expect(!country.contains(Position(longitude: 3, latitude: 1)))
  }
}
