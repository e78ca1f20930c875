import Benchmark
import Borders
import SyntheticTerritory
import Territory

/// frontline's data folder, found from this file: Benchmarks/Benchmarks/TerritoryBenchmarks/.
let dataDirectory: String = {
  var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast(4)
  return parts.joined(separator: "/") + "/gazetteer"
}()

let benchmarks: @Sendable () -> Void = {
  let configuration = Benchmark.Configuration(
    metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
    warmupIterations: 1, scalingFactor: .one, maxDuration: .seconds(10), maxIterations: 10)

  Benchmark("Territory areas + fronts, 5,000 points in IQ/SY", configuration: configuration) {
    benchmark in
    let atlas = try CountryAtlas(path: dataDirectory + "/countries/ne10m-countries.geojson")
    let builder = TerritoryBuilder(countries: atlas.countries)
    let points = SyntheticPlaces.controlPoints(5_000, atlas: atlas)
    benchmark.startMeasurement()
    blackHole(try builder.areas(from: points, asOf: "2017-05-30"))
    benchmark.stopMeasurement()
  }

  Benchmark("Territory diff, 5,000 points, a band changes hands", configuration: configuration) {
    benchmark in
    let atlas = try CountryAtlas(path: dataDirectory + "/countries/ne10m-countries.geojson")
    let builder = TerritoryBuilder(countries: atlas.countries)
    let before = SyntheticPlaces.controlPoints(5_000, atlas: atlas)
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
