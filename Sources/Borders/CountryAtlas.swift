import GeoJSON

/// Which country a point is in, from country polygons (Natural Earth admin-0 or any GeoJSON
/// with ISO codes in its properties).
public struct CountryAtlas: Sendable {
  /// The countries, in file order.
  public let countries: [Country]

  /// Builds the atlas from country features.
  ///
  /// Each feature needs a Polygon or MultiPolygon and the properties `iso_a2` and `iso_a3`
  /// (Natural Earth's names; `ISO_A2`/`ISO_A3`, `iso2`/`iso3` are accepted too), optionally
  /// `adm0_a3` and `name`. Natural Earth's `-99` placeholder falls back to `iso_a2_eh`/
  /// `iso_a3_eh`, then to `adm0_a3`.
  /// - Parameters:
  ///   - features: the country features.
  ///   - file: the file they came from, for error messages.
  /// - Throws: `BordersError(.invalidData)` naming the feature that has no usable code or
  ///   geometry.
  public init(features: [Feature], file: String? = nil) throws(BordersError) {
    var countries: [Country] = []
    for (number, feature) in features.enumerated() {
      countries.append(try Self.country(from: feature, number: number, file: file))
    }
    self.countries = countries
  }

  /// The country whose polygons contain `position`, or `nil` at sea or outside the atlas.
  /// - Parameter position: longitude/latitude, degrees.
  public func country(at position: Position) -> Country? {
    countries.first { $0.contains(position) }
  }

  /// The country with this ISO alpha-2, alpha-3 or Natural Earth `adm0_a3` code (any case).
  public func country(code: String) -> Country? {
    countries.first { $0.matches(code: code) }
  }

  private static func country(
    from feature: Feature, number: Int, file: String?
  ) throws(BordersError) -> Country {
    let properties = feature.properties ?? JSONObject()
    func raw(_ keys: String...) -> String? {
      for key in keys {
        if let value = properties[key]?.stringValue, value != "-99", !value.isEmpty {
          return value
        }
      }
      return nil
    }
    let adm0 = raw("adm0_a3", "ADM0_A3")?.uppercased()
    let iso2 = raw("iso_a2", "ISO_A2", "iso2", "iso_a2_eh", "ISO_A2_EH")?.uppercased()
    let iso3 = raw("iso_a3", "ISO_A3", "iso3", "iso_a3_eh", "ISO_A3_EH")?.uppercased() ?? adm0
    let name = raw("name", "NAME", "admin", "ADMIN")
    guard let iso2, iso2.count == 2, let iso3, iso3.count == 3 else {
      throw BordersError(
        .invalidData,
        "country feature \(number) has no ISO 3166 alpha-2 and alpha-3 code "
          + "(properties iso_a2, iso_a3)", file: file)
    }
    let polygons: [Polygon]
    switch feature.geometry {
    case .polygon(let polygon): polygons = [polygon]
    case .multiPolygon(let parts): polygons = parts
    default:
      throw BordersError(
        .invalidData,
        "country feature \(number) (\(iso3)) must be a Polygon or MultiPolygon, got "
          + (feature.geometry?.typeName ?? "null"), file: file)
    }
    return Country(iso2: iso2, iso3: iso3, adm0A3: adm0, name: name ?? iso3, polygons: polygons)
  }
}

extension CountryAtlas {
  /// Loads the atlas from a GeoJSON file of country polygons, such as frontline's
  /// `gazetteer/countries/ne10m-countries.geojson`.
  /// - Parameter path: the file.
  /// - Throws: `BordersError` naming the file (and line and column for bad GeoJSON).
  public init(path: String) throws(BordersError) {
    try self.init(features: try DataFile.features(path), file: path)
  }
}
