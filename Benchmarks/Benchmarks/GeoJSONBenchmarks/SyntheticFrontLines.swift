import GeoJSON

/// A deterministic FeatureCollection shaped like front-line output: 20,000 LineStrings of 50
/// positions each, random walks inside longitude 38–44° and latitude 33–37° (the Iraq–Syria
/// border region), about 25 MB when written with 7 decimals.
enum SyntheticFrontLines {
  static let lineCount = 20_000
  static let positionsPerLine = 50

  static let collection: FeatureCollection = make()
  /// The collection as compact GeoJSON with 7 decimals.
  static let bytes: [UInt8] = GeoJSONWriter().encode(.featureCollection(collection))

  /// A 64-bit linear congruential generator (Knuth's MMIX constants): the same numbers on
  /// every machine and run.
  private struct Generator {
    var state: UInt64 = 0x5EED_F407_11E5

    /// A uniform number in [0, 1).
    mutating func next() -> Double {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(state >> 11) / Double(UInt64(1) << 53)
    }
  }

  private static func make() -> FeatureCollection {
    var generator = Generator()
    let step = 0.01  // degrees per walk step, about 1 km
    var features: [Feature] = []
    features.reserveCapacity(lineCount)
    for index in 0..<lineCount {
      var longitude = 38 + 6 * generator.next()
      var latitude = 33 + 4 * generator.next()
      var positions: [Position] = []
      positions.reserveCapacity(positionsPerLine)
      for _ in 0..<positionsPerLine {
        longitude = min(44, max(38, longitude + (generator.next() - 0.5) * step))
        latitude = min(37, max(33, latitude + (generator.next() - 0.5) * step))
        positions.append(Position(longitude: longitude, latitude: latitude))
      }
      guard let line = try? LineString(positions) else {
        preconditionFailure("every line has \(positionsPerLine) positions")
      }
      features.append(
        Feature(
          id: .number(Double(index)), geometry: .lineString(line),
          properties: [
            "controller": .string("actor-\(index % 7)"), "segment": .number(Double(index)),
          ]))
    }
    return FeatureCollection(features: features, foreignMembers: ["name": "front lines"])
  }
}
