import Benchmark
import Borders
import Control
import GeoJSON
import Territory

/// frontline's data folder, found from this file: Benchmarks/Benchmarks/TerritoryBenchmarks/.
let dataDirectory: String = {
  var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast(4)
  return parts.joined(separator: "/") + "/gazetteer"
}()

/// The case: `count` places inside Iraq and Syria, as TerritoryPipeline writes them
/// (same generator and seed), held by four actors in ragged north–south bands.
func controlPoints(_ count: Int, atlas: CountryAtlas, seed: UInt64 = 2017) -> [ControlPoint] {
  var state = seed
  func unit() -> Double {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
  }
  let countries = ["IQ", "SY"].compactMap { atlas.country(code: $0) }
  var points: [ControlPoint] = []
  while points.count < count {
    let position = Position(longitude: 35.5 + unit() * 13.5, latitude: 29 + unit() * 8.5)
    guard countries.contains(where: { $0.contains(position) }) else { continue }
    let draw = unit()
    let kind = draw < 0.03 ? "city" : draw < 0.15 ? "town" : draw < 0.6 ? "village" : "hamlet"
    let band = position.longitude + (unit() - 0.5) * 1.5
    let controller = band < 38.5 ? "SAA" : band < 41 ? "ISIS" : band < 43.5 ? "SDF" : "ISF"
    let statusDraw = unit()
    let status: ControlStatus =
      statusDraw < 0.03 ? .contested : statusDraw < 0.05 ? .besieged : .controlled
    points.append(
      ControlPoint(
        placeID: "p\(points.count + 1)", name: "p\(points.count + 1)", position: position,
        controller: controller, status: status, kind: kind))
  }
  return points
}

let benchmarks: @Sendable () -> Void = {
  let configuration = Benchmark.Configuration(
    metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
    warmupIterations: 1, scalingFactor: .one, maxDuration: .seconds(10), maxIterations: 10)

  Benchmark("Territory areas + fronts, 5,000 points in IQ/SY", configuration: configuration) {
    benchmark in
    let atlas = try CountryAtlas(path: dataDirectory + "/countries/ne10m-countries.geojson")
    let builder = TerritoryBuilder(countries: atlas.countries)
    let points = controlPoints(5_000, atlas: atlas)
    benchmark.startMeasurement()
    blackHole(try builder.areas(from: points, asOf: "2017-05-30"))
    benchmark.stopMeasurement()
  }

  Benchmark("Territory diff, 5,000 points, a band changes hands", configuration: configuration) {
    benchmark in
    let atlas = try CountryAtlas(path: dataDirectory + "/countries/ne10m-countries.geojson")
    let builder = TerritoryBuilder(countries: atlas.countries)
    let before = controlPoints(5_000, atlas: atlas)
    let after = before.map { point in
      var moved = point
      if point.controller == "ISIS", point.position.longitude > 40 { moved.controller = "SDF" }
      return moved
    }
    benchmark.startMeasurement()
    blackHole(try builder.diff(from: before, to: after))
    benchmark.stopMeasurement()
  }
}
