import GeoJSON
import Projection
import Testing

@testable import Territory

@Suite struct RingAreasTests {
  @Test func aHoleCostsWhatTheSameOuterRingMeasured() throws {
    let square = try Fixture.square()
    let ring = square.polygons[0].rings[0]
    var areas = RingAreas()
    let outer = areas.area(of: ring)
    #expect(
      outer
        == abs(
          Geodesic.wgs84.polygon(
            latitudes: ring.positions.map(\.latitude), longitudes: ring.positions.map(\.longitude)
          ).area))
    #expect(areas.area(of: ring.reversed) == outer)
    let holed = Polygon([try Fixture.square(side: 2).polygons[0].rings[0], ring.reversed])
    let big = abs(Geodesic.wgs84.area(of: try Fixture.square(side: 2).polygons[0]))
    #expect(abs(areas.area(of: holed) - (big - outer)) < 1)  // m²
  }
}
