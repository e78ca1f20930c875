/// A Feature identifier (RFC 7946 §3.2): a string or a number.
public enum FeatureID: Hashable, Sendable {
  case string(String)
  case number(Double)
}

/// A GeoJSON Feature (RFC 7946 §3.2).
public struct Feature: Hashable, Sendable {
  public var id: FeatureID?
  /// The geometry; `nil` is written as `"geometry": null` (an unlocated feature).
  public var geometry: Geometry?
  /// The properties; `nil` is written as `"properties": null`.
  public var properties: JSONObject?
  /// The bounding box (RFC 7946 §5): 2·n numbers, west/south(/low) then east/north(/high).
  public var bbox: [Double]?
  /// Members RFC 7946 does not define, kept for the round trip (§6.1).
  public var foreignMembers: JSONObject

  public init(
    id: FeatureID? = nil, geometry: Geometry?, properties: JSONObject? = JSONObject(),
    bbox: [Double]? = nil, foreignMembers: JSONObject = JSONObject()
  ) {
    self.id = id
    self.geometry = geometry
    self.properties = properties
    self.bbox = bbox
    self.foreignMembers = foreignMembers
  }
}

/// A GeoJSON FeatureCollection (RFC 7946 §3.3).
public struct FeatureCollection: Hashable, Sendable {
  public var features: [Feature]
  public var bbox: [Double]?
  /// Members RFC 7946 does not define, such as a legacy `crs` or a `name` (§6.1).
  public var foreignMembers: JSONObject

  public init(
    features: [Feature], bbox: [Double]? = nil, foreignMembers: JSONObject = JSONObject()
  ) {
    self.features = features
    self.bbox = bbox
    self.foreignMembers = foreignMembers
  }
}

/// Any GeoJSON text's top-level object (RFC 7946 §3).
public enum GeoJSONObject: Hashable, Sendable {
  case geometry(Geometry)
  case feature(Feature)
  case featureCollection(FeatureCollection)

  /// The features of this object: a collection's, a lone feature, or a bare geometry wrapped
  /// in a feature without properties.
  public var features: [Feature] {
    switch self {
    case .geometry(let geometry): [Feature(geometry: geometry)]
    case .feature(let feature): [feature]
    case .featureCollection(let collection): collection.features
    }
  }
}
