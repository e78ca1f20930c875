import Control
import Foundation
import GeoJSON
import Testing

@testable import Territory

@Suite struct ControlPointSnapshotFileTests {
  @Test func aSnapshotFileBecomesAreasAndAFront() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/raqqa-east.snapshot.geojson")
    let snapshot = try Snapshot(
      GeoJSONReader.read([UInt8](Data(contentsOf: url)), file: url.path), file: url.path)
    let points = ControlPoint.points(of: snapshot)
    #expect(points.map(\.placeID) == ["fixture-city", "fixture-village", "fixture-region"])
    let result = try TerritoryBuilder(countries: Fixture.atlas.countries).areas(
      from: points, asOf: snapshot.date.description)
    #expect(result.countries == ["SY"])
    #expect(result.placesWithoutReach == 1)
    #expect(
      result.areas.map(\.areaClass) == [.controlled(by: "isis"), .controlled(by: "sdf"), .unknown])
    #expect(result.fronts.map(\.between) == [["isis", "sdf"]])
    #expect(result.areaFeatures.allSatisfy { $0.properties?["as_of"] == "2017-06-06" })
  }
}

@Suite struct ControlPointSnapshotTests {
  func state(kind: String?, precision: GeoPrecision, located: Bool = true) -> PlaceState {
    PlaceState(
      place: LedgerPlace(
        id: "sinjar", name: "Sinjar",
        position: located ? Position(longitude: 41.87656, latitude: 36.3209) : nil, kind: kind),
      controller: "PMU", status: .controlled, since: Day(year: 2017, month: 5, day: 30)!,
      geoPrecision: precision)
  }

  @Test func placesBecomePointsWithTheirKind() throws {
    let point = try #require(ControlPoint(state(kind: "town", precision: .exact)))
    #expect(point.placeID == "sinjar")
    #expect(point.kind == "town")
    #expect(point.areaClass == .controlled(by: "PMU"))
    #expect(ControlPoint(state(kind: nil, precision: .near))?.kind == "village")
  }

  @Test func regionPrecisionReachesNowhereAndUnlocatedPlacesAreSkipped() {
    #expect(ControlPoint(state(kind: "town", precision: .region))?.kind == "region")
    #expect(ControlPoint(state(kind: "town", precision: .exact, located: false)) == nil)
    let snapshot = Snapshot(
      date: Day(year: 2017, month: 6, day: 1)!,
      states: [
        state(kind: "town", precision: .exact),
        state(kind: "town", precision: .exact, located: false),
      ])
    #expect(ControlPoint.points(of: snapshot).count == 1)
  }
}
