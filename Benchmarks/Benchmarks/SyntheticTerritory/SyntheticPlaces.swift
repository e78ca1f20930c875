public import Borders
import Control
import GeoJSON
public import Territory

/// The territory case, the same in the benchmark suite and in TerritoryPipeline (so
/// the figures compare): places uniform over Iraq and Syria, 3 % cities, 12 % towns, 45 %
/// villages, 40 % hamlets; held by four actors in north–south bands with ragged edges (so
/// there are fronts), 3 % contested and 2 % besieged.
public enum SyntheticPlaces {
  /// `count` control points `p1`, `p2`, … inside Iraq and Syria from `seed`.
  /// - Parameter atlas: the shipped countries, for Iraq's and Syria's outlines.
  public static func controlPoints(
    _ count: Int, atlas: CountryAtlas, seed: UInt64 = 2017
  ) -> [ControlPoint] {
    var random = SplitMix(state: seed)
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
      let id = "p\(points.count + 1)"
      points.append(
        ControlPoint(
          placeID: id, name: id, position: position, controller: controller, status: status,
          kind: kind))
    }
    return points
  }
}

/// SplitMix64 (Steele, Lea, Flood 2014), uniform doubles in [0, 1).
struct SplitMix {
  var state: UInt64

  mutating func unit() -> Double {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
  }
}
