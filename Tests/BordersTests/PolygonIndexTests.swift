import GeoJSON
import Testing

@testable import Borders

@Suite struct PolygonIndexTests {
  /// Plain even–odd ray casting over every edge, the reference for the banded index.
  func naiveContains(_ polygons: [Polygon], _ x: Double, _ y: Double) -> Bool {
    var inside = false
    for ring in polygons.flatMap(\.rings) {
      for (a, b) in zip(ring.positions, ring.positions.dropFirst())
      where (a.latitude > y) != (b.latitude > y) {
        let crossing =
          a.longitude + (y - a.latitude) * (b.longitude - a.longitude) / (b.latitude - a.latitude)
        if x < crossing { inside.toggle() }
      }
    }
    return inside
  }

  @Test(arguments: ["TR", "IR", "SA", "SY"])
  func bandsAgreeWithTheNaiveTest(code: String) throws {
    let country = try #require(TestData.library.atlas.country(code: code))
    let index = country.index
    var random = SeededGenerator(state: 31)
    for _ in 0..<3_000 {
      let x = Double.random(in: index.west - 1...index.east + 1, using: &random)
      let y = Double.random(in: index.south - 1...index.north + 1, using: &random)
      #expect(
        index.contains(longitude: x, latitude: y) == naiveContains(country.polygons, x, y))
    }
  }

  @Test func anEmptyIndexContainsNothing() {
    let index = PolygonIndex(polygons: [])
    #expect(!index.contains(longitude: 0, latitude: 0))
  }
}
