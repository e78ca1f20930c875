import GeoJSON
import Testing

@testable import Territory

@Suite struct TerritoryBuilderDiffTests {
  let relativeTolerance = 0.001  // 0.1 %

  @Test func aPlaceThatChangesHandsMovesItsArea() throws {
    let before = [
      Fixture.point(39.9, 35, "ISIS", id: "a"), Fixture.point(40.3, 35, "ISIS", id: "b"),
    ]
    var after = before
    after[1].controller = "SDF"
    let diff = try TerritoryBuilder(countries: [Fixture.square()]).diff(
      from: before, asOf: "2017-01-01", to: after, asOf: "2017-06-01")
    #expect(diff.changes.map { [$0.from, $0.to] } == [["ISIS", "SDF"]])
    let moved = try #require(diff.after.areas.first { $0.areaClass == .controlled(by: "SDF") })
    #expect(abs(diff.changes[0].area - moved.area) / moved.area < relativeTolerance)
    #expect(diff.balances.map(\.actor) == ["ISIS", "SDF"])
    #expect(abs(diff.balances[0].net + moved.area) / moved.area < relativeTolerance)
    #expect(abs(diff.balances[1].net - moved.area) / moved.area < relativeTolerance)
  }

  @Test func identicalSnapshotsChangeNothing() throws {
    let points = Fixture.generated(count: 200)
    let diff = try TerritoryBuilder(countries: Fixture.atlas.countries).diff(
      from: points, to: points)
    #expect(diff.changes.isEmpty)
    #expect(diff.balances.isEmpty)
  }

  @Test func gainsAndLossesBalance() throws {
    let before = Fixture.generated(count: 300)
    let after =
      before.map { point in
        var moved = point
        if point.controller == "ISIS", point.position.longitude > 40 { moved.controller = "SDF" }
        return moved
      } + Fixture.generated(count: 40, seed: 7)
    let diff = try TerritoryBuilder(countries: Fixture.atlas.countries).diff(
      from: before, asOf: "2017-01-01", to: after, asOf: "2017-06-01")
    let gained = diff.balances.reduce(0) { $0 + $1.gained }
    let lost = diff.balances.reduce(0) { $0 + $1.lost }
    #expect(gained > 0)
    #expect(abs(gained - lost) / gained < 1e-12)
    #expect(diff.after.repairs == 0)
    // Each holder's net is the change of its own area, measured independently.
    var areas: [String: (before: Double, after: Double)] = [:]
    for area in diff.before.areas {
      areas[area.areaClass.label, default: (0, 0)].before += area.area
    }
    for area in diff.after.areas { areas[area.areaClass.label, default: (0, 0)].after += area.area }
    for balance in diff.balances {
      let sizes = try #require(areas[balance.actor])
      let expected = sizes.after - sizes.before
      #expect(
        abs(balance.net - expected) <= relativeTolerance * max(sizes.before, sizes.after),
        "\(balance.actor): net \(balance.net) m², areas changed by \(expected) m²")
    }
  }

  @Test func changesAreValidPolygons() throws {
    let before = Fixture.generated(count: 200)
    let after = before.map { point in
      var moved = point
      if point.controller == "SAA" { moved.controller = "ISIS" }
      return moved
    }
    let diff = try TerritoryBuilder(countries: Fixture.atlas.countries).diff(
      from: before, to: after)
    let engine = try GeometryEngine()
    #expect(!diff.changes.isEmpty)
    for change in diff.changes {
      let shape = try engine.multiPolygon(change.polygons.map(PlanarPolygon.init(degrees:)))
      #expect(shape.isValid, "\(change.from)→\(change.to): \(engine.invalidityReason(shape))")
    }
  }
}
