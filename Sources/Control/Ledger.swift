/// A checked control history: events whose actors and places resolve, in ledger order, ready
/// to be folded into snapshots.
///
/// Build one with `Ledger.read` (ledger text: every problem is returned, the ledger holds
/// the valid events) or `init(events:actors:places:)` (all or nothing). Actor names in the
/// events are replaced by actor ids.
public struct Ledger: Sendable {
  /// A checked event and the line it came from.
  public struct Entry: Hashable, Sendable {
    /// The event, with `from` and `to` as actor ids.
    public var event: ControlEvent
    /// The 1-based ledger line, when the event came from a file.
    public var line: Int?
    /// Index of the event's place in `places`.
    public var placeIndex: Int

    /// - Parameters:
    ///   - event: the event, actors as ids.
    ///   - line: its ledger line.
    ///   - placeIndex: index into the ledger's `places`.
    public init(event: ControlEvent, line: Int?, placeIndex: Int) {
      self.event = event
      self.line = line
      self.placeIndex = placeIndex
    }
  }

  /// The actors the events name.
  public let actors: ActorCatalog
  /// The valid events in ledger order.
  public let entries: [Entry]
  /// Every place the events resolve to, in order of first appearance.
  public let places: [LedgerPlace]
  /// Compact per-entry data for folding, and entry indices by effective day.
  let folding: [FoldEvent]
  let chronological: [Int32]

  /// Checks events built in memory (e.g. by extraction) against actors and places.
  /// - Parameters:
  ///   - events: the events, actors as ids or aliases.
  ///   - actors: the actors file.
  ///   - places: the gazetteer.
  /// - Throws: `ControlError(.rejected)` with every problem, when there is any.
  public init(events: [ControlEvent], actors: ActorCatalog, places: some PlaceResolver)
    throws(ControlError)
  {
    var check = LedgerCheck(actors: actors, resolver: places, file: nil) { _, _ in nil }
    let (ledger, problems) = check.run(
      events.map { LedgerCandidate(event: $0, line: nil, offset: nil, file: nil) })
    guard problems.isEmpty else {
      throw ControlError(
        .rejected, "\(problems.count) problem(s) in \(events.count) event(s)",
        problems: problems)
    }
    self = ledger
  }

  init(actors: ActorCatalog, entries: [Entry], places: [LedgerPlace], folding: [FoldEvent]) {
    self.actors = actors
    self.entries = entries
    self.places = places
    self.folding = folding
    chronological = Self.chronologicalOrder(folding)
  }

  /// Reads ledger text, checks every event and returns the valid ones with every problem
  /// (each with its line and, where it can be found, column), sorted by line.
  /// - Parameters:
  ///   - bytes: NDJSON or CSV text.
  ///   - file: the ledger's name for messages and format detection.
  ///   - format: the format, or `nil` to detect it (`LedgerFormat.detect`).
  ///   - actors: the actors file.
  ///   - places: the gazetteer.
  public static func read(
    _ bytes: [UInt8], file: String?, format: LedgerFormat? = nil, actors: ActorCatalog,
    places: some PlaceResolver
  ) -> (ledger: Ledger, problems: [ControlError]) {
    let text = LedgerText(bytes: bytes, format: format, file: file)
    // The check lives in the pipeline from the start: a copy would duplicate its tables.
    let pipeline = LedgerPipeline(
      check: LedgerCheck(actors: actors, resolver: places, file: file) {
        text.column(of: $1, in: $0)
      })
    pipeline.check.reserveCapacity(Self.lineCount(bytes))
    var problems: [ControlError]
    if text.format == .ndjson {
      let (decodeProblems, readProblems) = text.checkJSON(with: pipeline)
      problems = decodeProblems + readProblems
    } else {
      let candidates: [LedgerCandidate]
      (candidates, problems) = text.candidates()
      for candidate in candidates { pipeline.check.add(candidate) }
    }
    let (ledger, checkProblems) = pipeline.check.finish()
    problems += checkProblems
    problems.sort { ($0.line ?? .max, $0.column ?? 0) < ($1.line ?? .max, $1.column ?? 0) }
    return (ledger, problems)
  }

  /// The first and last day events count from, `nil` for an empty ledger.
  public var dateRange: ClosedRange<Day>? {
    guard let first = chronological.first, let last = chronological.last else { return nil }
    return Day(
      daysSinceEpoch: Int(folding[Int(first)].day))...Day(
        daysSinceEpoch: Int(folding[Int(last)].day))
  }

  /// The number of line feeds, an upper bound on the number of events.
  private static func lineCount(_ bytes: [UInt8]) -> Int {
    // Branch-free over a buffer, so the compiler vectorises the count of 300 MB.
    bytes.withUnsafeBufferPointer { buffer in
      var count = 0
      for byte in buffer { count &+= byte == 10 ? 1 : 0 }
      return count
    }
  }

  private static func chronologicalOrder(_ folding: [FoldEvent]) -> [Int32] {
    var sorted = true
    for index in folding.indices.dropFirst() where folding[index].day < folding[index - 1].day {
      sorted = false
      break
    }
    if sorted { return folding.indices.map { Int32($0) } }
    // Pack day and position into one key so a plain integer sort keeps ledger order within
    // a day.
    var keys = folding.enumerated().map { index, event in
      UInt64(UInt32(bitPattern: event.day) ^ 0x8000_0000) << 32 | UInt64(index)
    }
    keys.sort()
    return keys.map { Int32(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
  }
}
