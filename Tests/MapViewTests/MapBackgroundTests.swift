import GeoJSON
import Testing

@testable import MapView

@Suite struct MapBackgroundTests {
  @Test func readsCountriesAndBorders() throws {
    let background = try MapViewFixtures.background()
    #expect(background.countries.map(\.isoCode).sorted() == ["IQ", "JO", "SY", "TR"])
    #expect(background.countries.allSatisfy { !$0.name.isEmpty })
    #expect(background.borders.count == 6)
  }

  @Test func croppingDropsWhatIsFarAway() throws {
    let background = try MapViewFixtures.background()
    let amman = BoundingBox(west: 35.8, south: 31.9, east: 36.0, north: 32.0)
    let cropped = background.cropped(to: amman)
    #expect(cropped.countries.map(\.isoCode) == ["JO"])
    #expect(cropped.borders.isEmpty)
  }

  @Test func rejectsABrokenCountriesFile() throws {
    let error = #expect(throws: MapViewError.self) {
      try MapBackground.read(
        countries: Array("{\"type\":".utf8), countriesFile: "countries.geojson",
        borders: MapViewFixtures.bytes("borders-small.geojson"), bordersFile: "borders.geojson")
    }
    #expect(error?.file == "countries.geojson")
  }

  /// Even-odd point in polygon.
  static func contains(_ polygon: Polygon, _ point: Position) -> Bool {
    var inside = false
    for ring in polygon.rings {
      for (a, b) in zip(ring.positions, ring.positions.dropFirst())
      where (a.latitude > point.latitude) != (b.latitude > point.latitude) {
        let x =
          a.longitude + (point.latitude - a.latitude) / (b.latitude - a.latitude)
          * (b.longitude - a.longitude)
        if point.longitude < x { inside.toggle() }
      }
    }
    return inside
  }
}
