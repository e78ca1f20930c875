import Foundation
import Testing

@testable import Projection

/// One line of Karney's GeodTest.dat: a geodesic on WGS 84 computed to high precision.
private struct ReferenceGeodesic {
  var line: Int
  var latitude1, longitude1, azimuth1: Double  // degrees
  var latitude2, longitude2, azimuth2: Double  // degrees
  var distance: Double  // s12, metres
  var arc: Double  // a12, degrees
  var reducedLength: Double  // m12, metres
  var area: Double  // S12, m²: between the geodesic and the equator

  static func all() throws -> [ReferenceGeodesic] {
    let text = try Fixture.text("GeodTest-100.dat")
    return text.split(separator: "\n").enumerated().map { index, line in
      let v = line.split(separator: " ").compactMap { Double($0) }
      precondition(v.count == 10, "GeodTest-100.dat line \(index + 1) needs 10 numbers")
      return ReferenceGeodesic(
        line: index + 1, latitude1: v[0], longitude1: v[1], azimuth1: v[2], latitude2: v[3],
        longitude2: v[4], azimuth2: v[5], distance: v[6], arc: v[7], reducedLength: v[8], area: v[9]
      )
    }
  }
}

/// Difference of two angles in degrees, reduced to [-180, 180].
private func angleDifference(_ a: Double, _ b: Double) -> Double {
  remainder(a - b, 360)
}

struct GeodesicTests {
  let oneMicrometre = 1e-6  // m
  let azimuthTolerance = 1e-8  // degrees
  let endPointTolerance = 1e-9  // degrees of arc (about 0.1 mm)

  @Test func fixtureHasAllHundredLines() throws {
    #expect(try ReferenceGeodesic.all().count == 100)
  }

  /// Azimuths are ill-conditioned between nearly antipodal points: turning azi1 by δ moves
  /// the end of the geodesic by only m12·δ, and m12 (the reduced length) tends to 0 there;
  /// for exactly antipodal points (m12 = 0) a whole family of azimuths is correct. For those
  /// lines the test checks what the azimuth is for instead: shot from point 1 over the
  /// computed distance, it must reach point 2. Below m12 = 1 m, a 1e-8° turn moves the end
  /// point by less than 2e-10 m, so the end points do not determine the azimuth to 1e-8°.
  private func isNearlyAntipodal(_ g: ReferenceGeodesic) -> Bool {
    let oneMetre = 1.0  // m
    return g.arc > 179 && abs(g.reducedLength) < oneMetre
  }

  @Test func inverseMatchesKarneysReferenceDistancesAndAzimuths() throws {
    for g in try ReferenceGeodesic.all() {
      let result = Geodesic.wgs84.inverse(
        latitude1: g.latitude1, longitude1: g.longitude1, latitude2: g.latitude2,
        longitude2: g.longitude2)
      #expect(abs(result.distance - g.distance) <= oneMicrometre, "line \(g.line)")
      if isNearlyAntipodal(g) {
        let end = Geodesic.wgs84.direct(
          latitude: g.latitude1, longitude: g.longitude1, azimuth: result.initialAzimuth,
          distance: result.distance)
        #expect(arcError(end, g) <= endPointTolerance, "line \(g.line) (nearly antipodal)")
      } else {
        #expect(
          abs(angleDifference(result.initialAzimuth, g.azimuth1)) <= azimuthTolerance,
          "line \(g.line): azi1 \(result.initialAzimuth) vs \(g.azimuth1)")
        #expect(
          abs(angleDifference(result.finalAzimuth, g.azimuth2)) <= azimuthTolerance,
          "line \(g.line): azi2 \(result.finalAzimuth) vs \(g.azimuth2)")
      }
    }
  }

  @Test func referenceSetHasFewNearlyAntipodalLines() throws {
    // Guards the exception above from swallowing the whole file.
    let count = try ReferenceGeodesic.all().filter(isNearlyAntipodal).count
    #expect(count == 14)
  }

  /// How far `end` is from the reference point 2, in degrees of arc: longitude differences
  /// are scaled by cos(latitude) because meridians converge, so near a pole a large longitude
  /// difference is a tiny distance.
  private func arcError(_ end: Geodesic.Direct, _ g: ReferenceGeodesic) -> Double {
    let latitudeError = abs(end.latitude - g.latitude2)
    let longitudeError =
      abs(angleDifference(end.longitude, g.longitude2)) * cos(g.latitude2 * .pi / 180)
    return max(latitudeError, longitudeError)
  }

  @Test func directMatchesKarneysReferenceEndPoints() throws {
    for g in try ReferenceGeodesic.all() {
      let end = Geodesic.wgs84.direct(
        latitude: g.latitude1, longitude: g.longitude1, azimuth: g.azimuth1,
        distance: g.distance)
      #expect(arcError(end, g) <= endPointTolerance, "line \(g.line)")
      #expect(
        abs(angleDifference(end.finalAzimuth, g.azimuth2)) <= azimuthTolerance, "line \(g.line)")
    }
  }
}

/// Areas and perimeters checked against closed-form values for the ellipsoid.
struct GeodesicPolygonTests {
  let a = 6_378_137.0  // m, WGS 84 semi-major axis
  let f = 1 / 298.257_223_563  // WGS 84 flattening
  let areaTolerance = 1.0  // m², on areas up to 2.6e14 m²
  let lengthTolerance = 1e-6  // m

  /// Total surface of an oblate ellipsoid: 2πa² + π(b²/e)·ln((1+e)/(1−e)).
  var ellipsoidArea: Double {
    let b = a * (1 - f)
    let e = (f * (2 - f)).squareRoot()
    return 2 * .pi * a * a + .pi * (b * b / e) * log((1 + e) / (1 - e))
  }

  /// Length of a meridian from equator to pole: π/2 · (a+b)/2 · (1 + n²/4 + n⁴/64 + n⁶/256
  /// + 25n⁸/16384), n = (a−b)/(a+b) ≈ 0.0017, so the omitted terms are below 1e-25 m.
  var meridianQuadrant: Double {
    let b = a * (1 - f)
    let n = (a - b) / (a + b)
    let n2 = n * n
    let series = 1 + n2 / 4 + n2 * n2 / 64 + n2 * n2 * n2 / 256 + 25 * n2 * n2 * n2 * n2 / 16384
    return .pi / 2 * (a + b) / 2 * series
  }

  /// A lune from the equator to the north pole between longitudes 0 and λ: its edges are the
  /// equator and two meridians, all geodesics, so its area is exactly λ/360 of a hemisphere.
  @Test(arguments: [1.0, 45, 90, 170])
  func luneAreaIsItsShareOfTheHemisphere(longitude: Double) {
    let measure = Geodesic.wgs84.polygon(latitudes: [0, 0, 90], longitudes: [0, longitude, 0])
    let expected = ellipsoidArea / 2 * longitude / 360
    #expect(abs(measure.area - expected) <= areaTolerance, "λ = \(longitude)°")
    let perimeter = 2 * meridianQuadrant + a * longitude * .pi / 180
    #expect(abs(measure.perimeter - perimeter) <= lengthTolerance, "λ = \(longitude)°")
  }

  @Test func clockwiseRingHasNegativeArea() {
    let measure = Geodesic.wgs84.polygon(latitudes: [0, 90, 0], longitudes: [0, 0, 90])
    #expect(abs(measure.area + ellipsoidArea / 8) <= areaTolerance)
  }

  /// Karney's S12 is the area between a geodesic and the equator: that of the quadrilateral
  /// point 1, (0, lon1), (0, lon2), point 2, counterclockwise, whose other three edges are
  /// meridians and the equator. That holds when the equatorial edge is itself the shortest
  /// path, |lon2 − lon1| < (1 − f)·180°, and the reference geodesic is the shortest one
  /// (arc a12 < 179°, away from the nearly antipodal cases).
  @Test func quadrilateralAreaMatchesKarneysS12() throws {
    var checked = 0
    for g in try ReferenceGeodesic.all()
    where abs(g.longitude2 - g.longitude1) < (1 - f) * 180 && g.arc < 179 {
      let measure = Geodesic.wgs84.polygon(
        latitudes: [g.latitude1, 0, 0, g.latitude2],
        longitudes: [g.longitude1, g.longitude1, g.longitude2, g.longitude2])
      #expect(abs(measure.area - g.area) <= areaTolerance, "line \(g.line)")
      checked += 1
    }
    #expect(checked == 51)  // the other 49 lines cross near the antimeridian or are antipodal
  }
}
