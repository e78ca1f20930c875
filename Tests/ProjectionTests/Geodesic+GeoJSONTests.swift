import GeoJSON
import Testing

@testable import Projection

struct GeodesicGeoJSONTests {
  let areaTolerance = 1e-3  // m²
  let lengthTolerance = 1e-6  // m

  private func ring(_ points: [(Double, Double)]) throws -> LinearRing {
    try LinearRing(points.map { Position(longitude: $0.0, latitude: $0.1) })
  }

  /// A 1°×1° cell near Mosul, counterclockwise.
  private func cell() throws -> LinearRing {
    try ring([(43, 36), (44, 36), (44, 37), (43, 37), (43, 36)])
  }

  /// A 0.2°×0.2° hole inside the cell, clockwise.
  private func hole() throws -> LinearRing {
    try ring([(43.4, 36.4), (43.4, 36.6), (43.6, 36.6), (43.6, 36.4), (43.4, 36.4)])
  }

  private func ringArea(_ ring: LinearRing) -> Double {
    abs(
      Geodesic.wgs84.polygon(
        latitudes: ring.positions.map(\.latitude), longitudes: ring.positions.map(\.longitude)
      ).area)
  }

  @Test func polygonAreaSubtractsHolesWhateverTheWinding() throws {
    let outer = try cell()
    let inner = try hole()
    let expected = ringArea(outer) - ringArea(inner)
    let rightHanded = Polygon([outer, inner])
    let leftHanded = Polygon([outer.reversed, inner.reversed])
    #expect(abs(Geodesic.wgs84.area(of: rightHanded) - expected) <= areaTolerance)
    #expect(abs(Geodesic.wgs84.area(of: leftHanded) - expected) <= areaTolerance)
    // A 1°×1° cell at 36°N is about 111 km × 90 km.
    #expect((9.5e9...1.05e10).contains(expected))
  }

  @Test func geometryAreaSumsPolygonsAndIgnoresLines() throws {
    let polygon = Polygon([try cell()])
    let single = Geodesic.wgs84.area(of: polygon)
    let multi = Geometry.multiPolygon([polygon, polygon])
    #expect(abs(Geodesic.wgs84.area(of: multi) - 2 * single) <= areaTolerance)
    let collection = Geometry.geometryCollection([
      .polygon(polygon), .point(Position(longitude: 0, latitude: 0)),
    ])
    #expect(abs(Geodesic.wgs84.area(of: collection) - single) <= areaTolerance)
    let line = Geometry.lineString(try LineString(try cell().positions))
    #expect(Geodesic.wgs84.area(of: line) == 0)
  }

  @Test func perimeterCountsEveryRing() throws {
    let outer = try cell()
    let inner = try hole()
    let expected =
      Geodesic.wgs84.length(of: outer.positions) + Geodesic.wgs84.length(of: inner.positions)
    #expect(
      abs(Geodesic.wgs84.perimeter(of: Polygon([outer, inner])) - expected) <= lengthTolerance)
  }

  @Test func lengthSumsGeodesicSegments() {
    let a = Position(longitude: 41.87, latitude: 36.32)
    let b = Position(longitude: 43.13, latitude: 36.34)
    let c = Position(longitude: 43.13, latitude: 37.34)
    let expected = Geodesic.wgs84.distance(a, b) + Geodesic.wgs84.distance(b, c)
    #expect(abs(Geodesic.wgs84.length(of: [a, b, c]) - expected) <= lengthTolerance)
    // GeodSolve -i: "36.32 41.87 36.34 43.13" gives 113152.017 m.
    #expect(abs(Geodesic.wgs84.distance(a, b) - 113_152.017) <= 0.0005)
    #expect(Geodesic.wgs84.length(of: [a]) == 0)
  }
}
