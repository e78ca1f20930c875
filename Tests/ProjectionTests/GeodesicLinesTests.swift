import Testing

@testable import Projection

/// `GeodesicLines` reads each line in place and must answer exactly as the line itself.
struct GeodesicLinesTests {
  let geodesic = Geodesic.wgs84

  @Test func eachLineAnswersAsItselfAlone() {
    let singles = [
      GeodesicLine(geodesic, latitude: 36.3209, longitude: 41.87656, azimuth: 0),
      GeodesicLine(geodesic, latitude: -16.2, longitude: 179.4, azimuth: 120),
      GeodesicLine(
        geodesic, latitude1: 37.109984, longitude1: 42.357238, latitude2: 33.371685,
        longitude2: 38.774511),
      GeodesicLine(geodesic, latitude: 89.9, longitude: -30, azimuth: 200),
    ]
    var lines = GeodesicLines()
    lines.reserveCapacity(singles.count)
    for line in singles { lines.append(line) }
    #expect(lines.count == singles.count)
    for (index, line) in singles.enumerated() {
      for s in [-250_000.0, 0, 1, 42_000, 3_000_000] {
        #expect(lines.position(index, distance: s) == line.position(distance: s))
        #expect(lines.generalPosition(index, distance: s) == line.generalPosition(distance: s))
      }
    }
  }

  @Test func anEmptySetHasNoLines() {
    #expect(GeodesicLines().count == 0)
  }
}
