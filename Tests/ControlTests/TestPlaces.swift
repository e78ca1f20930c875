import Foundation
import GeoJSON

@testable import Control

/// A small in-memory gazetteer: ids, names and variants matched exactly (ignoring case);
/// several matches are ambiguous; suggestions are names sharing the first three letters.
struct TestPlaces: PlaceResolver {
  var places: [PlaceReference]
  var variants: [String: [String]] = [:]

  func reference(id: String) -> PlaceReference? { places.first { $0.id == id } }

  func resolve(_ reference: String) -> PlaceResolution {
    let key = reference.lowercased()
    let matches = places.filter { place in
      ([place.name] + (variants[place.id] ?? [])).contains { $0.lowercased() == key }
    }
    if matches.count == 1 { return .resolved(matches[0]) }
    if matches.count > 1 { return .ambiguous(matches) }
    let prefix = key.prefix(3)
    return .unresolved(
      suggestions: places.map(\.name).filter { $0.lowercased().hasPrefix(prefix) })
  }

  /// Umm Jrais, Taru, Sinjar (twice: Iraq and Syria), Raqqa, Mosul, al-Ba'aj.
  static let sample = TestPlaces(
    places: [
      place("umm_jrais", "Umm Jrais", 36.277, 41.281, "IQ", "village"),
      place("taru", "Taru", 36.249, 41.479, "IQ", "village"),
      place("sinjar", "Sinjar", 36.3209, 41.87656, "IQ", "town"),
      place("sinjar_sy", "Sinjar", 35.6, 36.6, "SY", "village"),
      place("raqqa", "Raqqa", 35.95283, 39.00788, "SY", "city"),
      place("mosul", "Mosul", 36.335, 43.11889, "IQ", "city"),
      place("al_baaj", "al-Ba'aj", 36.0426, 41.71632, "IQ", "town"),
    ],
    variants: ["umm_jrais": ["Umm al-Jaris", "Um Gris"], "raqqa": ["Ar Raqqah", "Rakka"]])

  /// Every row of the shipped `gazetteer/places.tsv` (id, name, variants, lat, lon,
  /// country, kind).
  static func shipped() throws -> TestPlaces {
    let url = Fixture.repository.appendingPathComponent("gazetteer/places.tsv")
    let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
    var result = TestPlaces(places: [])
    for row in rows {
      let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard cells.count >= 7, let lat = Double(cells[3]), let lon = Double(cells[4]) else {
        continue
      }
      result.places.append(place(cells[0], cells[1], lat, lon, cells[5], cells[6]))
      result.variants[cells[0]] = cells[2].split(separator: "|").map(String.init)
    }
    return result
  }

  private static func place(
    _ id: String, _ name: String, _ lat: Double, _ lon: Double, _ country: String,
    _ kind: String
  ) -> PlaceReference {
    PlaceReference(
      id: id, name: name, position: Position(longitude: lon, latitude: lat), country: country,
      kind: kind)
  }
}
