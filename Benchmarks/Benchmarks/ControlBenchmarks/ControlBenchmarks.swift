import Benchmark
import Control

let benchmarks: @Sendable () -> Void = {
  let configuration = Benchmark.Configuration(
    metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
    warmupIterations: 1, scalingFactor: .one, maxDuration: .seconds(20), maxIterations: 10)

  Benchmark("Ledger check: 1,000,000 events, 50,000 places", configuration: configuration) {
    benchmark in
    let events = SyntheticLedger.events()
    benchmark.startMeasurement()
    blackHole(
      try Ledger(events: events, actors: SyntheticLedger.actors, places: SyntheticLedger.places))
    benchmark.stopMeasurement()
  }

  Benchmark("Snapshot: 1,000,000 events over 50,000 places", configuration: configuration) {
    benchmark in
    let ledger = SyntheticLedger.ledger
    let last = SyntheticLedger.lastDay
    benchmark.startMeasurement()
    blackHole(ledger.snapshot(at: last))
    benchmark.stopMeasurement()
  }

  Benchmark("Diff: two 50,000-place snapshots", configuration: configuration) { benchmark in
    let (earlier, later) = SyntheticLedger.snapshots
    benchmark.startMeasurement()
    blackHole(SnapshotDiff(from: earlier, to: later))
    benchmark.stopMeasurement()
  }
}
