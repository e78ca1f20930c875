import GeoJSON

/// The world's land boundary lines (Natural Earth 10m `admin_0_boundary_lines_land`), and
/// which of them a `BorderSelector` means.
public struct BoundaryCatalog: Sendable {
  /// The lines, in file order.
  public let lines: [BoundaryLine]
  /// The ISO table used to read selectors.
  public let codes: CountryCodes

  /// Builds the catalog from boundary features: LineStrings or MultiLineStrings with the
  /// properties `adm0_a3_l` and `adm0_a3_r` (Natural Earth codes, mapped to ISO alpha-3
  /// through `CountryCodes.naturalEarthAliases`), optionally `name`, `featurecla`, `ne_id`.
  /// - Parameters:
  ///   - features: the boundary features.
  ///   - codes: the ISO table.
  ///   - file: the file, for errors.
  /// - Throws: `BordersError(.invalidData)` naming a feature that is not a line.
  public init(features: [Feature], codes: CountryCodes, file: String? = nil) throws(BordersError) {
    var lines: [BoundaryLine] = []
    for (number, feature) in features.enumerated() {
      let properties = feature.properties ?? JSONObject()
      func code(_ key: String) -> String? {
        properties[key]?.stringValue.map { CountryCodes.iso3(naturalEarth: $0.uppercased()) }
      }
      guard let parts = Self.parts(of: feature.geometry) else {
        throw BordersError(
          .invalidData,
          "boundary feature \(number) must be a LineString or MultiLineString, got "
            + (feature.geometry?.typeName ?? "null"), file: file)
      }
      let identifier =
        properties["ne_id"].flatMap(Self.text) ?? feature.id.map(Self.text(of:))
      lines.append(
        BoundaryLine(
          left: code("adm0_a3_l"), right: code("adm0_a3_r"),
          name: properties["name"]?.stringValue,
          featureClass: properties["featurecla"]?.stringValue, identifier: identifier,
          parts: parts))
    }
    self.lines = lines
    self.codes = codes
  }

  /// Loads the catalog from a GeoJSON file, such as frontline's
  /// `gazetteer/borders/ne10m-land-boundaries.geojson`.
  /// - Throws: `BordersError` naming the file.
  public init(path: String, codes: CountryCodes) throws(BordersError) {
    try self.init(features: try DataFile.features(path), codes: codes, file: path)
  }

  /// Number of geodesic segments over all lines (69,315 in Natural Earth 10m).
  public var segmentCount: Int { lines.reduce(0) { $0 + $1.segmentCount } }

  /// Every country code that occurs on a line.
  public var countryCodes: Set<String> { Set(lines.flatMap(\.countries)) }

  /// Parses a selector, accepting ISO codes and the catalog's own Natural Earth codes.
  /// - Throws: `BordersError` (`.invalidSelector`, `.unknownCountry`).
  public func selector(parsing text: String) throws(BordersError) -> BorderSelector {
    try BorderSelector(parsing: text, codes: codes, otherCodes: countryCodes)
  }

  /// The countries that share a line with `code` (alpha-3), sorted.
  public func neighbours(of code: String) -> [String] {
    var result = Set<String>()
    for line in lines {
      guard let left = line.left, let right = line.right, left != right else { continue }
      if left == code { result.insert(right) }
      if right == code { result.insert(left) }
    }
    return result.sorted()
  }

  /// The lines a selector means: for a pair, the lines between the two; for one country,
  /// every line between it and another country (lines with the same country on both sides,
  /// such as the UNDOF limit in the Golan, are left out unless asked for as `SYR-SYR`).
  /// - Throws: `BordersError(.noSuchBorder)` listing the country's neighbours when nothing
  ///   matches.
  public func lines(for selector: BorderSelector) throws(BordersError) -> [BoundaryLine] {
    let found: [BoundaryLine]
    if selector.isSingleCountry {
      let country = selector.countries[0]
      found = lines.filter { line in
        line.left != line.right && (line.left == country || line.right == country)
      }
    } else {
      found = lines.filter { line in
        line.left != nil && line.right != nil && line.countries == selector.countries
      }
    }
    guard found.isEmpty else { return found }
    throw BordersError(.noSuchBorder, noBorderMessage(selector))
  }

  private func noBorderMessage(_ selector: BorderSelector) -> String {
    let names = selector.countries.map(describe)
    let what =
      selector.isSingleCountry
      ? "\(names[0]) has no land border in the boundary file"
      : "\(names[0]) and \(names[1]) share no land border in the boundary file"
    let details = selector.countries.map { code in
      let neighbours = neighbours(of: code)
      let list =
        neighbours.isEmpty
        ? "none"
        : neighbours.map { codes.entry(for: $0).map { "\($0.iso2)/\($0.iso3)" } ?? $0 }
          .joined(separator: ", ")
      return "\(describe(code)) borders: \(list)"
    }
    return ([what] + details).joined(separator: "; ")
  }

  private func describe(_ code: String) -> String {
    codes.entry(for: code).map { "\($0.name) (\($0.iso2)/\($0.iso3))" } ?? code
  }

  static func parts(of geometry: Geometry?) -> [[Position]]? {
    switch geometry {
    case .lineString(let line): [line.positions]
    case .multiLineString(let lines): lines.map(\.positions)
    default: nil
    }
  }

  private static func text(_ value: JSONValue) -> String? {
    switch value {
    case .string(let text): text
    case .number(let number):
      number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
    default: nil
    }
  }

  private static func text(of id: FeatureID) -> String {
    switch id {
    case .string(let text): text
    case .number(let number):
      number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
    }
  }
}
