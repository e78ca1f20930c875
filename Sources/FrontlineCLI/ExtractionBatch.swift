import Control
import Dispatch
import Extraction
import Foundation
import GeoJSON

/// Extracts many reports on several threads and gives the results back in input order.
struct ExtractionBatch {
  /// What became of one report.
  enum Outcome: Sendable {
    case success(ReportExtraction)
    /// The report could not be read or decoded: the message names the file.
    case failure(String)
  }

  let extractor: Extractor
  let defaultDate: Day?
  /// The `source` of a report read from standard input.
  let stdinSource: String
  let workers: Int

  /// Extracts `files` (`-` is standard input, read first), `workers` at a time, drawing a
  /// progress bar on standard error when `progress`.
  func run(_ files: [String], progress: Bool) -> [Outcome] {
    let stdin =
      files.contains("-") ? Result { () throws(GeoJSONError) in try InputFile.read("-") } : nil
    let state = BatchState(
      count: files.count, bar: progress ? ProgressBar(total: files.count) : nil)
    DispatchQueue.concurrentPerform(iterations: max(1, min(workers, files.count))) { _ in
      while let index = state.nextIndex() {
        state.finish(index, extract(files[index], stdin: stdin))
      }
    }
    return state.outcomes()
  }

  private func extract(_ path: String, stdin: Result<[UInt8], GeoJSONError>?) -> Outcome {
    do {
      let bytes = path == "-" ? try (stdin ?? .success([])).get() : try InputFile.read(path)
      let report = try Report(
        bytes: bytes, source: path == "-" ? stdinSource : path, defaultDate: defaultDate)
      return .success(extractor.extract(report))
    } catch {
      return .failure("\(error)")
    }
  }
}

/// The shared work list and results of a batch, behind a lock.
private final class BatchState: @unchecked Sendable {
  private let lock = NSLock()
  private var next = 0
  private var done = 0
  private var results: [ExtractionBatch.Outcome?]
  private let bar: ProgressBar?

  init(count: Int, bar: ProgressBar?) {
    results = Array(repeating: nil, count: count)
    self.bar = bar
  }

  func nextIndex() -> Int? {
    lock.withLock {
      guard next < results.count else { return nil }
      defer { next += 1 }
      return next
    }
  }

  func finish(_ index: Int, _ outcome: ExtractionBatch.Outcome) {
    lock.withLock {
      results[index] = outcome
      done += 1
      bar?.draw(done)
    }
  }

  func outcomes() -> [ExtractionBatch.Outcome] {
    lock.withLock {
      bar?.clear()
      return results.map { $0 ?? .failure("internal error: a report was not processed") }
    }
  }
}
