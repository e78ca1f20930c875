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
  /// 1/(24 (1.001 R_max)²) and 1.0417/(24 R_min²), the cubic coefficients of the bounds.
  private let lowerCubic: Double
  private let upperCubic: Double

  /// - Parameters:
  ///   - equatorialRadius: metres.
  ///   - flattening: dimensionless.
  init(equatorialRadius: Double, flattening: Double) {
    a = equatorialRadius
    e2 = flattening * (2 - flattening)
    let b = equatorialRadius * (1 - flattening)
    minimumRadius = b * b / a
    maximumRadius = a * a / b
    lowerCubic = 1 / (24 * (1.001 * maximumRadius) * (1.001 * maximumRadius))
    upperCubic = 1.0417 / (24 * minimumRadius * minimumRadius)
  }

  /// A surface point (height 0) in ECEF.
  /// - Parameters: latitude and longitude in degrees.
  func point(latitude: Double, longitude: Double) -> Vector3 {
    point(trig: Self.sinCos(degrees: latitude), Self.sinCos(degrees: longitude))
  }

  /// A surface point (height 0) in ECEF from the sines and cosines of its latitude and
  /// longitude.
  @inline(__always)
  func point(trig latitude: (Double, Double), _ longitude: (Double, Double)) -> Vector3 {
    let (sinPhi, cosPhi) = latitude
    let (sinLambda, cosLambda) = longitude
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
  @inline(__always)
  func arcLowerBound(chord: Double) -> Double {
    chord + chord * chord * chord * lowerCubic
  }

  /// An upper bound on the geodesic length between two surface points `chord` metres apart:
  /// the arc of a circle of the smallest radius of curvature, 2R·asin(c/2R), bounded with
  /// asin(y) ≤ y + y³/(6(1 − y²)), that is c + c³/(24R²(1 − y²)) for y = c/2R; up to
  /// y = 0.2, 1/(1 − y²) ≤ 1.0417, which saves the division; infinite beyond y = 0.7, a
  /// quarter of the way round.
  @inline(__always)
  func arcUpperBound(chord: Double) -> Double {
    if chord <= 0.4 * minimumRadius { return chord + chord * chord * chord * upperCubic }
    let y = chord / (2 * minimumRadius)
    guard y < 0.7 else { return .infinity }
    return chord + chord * chord * chord / (24 * minimumRadius * minimumRadius * (1 - y * y))
  }

  /// The arc of a circle of radius `radius` over a chord, 2R·asin(c/2R), metres, by its
  /// series c + c³/24R² + 3c⁵/640R⁴ + 5c⁷/7168R⁶ (good to 1 cm at 1,500 km on the earth, which
  /// is plenty for a starting value) and the exact formula beyond.
  static func arc(chord: Double, radius: Double) -> Double {
    let x = chord / radius
    guard x < 0.25 else { return 2 * radius * asin(min(1, chord / (2 * radius))) }
    let x2 = x * x
    return chord * (1 + x2 * (1.0 / 24 + x2 * (3.0 / 640 + x2 * (5.0 / 7168))))
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
