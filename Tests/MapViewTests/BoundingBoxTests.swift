import GeoJSON
import Testing

@testable import MapView

@Suite struct BoundingBoxTests {
  @Test func coversEveryPositionOfTheFeatures() throws {
    let features = [
      Feature(geometry: .point(Position(longitude: 41, latitude: 36))),
      Feature(geometry: nil),
      Feature(
        geometry: .lineString(
          try LineString([
            Position(longitude: 39, latitude: 35), Position(longitude: 43, latitude: 37.5),
          ]))),
    ]
    #expect(
      BoundingBox(features: features) == BoundingBox(west: 39, south: 35, east: 43, north: 37.5))
    #expect(BoundingBox(features: [Feature(geometry: nil)]) == nil)
  }

  @Test func growsWithinTheValidRange() {
    let box = BoundingBox(west: 175, south: 85, east: 179, north: 88).expanded(by: 5)
    #expect(box == BoundingBox(west: 170, south: 80, east: 180, north: 90))
  }

  @Test func intersectsOnlyWhenTheyOverlap() {
    let a = BoundingBox(west: 0, south: 0, east: 2, north: 2)
    #expect(a.intersects(BoundingBox(west: 1, south: 1, east: 3, north: 3)))
    #expect(!a.intersects(BoundingBox(west: 2.5, south: 0, east: 3, north: 1)))
  }
}
