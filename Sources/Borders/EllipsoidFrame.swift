#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The ellipsoid seen from outside: ECEF coordinates of surface points, the local east and
/// north directions, radii of curvature, and chord-to-arc bounds. These give cheap, safe
/// bounds and starting values; every distance frontline reports comes from PROJ's geodesics.
struct EllipsoidFrame: Sendable {
  /// Equatorial radius a, metres.
  let a: Double
  /// First eccentricity squared e² = f(2 − f).
  let e2: Double
  /// Smallest radius of curvature anywhere, b²/a (meridian at the equator), metres: no
  /// geodesic bends more sharply than a circle of this radius.
  let minimumRadius: Double
  /// Largest radius of curvature anywhere, a²/b (at the poles), metres: every geodesic bends
  /// at least as much as a circle of this radius.
  let maximumRadius: Double

  /// - Parameters:
  ///   - equatorialRadius: metres.
  ///   - flattening: dimensionless.
  init(equatorialRadius: Double, flattening: Double) {
    a = equatorialRadius
    e2 = flattening * (2 - flattening)
    let b = equatorialRadius * (1 - flattening)
    minimumRadius = b * b / a
    maximumRadius = a * a / b
  }

  /// A surface point (height 0) in ECEF.
  /// - Parameters: latitude and longitude in degrees.
  func point(latitude: Double, longitude: Double) -> Vector3 {
    let (sinPhi, cosPhi) = Self.sinCos(degrees: latitude)
    let (sinLambda, cosLambda) = Self.sinCos(degrees: longitude)
    let n = a / (1 - e2 * sinPhi * sinPhi).squareRoot()
    return Vector3(
      x: n * cosPhi * cosLambda, y: n * cosPhi * sinLambda, z: n * (1 - e2) * sinPhi)
  }

  /// The local frame at a surface point: ECEF position, unit east and north vectors, and the
  /// meridian (M) and prime-vertical (N) radii of curvature in metres.
  func frame(latitude: Double, longitude: Double) -> LocalFrame {
    let (sinPhi, cosPhi) = Self.sinCos(degrees: latitude)
    let (sinLambda, cosLambda) = Self.sinCos(degrees: longitude)
    let w2 = 1 - e2 * sinPhi * sinPhi
    let n = a / w2.squareRoot()
    return LocalFrame(
      point: Vector3(
        x: n * cosPhi * cosLambda, y: n * cosPhi * sinLambda, z: n * (1 - e2) * sinPhi),
      east: Vector3(x: -sinLambda, y: cosLambda, z: 0),
      north: Vector3(x: -sinPhi * cosLambda, y: -sinPhi * sinLambda, z: cosPhi),
      meridianRadius: n * (1 - e2) / w2, normalRadius: n)
  }

  /// A lower bound on the geodesic length between two surface points `chord` metres apart:
  /// the arc of a circle of the largest radius of curvature (the flattest a geodesic can
  /// be) over that chord, 2R·asin(c/2R) ≥ c + c³/24R², with 0.1 % on R for the geodesic
  /// not being exactly planar.
  func arcLowerBound(chord: Double) -> Double {
    let r = maximumRadius * 1.001
    return chord + chord * chord * chord / (24 * r * r)
  }

  /// An upper bound on the geodesic length between two surface points `chord` metres apart:
  /// the arc of a circle of the smallest radius of curvature, 2R·asin(c/2R), bounded with
  /// asin(y) ≤ y + y³/(6(1 − y²)); infinite beyond a quarter of the way round.
  func arcUpperBound(chord: Double) -> Double {
    let y = chord / (2 * minimumRadius)
    guard y < 0.7 else { return .infinity }
    let y2 = y * y
    return chord * (1 + y2 / (3 * (1 - y2)))
  }

  /// The arc of the normal section of radius `radius` over a chord: 2R·asin(c/2R), metres.
  static func arc(chord: Double, radius: Double) -> Double {
    2 * radius * asin(min(1, chord / (2 * radius)))
  }

  static func sinCos(degrees: Double) -> (Double, Double) {
    let radians = degrees * (Double.pi / 180)
    return (sin(radians), cos(radians))
  }
}

/// The surface frame at one point; see `EllipsoidFrame.frame(latitude:longitude:)`.
struct LocalFrame: Sendable {
  var point: Vector3
  var east: Vector3
  var north: Vector3
  var meridianRadius: Double
  var normalRadius: Double

  /// The unit vector pointing along `azimuth` (radians clockwise from north) in the tangent
  /// plane.
  func direction(sin s: Double, cos c: Double) -> Vector3 { s * east + c * north }

  /// Radius of curvature of the normal section along an azimuth with the given sine and
  /// cosine (Euler: 1/R = cos²α/M + sin²α/N), metres.
  func sectionRadius(sin s: Double, cos c: Double) -> Double {
    1 / (c * c / meridianRadius + s * s / normalRadius)
  }
}
