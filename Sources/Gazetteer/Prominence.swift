#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How prominent a place is, 0…1, for ranking places that share a name.
///
/// log₁₀ of the population over 7 (10 million → 1), at least a floor for the kind (a city
/// whose population is not recorded still outranks a village), plus 0.1 for curated places,
/// which the project checked by hand for its region.
///
/// GeoNames writes 0 when it has no population. A populated place with neither population
/// nor feature code (an extract such as the shipped cities files, which only hold places of
/// 500 people or more and administrative seats) is given 0.5, a town's weight, rather than
/// a village's; an administrative seat (`PPLA`…`PPLA4`, `PPLC`, `PPLG`) at least 0.55.
enum Prominence {
  static func of(kind: Place.Kind, population: Int, featureCode: String?, curated: Bool) -> Double {
    let floor: Double =
      switch kind {
      case .country: 0.95
      case .region: 0.85
      case .city: 0.65
      case .town: 0.5
      case .village: 0.35
      case .borderCrossing, .airbase: 0.4
      case .other: 0.25
      case .hamlet: 0.2
      }
    var value = floor
    if population > 0 {
      value = max(floor, min(1, log10(Double(population)) / 7))
    } else if let featureCode, adminSeatCodes.contains(featureCode) {
      value = max(floor, 0.55)
    } else if featureCode == nil, !curated, kind == .village {
      value = 0.5
    }
    return min(1, value + (curated ? 0.1 : 0))
  }

  private static let adminSeatCodes: Set<String> = [
    "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLG",
  ]
}
