public import Benchmark

/// Runs `body` once, measured, and records `units` handled per second of wall time as
/// `metric`, rounded: points, names or megabytes per second.
/// - Parameters:
///   - benchmark: the running benchmark.
///   - metric: a custom throughput metric, e.g. `points/s`.
///   - units: how much `body` handles, in the metric's unit (points, names, MB).
///   - body: the work to time.
public func measureRate(
  _ benchmark: Benchmark, _ metric: BenchmarkMetric, units: Double, _ body: () throws -> Void
) rethrows {
  let clock = ContinuousClock()
  benchmark.startMeasurement()
  let elapsed = try clock.measure(body)
  benchmark.stopMeasurement()
  let seconds =
    Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  benchmark.measurement(metric, Int((units / seconds).rounded()))
}
