import Testing

@testable import Territory

@Suite struct PlanarPolygonTests {
  let square = PlanarPolygon(rings: [
    [
      PlanarPoint(x: 0, y: 0), PlanarPoint(x: 1_000, y: 0), PlanarPoint(x: 1_000, y: 1_000),
      PlanarPoint(x: 0, y: 1_000), PlanarPoint(x: 0, y: 0),
    ]
  ])

  @Test func densifyingKeepsTheShape() {
    let dense = square.densified(maximumSegment: 300)
    #expect(dense.rings[0].count == 17)
    #expect(dense.area == square.area)
    for (a, b) in zip(dense.rings[0], dense.rings[0].dropFirst()) {
      #expect(a.squaredDistance(to: b) <= 300 * 300)
    }
  }

  @Test func ringContainment() {
    #expect(PlanarPolygon.ring(square.rings[0], contains: PlanarPoint(x: 500, y: 500)))
    #expect(!PlanarPolygon.ring(square.rings[0], contains: PlanarPoint(x: 1_500, y: 500)))
  }

  @Test func holesCountAgainstTheArea() {
    var holed = square
    holed.rings.append([
      PlanarPoint(x: 100, y: 100), PlanarPoint(x: 100, y: 200), PlanarPoint(x: 200, y: 200),
      PlanarPoint(x: 200, y: 100), PlanarPoint(x: 100, y: 100),
    ])
    #expect(holed.area == 1_000_000 - 10_000)
  }
}
