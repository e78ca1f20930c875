import GeoJSON

/// A country and its territory: ISO 3166 codes, a name and the polygons.
public struct Country: Hashable, Sendable {
  /// ISO 3166-1 alpha-2 code, e.g. `IQ`.
  public let iso2: String
  /// ISO 3166-1 alpha-3 code, e.g. `IRQ`.
  public let iso3: String
  /// Natural Earth's `adm0_a3` code, which the boundary lines use; equals `iso3` except for
  /// a few entities (Palestine is `PSX`, South Sudan `SDS`).
  public let adm0A3: String
  /// The country's name as the source spells it.
  public let name: String
  /// The polygons of its territory (RFC 7946 §3.1.6), holes included.
  public let polygons: [Polygon]
  let index: PolygonIndex

  /// - Parameters:
  ///   - iso2: ISO 3166-1 alpha-2 code.
  ///   - iso3: ISO 3166-1 alpha-3 code.
  ///   - adm0A3: Natural Earth `adm0_a3` code; `nil` means the same as `iso3`.
  ///   - name: display name.
  ///   - polygons: territory, longitude/latitude degrees.
  public init(
    iso2: String, iso3: String, adm0A3: String? = nil, name: String, polygons: [Polygon]
  ) {
    self.iso2 = iso2
    self.iso3 = iso3
    self.adm0A3 = adm0A3 ?? iso3
    self.name = name
    self.polygons = polygons
    index = PolygonIndex(polygons: polygons)
  }

  /// Whether the country's polygons contain `position` (even–odd rule, planar edges in
  /// longitude/latitude as Natural Earth draws them).
  public func contains(_ position: Position) -> Bool {
    index.contains(longitude: position.longitude, latitude: position.latitude)
  }

  /// Whether `code` names this country: ISO alpha-2, alpha-3 or Natural Earth `adm0_a3`,
  /// any case.
  public func matches(code: String) -> Bool {
    let upper = code.uppercased()
    return upper == iso2 || upper == iso3 || upper == adm0A3
  }
}
