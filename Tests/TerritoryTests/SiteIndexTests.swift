import Testing

@testable import Territory

@Suite struct SiteIndexTests {
  @Test func nearestMatchesABruteForceSearch() {
    var random = SplitMix(seed: 11)
    let points = (0..<500).map { _ in
      PlanarPoint(x: random.unit() * 100_000, y: random.unit() * 50_000)
    }
    let index = SiteIndex(points: points)
    for _ in 0..<300 {
      // Queries reach well outside the points' box, as mirror images of sites do.
      let query = PlanarPoint(
        x: random.unit() * 300_000 - 100_000, y: random.unit() * 150_000 - 50_000)
      let brute = points.indices.min {
        points[$0].squaredDistance(to: query) < points[$1].squaredDistance(to: query)
      }
      let found = index.nearest(to: query)
      #expect(
        found.map { points[$0].squaredDistance(to: query) }
          == brute.map { points[$0].squaredDistance(to: query) })
    }
  }

  @Test func anEmptyIndexFindsNothing() {
    #expect(SiteIndex(points: []).nearest(to: PlanarPoint(x: 0, y: 0)) == nil)
  }
}
