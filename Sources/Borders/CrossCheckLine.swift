import GeoJSON

/// An independent drawing of a border by another source (DCW, WDB-II, …), used only to
/// measure how far sources disagree near a point, never to measure distances.
public struct CrossCheckLine: Hashable, Sendable {
  /// The source's identifier, e.g. `dcw-gmt-2.1.1`.
  public var source: String
  /// The two countries of the border, ISO alpha-3, sorted.
  public var countries: [String]
  /// The parts (longitude/latitude, degrees).
  public var parts: [[Position]]

  /// - Parameters:
  ///   - source: the source's identifier.
  ///   - countries: the two alpha-3 codes, any order.
  ///   - parts: the positions (longitude/latitude, degrees) of each part.
  public init(source: String, countries: [String], parts: [[Position]]) {
    self.source = source
    self.countries = countries.sorted()
    self.parts = parts
  }

  /// Reads cross-check lines from features with the properties `pair` (two alpha-3 codes,
  /// `IRQ-SYR`) and `source_id`, as in frontline's `iraq-syria-crosscheck.geojson`.
  /// - Throws: `BordersError(.invalidData)` naming the feature that lacks them or is not a
  ///   line.
  public static func lines(
    from features: [Feature], file: String? = nil
  ) throws(BordersError) -> [CrossCheckLine] {
    var result: [CrossCheckLine] = []
    for (number, feature) in features.enumerated() {
      let properties = feature.properties ?? JSONObject()
      let pair = properties["pair"]?.stringValue?.split(separator: "-").map {
        CountryCodes.iso3(naturalEarth: $0.uppercased())
      }
      guard let pair, pair.count == 2, let source = properties["source_id"]?.stringValue else {
        throw BordersError(
          .invalidData,
          "cross-check feature \(number) needs the properties pair (e.g. IRQ-SYR) and "
            + "source_id", file: file)
      }
      guard let parts = BoundaryCatalog.parts(of: feature.geometry) else {
        throw BordersError(
          .invalidData,
          "cross-check feature \(number) must be a LineString or MultiLineString", file: file)
      }
      result.append(CrossCheckLine(source: source, countries: pair, parts: parts))
    }
    return result
  }

  /// Reads cross-check lines from a GeoJSON file.
  /// - Throws: `BordersError` naming the file.
  public static func lines(path: String) throws(BordersError) -> [CrossCheckLine] {
    try lines(from: try DataFile.features(path), file: path)
  }
}
