import GeoJSON

/// A named place: a settlement, crossing, airbase, region or country, with its provenance.
public struct Place: Hashable, Sendable {
  /// What sort of place it is, so that a map can tell a village pin from a country label.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    case country
    /// A named area smaller or other than a country ("Rojava", "northern Syria").
    case region
    /// A populated place of 100,000 people or more (or so classed by the curated list).
    case city
    /// A populated place of 10,000 to 99,999 people.
    case town
    /// A populated place under 10,000 people.
    case village
    /// A section or locality of a populated place, or an abandoned one, with no population.
    case hamlet
    case borderCrossing = "border-crossing"
    case airbase
    /// Anything else in a GeoNames dump: rivers, mountains, airports, buildings.
    case other
  }

  /// The curated id (`sinjar`) or `geonames:<geonameid>`.
  public var id: String
  /// The preferred name.
  public var name: String
  /// Every other spelling the sources give, without the preferred name, in source order.
  public var variants: [String]
  /// The representative point, longitude/latitude degrees (WGS 84).
  public var position: Position
  /// ISO 3166-1 alpha-2 code, or two codes joined by `/` for a place on a border (`IQ/SY`).
  public var country: String
  /// What sort of place it is.
  public var kind: Kind
  /// Inhabitants according to the source; 0 when unknown.
  public var population: Int
  /// Where the point comes from, e.g. `GeoNames 99072` or a Wikipedia module.
  public var source: String
  /// The licence of the source, e.g. `CC BY 4.0`.
  public var licence: String
  /// The GeoNames id, when the place is in GeoNames.
  public var geonameid: Int?
  /// The curated note, if any (name traps, alternative marks).
  public var note: String?

  /// - Parameters:
  ///   - id: curated id or `geonames:<geonameid>`.
  ///   - name: preferred name.
  ///   - variants: other spellings.
  ///   - position: longitude/latitude, degrees.
  ///   - country: ISO 3166-1 alpha-2 code(s).
  ///   - kind: what sort of place.
  ///   - population: inhabitants, 0 when unknown.
  ///   - source: provenance of the point.
  ///   - licence: licence of the source.
  ///   - geonameid: GeoNames id, if any.
  ///   - note: curated note, if any.
  public init(
    id: String, name: String, variants: [String] = [], position: Position, country: String,
    kind: Kind, population: Int = 0, source: String, licence: String, geonameid: Int? = nil,
    note: String? = nil
  ) {
    self.id = id
    self.name = name
    self.variants = variants
    self.position = position
    self.country = country
    self.kind = kind
    self.population = population
    self.source = source
    self.licence = licence
    self.geonameid = geonameid
    self.note = note
  }

  /// The ISO codes in `country` (`IQ/SY` gives both).
  public var countryCodes: [Substring] { country.split(separator: "/") }
}
