import ArgumentParser
import GeoJSON

/// A `LAT,LON` argument in decimal degrees (`36.32,41.88`), range-checked for WGS 84.
struct Coordinate: Hashable, Sendable {
  var latitude: Double
  var longitude: Double

  var position: Position { Position(longitude: longitude, latitude: latitude) }

  /// Parses `LAT,LON` (also `LAT LON`); `nil` when the text is not two numbers.
  /// - Throws: `ValidationError` when the numbers are outside [-90, 90] × [-180, 180].
  static func parse(_ text: String) throws -> Coordinate? {
    let parts = text.split(whereSeparator: { $0 == "," || $0 == " " })
    guard parts.count == 2, let latitude = Double(parts[0]), let longitude = Double(parts[1])
    else { return nil }
    guard latitude.isFinite, (-90...90).contains(latitude) else {
      throw ValidationError("latitude \(parts[0]) in '\(text)' is outside [-90, 90]")
    }
    guard longitude.isFinite, (-180...180).contains(longitude) else {
      throw ValidationError("longitude \(parts[1]) in '\(text)' is outside [-180, 180]")
    }
    return Coordinate(latitude: latitude, longitude: longitude)
  }
}
