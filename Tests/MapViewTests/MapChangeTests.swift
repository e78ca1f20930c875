import GeoJSON
import Testing

@testable import MapView

@Suite struct MapChangeTests {
  @Test func readsADiffsChange() {
    let change = MapChange.declared(by: [
      "change": "Captured", "from": "isis", "to": "pmu", "date_from": "2017-05-01",
      "date_to": "2017-06-01",
    ])
    #expect(
      change
        == MapChange(
          kind: .captured, from: "isis", to: "pmu", dateFrom: "2017-05-01", dateTo: "2017-06-01"))
  }

  @Test func ignoresUnknownKindsAndMissingChanges() {
    #expect(MapChange.declared(by: ["change": "teleported"]) == nil)
    #expect(MapChange.declared(by: ["from": "isis"]) == nil)
    #expect(MapChange.declared(by: nil) == nil)
  }

  @Test func everyKindHasItsOwnLook() {
    let looks = Set(MapChange.Kind.allCases.map { "\($0.colour) \($0.dash ?? "")" })
    #expect(looks.count == MapChange.Kind.allCases.count)
  }

  @Test func aPlaceThatStaysTheSameHasNoChange() {
    let feature = Feature(geometry: nil, properties: ["controller": "sdf", "status": "controlled"])
    #expect(MapChange.between(feature, feature, dateFrom: "a", dateTo: "b") == nil)
  }
}
