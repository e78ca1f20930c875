import Foundation
import GeoJSON

/// Adds events to a ledger file safely: under an exclusive lock on `LEDGER.lock`, the file
/// is read, the existing and new events are checked together, and the whole new content is
/// written to a temporary file renamed over the ledger (`AtomicFile`). If anything is wrong
/// the ledger is left byte-for-byte as it was.
public enum LedgerFile {
  /// The CSV header a new CSV ledger gets: every field, in `LedgerField` order.
  public static let defaultCSVColumns = LedgerField.allCases

  /// Appends events to a ledger (created when missing, in the format its name implies).
  /// - Parameters:
  ///   - events: the new events, actors as ids or aliases (written as ids).
  ///   - path: the ledger file.
  ///   - actors: the actors file.
  ///   - places: the gazetteer.
  ///   - lockTimeout: seconds to wait for another writer.
  /// - Returns: how many events were appended.
  /// - Throws: `ControlError(.rejected)` with every problem (the existing ledger's and the
  ///   new events'), `.locked`, or `.io`; the ledger is then unchanged.
  @discardableResult
  public static func append(
    _ events: [ControlEvent], to path: String, actors: ActorCatalog,
    places: some PlaceResolver, lockTimeout: Double = 10
  ) throws(ControlError) -> Int {
    let candidates = events.map { LedgerCandidate(event: $0, line: nil, offset: nil, file: nil) }
    return try write(into: path, actors: actors, places: places, lockTimeout: lockTimeout) { _ in
      candidates
    }
  }

  /// Merges another ledger (NDJSON or CSV) into `path`. Events of `other` whose id is
  /// already in the ledger with the same content are skipped, so merging twice changes
  /// nothing; all other events are checked with the ledger's and appended, or none is.
  /// - Parameters:
  ///   - other: the other ledger's text.
  ///   - otherFile: its name, for messages and format detection.
  ///   - path: the ledger to add to.
  ///   - actors: the actors file.
  ///   - places: the gazetteer.
  ///   - lockTimeout: seconds to wait for another writer.
  /// - Returns: events appended and events skipped as already present.
  /// - Throws: `ControlError(.rejected)` with every problem, each naming its file and line,
  ///   `.locked`, or `.io`; the ledger is then unchanged.
  public static func merge(
    _ other: [UInt8], from otherFile: String?, into path: String, actors: ActorCatalog,
    places: some PlaceResolver, lockTimeout: Double = 10
  ) throws(ControlError) -> (appended: Int, skipped: Int) {
    let text = LedgerText(bytes: other, file: otherFile)
    let (candidates, problems) = text.candidates()
    var skipped = 0
    let appended = try write(
      into: path, actors: actors, places: places, lockTimeout: lockTimeout, otherText: text,
      otherProblems: problems
    ) { existing in
      let known = Dictionary(
        existing.map { ($0.event.id, canonical($0.event, actors)) }, uniquingKeysWith: { a, _ in a }
      )
      let fresh = candidates.filter {
        $0.partial || known[$0.event.id] != canonical($0.event, actors)
      }
      skipped = candidates.count - fresh.count
      return fresh
    }
    return (appended, skipped)
  }

  private static func canonical(_ event: ControlEvent, _ actors: ActorCatalog) -> ControlEvent {
    var copy = event
    copy.to = actors.resolve(event.to)?.id ?? event.to
    copy.from = event.from.map { actors.resolve($0)?.id ?? $0 }
    return copy
  }

  private static func rejection(_ problems: [ControlError], _ path: String) -> ControlError {
    ControlError(
      .rejected, "\(problems.count) problem(s); the ledger was not changed", file: path,
      problems: problems)
  }

  /// Reads and checks the ledger under its lock, asks `newEvents` which events to add given
  /// the existing ones, checks them all together and writes the result atomically.
  private static func write(
    into path: String, actors: ActorCatalog, places: some PlaceResolver, lockTimeout: Double,
    otherText: LedgerText? = nil, otherProblems: [ControlError] = [],
    newEvents: ([LedgerCandidate]) -> [LedgerCandidate]
  ) throws(ControlError) -> Int {
    let lock = try LedgerLock(path: path + ".lock", timeout: lockTimeout)
    defer { withExtendedLifetime(lock) {} }
    let existing = try read(path)
    let text = LedgerText(bytes: existing, file: path)
    var (old, problems) = text.candidates()
    let new = newEvents(old)
    problems += otherProblems
    guard !new.isEmpty || !problems.isEmpty else { return 0 }
    var texts = [path: text]
    if let otherText, texts[otherText.file ?? ""] == nil { texts[otherText.file ?? ""] = otherText }
    var check = LedgerCheck(actors: actors, resolver: places, file: path) { candidate, field in
      texts[candidate.file ?? ""]?.column(of: field, in: candidate)
    }
    let (ledger, checkProblems) = check.run(old + new)
    problems += checkProblems
    guard problems.isEmpty else {
      throw rejection(
        problems.sorted { ($0.file ?? "", $0.line ?? 0) < ($1.file ?? "", $1.line ?? 0) }, path)
    }
    let added = ledger.entries.suffix(new.count).map(\.event)
    let bytes = try content(
      existing, path: path, format: text.format, header: text.header, adding: added)
    do {
      try AtomicFile.write(bytes, to: path, overwrite: true)
    } catch {
      throw ControlError(.io, error.message, file: path)
    }
    return added.count
  }

  private static func read(_ path: String) throws(ControlError) -> [UInt8] {
    guard FileManager.default.fileExists(atPath: path) else { return [] }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ControlError(.io, "cannot read the ledger", file: path)
    }
    return [UInt8](data)
  }

  private static func content(
    _ existing: [UInt8], path: String, format: LedgerFormat, header: [LedgerField?],
    adding events: [ControlEvent]
  ) throws(ControlError) -> [UInt8] {
    var bytes = existing
    let crlf = existing.firstIndex(of: 10).map { $0 > 0 && existing[$0 - 1] == 13 } ?? true
    if let last = bytes.last, last != 10 { bytes += crlf && format == .csv ? [13, 10] : [10] }
    switch format {
    case .ndjson:
      for event in events { bytes += event.ndjsonLine() }
    case .csv:
      var columns = header.compactMap { $0 }
      if columns.isEmpty {
        columns = defaultCSVColumns
        bytes += csvLine(columns.map(\.rawValue), crlf: crlf)
      }
      for event in events {
        let missing = LedgerField.allCases.filter { event.needsColumn($0) && !columns.contains($0) }
        guard missing.isEmpty else {
          throw ControlError(
            .rejected,
            "event '\(event.id)' has \(missing.map(\.rawValue).joined(separator: ", ")) "
              + "but the CSV ledger has no such column; add the column to its header first",
            file: path)
        }
        bytes += csvLine(event.csvCells(columns), crlf: crlf)
      }
    }
    return bytes
  }

  private static func csvLine(_ cells: [String], crlf: Bool) -> [UInt8] {
    var line = Array(CSV.line(cells).utf8)
    if !crlf { line.remove(at: line.count - 2) }
    return line
  }
}
