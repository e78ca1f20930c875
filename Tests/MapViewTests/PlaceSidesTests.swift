import GeoJSON
import Testing

@testable import MapView

@Suite struct PlaceSidesTests {
  @Test func aSnapshotNamesItsHolderAndChallenger() {
    let sides = PlaceSides(["controller": "isis", "challenger": "sdf", "status": "besieged"])
    #expect([sides.holder, sides.challenger] == ["isis", "sdf"] && sides.isChallenged == true)
  }

  @Test func aControlledSnapshotHasNoChallenger() {
    let sides = PlaceSides(["controller": "pmu", "challenger": "isis", "status": "controlled"])
    #expect([sides.holder, sides.challenger] == ["pmu", nil] && sides.isChallenged == false)
  }

  @Test func anEventIsHeldByItsToUnlessChallenged() {
    #expect(PlaceSides(["from": "isis", "to": "pmu"]).holder == "pmu")
    let siege = PlaceSides(["from": "isis", "to": "sdf", "status": "Besieged"])
    #expect([siege.holder, siege.challenger] == ["isis", "sdf"] && siege.isChallenged == true)
    let advance = PlaceSides(["from": nil, "to": "pmu", "status": "advance"])
    #expect([advance.holder, advance.challenger] == ["pmu", nil] && advance.isChallenged == true)
  }
}
