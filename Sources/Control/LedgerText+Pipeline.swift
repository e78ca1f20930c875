import Dispatch

extension LedgerText {
  /// The events of a batch of lines, decoded, and the problems found reading them.
  struct DecodedBatch {
    var candidates: [LedgerCandidate] = []
    var problems: [ControlError] = []
    var readProblems: [ControlError] = []
  }

  /// Decodes NDJSON lines into candidates; partial ones (lines with bad fields) included so
  /// their actors and places are checked too.
  /// - Parameter strings: sources and evidence seen so far: a report backs many events, and
  ///   sharing one copy of its text saves a million copies in a large ledger.
  func decode(_ lines: [JSONLine], strings: inout Set<String>) -> DecodedBatch {
    var batch = DecodedBatch()
    batch.candidates.reserveCapacity(lines.count)
    for line in lines {
      switch record(of: line) {
      case .success(let record):
        let (candidate, problems) = candidate(of: record)
        batch.problems += problems
        if var candidate {
          candidate.event.source = candidate.event.source.map {
            strings.insert($0).memberAfterInsert
          }
          candidate.event.evidence = candidate.event.evidence.map {
            strings.insert($0).memberAfterInsert
          }
          batch.candidates.append(candidate)
        }
      case .failure(let problem):
        batch.readProblems.append(problem)
      }
    }
    return batch
  }

  /// Reads NDJSON text in batches of lines, decoding one batch on one core while `check`
  /// checks the previous one on the other: a million-line ledger reads in about the time of
  /// the slower half. Candidates reach `check` in ledger order, as in a sequential read.
  /// - Returns: the problems of decoding the lines and of lines that are no records.
  func checkJSON(with pipeline: LedgerPipeline) -> (
    problems: [ControlError], readProblems: [ControlError]
  ) {
    var cursor = jsonStart
    var line = 1
    var problems: [ControlError] = []
    var readProblems: [ControlError] = []
    pipeline.text = self
    repeat {
      pipeline.lines = jsonLines(from: &cursor, line: &line, limit: 16_384)
      DispatchQueue.concurrentPerform(iterations: 2) { stage in
        if stage == 0 {
          pipeline.checkPending()
        } else {
          pipeline.decodeLines()
        }
      }
      problems += pipeline.decoded.problems
      readProblems += pipeline.decoded.readProblems
      pipeline.pending = pipeline.decoded.candidates
    } while !pipeline.pending.isEmpty || !pipeline.lines.isEmpty
    pipeline.text = nil
    return (problems, readProblems)
  }
}

/// The state the two stages of `LedgerText.checkJSON` share. Each stage touches only its own
/// properties while both run, and the driver reads them only between runs.
final class LedgerPipeline: @unchecked Sendable {
  var check: LedgerCheck
  var text: LedgerText?
  var lines: [LedgerText.JSONLine] = []
  var decoded = LedgerText.DecodedBatch()
  var pending: [LedgerCandidate] = []
  var strings: Set<String> = []

  init(check: LedgerCheck) {
    self.check = check
  }

  func checkPending() {
    for candidate in pending { check.add(candidate) }
    pending = []
  }

  func decodeLines() {
    decoded = text?.decode(lines, strings: &strings) ?? LedgerText.DecodedBatch()
  }
}
