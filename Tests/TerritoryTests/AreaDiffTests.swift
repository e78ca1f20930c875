import GeoJSON
import Testing

@testable import Territory

@Suite struct AreaDiffTests {
  @Test func featuresCarryTheChangeAndBothDates() throws {
    let before = [Fixture.point(40, 35, "ISIS")]
    let after = [Fixture.point(40, 35, "SDF")]
    let diff = try TerritoryBuilder(countries: [Fixture.square()]).diff(
      from: before, asOf: "2017-01-01", to: after, asOf: "2017-06-01")
    let feature = try #require(diff.changeFeatures.first)
    let properties = try #require(feature.properties)
    #expect(properties["layer"] == "area-change")
    #expect(properties["from"] == "ISIS")
    #expect(properties["to"] == "SDF")
    #expect(properties["from_date"] == "2017-01-01")
    #expect(properties["to_date"] == "2017-06-01")
    let km2 = try #require(properties["area_km2"]?.numberValue)
    #expect(abs(km2 - Double.pi * 225) < 1)
  }

  @Test func summaryListsGainedLostAndNetInSquareKilometres() {
    let balances = [AreaBalance(actor: "ISIS", gained: 1e6, lost: 3.5e6)]
    let diff = AreaDiff(
      before: ControlAreas.empty, after: ControlAreas.empty, changes: [], balances: balances)
    #expect(
      diff.summary == [["actor": "ISIS", "km2_gained": 1, "km2_lost": 3.5, "km2_net": -2.5]])
  }
}

extension ControlAreas {
  static let empty = ControlAreas(
    asOf: nil, areas: [], fronts: [], countries: [], clippedArea: nil, repairs: 0,
    placesUsed: 0, placesWithoutReach: 0)
}
