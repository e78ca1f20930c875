import GeoJSON

/// The map's background, drawn instead of tiles so that the map works offline: country
/// polygons with their names, and land borders (Natural Earth, shipped in `gazetteer/`).
public struct MapBackground: Hashable, Sendable {
  /// A country: its name, ISO code, shape and where its name goes.
  public struct Country: Hashable, Sendable {
    /// The name written on the map (`Syria`).
    public var name: String
    /// ISO 3166-1 alpha-2, empty when unknown.
    public var isoCode: String
    /// A Polygon or MultiPolygon in WGS 84 degrees.
    public var geometry: Geometry
    /// A point inside the country's largest part, for its name.
    public var labelPosition: Position

    /// - Parameters:
    ///   - name: the name shown on the map.
    ///   - isoCode: ISO 3166-1 alpha-2 code.
    ///   - geometry: the country's Polygon or MultiPolygon, degrees.
    public init(name: String, isoCode: String, geometry: Geometry) {
      self.name = name
      self.isoCode = isoCode
      self.geometry = geometry
      labelPosition =
        LabelPoint.inside(geometry) ?? BoundingBox(geometry)?.centre
        ?? Position(longitude: 0, latitude: 0)
    }
  }

  /// The countries, drawn as land.
  public var countries: [Country]
  /// Land borders: LineStrings or MultiLineStrings, with a `pair` property (`IRQ-SYR`).
  public var borders: [Feature]

  /// A background with nothing on it.
  public static let empty = MapBackground(countries: [], borders: [])

  /// - Parameters:
  ///   - countries: the countries to draw.
  ///   - borders: border line features, degrees.
  public init(countries: [Country], borders: [Feature]) {
    self.countries = countries
    self.borders = borders
  }

  /// Reads Natural Earth style files: countries with `name` (or `name_long`, `NAME`) and
  /// `iso_a2` properties, and border lines.
  /// - Parameters:
  ///   - countries: the countries GeoJSON's bytes.
  ///   - countriesFile: its name, for messages.
  ///   - borders: the borders GeoJSON's bytes.
  ///   - bordersFile: its name, for messages.
  /// - Throws: `.invalidInput` when a file is not GeoJSON, naming line and column.
  public static func read(
    countries: [UInt8], countriesFile: String, borders: [UInt8], bordersFile: String
  ) throws(MapViewError) -> MapBackground {
    let countryLayer = try MapLayer.read(countries, file: countriesFile)
    let borderLayer = try MapLayer.read(borders, file: bordersFile)
    let shapes = countryLayer.features.compactMap { feature -> Country? in
      guard let geometry = feature.geometry, isArea(geometry) else { return nil }
      let properties = feature.properties ?? JSONObject()
      let name =
        ["name", "NAME", "name_long", "ADMIN"].lazy.compactMap { properties[$0]?.stringValue }
        .first ?? ""
      let code = (properties["iso_a2"] ?? properties["ISO_A2"])?.stringValue ?? ""
      return Country(name: name, isoCode: code == "-99" ? "" : code, geometry: geometry)
    }
    let lines = borderLayer.features.filter { $0.geometry.map(isLine) ?? false }
    return MapBackground(countries: shapes, borders: lines)
  }

  /// Only what touches `box`: a map of Iraq does not need the borders of Canada.
  func cropped(to box: BoundingBox) -> MapBackground {
    MapBackground(
      countries: countries.filter { BoundingBox($0.geometry)?.intersects(box) ?? false },
      borders: borders.filter { $0.geometry.flatMap(BoundingBox.init)?.intersects(box) ?? false })
  }

  /// The extent of the countries, `nil` without any.
  var extent: BoundingBox? {
    BoundingBox.union(of: countries.lazy.compactMap { BoundingBox($0.geometry) })
  }

  private static func isArea(_ geometry: Geometry) -> Bool {
    switch geometry {
    case .polygon, .multiPolygon: true
    default: false
    }
  }

  private static func isLine(_ geometry: Geometry) -> Bool {
    switch geometry {
    case .lineString, .multiLineString: true
    default: false
    }
  }
}
