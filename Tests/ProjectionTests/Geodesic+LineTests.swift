import Foundation
import Testing

@testable import Projection

/// `GeodesicLine`, `generalInverse` and `generalDirect` against the plain PROJ calls and the
/// identities between reduced length and geodesic scales (Karney 2013 §3).
struct GeodesicLineTests {
  let geodesic = Geodesic.wgs84
  let oneNanometre = 1e-9  // m
  let oneMicrometre = 1e-6  // m

  @Test func positionsAlongALineMatchTheDirectProblem() {
    let line = GeodesicLine(
      geodesic, latitude1: 37.109984, longitude1: 42.357238, latitude2: 33.371685,
      longitude2: 38.774511)
    let inverse = geodesic.inverse(
      latitude1: 37.109984, longitude1: 42.357238, latitude2: 33.371685, longitude2: 38.774511)
    #expect(abs(line.distance - inverse.distance) <= oneNanometre)
    #expect(line.azimuth == inverse.initialAzimuth)
    for s in stride(from: -100_000.0, through: 600_000, by: 70_000) {
      let direct = geodesic.direct(
        latitude: line.latitude, longitude: line.longitude, azimuth: line.azimuth, distance: s)
      let position = line.position(distance: s)
      #expect(abs(position.latitude - direct.latitude) <= 1e-12)
      #expect(abs(position.longitude - direct.longitude) <= 1e-12)
      #expect(abs(position.finalAzimuth - direct.finalAzimuth) <= 1e-10)
      let general = line.generalPosition(distance: s)
      #expect(general.latitude == position.latitude)
    }
  }

  @Test func aLineFromAnAzimuthEndsWhereTheDirectProblemDoes() {
    let line = GeodesicLine(geodesic, latitude: -16.2, longitude: 179.4, azimuth: 120)
    let end = line.position(distance: 250_000)
    let direct = geodesic.direct(latitude: -16.2, longitude: 179.4, azimuth: 120, distance: 250_000)
    #expect(end.latitude == direct.latitude)
    #expect(end.longitude == direct.longitude)
    #expect(line.distance.isNaN)
  }

  @Test func generalInverseAgreesWithTheInverseAndTheDirect() {
    let inverse = geodesic.generalInverse(
      latitude1: 36.32, longitude1: 41.87, latitude2: -12.5, longitude2: 130.2)
    let plain = geodesic.inverse(
      latitude1: 36.32, longitude1: 41.87, latitude2: -12.5, longitude2: 130.2)
    #expect(inverse.distance == plain.distance)
    #expect(inverse.initialAzimuth == plain.initialAzimuth)
    let direct = geodesic.generalDirect(
      latitude: 36.32, longitude: 41.87, azimuth: inverse.initialAzimuth,
      distance: inverse.distance)
    #expect(abs(direct.reducedLength - inverse.reducedLength) <= oneMicrometre)
    #expect(abs(direct.scale12 - inverse.scale12) <= 1e-12)
    #expect(abs(direct.scale21 - inverse.scale21) <= 1e-12)
  }

  /// Over 100 km the ellipsoid is nearly a sphere of the mean radius R, where the reduced
  /// length is R·sin(s/R) and the geodesic scale cos(s/R).
  @Test func reducedLengthAndScaleAreASpheresLocally() {
    let s = 100_000.0  // m
    let radius = 6_371_000.0  // m
    let general = geodesic.generalDirect(latitude: 30, longitude: 40, azimuth: 60, distance: s)
    #expect(abs(general.reducedLength - radius * sin(s / radius)) / s < 1e-3)
    #expect(abs(general.scale12 - cos(s / radius)) < 1e-4)
    #expect(abs(general.scale21 - cos(s / radius)) < 1e-4)
  }

  @Test func otherEllipsoidsWork() {
    let sphere = Geodesic(equatorialRadius: 6_371_000, flattening: 0)
    let quarter = sphere.generalDirect(
      latitude: 0, longitude: 0, azimuth: 0, distance: .pi / 2 * 6_371_000)
    #expect(abs(quarter.latitude - 90) <= 1e-9)
    #expect(abs(quarter.reducedLength - 6_371_000) <= 1e-3)
    #expect(abs(quarter.scale12) <= 1e-9)
  }
}
