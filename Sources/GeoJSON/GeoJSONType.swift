/// The values of a GeoJSON `type` member (RFC 7946 §1.4).
enum GeoJSONType: UInt8, CaseIterable {
  case point
  case multiPoint
  case lineString
  case multiLineString
  case polygon
  case multiPolygon
  case geometryCollection
  case feature
  case featureCollection

  /// The name as written in GeoJSON.
  var name: StaticString {
    switch self {
    case .point: "Point"
    case .multiPoint: "MultiPoint"
    case .lineString: "LineString"
    case .multiLineString: "MultiLineString"
    case .polygon: "Polygon"
    case .multiPolygon: "MultiPolygon"
    case .geometryCollection: "GeometryCollection"
    case .feature: "Feature"
    case .featureCollection: "FeatureCollection"
    }
  }

  var isGeometry: Bool { rawValue <= GeoJSONType.geometryCollection.rawValue }

  /// The type named by a `type` value, compared as bytes.
  static func named(_ key: Key, in bytes: UnsafeBufferPointer<UInt8>) -> GeoJSONType? {
    allCases.first { key.matches($0.name, in: bytes) }
  }

  /// "Point, MultiPoint, …, Feature or FeatureCollection", for messages.
  static let allNames: String = {
    let names = allCases.map { "\($0.name)" }
    return names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
  }()
}
