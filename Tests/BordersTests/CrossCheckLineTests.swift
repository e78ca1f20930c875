import GeoJSON
import Testing

@testable import Borders

@Suite struct CrossCheckLineTests {
  @Test func theShippedCrossChecksAreIraqSyria() {
    let lines = TestData.library.crossChecks
    #expect(lines.map(\.source) == ["dcw-gmt-2.1.1", "gshhg-2.3.7-wdb2"])
    #expect(lines.allSatisfy { $0.countries == ["IRQ", "SYR"] })
    #expect(lines.map { $0.parts[0].count } == [135, 25])
  }

  @Test func featuresWithoutPairOrSourceAreRejected() throws {
    let line = try LineString([
      Position(longitude: 41, latitude: 36), Position(longitude: 41.1, latitude: 36.1),
    ])
    let noSource = Feature(geometry: .lineString(line), properties: ["pair": "IRQ-SYR"])
    #expect(throws: BordersError.self) { try CrossCheckLine.lines(from: [noSource]) }
    let point = Feature(
      geometry: .point(Position(longitude: 41, latitude: 36)),
      properties: ["pair": "IRQ-SYR", "source_id": "x"])
    #expect(throws: BordersError.self) { try CrossCheckLine.lines(from: [point]) }
  }
}
