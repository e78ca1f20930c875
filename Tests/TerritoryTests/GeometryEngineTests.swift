import Testing

@testable import Territory

@Suite struct GeometryEngineTests {
  @Test func polygonsRoundTripThroughGEOS() throws {
    let engine = try GeometryEngine()
    let square = PlanarPolygon(rings: [
      [
        PlanarPoint(x: 0, y: 0), PlanarPoint(x: 4, y: 0), PlanarPoint(x: 4, y: 4),
        PlanarPoint(x: 0, y: 4), PlanarPoint(x: 0, y: 0),
      ],
      [
        PlanarPoint(x: 1, y: 1), PlanarPoint(x: 1, y: 2), PlanarPoint(x: 2, y: 2),
        PlanarPoint(x: 2, y: 1), PlanarPoint(x: 1, y: 1),
      ],
    ])
    let shape = try engine.polygon(square)
    #expect(shape.area == 15)
    #expect(engine.polygons(of: shape) == [square])
    #expect(shape.box == PlanarBox(minX: 0, minY: 0, maxX: 4, maxY: 4))
  }

  @Test func geosErrorsAreCapturedWithGEOSsOwnWords() throws {
    let engine = try GeometryEngine()
    let open = PlanarPolygon(rings: [
      [
        PlanarPoint(x: 0, y: 0), PlanarPoint(x: 1, y: 0), PlanarPoint(x: 1, y: 1),
        PlanarPoint(x: 0, y: 1),
      ]
    ])
    #expect {
      try engine.polygon(open)
    } throws: { error in
      guard let error = error as? TerritoryError else { return false }
      return error.code == .geos && (error.reason ?? "").contains("LinearRing")
    }
  }

  @Test func invalidShapesAreRepairedIntoPolygons() throws {
    let engine = try GeometryEngine()
    let bowTie = try engine.polygon(
      PlanarPolygon(rings: [
        [
          PlanarPoint(x: 0, y: 0), PlanarPoint(x: 2, y: 2), PlanarPoint(x: 2, y: 0),
          PlanarPoint(x: 0, y: 2), PlanarPoint(x: 0, y: 0),
        ]
      ]))
    #expect(!bowTie.isValid)
    #expect(engine.invalidityReason(bowTie).contains("Self-intersection"))
    let repaired = try engine.makeValid(bowTie)
    #expect(repaired.isValid)
    #expect(engine.polygons(of: repaired).count == 2)
    #expect(abs(repaired.area - 2) < 1e-12)
  }

  @Test func coverageUnionDissolvesSharedEdges() throws {
    let engine = try GeometryEngine()
    func square(_ x: Double) throws -> PlanarShape {
      try engine.polygon(
        PlanarPolygon(rings: [
          [
            PlanarPoint(x: x, y: 0), PlanarPoint(x: x + 1, y: 0), PlanarPoint(x: x + 1, y: 1),
            PlanarPoint(x: x, y: 1), PlanarPoint(x: x, y: 0),
          ]
        ]))
    }
    let union = try engine.coverageUnion(engine.collection(taking: [square(0), square(1)]))
    let polygons = engine.polygons(of: union)
    #expect(polygons.count == 1)
    #expect(union.area == 2)
  }
}
