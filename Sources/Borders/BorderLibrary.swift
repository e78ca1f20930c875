import GeoJSON

/// The border data frontline ships, loaded from its data folder (`gazetteer/`): boundary
/// lines, cross-check lines, country polygons and the ISO code table, ready to build a
/// `BorderMeasurer` for `IQ-SY`, `SY` or a user's own lines.
public struct BorderLibrary: Sendable {
  /// Natural Earth 10m land boundaries, relative to the data folder.
  public static let boundaryFile = "borders/ne10m-land-boundaries.geojson"
  /// Other sources' Iraq–Syria lines (DCW, WDB-II), relative to the data folder.
  public static let crossCheckFile = "borders/iraq-syria-crosscheck.geojson"
  /// Natural Earth 10m country polygons, relative to the data folder.
  public static let countryFile = "countries/ne10m-countries.geojson"
  /// ISO 3166 alpha-2/alpha-3 table, relative to the data folder.
  public static let codeFile = "geonames/countries.tsv"

  /// The world's land boundary lines and the ISO code table.
  public let catalog: BoundaryCatalog
  /// The country polygons that decide sides.
  public let atlas: CountryAtlas
  /// Other sources' lines, which set the border zone where they exist.
  public let crossChecks: [CrossCheckLine]

  /// Assembles a library from parts already loaded (tests, other data folders).
  public init(catalog: BoundaryCatalog, atlas: CountryAtlas, crossChecks: [CrossCheckLine]) {
    self.catalog = catalog
    self.atlas = atlas
    self.crossChecks = crossChecks
  }

  /// Loads the four files from a data folder.
  /// - Parameter dataDirectory: the folder holding `borders/`, `countries/`, `geonames/`.
  /// - Throws: `BordersError` naming the file that is missing or malformed.
  public init(dataDirectory: String) throws(BordersError) {
    let base = dataDirectory.hasSuffix("/") ? dataDirectory : dataDirectory + "/"
    let codes = try CountryCodes(path: base + Self.codeFile)
    catalog = try BoundaryCatalog(path: base + Self.boundaryFile, codes: codes)
    atlas = try CountryAtlas(path: base + Self.countryFile)
    crossChecks = try CrossCheckLine.lines(path: base + Self.crossCheckFile)
  }

  /// A measurer for a selector such as `IQ-SY`, `SY-IQ`, `IRQ-SYR` or `SY`.
  /// - Throws: `BordersError` for a malformed selector, an unknown code or countries that
  ///   share no border (listing the borders that exist).
  /// - Parameter manyQueries: see `BorderMeasurer.init`.
  public func measurer(
    for text: String, manyQueries: Bool = true
  ) throws(BordersError) -> BorderMeasurer {
    try measurer(for: try catalog.selector(parsing: text), manyQueries: manyQueries)
  }

  /// A measurer for a parsed selector; the side is decided among the selected countries
  /// (for one country: it and its neighbours).
  /// - Parameter manyQueries: see `BorderMeasurer.init`.
  public func measurer(
    for selector: BorderSelector, manyQueries: Bool = true
  ) throws(BordersError) -> BorderMeasurer {
    let lines = try catalog.lines(for: selector)
    var required = selector.countries
    if selector.isSingleCountry { required += catalog.neighbours(of: selector.countries[0]) }
    let countries = atlas.countries.filter { country in
      required.contains(country.iso3) || required.contains(country.adm0A3)
    }
    return try BorderMeasurer(
      lines: lines, countries: countries, crossChecks: crossChecks,
      requiredCountries: required, manyQueries: manyQueries)
  }

  /// A measurer for a user's own lines (`--border-file`): LineStrings and MultiLineStrings,
  /// and the rings of Polygons as closed lines. The side is the atlas country containing the
  /// point; the zone is the polygon precision floor.
  /// - Parameters:
  ///   - features: the user's features.
  ///   - file: the file, for errors.
  ///   - manyQueries: see `BorderMeasurer.init`.
  /// - Throws: `BordersError(.invalidData)` when a feature is a point or there are no lines.
  public func measurer(
    userFeatures features: [Feature], file: String?, manyQueries: Bool = true
  ) throws(BordersError) -> BorderMeasurer {
    try BorderMeasurer(
      lines: try Self.userLines(features, file: file), countries: atlas.countries,
      manyQueries: manyQueries)
  }

  /// The lines of a user's features.
  /// - Throws: `BordersError(.invalidData)` naming the first feature that has no line.
  public static func userLines(
    _ features: [Feature], file: String?
  ) throws(BordersError) -> [BoundaryLine] {
    var lines: [BoundaryLine] = []
    for (number, feature) in features.enumerated() {
      guard let geometry = feature.geometry, let parts = lineParts(of: geometry) else {
        throw BordersError(
          .invalidData,
          "feature \(number) of the border file is "
            + (feature.geometry?.typeName ?? "null")
            + "; a border must be a LineString, MultiLineString, Polygon or MultiPolygon",
          file: file ?? "<stdin>")
      }
      let properties = feature.properties ?? JSONObject()
      let name = properties["name"]?.stringValue ?? properties["label"]?.stringValue
      lines.append(
        BoundaryLine(
          left: nil, right: nil, name: name ?? "line \(number)", parts: parts))
    }
    guard !lines.isEmpty else {
      throw BordersError(.invalidData, "the border file has no features", file: file ?? "<stdin>")
    }
    return lines
  }

  private static func lineParts(of geometry: Geometry) -> [[Position]]? {
    switch geometry {
    case .lineString(let line): return [line.positions]
    case .multiLineString(let lines): return lines.map(\.positions)
    case .polygon(let polygon): return polygon.rings.map(\.positions)
    case .multiPolygon(let polygons): return polygons.flatMap { $0.rings.map(\.positions) }
    case .geometryCollection(let members):
      var parts: [[Position]] = []
      for member in members {
        guard let more = lineParts(of: member) else { return nil }
        parts += more
      }
      return parts
    case .point, .multiPoint: return nil
    }
  }
}
