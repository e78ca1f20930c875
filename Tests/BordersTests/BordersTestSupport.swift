import GeoJSON
import Projection

@testable import Borders

/// Where the tests find their data: fixtures beside the tests, and the data frontline ships
/// in the repository's `gazetteer/`.
enum TestData {
  static let testsDirectory: String = {
    let file = #filePath
    return String(file[..<(file.lastIndex(of: "/") ?? file.endIndex)])
  }()

  static func fixture(_ name: String) -> String { testsDirectory + "/Fixtures/" + name }

  static let gazetteer = testsDirectory + "/../../gazetteer"

  static let library: BorderLibrary = {
    do {
      return try BorderLibrary(dataDirectory: gazetteer)
    } catch {
      fatalError("cannot load the shipped border data: \(error)")
    }
  }()

  /// The Natural Earth Iraq–Syria line's parts.
  static var iraqSyriaParts: [[Position]] {
    (try? library.catalog.lines(for: BorderSelector(countries: ["IRQ", "SYR"])))?
      .flatMap(\.parts) ?? []
  }

  static func lines(_ fixture: String) -> [[Position]] {
    guard let features = try? DataFile.features(TestData.fixture(fixture)) else { return [] }
    return features.compactMap { feature in
      if case .lineString(let line) = feature.geometry { return line.positions }
      return nil
    }
  }
}

/// A deterministic generator (SplitMix64), so failures reproduce.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476C_E5B9_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// The brute-force reference of the issue: every segment densified to 1 m steps with
/// positions along its geodesic (the direct problem), the geodesic distance to each, the
/// minimum over all; then the best sample's two neighbours are searched by golden section
/// to 0.1 mm, so a point exactly on the line is not charged the half-metre of the sampling.
enum BruteForce {
  static let step = 1.0  // m

  static func distance(
    from point: Position, to polylines: [[Position]], geodesic: Geodesic = .wgs84
  ) -> Double {
    var best = Double.infinity
    for part in polylines {
      if part.count == 1 { best = min(best, geodesic.distance(point, part[0])) }
      for (a, b) in zip(part, part.dropFirst()) {
        best = min(best, segmentDistance(from: point, a, b, geodesic: geodesic))
      }
    }
    return best
  }

  static func segmentDistance(
    from point: Position, _ a: Position, _ b: Position, geodesic: Geodesic
  ) -> Double {
    let line = GeodesicLine(
      geodesic, latitude1: a.latitude, longitude1: a.longitude, latitude2: b.latitude,
      longitude2: b.longitude)
    let length = line.distance
    func distance(_ s: Double) -> Double {
      let q = line.position(distance: min(length, max(0, s)))
      return geodesic.inverse(
        latitude1: point.latitude, longitude1: point.longitude, latitude2: q.latitude,
        longitude2: q.longitude
      ).distance
    }
    let count = Int((length / step).rounded(.up))
    var bestIndex = 0
    var best = Double.infinity
    for k in 0...count {
      let value = distance(min(length, Double(k) * step))
      if value < best {
        best = value
        bestIndex = k
      }
    }
    var low = max(0, Double(bestIndex - 1) * step)
    var high = min(length, Double(bestIndex + 1) * step)
    let ratio = (5.0.squareRoot() - 1) / 2
    while high - low > 1e-4 {
      let x1 = high - ratio * (high - low)
      let x2 = low + ratio * (high - low)
      if distance(x1) < distance(x2) { high = x2 } else { low = x1 }
    }
    return min(best, distance((low + high) / 2))
  }
}
