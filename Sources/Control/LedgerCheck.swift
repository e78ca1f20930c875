/// Checks decoded events against the actors and the gazetteer and against each other:
/// unknown actors, unresolved or ambiguous places, duplicate ids, and contradicting events
/// for one place on one day.
struct LedgerCheck {
  private enum PlaceOutcome {
    case place(Int)
    case problem(ControlError.Code, String)
  }

  let actors: ActorCatalog
  /// Not generic: a generic check would look its dictionaries' metadata up on every event.
  let resolver: any PlaceResolver
  let file: String?
  /// The column of a field of a candidate, for messages.
  let locate: (LedgerCandidate, LedgerField) -> Int?
  private var places: [LedgerPlace] = []
  private var placeIndexByID: [String: Int] = [:]
  private var outcomes: [EventPlace: PlaceOutcome] = [:]
  /// Actor names as written → catalog index (-1: unknown), so aliases fold once.
  private var actorIndices: [String: Int] = [:]
  private var problems: [ControlError] = []
  private var entries: [Ledger.Entry] = []
  private var folding: [FoldEvent] = []
  private var lineOfID: [String: Int?] = [:]
  /// The first day-precision entry per place and day, and any further ones: nearly every
  /// key has one entry, so only clashes pay for an array.
  private var firstOnDay: [SameDayKey: Int] = [:]
  private var moreOnDay: [SameDayKey: [Int]] = [:]

  init(
    actors: ActorCatalog, resolver: any PlaceResolver, file: String?,
    locate: @escaping (LedgerCandidate, LedgerField) -> Int?
  ) {
    self.actors = actors
    self.resolver = resolver
    self.file = file
    self.locate = locate
  }

  /// The ledger of the candidates without problems, and the problems.
  mutating func run(_ candidates: [LedgerCandidate]) -> (Ledger, [ControlError]) {
    reserveCapacity(candidates.count)
    for candidate in candidates { add(candidate) }
    return finish()
  }

  /// Makes room for about `count` events, so that a large ledger is not copied while it
  /// grows.
  mutating func reserveCapacity(_ count: Int) {
    entries.reserveCapacity(count)
    folding.reserveCapacity(count)
    lineOfID.reserveCapacity(count)
    firstOnDay.reserveCapacity(count)
  }

  /// Checks one more event against the actors, the gazetteer and the events before it.
  mutating func add(_ candidate: LedgerCandidate) {
    let before = problems.count
    let to = actor(candidate.event.to, .to, candidate)
    let from = candidate.event.from.map { actor($0, .from, candidate) }
    let placeIndex = place(candidate)
    if !candidate.event.id.isEmpty,
      let first = lineOfID.updateValue(candidate.line, forKey: candidate.event.id)
    {
      report(
        .duplicateID,
        "duplicate id '\(candidate.event.id)'\(first.map { " (first on line \($0))" } ?? "")",
        candidate, .id)
    }
    guard !candidate.partial, problems.count == before, let to, let placeIndex else { return }
    var entry = Ledger.Entry(event: candidate.event, line: candidate.line, placeIndex: placeIndex)
    entry.event.to = actors.actors[to].id
    entry.event.from = (from ?? nil).map { actors.actors[$0].id }
    if entry.event.datePrecision == .day, let clash = sameDayClash(entry.event, placeIndex) {
      report(
        .contradiction,
        "contradicts \(clash.line.map { "line \($0)" } ?? "event '\(clash.event.id)'"): "
          + (clash.event.conflict(with: entry.event) ?? ""), candidate, .to)
      return
    }
    folding.append(FoldEvent(entry: entry, from: from ?? nil, to: to))
    entries.append(entry)
  }

  /// The ledger of the events added without problems, and every problem.
  mutating func finish() -> (Ledger, [ControlError]) {
    let ledger = Ledger(actors: actors, entries: entries, places: places, folding: folding)
    return (ledger, problems)
  }

  /// An earlier same-day event at the place that `event` contradicts; otherwise records
  /// `event` (about to be appended) for later comparisons.
  private mutating func sameDayClash(_ event: ControlEvent, _ placeIndex: Int) -> Ledger.Entry? {
    let key = SameDayKey(place: placeIndex, day: event.date.daysSinceEpoch)
    guard let first = firstOnDay[key] else {
      firstOnDay[key] = entries.count
      return nil
    }
    for index in [first] + moreOnDay[key, default: []]
    where entries[index].event.conflict(with: event) != nil {
      return entries[index]
    }
    moreOnDay[key, default: []].append(entries.count)
    return nil
  }

  /// A place index and a day packed into one word, which hashes in one round.
  private struct SameDayKey: Hashable {
    var packed: Int

    init(place: Int, day: Int) {
      packed = place << 32 | Int(UInt32(truncatingIfNeeded: day))
    }
  }

  private mutating func report(
    _ code: ControlError.Code, _ message: String, _ candidate: LedgerCandidate, _ field: LedgerField
  ) {
    problems.append(
      ControlError(
        code, message, file: candidate.file ?? file, line: candidate.line,
        column: locate(candidate, field)))
  }

  /// The catalog index of the actor `name` denotes, or `nil` after reporting it unknown.
  private mutating func actor(_ name: String, _ field: LedgerField, _ candidate: LedgerCandidate)
    -> Int?
  {
    let index = actorIndices[name] ?? actors.index(denoting: name) ?? -1
    actorIndices[name] = index
    if index >= 0 { return index }
    let known = actors.actors.map(\.id).joined(separator: ", ")
    report(
      .unknownActor,
      "unknown actor '\(name)' in '\(field.rawValue)'; the actors file has "
        + "\(known) (and their aliases)", candidate, field)
    return nil
  }

  private mutating func place(_ candidate: LedgerCandidate) -> Int? {
    let reference = candidate.event.place
    let outcome: PlaceOutcome
    if let known = outcomes[reference] {
      outcome = known
    } else {
      outcome = resolve(reference)
      outcomes[reference] = outcome
    }
    switch outcome {
    case .place(let index):
      return index
    case .problem(let code, let message):
      let field: LedgerField
      if case .coordinates = reference { field = .lat } else { field = .place }
      report(code, message, candidate, field)
      return nil
    }
  }

  private mutating func resolve(_ reference: EventPlace) -> PlaceOutcome {
    switch reference {
    case .coordinates(let name, let position):
      return .place(
        index(of: LedgerPlace(id: LedgerPlace.pointID(position), name: name, position: position)))
    case .reference(let text):
      return gazetteer(text, unlocated: false)
    case .unlocated(let name):
      return gazetteer(name, unlocated: true)
    }
  }

  private mutating func gazetteer(_ text: String, unlocated: Bool) -> PlaceOutcome {
    if let place = resolver.reference(id: text) { return .place(index(of: LedgerPlace(place))) }
    switch resolver.resolve(text) {
    case .resolved(let place):
      return .place(index(of: LedgerPlace(place)))
    case .ambiguous(let candidates):
      let list = candidates.prefix(8).map(\.summary).joined(separator: "; ")
      return .problem(
        .ambiguousPlace, "ambiguous place '\(text)': candidates are \(list); use the id")
    case .unresolved(let suggestions):
      if unlocated {
        return .place(
          index(of: LedgerPlace(id: LedgerPlace.unlocatedID(text), name: text, position: nil)))
      }
      let hint =
        suggestions.isEmpty
        ? "" : "; did you mean \(suggestions.prefix(5).joined(separator: ", "))?"
      return .problem(
        .unresolvedPlace,
        "unresolved place '\(text)'\(hint) Give a gazetteer id, 'lat'/'lon' "
          + "with a 'name', or mark a place nobody has located with \"unlocated\": true")
    }
  }

  private mutating func index(of place: LedgerPlace) -> Int {
    if let index = placeIndexByID[place.id] { return index }
    places.append(place)
    placeIndexByID[place.id] = places.count - 1
    return places.count - 1
  }
}
