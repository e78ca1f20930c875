import Benchmark
import BenchmarkSupport
import GeoJSON

/// Megabytes of GeoJSON text per second (10^6 bytes), larger is better.
let megabytesPerSecond = BenchmarkMetric.custom(
  "MB/s", polarity: .prefersLarger, useScalingFactor: false)

let benchmarks: @Sendable () -> Void = {
  let configuration = Benchmark.Configuration(
    metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal, megabytesPerSecond],
    warmupIterations: 1, scalingFactor: .one, maxDuration: .seconds(15), maxIterations: 20)
  let input = SyntheticFrontLines.bytes
  let object = GeoJSONObject.featureCollection(SyntheticFrontLines.collection)

  Benchmark("GeoJSONReader.read 25 MB FeatureCollection", configuration: configuration) {
    benchmark in
    try measureRate(benchmark, megabytesPerSecond, units: Double(input.count) / 1e6) {
      blackHole(try GeoJSONReader.read(input))
    }
  }

  Benchmark("FeatureCollectionReader streaming 25 MB", configuration: configuration) {
    benchmark in
    try measureRate(benchmark, megabytesPerSecond, units: Double(input.count) / 1e6) {
      var reader = try FeatureCollectionReader(bytes: input)
      while let feature = try reader.next() { blackHole(feature) }
    }
  }

  Benchmark("JSONReader.parse 25 MB (generic JSONValue tree)", configuration: configuration) {
    benchmark in
    try measureRate(benchmark, megabytesPerSecond, units: Double(input.count) / 1e6) {
      blackHole(try JSONReader.parse(input))
    }
  }

  Benchmark("GeoJSONWriter.encode 25 MB, 7 decimals", configuration: configuration) {
    benchmark in
    measureRate(benchmark, megabytesPerSecond, units: Double(input.count) / 1e6) {
      blackHole(GeoJSONWriter().encode(object))
    }
  }

  Benchmark("GeoJSONWriter.encode 25 MB, shortest round-trip", configuration: configuration) {
    benchmark in
    let output = GeoJSONWriter(precision: nil).encode(object)
    measureRate(benchmark, megabytesPerSecond, units: Double(output.count) / 1e6) {
      blackHole(GeoJSONWriter(precision: nil).encode(object))
    }
  }
}
