import Benchmark
import BenchmarkSupport
import GeoJSON
import Projection

/// Positions transformed per second, larger is better.
let pointsPerSecond = BenchmarkMetric.custom(
  "points/s", polarity: .prefersLarger, useScalingFactor: false)

/// One million positions over Iraq and Syria (lon 38–48°, lat 29–38°), on a fixed grid so
/// every run transforms the same points.
let positions: [Position] = (0..<1_000_000).map { index in
  Position(
    longitude: 38 + Double(index % 1000) * 0.01, latitude: 29 + Double(index / 1000) * 0.009)
}

/// 20,000 LineStrings of 50 positions: the shape `frontline project` sees, one
/// `proj_trans_generic` call per geometry.
func lineStrings() throws -> [Geometry] {
  try stride(from: 0, to: positions.count, by: 50).map { start in
    .lineString(try LineString(Array(positions[start..<(start + 50)])))
  }
}

let benchmarks: @Sendable () -> Void = {
  let configuration = Benchmark.Configuration(
    metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal, pointsPerSecond],
    warmupIterations: 1, scalingFactor: .one, maxDuration: .seconds(10), maxIterations: 20)

  for (target, label) in [("EPSG:3857", "Web Mercator"), ("EPSG:32638", "UTM 38N")] {
    Benchmark(
      "Transformer batch 1M points EPSG:4326 → \(target) (\(label))", configuration: configuration
    ) {
      benchmark in
      let transformer = try Transformer(from: "EPSG:4326", to: target)
      var batch = positions
      // Copy on write now, not inside the measurement.
      batch.withUnsafeMutableBufferPointer { _ in }
      measureRate(benchmark, pointsPerSecond, units: Double(batch.count)) {
        blackHole(transformer.transform(&batch))
      }
      precondition(batch[0] != positions[0], "the batch was not transformed")
    }

    Benchmark(
      "Transformer 20,000 LineStrings × 50 EPSG:4326 → \(target)", configuration: configuration
    ) {
      benchmark in
      let transformer = try Transformer(from: "EPSG:4326", to: target)
      var geometries = try lineStrings()
      measureRate(benchmark, pointsPerSecond, units: Double(positions.count)) {
        for index in geometries.indices { blackHole(transformer.transform(&geometries[index])) }
      }
    }
  }
}
