import GeoJSON
import Testing

@testable import Borders

@Suite struct BoundaryLineTests {
  let part = [
    Position(longitude: 0, latitude: 0), Position(longitude: 1, latitude: 0),
    Position(longitude: 2, latitude: 0),
  ]

  @Test func labelsPreferThePair() {
    #expect(BoundaryLine(left: "SYR", right: "IRQ", parts: [part]).label == "IRQ-SYR")
    #expect(BoundaryLine(left: nil, right: nil, name: "front", parts: [part]).label == "front")
    #expect(BoundaryLine(left: nil, right: nil, identifier: "42", parts: [part]).label == "42")
  }

  @Test func segmentsAreCountedOverParts() {
    let line = BoundaryLine(left: "A", right: "B", parts: [part, Array(part.prefix(2))])
    #expect(line.segmentCount == 3)
    #expect(line.countries == ["A", "B"])
  }
}
