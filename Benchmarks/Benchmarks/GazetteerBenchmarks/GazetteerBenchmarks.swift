import Benchmark
import BenchmarkSupport
import Foundation
import Gazetteer
import GeoJSON

/// Names geocoded per second, larger is better.
let namesPerSecond = BenchmarkMetric.custom(
  "names/s", polarity: .prefersLarger, useScalingFactor: false)

/// frontline's repository, found from this file: Benchmarks/Benchmarks/GazetteerBenchmarks/.
let repository: String = {
  var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast(4)
  return parts.joined(separator: "/")
}()
let dataDirectory = repository + "/gazetteer"

/// The evaluation spellings (Tests/GazetteerTests/Fixtures/evaluation.tsv), as reports write
/// them, and the same with one typo each (a letter changed, dropped, doubled or swapped), so
/// that every one of them goes through fuzzy lookup.
let spellings: (exact: [String], misspelt: [String]) = {
  let path = repository + "/Tests/GazetteerTests/Fixtures/evaluation.tsv"
  let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  let exact = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
    .map { String($0.prefix { $0 != "\t" }) }
  var state: UInt64 = 50_000
  let misspelt = exact.map { name -> String in
    var letters = Array(name)
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    let at = 1 + Int((state >> 33) % UInt64(max(1, letters.count - 1)))
    if at < letters.count { letters[at] = letters[at] == "e" ? "a" : "e" }
    return String(letters)
  }
  return (exact, misspelt)
}()

let benchmarks: @Sendable () -> Void = {
  let load = Benchmark.Configuration(
    metrics: [.wallClock, .cpuTotal, .peakMemoryResident], warmupIterations: 0,
    scalingFactor: .one, maxDuration: .seconds(20), maxIterations: 5)
  let throughput = Benchmark.Configuration(
    metrics: [.wallClock, namesPerSecond], warmupIterations: 1, scalingFactor: .one,
    maxDuration: .seconds(10), maxIterations: 10)

  Benchmark("Gazetteer load + index, shipped set (41k rows), no cache", configuration: load) {
    benchmark in
    benchmark.startMeasurement()
    blackHole(try Gazetteer.loadShipped(dataDirectory: dataDirectory))
    benchmark.stopMeasurement()
  }

  let cache = FileManager.default.temporaryDirectory
    .appendingPathComponent("frontline-benchmark-cache").path
  Benchmark("Gazetteer load from its cache (mmap)", configuration: load) { benchmark in
    _ = try Gazetteer.loadShipped(dataDirectory: dataDirectory, cacheDirectory: cache)
    benchmark.startMeasurement()
    blackHole(try Gazetteer.loadShipped(dataDirectory: dataDirectory, cacheDirectory: cache))
    benchmark.stopMeasurement()
  }

  Benchmark("Geocode evaluation spellings (exact and folded)", configuration: throughput) {
    benchmark in
    let gazetteer = try Gazetteer.loadShipped(dataDirectory: dataDirectory)
    let names = Array(repeating: spellings.exact, count: 20).flatMap { $0 }
    measureRate(benchmark, namesPerSecond, units: Double(names.count)) {
      blackHole(gazetteer.geocode(names, options: GeocodeOptions(limit: 1)))
    }
  }

  Benchmark("Geocode misspelt spellings (fuzzy)", configuration: throughput) { benchmark in
    let gazetteer = try Gazetteer.loadShipped(dataDirectory: dataDirectory)
    let names = Array(repeating: spellings.misspelt, count: 20).flatMap { $0 }
    measureRate(benchmark, namesPerSecond, units: Double(names.count)) {
      blackHole(gazetteer.geocode(names, options: GeocodeOptions(limit: 1)))
    }
  }

  Benchmark("Reverse geocode, 10 nearest", configuration: throughput) { benchmark in
    let gazetteer = try Gazetteer.loadShipped(dataDirectory: dataDirectory)
    let points = (0..<10_000).map { index in
      Position(longitude: 36 + Double(index % 100) * 0.1, latitude: 30 + Double(index / 100) * 0.08)
    }
    measureRate(benchmark, namesPerSecond, units: Double(points.count)) {
      for point in points { blackHole(gazetteer.nearest(to: point, limit: 10)) }
    }
  }
}
