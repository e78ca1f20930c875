import Borders
import GeoJSON
import Projection
import Testing

@testable import Territory

@Suite struct ClipRegionTests {
  @Test func theShippedCountriesNeedNoRepair() throws {
    let engine = try GeometryEngine()
    for country in Fixture.atlas.countries {
      let projection = try LocalProjection(around: country.polygons[0].rings[0].positions)
      let region = try ClipRegion(countries: [country], projection: projection, engine: engine)
      #expect(region.repairs == 0, "\(country.iso2)")
      let geodesic = country.polygons.reduce(0) { $0 + Geodesic.wgs84.area(of: $1) }
      // Equal-area projection: the planar area is the ellipsoidal one.
      #expect(abs(region.shape.area - geodesic) / geodesic < 0.001, "\(country.iso2)")
    }
  }

  @Test func piecesAreSortedInsideOutsideAndAcross() throws {
    let engine = try GeometryEngine()
    let square = try Fixture.square()
    let projection = try LocalProjection(centre: Position(longitude: 40, latitude: 35))
    let region = try ClipRegion(countries: [square], projection: projection, engine: engine)
    let small = PlanarBox(minX: -100, minY: -100, maxX: 100, maxY: 100)
    #expect(try region.side(of: small) == .inside)
    #expect(try region.side(of: small.expanded(by: 60_000)) == .crossing)
    let away = PlanarBox(minX: 200_000, minY: 0, maxX: 201_000, maxY: 1_000)
    #expect(try region.side(of: away) == .outside)
  }
}
