import Borders
import Control
import Foundation
import GeoJSON
import Territory

/// Test data: the countries frontline ships, hand-made countries, and generated points.
enum Fixture {
  /// The repository root, found from this file's path.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The shipped Natural Earth countries (`gazetteer/countries/ne10m-countries.geojson`).
  static let atlas: CountryAtlas = {
    let url = root.appendingPathComponent("gazetteer/countries/ne10m-countries.geojson")
    do {
      let bytes = [UInt8](try Data(contentsOf: url))
      let object = try GeoJSONReader.read(bytes, file: url.path)
      return try CountryAtlas(features: object.features, file: url.path)
    } catch {
      fatalError("cannot load \(url.path): \(error)")
    }
  }()

  /// A square "country" `side` degrees wide centred on (`longitude`, `latitude`).
  static func square(
    code: String = "XA", longitude: Double = 40, latitude: Double = 35, side: Double = 1
  ) throws -> Country {
    let h = side / 2
    let ring = try LinearRing([
      Position(longitude: longitude - h, latitude: latitude - h),
      Position(longitude: longitude + h, latitude: latitude - h),
      Position(longitude: longitude + h, latitude: latitude + h),
      Position(longitude: longitude - h, latitude: latitude + h),
      Position(longitude: longitude - h, latitude: latitude - h),
    ])
    return Country(
      iso2: code, iso3: code + "X", name: "Square \(code)", polygons: [Polygon([ring])])
  }

  /// A control point with a made-up id.
  static func point(
    _ longitude: Double, _ latitude: Double, _ controller: String?, kind: String = "city",
    status: ControlStatus = .controlled, id: String? = nil
  ) -> ControlPoint {
    ControlPoint(
      placeID: id ?? "p\(longitude),\(latitude)", name: id ?? "place",
      position: Position(longitude: longitude, latitude: latitude), controller: controller,
      status: status, kind: kind)
  }

  /// `count` points inside Iraq and Syria from a fixed seed: kinds from cities to hamlets,
  /// held by four actors in broad bands (so there are fronts), a few contested and besieged.
  static func generated(count: Int, seed: UInt64 = 2017) -> [ControlPoint] {
    var random = SplitMix(seed: seed)
    let countries = ["IQ", "SY"].compactMap { atlas.country(code: $0) }
    var points: [ControlPoint] = []
    while points.count < count {
      let position = Position(
        longitude: 35.5 + random.unit() * 13.5, latitude: 29 + random.unit() * 8.5)
      guard countries.contains(where: { $0.contains(position) }) else { continue }
      let draw = random.unit()
      let kind = draw < 0.03 ? "city" : draw < 0.15 ? "town" : draw < 0.6 ? "village" : "hamlet"
      let band = position.longitude + (random.unit() - 0.5) * 1.5
      let controller = band < 38.5 ? "SAA" : band < 41 ? "ISIS" : band < 43.5 ? "SDF" : "ISF"
      let statusDraw = random.unit()
      let status: ControlStatus =
        statusDraw < 0.03 ? .contested : statusDraw < 0.05 ? .besieged : .controlled
      points.append(
        ControlPoint(
          placeID: "g\(points.count)", name: "generated \(points.count)", position: position,
          controller: controller, status: status, kind: kind))
    }
    return points
  }
}

/// SplitMix64 (Steele, Lea, Flood 2014): a tiny deterministic generator for fixtures.
struct SplitMix {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in [0, 1).
  mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
