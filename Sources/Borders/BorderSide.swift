/// Which side of a border a point is on.
public enum BorderSide: Hashable, Sendable, CustomStringConvertible {
  /// Inside this country's polygon (ISO alpha-2 and alpha-3), beyond the border zone.
  case country(iso2: String, iso3: String)
  /// Closer to the line than sources disagree about where it runs: no side is asserted.
  case borderZone
  /// In none of the border's countries (and beyond the zone).
  case outside
  /// Beyond the zone, outside the polygons available, and some country of the border has
  /// no polygon in the atlas, so "outside" cannot be asserted.
  case unknown

  /// `IQ`, `border zone`, `outside` or `unknown`.
  public var description: String {
    switch self {
    case .country(let iso2, _): iso2
    case .borderZone: "border zone"
    case .outside: "outside"
    case .unknown: "unknown"
    }
  }
}
