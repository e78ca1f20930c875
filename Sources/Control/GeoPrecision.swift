/// How precisely an event's location is known, as ACLED's `geo_precision` codes it
/// (ACLED Codebook, "Geo-precision"): 1 the place itself, 2 near the place or in its
/// district, 3 only a larger region.
public enum GeoPrecision: Int, Hashable, Sendable, CaseIterable, Comparable {
  case exact = 1
  case near = 2
  case region = 3

  public static func < (lhs: GeoPrecision, rhs: GeoPrecision) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
