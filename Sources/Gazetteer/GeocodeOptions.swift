import GeoJSON

/// What to filter and favour when geocoding a name.
public struct GeocodeOptions: Hashable, Sendable {
  /// Keep only places in these countries (ISO 3166-1 alpha-2, upper case); empty keeps all.
  /// A border place (`IQ/SY`) is kept when either code is listed.
  public var countries: Set<String>
  /// Favour places near this point (longitude/latitude degrees): the score is multiplied by
  /// 0.3 + 0.7 × proximity, where proximity halves about every 175 km.
  public var near: Position?
  /// At most this many candidates (and suggestions) per name.
  public var limit: Int
  /// Whether to try fuzzy matching when no spelling matches exactly.
  public var fuzzy: Bool

  /// - Parameters:
  ///   - countries: ISO alpha-2 filter; empty keeps all.
  ///   - near: bias point, longitude/latitude degrees.
  ///   - limit: maximum candidates per name (at least 1).
  ///   - fuzzy: whether to match misspellings.
  public init(
    countries: Set<String> = [], near: Position? = nil, limit: Int = 5, fuzzy: Bool = true
  ) {
    self.countries = Set(countries.map { $0.uppercased() })
    self.near = near
    self.limit = max(1, limit)
    self.fuzzy = fuzzy
  }
}
