#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Small spherical helpers for indexing; distances reported to users come from the
/// ellipsoidal `Geodesic` instead.
enum SphereMath {
  /// Mean Earth radius (IUGG R1), metres.
  static let earthRadius = 6_371_008.8

  /// Great-circle distance on the mean sphere, metres.
  /// - Parameters: latitudes and longitudes in degrees.
  static func haversine(
    _ latitude1: Double, _ longitude1: Double, _ latitude2: Double, _ longitude2: Double
  ) -> Double {
    let phi1 = latitude1 * .pi / 180
    let phi2 = latitude2 * .pi / 180
    let halfPhi = sin((phi2 - phi1) / 2)
    let halfLambda = sin((longitude2 - longitude1) * .pi / 360)
    let a = halfPhi * halfPhi + cos(phi1) * cos(phi2) * halfLambda * halfLambda
    return 2 * earthRadius * asin(min(1, a.squareRoot()))
  }

  /// The unit vector (x, y, z) of a latitude and longitude in degrees.
  static func unitVector(latitude: Double, longitude: Double) -> SIMD3<Double> {
    let phi = latitude * .pi / 180
    let lambda = longitude * .pi / 180
    return SIMD3(cos(phi) * cos(lambda), cos(phi) * sin(lambda), sin(phi))
  }

  /// The great-circle distance on the mean sphere, metres, for a chord between unit vectors.
  static func arcLength(chord: Double) -> Double {
    2 * earthRadius * asin(min(1, chord / 2))
  }
}
