/// A GeoJSON position (RFC 7946 §3.1.1): longitude, latitude and an optional altitude.
///
/// In WGS 84 the units are degrees and metres; for projected coordinates (only through
/// `frontline project`) `longitude` is the easting and `latitude` the northing.
public struct Position: Hashable, Sendable {
  /// Longitude (or easting), degrees east.
  public var longitude: Double
  /// Latitude (or northing), degrees north.
  public var latitude: Double
  /// Height above the ellipsoid in metres, when the source gives one.
  public var altitude: Double?

  /// - Parameters:
  ///   - longitude: degrees east (or easting in the CRS unit).
  ///   - latitude: degrees north (or northing in the CRS unit).
  ///   - altitude: metres, optional.
  public init(longitude: Double, latitude: Double, altitude: Double? = nil) {
    self.longitude = longitude
    self.latitude = latitude
    self.altitude = altitude
  }

  /// Whether the position is a valid WGS 84 coordinate: longitude in [-180, 180], latitude in
  /// [-90, 90], all values finite.
  public var isValidWGS84: Bool {
    longitude.isFinite && latitude.isFinite && (-180...180).contains(longitude)
      && (-90...90).contains(latitude) && (altitude?.isFinite ?? true)
  }
}
