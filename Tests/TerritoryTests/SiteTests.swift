import Testing

@testable import Territory

@Suite struct SiteTests {
  @Test func pointsAtOneSpotBecomeOneSite() {
    let points = [
      Fixture.point(40, 35, "ISIS", kind: "village"), Fixture.point(40, 35, "ISIS", kind: "city"),
      Fixture.point(41, 35, "SDF", kind: "region"),
    ]
    let projected = [
      PlanarPoint(x: 0, y: 0), PlanarPoint(x: 0.3, y: 0.2), PlanarPoint(x: 90_000, y: 0),
    ]
    let sites = Site.sites(from: points, projected: projected, reach: .nominatim)
    #expect(sites.count == 1)
    #expect(sites[0].places == 2)
    #expect(sites[0].reach == 15_000)
    #expect(sites[0].areaClass == .controlled(by: "ISIS"))
  }
}
