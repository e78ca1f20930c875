import GeoJSON
import Testing

@testable import Control

@Suite struct ChangeKindTests {
  private func state(_ controller: String?, _ status: ControlStatus) -> PlaceState {
    PlaceState(
      place: LedgerPlace(id: "p", name: "P", position: Position(longitude: 41, latitude: 36)),
      controller: controller, status: status, since: day("2017-01-01"))
  }

  @Test(
    arguments: [
      (nil, nil, nil, nil, nil),
      (nil, nil, "isis", ControlStatus.controlled, ChangeKind.new),
      ("isis", .controlled, nil, nil, .gone),
      ("isis", .controlled, "pmu", .controlled, .captured),
      ("isis", .besieged, "sdf", .controlled, .captured),
      (nil, .advance, "pmu", .controlled, .captured),
      ("isis", .controlled, nil, .advance, .lost),
      ("isis", .controlled, "isis", .contested, .contested),
      ("isis", .controlled, "isis", .advance, .contested),
      ("isis", .contested, "isis", .besieged, .besieged),
      ("isis", .controlled, "isis", .besieged, .besieged),
      ("isis", .besieged, "isis", .controlled, .relieved),
      ("isis", .contested, "isis", .controlled, .relieved),
      ("isis", .controlled, "isis", .controlled, nil),
      ("isis", .besieged, "isis", .besieged, nil),
    ] as [(String?, ControlStatus?, String?, ControlStatus?, ChangeKind?)])
  func classifiesChanges(
    fromController: String?, fromStatus: ControlStatus?, toController: String?,
    toStatus: ControlStatus?, expected: ChangeKind?
  ) {
    let before = fromStatus.map { state(fromController, $0) }
    let after = toStatus.map { state(toController, $0) }
    #expect(ChangeKind(before: before, after: after) == expected)
    #expect(PlaceChange(before: before, after: after)?.kind == expected)
  }
}
