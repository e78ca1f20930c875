import Borders
import Control
import Gazetteer
import GeoJSON

/// The output of `frontline reverse`.
struct ReverseReport {
  var point: Position
  var country: Country?
  var nearby: [NearbyPlace]
  var precision: Int
  var pretty: Bool

  func table() -> String {
    let countryText =
      country.map { "\($0.iso2) (\($0.iso3), \($0.name))" }
      ?? "none (outside the shipped country polygons)"
    var rows = [
      [
        "#", "distance_km", "bearing_deg", "id", "name", "kind", "country", "lat", "lon",
        "population",
      ]
    ]
    for (rank, entry) in nearby.enumerated() {
      let place = entry.place
      rows.append([
        "\(rank + 1)", PlainText.fixed(entry.distance / 1000, 3),
        PlainText.fixed(Self.bearing(entry.azimuth), 1), place.id, place.name,
        place.kind.rawValue,
        place.country, PlainText.fixed(place.position.latitude, precision),
        PlainText.fixed(place.position.longitude, precision), "\(place.population)",
      ])
    }
    return "point    \(coordinates)\ncountry  \(countryText)\n\n"
      + TextTable(header: rows[0], rows: Array(rows.dropFirst()), underlinesHeader: false).render()
  }

  /// An azimuth in (-180, 180] as a compass bearing in [0, 360).
  static func bearing(_ azimuth: Double) -> Double {
    let bearing = azimuth < 0 ? azimuth + 360 : azimuth
    return bearing >= 360 ? bearing - 360 : bearing
  }

  private var coordinates: String {
    PlainText.trimmed(point.latitude, precision) + ","
      + PlainText.trimmed(point.longitude, precision)
  }

  private var countryValue: JSONValue {
    guard let country else { return .null }
    return [
      "iso2": .string(country.iso2), "iso3": .string(country.iso3), "name": .string(country.name),
    ]
  }

  private func properties(_ entry: NearbyPlace, rank: Int) -> JSONObject {
    let place = entry.place
    var object = JSONObject()
    object["rank"] = .number(Double(rank + 1))
    object["id"] = .string(place.id)
    object["name"] = .string(place.name)
    object["kind"] = .string(place.kind.rawValue)
    object["country"] = .string(place.country)
    object["population"] = .number(Double(place.population))
    object["distance_km"] = .number(PlainText.rounded(entry.distance / 1000, 3))
    object["bearing_deg"] = .number(PlainText.rounded(Self.bearing(entry.azimuth), 1))
    object["source"] = .string(place.source)
    object["licence"] = .string(place.licence)
    return object
  }

  func json() -> [UInt8] {
    let nearest = nearby.enumerated().map { rank, entry -> JSONValue in
      var object = properties(entry, rank: rank)
      object["lat"] = .number(PlainText.rounded(entry.place.position.latitude, precision))
      object["lon"] = .number(PlainText.rounded(entry.place.position.longitude, precision))
      return .object(object)
    }
    let value: JSONValue = [
      "lat": .number(PlainText.rounded(point.latitude, precision)),
      "lon": .number(PlainText.rounded(point.longitude, precision)),
      "country": countryValue,
      "nearest": .array(nearest),
    ]
    var bytes = GeoJSONWriter(precision: precision, pretty: pretty).encode(value)
    bytes.append(UInt8(ascii: "\n"))
    return bytes
  }

  func csv() -> String {
    var lines = [
      "rank,id,name,kind,country,lat,lon,population,distance_km,bearing_deg,point_country"
    ]
    for (rank, entry) in nearby.enumerated() {
      let place = entry.place
      let cells = [
        "\(rank + 1)", place.id, place.name, place.kind.rawValue, place.country,
        PlainText.trimmed(place.position.latitude, precision),
        PlainText.trimmed(place.position.longitude, precision), "\(place.population)",
        PlainText.fixed(entry.distance / 1000, 3),
        PlainText.fixed(Self.bearing(entry.azimuth), 1),
        country?.iso2 ?? "",
      ]
      lines.append(cells.map(GeocodeReport.csvField).joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  func geojson() -> [UInt8] {
    var query = JSONObject()
    query["role"] = "query"
    query["country"] = country.map { .string($0.iso2) } ?? .null
    query["country_name"] = country.map { .string($0.name) } ?? .null
    var features = [Feature(geometry: .point(point), properties: query)]
    for (rank, entry) in nearby.enumerated() {
      var properties = self.properties(entry, rank: rank)
      properties["role"] = "nearest"
      features.append(
        Feature(
          id: .string(entry.place.id), geometry: .point(entry.place.position),
          properties: properties))
    }
    var bytes = GeoJSONWriter(precision: precision, pretty: pretty)
      .encode(.featureCollection(FeatureCollection(features: features)))
    bytes.append(UInt8(ascii: "\n"))
    return bytes
  }
}
