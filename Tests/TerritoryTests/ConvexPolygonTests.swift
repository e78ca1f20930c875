import Foundation
import Testing

@testable import Territory

@Suite struct ConvexPolygonTests {
  let oneMillimetre = 0.001  // m

  @Test(arguments: [8, 16, 32])
  func discPolygonHasTheDiscArea(vertices: Int) {
    let disc = ConvexPolygon.disc(
      center: PlanarPoint(x: 5, y: -3), radius: 2_000, segments: vertices)
    #expect(disc.vertices.count == vertices)
    let expected = Double.pi * 2_000 * 2_000
    #expect(abs(PlanarPolygon(rings: [disc.closedRing]).area - expected) / expected < 1e-12)
    #expect(
      abs(
        disc.vertices[0].x - 5
          - ConvexPolygon.equalAreaCircumradius(radius: 2_000, segments: vertices)) < oneMillimetre)
  }

  @Test func ringsAreTurnedCounterclockwiseAndUnclosed() {
    let clockwise = [
      PlanarPoint(x: 0, y: 0), PlanarPoint(x: 0, y: 1), PlanarPoint(x: 1, y: 1),
      PlanarPoint(x: 1, y: 0), PlanarPoint(x: 0, y: 0),
    ]
    let polygon = ConvexPolygon(ring: clockwise)
    #expect(polygon.vertices.count == 4)
    #expect(PlanarPolygon(rings: [polygon.closedRing]).area == 1)
    #expect(polygon.closedRing.first == polygon.closedRing.last)
  }

  @Test func segmentsAreClippedToTheInside() throws {
    let square = ConvexPolygon(
      counterclockwise: [
        PlanarPoint(x: 0, y: 0), PlanarPoint(x: 10, y: 0), PlanarPoint(x: 10, y: 10),
        PlanarPoint(x: 0, y: 10),
      ])
    let (a, b) = try #require(
      square.clip(segmentFrom: PlanarPoint(x: -5, y: 5), to: PlanarPoint(x: 15, y: 5)))
    #expect(a == PlanarPoint(x: 0, y: 5))
    #expect(b == PlanarPoint(x: 10, y: 5))
    #expect(
      square.clip(segmentFrom: PlanarPoint(x: -5, y: 11), to: PlanarPoint(x: 15, y: 11)) == nil)
    #expect(square.contains(PlanarPoint(x: 10, y: 10)))
    #expect(!square.contains(PlanarPoint(x: 10.5, y: 10)))
  }
}
