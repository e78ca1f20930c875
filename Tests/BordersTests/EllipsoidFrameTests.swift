import GeoJSON
import Projection
import Testing

@testable import Borders

@Suite struct EllipsoidFrameTests {
  let earth = EllipsoidFrame(equatorialRadius: 6_378_137, flattening: 1 / 298.257_223_563)
  let oneMicrometre = 1e-6  // m

  @Test func axisPointsHaveTheirRadii() {
    let equator = earth.point(latitude: 0, longitude: 0)
    #expect(abs(equator.x - 6_378_137) <= oneMicrometre)
    let pole = earth.point(latitude: 90, longitude: 0)
    #expect(abs(pole.z - 6_356_752.314_245) <= 1e-3)
  }

  @Test func localFramesAreOrthonormal() {
    for (latitude, longitude) in [(36.3, 41.9), (-89.9, 170.0), (0.0, -179.9)] {
      let frame = earth.frame(latitude: latitude, longitude: longitude)
      #expect(abs(frame.east.length - 1) <= 1e-12)
      #expect(abs(frame.north.length - 1) <= 1e-12)
      #expect(abs(Vector3.dot(frame.east, frame.north)) <= 1e-12)
    }
  }

  /// The chord bounds must bracket the geodesic distance at every range.
  @Test func chordBoundsBracketGeodesicDistances() {
    var random = SeededGenerator(state: 21)
    let geodesic = Geodesic.wgs84
    for _ in 0..<2_000 {
      let a = Position(
        longitude: Double.random(in: -180...180, using: &random),
        latitude: Double.random(in: -90...90, using: &random))
      let reach = Double.random(in: 1...8_000_000, using: &random)
      let end = geodesic.direct(
        latitude: a.latitude, longitude: a.longitude,
        azimuth: Double.random(in: -180...180, using: &random), distance: reach)
      let exact = geodesic.distance(a, Position(longitude: end.longitude, latitude: end.latitude))
      let chord =
        (earth.point(latitude: a.latitude, longitude: a.longitude)
        - earth.point(latitude: end.latitude, longitude: end.longitude)).length
      #expect(earth.arcLowerBound(chord: chord) <= exact + oneMicrometre)
      #expect(earth.arcUpperBound(chord: chord) >= exact - oneMicrometre)
    }
  }
}
