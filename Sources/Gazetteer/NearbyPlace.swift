/// A place near a point, from reverse geocoding.
public struct NearbyPlace: Hashable, Sendable {
  /// The place.
  public var place: Place
  /// Geodesic distance from the point on the WGS 84 ellipsoid, metres.
  public var distance: Double
  /// Azimuth from the point towards the place, degrees clockwise from north.
  public var azimuth: Double

  /// - Parameters:
  ///   - place: the place.
  ///   - distance: metres from the point.
  ///   - azimuth: degrees clockwise from north, from the point to the place.
  public init(place: Place, distance: Double, azimuth: Double) {
    self.place = place
    self.distance = distance
    self.azimuth = azimuth
  }
}
