public import GeoJSON

/// The land of one class in a snapshot, in WGS 84.
public struct ControlArea: Hashable, Sendable {
  /// What the land stands for.
  public var areaClass: AreaClass
  /// The polygons, RFC 7946 §3.1.6 winding (exterior counterclockwise), valid for GEOS.
  public var polygons: [Polygon]
  /// Geodesic area on the WGS 84 ellipsoid (`Geodesic.area(of:)`, Karney 2013), m².
  public var area: Double
  /// How many control points gave the land (zero for land beyond every reach).
  public var places: Int

  /// - Parameters:
  ///   - areaClass: the class.
  ///   - polygons: longitude/latitude polygons.
  ///   - area: geodesic area, m².
  ///   - places: number of control points behind it.
  public init(areaClass: AreaClass, polygons: [Polygon], area: Double, places: Int) {
    self.areaClass = areaClass
    self.polygons = polygons
    self.area = area
    self.places = places
  }

  /// A Polygon for one part, else a MultiPolygon.
  public var geometry: Geometry {
    polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(polygons)
  }
}
