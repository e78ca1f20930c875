/// Checks decoded events against the actors and the gazetteer and against each other:
/// unknown actors, unresolved or ambiguous places, duplicate ids, and contradicting events
/// for one place on one day.
struct LedgerCheck<Resolver: PlaceResolver> {
  private enum PlaceOutcome {
    case place(Int)
    case problem(ControlError.Code, String)
  }

  let actors: ActorCatalog
  let resolver: Resolver
  let file: String?
  /// The column of a field of a candidate, for messages.
  let locate: (LedgerCandidate, LedgerField) -> Int?
  private var places: [LedgerPlace] = []
  private var placeIndexByID: [String: Int] = [:]
  private var outcomes: [EventPlace: PlaceOutcome] = [:]
  private var problems: [ControlError] = []

  init(
    actors: ActorCatalog, resolver: Resolver, file: String?,
    locate: @escaping (LedgerCandidate, LedgerField) -> Int?
  ) {
    self.actors = actors
    self.resolver = resolver
    self.file = file
    self.locate = locate
  }

  /// The ledger of the candidates without problems, and the problems.
  mutating func run(_ candidates: [LedgerCandidate]) -> (Ledger, [ControlError]) {
    var entries: [Ledger.Entry] = []
    entries.reserveCapacity(candidates.count)
    var lineOfID: [String: Int?] = [:]
    var sameDay: [SameDayKey: [Int]] = [:]
    for candidate in candidates {
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
      guard !candidate.partial, problems.count == before, let to, let placeIndex else {
        continue
      }
      var event = candidate.event
      event.to = to
      event.from = from ?? nil
      let entry = Ledger.Entry(event: event, line: candidate.line, placeIndex: placeIndex)
      if event.datePrecision == .day {
        let key = SameDayKey(place: placeIndex, day: event.date.daysSinceEpoch)
        if let clash = sameDay[key, default: []].lazy.map({ entries[$0] }).first(where: {
          $0.event.conflict(with: event) != nil
        }) {
          report(
            .contradiction,
            "contradicts \(clash.line.map { "line \($0)" } ?? "event '\(clash.event.id)'"): "
              + (clash.event.conflict(with: event) ?? ""), candidate, .to)
          continue
        }
        sameDay[key, default: []].append(entries.count)
      }
      entries.append(entry)
    }
    return (Ledger(actors: actors, entries: entries, places: places), problems)
  }

  private struct SameDayKey: Hashable {
    var place: Int
    var day: Int
  }

  private mutating func report(
    _ code: ControlError.Code, _ message: String, _ candidate: LedgerCandidate, _ field: LedgerField
  ) {
    problems.append(
      ControlError(
        code, message, file: candidate.file ?? file, line: candidate.line,
        column: locate(candidate, field)))
  }

  private mutating func actor(_ name: String, _ field: LedgerField, _ candidate: LedgerCandidate)
    -> String?
  {
    if let actor = actors.resolve(name) { return actor.id }
    let known = actors.actors.map(\.id).joined(separator: ", ")
    report(
      .unknownActor, "unknown actor '\(name)' in '\(field.rawValue)'; the actors file has "
        + "\(known) (and their aliases)", candidate, field)
    return nil
  }

  private mutating func place(_ candidate: LedgerCandidate) -> Int? {
    let reference = candidate.event.place
    let outcome = outcomes[reference] ?? resolve(reference)
    outcomes[reference] = outcome
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
      return .place(index(of: LedgerPlace(id: LedgerPlace.pointID(position), name: name, position: position)))
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
      let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.prefix(5).joined(separator: ", "))?"
      return .problem(
        .unresolvedPlace, "unresolved place '\(text)'\(hint) Give a gazetteer id, 'lat'/'lon' "
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
