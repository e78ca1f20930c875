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

  @Test func labelPointsAreInsideTheirCountry() throws {
    for country in try MapViewFixtures.background().countries {
      let polygons: [Polygon]
      switch country.geometry {
      case .polygon(let polygon): polygons = [polygon]
      case .multiPolygon(let parts): polygons = parts
      default: polygons = []
      }
      #expect(polygons.contains { Self.contains($0, country.labelPosition) }, "\(country.name)")
    }
  }

  @Test func labelPointOfAConcaveShapeIsInside() throws {
    // A "C" open to the east: its centroid lies in the notch.
    let ring = try LinearRing(
      [(0, 0), (10, 0), (10, 2), (2, 2), (2, 8), (10, 8), (10, 10), (0, 10), (0, 0)].map {
        Position(longitude: Double($0.0), latitude: Double($0.1))
      })
    let position = try #require(LabelPoint.inside(.polygon(Polygon([ring]))))
    #expect(Self.contains(Polygon([ring]), position))
  }

  @Test func labelPointKeepsToTheVisibleBox() throws {
    let syria = try #require(
      try MapViewFixtures.background().countries.first { $0.isoCode == "SY" })
    let east = BoundingBox(west: 40, south: 35, east: 42, north: 37)
    let position = try #require(LabelPoint.inside(syria.geometry, within: east))
    #expect((40...42).contains(position.longitude) && (35...37).contains(position.latitude))
    let atSea = BoundingBox(west: 20, south: 20, east: 21, north: 21)
    #expect(LabelPoint.inside(syria.geometry, within: atSea) == nil)
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
