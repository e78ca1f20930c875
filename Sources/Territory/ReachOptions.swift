/// How far the control of a place is assumed to reach, by kind of place, in metres.
///
/// The defaults are the radii Nominatim assumes for places mapped as points (city 15 km,
/// town 4 km, village 2 km, hamlet 1 km; `place_addressrank`/`reverse` in Nominatim's
/// settings). Kinds that stand for whole regions or countries reach nowhere: a point for
/// "northern Syria" says nothing about the land around its representative point.
public struct ReachOptions: Hashable, Sendable {
  /// Reach by place kind, metres. A kind with reach 0 makes no area.
  public var metresByKind: [String: Double]
  /// Reach of kinds missing from `metresByKind`, metres.
  public var defaultMetres: Double

  /// City 15 km, town 4 km, village 2 km, hamlet 1 km; airbase 2 km, border crossing 1 km,
  /// other places 1 km; regions and countries 0.
  public static let nominatim = ReachOptions(
    metresByKind: [
      "city": 15_000, "town": 4_000, "village": 2_000, "hamlet": 1_000, "airbase": 2_000,
      "border-crossing": 1_000, "region": 0, "country": 0,
    ], defaultMetres: 1_000)

  /// - Parameters:
  ///   - metresByKind: reach by place kind, metres, each finite and ≥ 0.
  ///   - defaultMetres: reach of other kinds, metres.
  public init(metresByKind: [String: Double], defaultMetres: Double) {
    self.metresByKind = metresByKind
    self.defaultMetres = defaultMetres
  }

  /// Nominatim's radii, changed by a specification such as `city=15,town=4,village=2.5`
  /// (kilometres; `default=` sets the reach of unlisted kinds).
  /// - Throws: `TerritoryError(.invalidReach)` for an entry that is not `kind=km` with a
  ///   finite km in [0, 1000].
  public init(specification: String) throws(TerritoryError) {
    self = .nominatim
    for entry in specification.split(separator: ",", omittingEmptySubsequences: true) {
      let parts = entry.split(separator: "=", maxSplits: 1).map {
        $0.trimmingCharacters(in: " ")
      }
      guard parts.count == 2, !parts[0].isEmpty, let kilometres = Double(parts[1]),
        kilometres.isFinite, (0...1000).contains(kilometres)
      else {
        throw TerritoryError(
          .invalidReach,
          "reach '\(entry)' in '\(specification)' must be KIND=KM with KM between 0 and 1000")
      }
      if parts[0] == "default" {
        defaultMetres = kilometres * 1000
      } else {
        metresByKind[parts[0].lowercased()] = kilometres * 1000
      }
    }
  }

  /// The reach of a place of `kind`, metres.
  public func metres(forKind kind: String) -> Double {
    metresByKind[kind.lowercased()] ?? defaultMetres
  }

  /// The largest reach of any kind, metres.
  var largestMetres: Double { max(defaultMetres, metresByKind.values.max() ?? 0) }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: Character) -> String {
    String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
  }
}
