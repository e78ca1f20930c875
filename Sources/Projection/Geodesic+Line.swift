internal import CPROJ

extension Geodesic {
  /// A point reached along a geodesic, with the differential quantities of Karney (2013)
  /// §3 that tell how neighbouring geodesics spread: what a Newton step on a geodesic needs.
  public struct GeneralPosition: Hashable, Sendable {
    /// Latitude, degrees.
    public var latitude: Double
    /// Longitude, degrees, in [-180, 180].
    public var longitude: Double
    /// Azimuth of the geodesic at this point (direction of travel), degrees clockwise from
    /// north.
    public var azimuth: Double
    /// Reduced length m12 from the start to this point, metres: how far apart two geodesics
    /// leaving the start with azimuths one radian apart are here, per radian.
    public var reducedLength: Double
    /// Geodesic scale M12 (dimensionless): the separation here of two geodesics that leave
    /// the start parallel, one unit apart.
    public var scale12: Double
    /// Geodesic scale M21 (dimensionless): the same with the ends swapped.
    public var scale21: Double
  }

  /// The inverse problem with reduced length and geodesic scales (`geod_geninverse`).
  public struct GeneralInverse: Hashable, Sendable {
    /// Distance, metres.
    public var distance: Double
    /// Azimuth at the first point, degrees clockwise from north.
    public var initialAzimuth: Double
    /// Azimuth at the second point (direction of travel there), degrees.
    public var finalAzimuth: Double
    /// Reduced length m12, metres.
    public var reducedLength: Double
    /// Geodesic scale of point 2 relative to point 1, M12 (dimensionless).
    public var scale12: Double
    /// Geodesic scale of point 1 relative to point 2, M21 (dimensionless).
    public var scale21: Double
  }

  /// Solves the inverse problem with the reduced length and geodesic scales
  /// (`geod_geninverse`).
  /// - Parameters: latitudes and longitudes in degrees.
  public func generalInverse(
    latitude1: Double, longitude1: Double, latitude2: Double, longitude2: Double
  ) -> GeneralInverse {
    var result = GeneralInverse(
      distance: 0, initialAzimuth: 0, finalAzimuth: 0, reducedLength: 0, scale12: 0, scale21: 0)
    _ = withPointer { g in
      geod_geninverse(
        g, latitude1, longitude1, latitude2, longitude2, &result.distance,
        &result.initialAzimuth, &result.finalAzimuth, &result.reducedLength, &result.scale12,
        &result.scale21, nil)
    }
    return result
  }

  /// Solves the direct problem with the reduced length and geodesic scales
  /// (`geod_gendirect`).
  /// - Parameters:
  ///   - latitude, longitude: start, degrees.
  ///   - azimuth: degrees clockwise from north.
  ///   - distance: metres; negative goes backwards along the geodesic.
  public func generalDirect(
    latitude: Double, longitude: Double, azimuth: Double, distance: Double
  ) -> GeneralPosition {
    var result = GeneralPosition(
      latitude: 0, longitude: 0, azimuth: 0, reducedLength: 0, scale12: 0, scale21: 0)
    _ = withPointer { g in
      geod_gendirect(
        g, latitude, longitude, azimuth, UInt32(GEOD_NOFLAGS.rawValue), distance,
        &result.latitude, &result.longitude, &result.azimuth, nil, &result.reducedLength,
        &result.scale12, &result.scale21, nil)
    }
    return result
  }
}

/// One geodesic with its series coefficients computed once (`geod_inverseline`,
/// `geod_lineinit`), so that points along it cost a fraction of a direct problem
/// (`geod_position`, `geod_genposition`; Karney 2013 §4).
public struct GeodesicLine: Sendable {
  /// Latitude of the start, degrees.
  public var latitude: Double { line.lat1 }
  /// Longitude of the start, degrees.
  public var longitude: Double { line.lon1 }
  /// Azimuth at the start, degrees clockwise from north.
  public var azimuth: Double { line.azi1 }
  /// Distance from the start to the end point, metres; NaN for a line given by start and
  /// azimuth only.
  public var distance: Double { line.s13 }
  let line: geod_geodesicline

  private static let capabilities =
    GEOD_LATITUDE.rawValue | GEOD_LONGITUDE.rawValue | GEOD_AZIMUTH.rawValue
    | GEOD_DISTANCE_IN.rawValue | GEOD_REDUCEDLENGTH.rawValue | GEOD_GEODESICSCALE.rawValue

  /// The shortest geodesic between two points (`geod_inverseline`).
  /// - Parameters:
  ///   - geodesic: the ellipsoid.
  ///   - latitude1, longitude1: start, degrees.
  ///   - latitude2, longitude2: end, degrees.
  public init(
    _ geodesic: Geodesic, latitude1: Double, longitude1: Double, latitude2: Double,
    longitude2: Double
  ) {
    var value = geod_geodesicline()
    geodesic.withPointer { g in
      geod_inverseline(
        &value, g, latitude1, longitude1, latitude2, longitude2, UInt32(Self.capabilities))
    }
    line = value
  }

  /// The geodesic leaving a point with a given azimuth (`geod_lineinit`).
  /// - Parameters:
  ///   - geodesic: the ellipsoid.
  ///   - latitude, longitude: start, degrees.
  ///   - azimuth: degrees clockwise from north.
  public init(_ geodesic: Geodesic, latitude: Double, longitude: Double, azimuth: Double) {
    var value = geod_geodesicline()
    geodesic.withPointer { g in
      geod_lineinit(&value, g, latitude, longitude, azimuth, UInt32(Self.capabilities))
    }
    line = value
  }

  /// The point at a distance along the line: latitude, longitude and azimuth only
  /// (`geod_genposition` asking for no differential quantities, the cheap call).
  /// - Parameter distance: metres from the start; negative goes backwards.
  public func position(distance: Double) -> Geodesic.Direct {
    withUnsafePointer(to: line) { Self.position($0, distance: distance) }
  }

  /// The point at a distance along the line with reduced length and geodesic scales
  /// (`geod_genposition`).
  /// - Parameter distance: metres from the start; negative goes backwards.
  public func generalPosition(distance: Double) -> Geodesic.GeneralPosition {
    withUnsafePointer(to: line) { Self.generalPosition($0, distance: distance) }
  }

  @inline(__always)
  static func position(
    _ line: UnsafePointer<geod_geodesicline>, distance: Double
  ) -> Geodesic.Direct {
    var result = Geodesic.Direct(latitude: 0, longitude: 0, finalAzimuth: 0)
    _ = geod_genposition(
      line, UInt32(GEOD_NOFLAGS.rawValue), distance, &result.latitude, &result.longitude,
      &result.finalAzimuth, nil, nil, nil, nil, nil)
    return result
  }

  @inline(__always)
  static func generalPosition(
    _ line: UnsafePointer<geod_geodesicline>, distance: Double
  ) -> Geodesic.GeneralPosition {
    var result = Geodesic.GeneralPosition(
      latitude: 0, longitude: 0, azimuth: 0, reducedLength: 0, scale12: 0, scale21: 0)
    _ = geod_genposition(
      line, UInt32(GEOD_NOFLAGS.rawValue), distance, &result.latitude, &result.longitude,
      &result.azimuth, nil, &result.reducedLength, &result.scale12, &result.scale21, nil)
    return result
  }
}
