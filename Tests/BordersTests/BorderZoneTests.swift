import GeoJSON
import Testing

@testable import Borders

@Suite struct BorderZoneTests {
  let library = TestData.library

  /// The zone at a point is the disagreement between sources there, computed, not fixed.
  @Test func theIraqSyriaZoneIsTheDistanceToTheCrossChecks() throws {
    let measurer = try library.measurer(for: "IQ-SY")
    var random = SeededGenerator(state: 41)
    let engines = try library.crossChecks.map { try BorderDistance(polylines: $0.parts) }
    let sampling = 300.0  // m: widths are sampled every 500 m and the larger neighbour kept
    for _ in 0..<40 {
      let point = Position(
        longitude: Double.random(in: 40.5...42.0, using: &random),
        latitude: Double.random(in: 34.5...36.8, using: &random))
      let measurement = try #require(measurer.measure(point))
      guard case .crossCheck = measurement.zoneBasis else { continue }
      let atFoot = engines.map { $0.distance(to: measurement.nearest) }.max()!
      #expect(abs(measurement.zoneWidth - max(atFoot, BorderZone.minimumWidth)) <= sampling)
    }
  }

  @Test func ummJraisIsInsideTheZone() throws {
    let measurer = try library.measurer(for: "IQ-SY")
    let measurement = try #require(measurer.measure(Position(longitude: 41.281, latitude: 36.277)))
    #expect(measurement.side == .borderZone)
    #expect(measurement.zoneWidth > measurement.distance)
    #expect(
      measurement.zoneBasis == .crossCheck(["dcw-gmt-2.1.1", "gshhg-2.3.7-wdb2"]))
  }

  @Test func bordersWithoutCrossChecksUseTheMapScale() throws {
    let measurer = try library.measurer(for: "JO-SY")
    let measurement = try #require(measurer.measure(Position(longitude: 36.3, latitude: 32.6)))
    #expect(measurement.zoneWidth == BorderZone.defaultWidth)
    #expect(measurement.zoneBasis == .mapScale)
    #expect(measurement.zoneBasis.description == "NE 1:10m scale")
  }

  @Test func userLinesUseThePolygonPrecision() throws {
    let features = try DataFile.features(TestData.fixture("antimeridian-line.geojson"))
    let measurer = try library.measurer(userFeatures: features, file: nil)
    let measurement = try #require(measurer.measure(Position(longitude: 179.9, latitude: -16.5)))
    #expect(measurement.zoneWidth == BorderZone.minimumWidth)
    #expect(measurement.zoneBasis == .polygonPrecision)
    #expect(measurement.side == .borderZone)
  }

  @Test func aCrossCheckThatEndsShortDoesNotCount() throws {
    // WDB-II stops 5.5 km short of the Turkish tripoint; near the tripoint only DCW counts.
    let measurer = try library.measurer(for: "IQ-SY")
    let tripoint = Position(longitude: 42.357238, latitude: 37.109984)
    let measurement = try #require(measurer.measure(tripoint))
    #expect(measurement.zoneBasis != .crossCheck(["dcw-gmt-2.1.1", "gshhg-2.3.7-wdb2"]))
  }
}
