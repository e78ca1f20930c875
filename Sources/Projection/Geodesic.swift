internal import CPROJ

/// Geodesics on an ellipsoid, WGS 84 by default, through PROJ's `geod_*` routines (C. F. F.
/// Karney, "Algorithms for geodesics", J. Geodesy 87, 2013): accurate to a few nanometres.
///
/// Holds the precomputed series coefficients (`geod_init`), so create one and reuse it; it is
/// immutable and safe to share between threads.
public struct Geodesic: Sendable {
  /// The result of an inverse problem.
  public struct Inverse: Hashable, Sendable {
    /// Distance along the geodesic, metres.
    public var distance: Double
    /// Azimuth at the first point, degrees clockwise from north.
    public var initialAzimuth: Double
    /// Azimuth at the second point (direction of travel there), degrees clockwise from north.
    public var finalAzimuth: Double
  }

  /// The result of a direct problem.
  public struct Direct: Hashable, Sendable {
    /// Latitude of the end point, degrees.
    public var latitude: Double
    /// Longitude of the end point, degrees, in [-180, 180].
    public var longitude: Double
    /// Azimuth at the end point, degrees clockwise from north.
    public var finalAzimuth: Double
  }

  /// Area and perimeter of a geodesic polygon.
  public struct PolygonMeasure: Hashable, Sendable {
    /// Signed area in square metres: positive for counterclockwise rings.
    public var area: Double
    /// Perimeter in metres.
    public var perimeter: Double
  }

  /// The WGS 84 ellipsoid (EPSG:7030): a = 6378137 m, 1/f = 298.257223563.
  public static let wgs84 = Geodesic(equatorialRadius: 6_378_137, flattening: 1 / 298.257_223_563)

  /// Equatorial radius, metres.
  public let equatorialRadius: Double
  /// Flattening (dimensionless).
  public let flattening: Double
  private let coefficients: Coefficients

  /// - Parameters:
  ///   - equatorialRadius: semi-major axis in metres.
  ///   - flattening: flattening, e.g. 1/298.257223563.
  public init(equatorialRadius: Double, flattening: Double) {
    self.equatorialRadius = equatorialRadius
    self.flattening = flattening
    coefficients = Coefficients(equatorialRadius: equatorialRadius, flattening: flattening)
  }

  /// Solves the inverse problem (`geod_inverse`): distance and azimuths between two points.
  /// - Parameters: latitudes and longitudes in degrees.
  public func inverse(
    latitude1: Double, longitude1: Double, latitude2: Double, longitude2: Double
  ) -> Inverse {
    var distance = 0.0
    var azimuth1 = 0.0
    var azimuth2 = 0.0
    withPointer {
      geod_inverse(
        $0, latitude1, longitude1, latitude2, longitude2, &distance, &azimuth1, &azimuth2)
    }
    return Inverse(distance: distance, initialAzimuth: azimuth1, finalAzimuth: azimuth2)
  }

  /// Solves the direct problem (`geod_direct`): where a geodesic of given start, azimuth and
  /// length ends.
  /// - Parameters:
  ///   - latitude, longitude: start, degrees.
  ///   - azimuth: degrees clockwise from north.
  ///   - distance: metres (negative goes backwards).
  public func direct(
    latitude: Double, longitude: Double, azimuth: Double, distance: Double
  ) -> Direct {
    var latitude2 = 0.0
    var longitude2 = 0.0
    var azimuth2 = 0.0
    withPointer {
      geod_direct($0, latitude, longitude, azimuth, distance, &latitude2, &longitude2, &azimuth2)
    }
    return Direct(latitude: latitude2, longitude: longitude2, finalAzimuth: azimuth2)
  }

  /// Area and perimeter of the polygon whose edges are geodesics between consecutive
  /// vertices (`geod_polygonarea`). The ring may be given closed or open.
  /// - Parameters:
  ///   - latitudes, longitudes: vertices in degrees, same count.
  public func polygon(latitudes: [Double], longitudes: [Double]) -> PolygonMeasure {
    precondition(latitudes.count == longitudes.count, "one latitude per longitude")
    var lats = latitudes
    var lons = longitudes
    if lats.count > 1, lats.first == lats.last, lons.first == lons.last {
      lats.removeLast()
      lons.removeLast()
    }
    var area = 0.0
    var perimeter = 0.0
    withPointer { g in
      geod_polygonarea(g, &lats, &lons, Int32(lats.count), &area, &perimeter)
    }
    return PolygonMeasure(area: area, perimeter: perimeter)
  }

  /// Runs `body` with PROJ's `geod_geodesic` for this ellipsoid, for the `geod_*` calls.
  @inline(__always)
  func withPointer<R>(_ body: (UnsafePointer<geod_geodesic>) -> R) -> R {
    withExtendedLifetime(coefficients) { body($0.pointer) }
  }
}

/// PROJ's `geod_geodesic` for one ellipsoid, kept on the heap so that every `geod_*` call reads
/// it in place: a stored struct would be copied (408 bytes) into a temporary on each call.
private final class Coefficients: @unchecked Sendable {
  // Written once by `geod_init` before the pointer is shared, then only read.
  let pointer: UnsafeMutablePointer<geod_geodesic>

  init(equatorialRadius: Double, flattening: Double) {
    pointer = .allocate(capacity: 1)
    pointer.initialize(to: geod_geodesic())
    geod_init(pointer, equatorialRadius, flattening)
  }

  deinit { pointer.deallocate() }
}
