import GeoJSON
import Testing

@testable import MapView

@Suite struct LabelPointTests {
  @Test func labelPointsAreInsideTheirCountry() throws {
    for country in try MapViewFixtures.background().countries {
      let polygons: [Polygon]
      switch country.geometry {
      case .polygon(let polygon): polygons = [polygon]
      case .multiPolygon(let parts): polygons = parts
      default: polygons = []
      }
      #expect(
        polygons.contains { MapBackgroundTests.contains($0, country.labelPosition) },
        "\(country.name)")
    }
  }

  @Test func labelPointOfAConcaveShapeIsInside() throws {
    // A "C" open to the east: its centroid lies in the notch.
    let ring = try LinearRing(
      [(0, 0), (10, 0), (10, 2), (2, 2), (2, 8), (10, 8), (10, 10), (0, 10), (0, 0)].map {
        Position(longitude: Double($0.0), latitude: Double($0.1))
      })
    let position = try #require(LabelPoint.inside(.polygon(Polygon([ring]))))
    #expect(MapBackgroundTests.contains(Polygon([ring]), position))
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

}
