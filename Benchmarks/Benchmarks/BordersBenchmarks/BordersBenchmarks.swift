import Benchmark
import BenchmarkSupport
import Borders
import GeoJSON

/// Points measured per second, larger is better.
let pointsPerSecond = BenchmarkMetric.custom(
  "points/s", polarity: .prefersLarger, useScalingFactor: false)

/// frontline's data folder, found from this file: Benchmarks/Benchmarks/BordersBenchmarks/.
let dataDirectory: String = {
  let file = #filePath
  var parts = file.split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast(4)
  return parts.joined(separator: "/") + "/gazetteer"
}()

/// The benchmark points: uniform in lon 35–49°, lat 29–38°, from a fixed seed.
func randomPoints(_ count: Int, seed: UInt64 = 2017) -> [Position] {
  var state = seed
  func next() -> Double {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476C_E5B9_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
  }
  return (0..<count).map { _ in
    Position(longitude: 35 + 14 * next(), latitude: 29 + 9 * next())
  }
}

let benchmarks: @Sendable () -> Void = {
  let configuration = Benchmark.Configuration(
    metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal, pointsPerSecond],
    warmupIterations: 1, scalingFactor: .one, maxDuration: .seconds(10), maxIterations: 10)
  let points = randomPoints(1_000_000)

  Benchmark("BorderDistance IQ-SY, 1M random points", configuration: configuration) {
    benchmark in
    let library = try BorderLibrary(dataDirectory: dataDirectory)
    let lines = try library.catalog.lines(for: library.catalog.selector(parsing: "IQ-SY"))
    let engine = try BorderDistance(polylines: lines.flatMap(\.parts))
    measureRate(benchmark, pointsPerSecond, units: Double(points.count)) {
      var total = 0.0
      for point in points { total += engine.distance(to: point) }
      blackHole(total)
    }
  }

  Benchmark(
    "BorderMeasurer IQ-SY (distance, zone, side), 1M random points",
    configuration: configuration
  ) { benchmark in
    let measurer = try BorderLibrary(dataDirectory: dataDirectory).measurer(for: "IQ-SY")
    measureRate(benchmark, pointsPerSecond, units: Double(points.count)) {
      var zone = 0
      for point in points where measurer.measure(point)?.side == .borderZone { zone += 1 }
      blackHole(zone)
    }
  }

  Benchmark(
    "BorderDistance, all 69,315 world boundary segments, 1M random points",
    configuration: configuration
  ) { benchmark in
    let library = try BorderLibrary(dataDirectory: dataDirectory)
    let engine = try BorderDistance(polylines: library.catalog.lines.flatMap(\.parts))
    measureRate(benchmark, pointsPerSecond, units: Double(points.count)) {
      var total = 0.0
      for point in points { total += engine.distance(to: point) }
      blackHole(total)
    }
  }
}
