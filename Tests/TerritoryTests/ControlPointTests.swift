import Control
import GeoJSON
import Testing

@testable import Territory

@Suite struct ControlPointTests {
  @Test func statusAndControllerGiveTheClass() {
    #expect(Fixture.point(40, 35, "ISIS").areaClass == .controlled(by: "ISIS"))
    #expect(Fixture.point(40, 35, "SAA", status: .besieged).areaClass == .besieged(holder: "SAA"))
    #expect(Fixture.point(40, 35, "SDF", status: .contested).areaClass == .contested)
    #expect(Fixture.point(40, 35, "SDF", status: .advance).areaClass == .contested)
    #expect(Fixture.point(40, 35, nil).areaClass == .unknown)
    #expect(Fixture.point(40, 35, "").areaClass == .unknown)
    #expect(Fixture.point(40, 35, nil, status: .besieged).areaClass == .contested)
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
      states: [state(kind: "town", precision: .exact), state(kind: "town", precision: .exact, located: false)])
    #expect(ControlPoint.points(of: snapshot).count == 1)
  }
}
