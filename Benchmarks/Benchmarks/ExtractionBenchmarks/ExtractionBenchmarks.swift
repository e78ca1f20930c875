import Benchmark
import Control
import Extraction
import Foundation
import Gazetteer

/// Report text extracted per second, kilobytes (10^3 bytes), larger is better.
let kilobytesPerSecond = BenchmarkMetric.custom(
  "kB/s", polarity: .prefersLarger, useScalingFactor: false)
/// Milliseconds to build the place automaton, smaller is better.
let buildMilliseconds = BenchmarkMetric.custom(
  "build ms", polarity: .prefersSmaller, useScalingFactor: false)

/// frontline's repository, found from this file: Benchmarks/Benchmarks/ExtractionBenchmarks/.
let repository: String = {
  var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast(4)
  return parts.joined(separator: "/")
}()
let dataDirectory = repository + "/gazetteer"

/// CPU time of this thread, seconds: the benchmark measures one core whatever else runs.
func cpuSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

/// About 10 MB of reports: the wire-style test sentences
/// (Tests/ExtractionTests/Fixtures/wire-sentences*.tsv) drawn in a fixed pseudo-random order
/// into reports of 12 sentences in paragraphs, one in five followed by the seed report.
let corpus: [Report] = {
  var sentences: [String] = []
  for name in ["wire-sentences.tsv", "wire-sentences-heldout.tsv"] {
    let path = repository + "/Tests/ExtractionTests/Fixtures/" + name
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("id\t") {
      let cells = line.split(separator: "\t")
      if cells.count > 2 { sentences.append(String(cells[2])) }
    }
  }
  let seedPath = repository + "/seeds/000_e790da4f0a973771.txt"
  let seed = (try? String(contentsOfFile: seedPath, encoding: .utf8)) ?? ""
  guard !sentences.isEmpty else { return [] }
  var state: UInt64 = 2017
  func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
  var reports: [Report] = []
  var total = 0
  while total < 10_000_000 {
    var body = "date 2017-06-01 Report \(reports.count)\n\n"
    for _ in 0..<12 {
      body += sentences[next(sentences.count)] + (next(3) == 0 ? "\n\n" : " ")
    }
    if next(5) == 0 { body += "\n\n" + seed }
    total += body.utf8.count
    if let report = try? Report(text: body, source: "benchmark-\(reports.count)") {
      reports.append(report)
    }
  }
  return reports
}()
let corpusBytes = corpus.reduce(0) { $0 + $1.text.utf8.count }

let benchmarks: @Sendable () -> Void = {
  let once = Benchmark.Configuration(
    metrics: [.wallClock, .cpuTotal, buildMilliseconds], warmupIterations: 1,
    scalingFactor: .one, maxDuration: .seconds(20), maxIterations: 5)
  let throughput = Benchmark.Configuration(
    metrics: [.wallClock, .cpuTotal, kilobytesPerSecond], warmupIterations: 0,
    scalingFactor: .one, maxDuration: .seconds(60), maxIterations: 3)

  let gazetteer = try? Gazetteer.loadShipped(dataDirectory: dataDirectory)
  let actors = try? ActorCatalog.load(path: dataDirectory + "/actors.tsv")

  Benchmark("Place automaton build, shipped gazetteer", configuration: once) { benchmark in
    guard let gazetteer else { return }
    let places = gazetteer.places
    benchmark.startMeasurement()
    let start = ContinuousClock.now
    blackHole(PlaceAutomaton(places: places))
    let elapsed = ContinuousClock.now - start
    benchmark.stopMeasurement()
    let milliseconds =
      Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) * 1e-15
    benchmark.measurement(buildMilliseconds, Int(milliseconds.rounded()))
  }

  Benchmark("Extract ~10 MB of wire reports, one core", configuration: throughput) { benchmark in
    guard let gazetteer, let actors else { return }
    let extractor = Extractor(gazetteer: gazetteer, actors: actors)
    benchmark.startMeasurement()
    let start = cpuSeconds()
    for report in corpus { blackHole(extractor.extract(report)) }
    let seconds = cpuSeconds() - start
    benchmark.stopMeasurement()
    benchmark.measurement(kilobytesPerSecond, Int((Double(corpusBytes) / seconds / 1e3).rounded()))
  }
}
