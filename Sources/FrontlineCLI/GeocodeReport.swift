import Control
import Foundation
import Gazetteer
import GeoJSON

/// Writes geocoding results as a table, NDJSON, CSV or a GeoJSON FeatureCollection.
struct GeocodeReport {
  /// Decimals for coordinates.
  var precision: Int
  /// Indent JSON.
  var pretty: Bool

  static let csvHeader = [
    "input", "status", "id", "name", "lat", "lon", "country", "kind", "population", "score",
    "matched", "match", "source", "alternatives",
  ]

  // MARK: - Table

  /// Aligned columns, one row per candidate, the name and status on its first row.
  func table(_ results: [GeocodeResult]) -> String {
    var rows = [
      [
        "input", "status", "#", "score", "id", "name", "kind", "country", "lat", "lon",
        "population", "matched",
      ]
    ]
    for result in results {
      guard !result.candidates.isEmpty else {
        let hints = result.suggestions.map { "\($0.place.name) (\($0.place.id))" }
        let hint =
          hints.isEmpty ? "no match" : "no match; closest: " + hints.joined(separator: ", ")
        rows.append([result.query, "unresolved", "", "", "", hint, "", "", "", "", "", ""])
        continue
      }
      for (rank, candidate) in result.candidates.enumerated() {
        let place = candidate.place
        rows.append([
          rank == 0 ? result.query : "", rank == 0 ? result.status.rawValue : "", "\(rank + 1)",
          PlainText.fixed(candidate.score, 3), place.id, place.name, place.kind.rawValue,
          place.country,
          PlainText.fixed(place.position.latitude, precision),
          PlainText.fixed(place.position.longitude, precision), "\(place.population)",
          "\(candidate.matchedVariant) (\(candidate.match.rawValue))",
        ])
      }
    }
    return TextTable(header: rows[0], rows: Array(rows.dropFirst()), underlinesHeader: false)
      .render()
  }

  // MARK: - JSON

  /// One JSON object per result, a line each.
  func ndjson(_ results: [GeocodeResult]) -> [UInt8] {
    let writer = GeoJSONWriter(precision: precision, pretty: false)
    var bytes: [UInt8] = []
    for result in results {
      let object: JSONValue = [
        "input": .string(result.query),
        "status": .string(result.status.rawValue),
        "candidates": .array(result.candidates.map { .object(properties(of: $0)) }),
        "suggestions": .array(result.suggestions.map { .object(properties(of: $0)) }),
      ]
      writer.write(object, to: &bytes)
      bytes.append(UInt8(ascii: "\n"))
    }
    return bytes
  }

  /// The members describing a candidate, as JSON and GeoJSON properties.
  func properties(of candidate: Candidate) -> JSONObject {
    let place = candidate.place
    var object = JSONObject()
    object["id"] = .string(place.id)
    object["name"] = .string(place.name)
    object["lat"] = .number(PlainText.rounded(place.position.latitude, precision))
    object["lon"] = .number(PlainText.rounded(place.position.longitude, precision))
    object["country"] = .string(place.country)
    object["kind"] = .string(place.kind.rawValue)
    object["population"] = .number(Double(place.population))
    object["score"] = .number(PlainText.rounded(candidate.score, 3))
    object["similarity"] = .number(PlainText.rounded(candidate.similarity, 3))
    object["matched"] = .string(candidate.matchedVariant)
    object["match"] = .string(candidate.match.rawValue)
    if let distance = candidate.distanceFromNear {
      object["near_km"] = .number(PlainText.rounded(distance / 1000, 3))
    }
    object["source"] = .string(place.source)
    object["licence"] = .string(place.licence)
    object["geonameid"] = place.geonameid.map { .number(Double($0)) } ?? .null
    return object
  }

  // MARK: - CSV

  /// A header and one row per result with its best candidate (RFC 4180 quoting).
  func csv(_ results: [GeocodeResult]) -> String {
    var lines = [Self.csvHeader.joined(separator: ",")]
    for result in results {
      var cells = [result.query, result.status.rawValue]
      if let best = result.best {
        let place = best.place
        cells += [
          place.id, place.name, PlainText.trimmed(place.position.latitude, precision),
          PlainText.trimmed(place.position.longitude, precision), place.country,
          place.kind.rawValue,
          "\(place.population)", PlainText.fixed(best.score, 3), best.matchedVariant,
          best.match.rawValue, place.source,
          result.candidates.dropFirst().map(\.place.id).joined(separator: "|"),
        ]
      } else {
        cells += Array(repeating: "", count: 11)
        cells.append(result.suggestions.map(\.place.id).joined(separator: "|"))
      }
      lines.append(cells.map(Self.csvField).joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func csvField(_ text: String) -> String {
    guard
      text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        || text.first == " " || text.last == " "
    else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  // MARK: - GeoJSON

  /// Every candidate as a Point feature; unresolved names in the member `unresolved`.
  func geojson(_ results: [GeocodeResult]) -> [UInt8] {
    var features: [Feature] = []
    for result in results {
      for (rank, candidate) in result.candidates.enumerated() {
        var properties = JSONObject()
        properties["input"] = .string(result.query)
        properties["rank"] = .number(Double(rank + 1))
        properties["status"] = .string(result.status.rawValue)
        for member in self.properties(of: candidate)
        where member.key != "lat" && member.key != "lon" {
          properties[member.key] = member.value
        }
        features.append(
          Feature(
            id: .string(candidate.place.id), geometry: .point(candidate.place.position),
            properties: properties))
      }
    }
    var foreign = JSONObject()
    let unresolved = results.filter { $0.status == .unresolved }.map { JSONValue.string($0.query) }
    if !unresolved.isEmpty { foreign["unresolved"] = .array(unresolved) }
    let collection = FeatureCollection(features: features, foreignMembers: foreign)
    var bytes = GeoJSONWriter(precision: precision, pretty: pretty)
      .encode(.featureCollection(collection))
    bytes.append(UInt8(ascii: "\n"))
    return bytes
  }
}
