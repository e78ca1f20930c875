import Benchmark
import GeoJSON

/// Megabytes of GeoJSON text per second (10^6 bytes), larger is better.
let megabytesPerSecond = BenchmarkMetric.custom(
  "MB/s", polarity: .prefersLarger, useScalingFactor: false)

/// Runs `body` once, measured, and records how many MB of `byteCount` it handles per second.
func measureThroughput(
  _ benchmark: Benchmark, byteCount: Int, _ body: () throws -> Void
) rethrows {
  let clock = ContinuousClock()
  benchmark.startMeasurement()
  let elapsed = try clock.measure(body)
  benchmark.stopMeasurement()
  let seconds =
    Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  benchmark.measurement(megabytesPerSecond, Int((Double(byteCount) / 1e6 / seconds).rounded()))
}

let benchmarks: @Sendable () -> Void = {
  let configuration = Benchmark.Configuration(
    metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal, megabytesPerSecond],
    warmupIterations: 1, scalingFactor: .one, maxDuration: .seconds(15), maxIterations: 20)
  let input = SyntheticFrontLines.bytes
  let object = GeoJSONObject.featureCollection(SyntheticFrontLines.collection)

  Benchmark("GeoJSONReader.read 25 MB FeatureCollection", configuration: configuration) {
    benchmark in
    try measureThroughput(benchmark, byteCount: input.count) {
      blackHole(try GeoJSONReader.read(input))
    }
  }

  Benchmark("FeatureCollectionReader streaming 25 MB", configuration: configuration) {
    benchmark in
    try measureThroughput(benchmark, byteCount: input.count) {
      var reader = try FeatureCollectionReader(bytes: input)
      while let feature = try reader.next() { blackHole(feature) }
    }
  }

  Benchmark("JSONReader.parse 25 MB (generic JSONValue tree)", configuration: configuration) {
    benchmark in
    try measureThroughput(benchmark, byteCount: input.count) {
      blackHole(try JSONReader.parse(input))
    }
  }

  Benchmark("GeoJSONWriter.encode 25 MB, 7 decimals", configuration: configuration) {
    benchmark in
    measureThroughput(benchmark, byteCount: input.count) {
      blackHole(GeoJSONWriter().encode(object))
    }
  }

  Benchmark("GeoJSONWriter.encode 25 MB, shortest round-trip", configuration: configuration) {
    benchmark in
    let output = GeoJSONWriter(precision: nil).encode(object)
    measureThroughput(benchmark, byteCount: output.count) {
      blackHole(GeoJSONWriter(precision: nil).encode(object))
    }
  }
}
