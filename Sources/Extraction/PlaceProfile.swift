import Gazetteer
import GeoJSON

/// What scoring needs to know of a place, kept flat so that ranking candidates copies no
/// strings or arrays: kind, size, provenance, point and country codes.
struct PlaceProfile: Sendable {
  var kind: Place.Kind
  var population: Int
  /// Whether the place comes from the curated list (its id is not `geonames:…`).
  var isCurated: Bool
  var position: Position
  /// The place's ISO codes (two for a place on a border, `IQ/SY`).
  var country: String
  var secondCountry: String?

  /// - Parameter place: the gazetteer place.
  init(_ place: Place) {
    kind = place.kind
    population = place.population
    isCurated = !place.id.hasPrefix("geonames:")
    position = place.position
    let codes = place.countryCodes
    country = codes.first.map(String.init) ?? ""
    secondCountry = codes.count > 1 ? String(codes[1]) : nil
  }

  /// Whether the place is in one of `countries`.
  func isIn(_ countries: Set<String>) -> Bool {
    guard !countries.isEmpty else { return false }
    return countries.contains(country) || secondCountry.map(countries.contains) == true
  }
}
