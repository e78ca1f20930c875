import GeoJSON
import Testing

@testable import MapView

@Suite struct FeatureKeyTests {
  @Test func prefersIDsThenPlaceProperties() {
    let position = Geometry.point(Position(longitude: 1, latitude: 2))
    #expect(FeatureKey.of(Feature(id: .string("x"), geometry: position)) == "id:x")
    #expect(
      FeatureKey.of(Feature(geometry: position, properties: ["place_id": "taru"]))
        == "place_id:taru")
    #expect(FeatureKey.of(Feature(geometry: position, properties: ["place": 7])) == "place:7")
    #expect(
      FeatureKey.of(Feature(geometry: position, properties: ["name": "Taru"])).hasPrefix(
        "name:Taru@"))
  }
}
