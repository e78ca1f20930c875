import GeoJSON

/// Identifies the same place across the steps of a series.
enum FeatureKey {
  private static let idProperties = ["place_id", "place", "id", "geonameid"]
  private static let nameProperties = ["title", "name"]

  /// The feature's `id`, else its place id property, else its name and geometry, else its
  /// geometry.
  static func of(_ feature: Feature) -> String {
    switch feature.id {
    case .string(let id): return "id:" + id
    case .number(let id): return "id:\(id)"
    case nil: break
    }
    let properties = feature.properties ?? JSONObject()
    for name in idProperties {
      if let text = PropertyText.of(properties[name]) { return "\(name):" + text }
    }
    let geometry = feature.geometry.map { "\($0)" } ?? "null"
    for name in nameProperties {
      if let text = PropertyText.of(properties[name]) { return "\(name):\(text)@\(geometry)" }
    }
    return "geometry:" + geometry
  }
}
