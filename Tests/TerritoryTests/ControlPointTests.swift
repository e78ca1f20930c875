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
