extension Ledger {
  /// Folds the ledger through the end of `date`: for every place, the state the latest event
  /// counted by then leaves it in.
  ///
  /// Events count from the first day of their date period (`ControlEvent.effectiveDay`) and
  /// apply in that order, ties in ledger order, so a later event wins. A `controlled` event
  /// makes `to` the holder; `contested`, `besieged` and `advance` keep the holder (`from` if
  /// given, else the previous holder) and record `to` as challenger. An event that repeats
  /// the current holder and status adds its source without moving `since`.
  /// - Parameter date: the snapshot's day.
  public func snapshot(at date: Day) -> Snapshot {
    var fold = Fold(ledger: self)
    fold.advance(through: date)
    return fold.snapshot(at: date)
  }

  /// Calls `body` with the snapshot at the end of each period (day, ISO week, month) from
  /// the period containing `start` to the one containing `end`, the last one taken at `end`
  /// itself; the ledger is folded once, so a series costs little more than its last frame.
  /// - Parameters:
  ///   - start: first day of the series.
  ///   - end: last day; nothing is called when it is before `start`.
  ///   - period: the step.
  ///   - body: receives each snapshot in date order.
  public func forEachSnapshot(
    from start: Day, through end: Day, every period: DatePrecision,
    _ body: (Snapshot) throws -> Void
  ) rethrows {
    var fold = Fold(ledger: self)
    var frame = min(period.period(containing: start).upperBound, end)
    while start <= end {
      fold.advance(through: frame)
      try body(fold.snapshot(at: frame))
      if frame >= end { break }
      frame = min(period.period(containing: frame.adding(days: 1)).upperBound, end)
    }
  }
}

/// The running state of a fold: events applied so far and the state of every place.
private struct Fold {
  struct State {
    var controller: Int16
    var challenger: Int16
    var status: ControlStatus
    var since: Int32
    var precision: DatePrecision
    var supporting: [Int32]
  }

  let ledger: Ledger
  var states: [State?]
  var next = 0

  init(ledger: Ledger) {
    self.ledger = ledger
    states = Array(repeating: nil, count: ledger.places.count)
  }

  mutating func advance(through date: Day) {
    let order = ledger.chronological
    let folding = ledger.folding
    let last = Int32(clamping: date.daysSinceEpoch)
    while next < order.count {
      let index = order[next]
      let event = folding[Int(index)]
      guard event.day <= last else { break }
      apply(event, index)
      next += 1
    }
  }

  private mutating func apply(_ event: FoldEvent, _ index: Int32) {
    let place = Int(event.place)
    let previous = states[place]
    let holder: Int16
    let challenger: Int16
    if event.status == .controlled {
      holder = event.to
      challenger = -1
    } else {
      holder = event.from >= 0 ? event.from : previous?.controller ?? -1
      challenger = event.to
    }
    if previous?.controller == holder, previous?.status == event.status {
      states[place]?.challenger = challenger
      states[place]?.supporting.append(index)
    } else {
      states[place] = State(
        controller: holder, challenger: challenger, status: event.status, since: event.day,
        precision: event.precision, supporting: [index])
    }
  }

  func snapshot(at date: Day) -> Snapshot {
    var result: [PlaceState] = []
    result.reserveCapacity(states.count)
    for (place, state) in states.enumerated() {
      guard let state else { continue }
      result.append(placeState(state, ledger.places[place]))
    }
    return Snapshot(date: date, states: result)
  }

  private func placeState(_ state: State, _ place: LedgerPlace) -> PlaceState {
    let actors = ledger.actors.actors
    var placeState = PlaceState(
      place: place, controller: state.controller >= 0 ? actors[Int(state.controller)].id : nil,
      status: state.status,
      challenger: state.challenger >= 0 ? actors[Int(state.challenger)].id : nil,
      since: Day(daysSinceEpoch: Int(state.since)), sincePrecision: state.precision,
      geoPrecision: .region)
    var sources = UniqueStrings()
    var evidence = UniqueStrings()
    for index in state.supporting {
      let event = ledger.entries[Int(index)].event
      sources.insert(event.source)
      evidence.insert(event.evidence)
      placeState.eventIDs.append(event.id)
      if let confidence = event.confidence {
        placeState.confidence = max(placeState.confidence ?? 0, confidence)
      }
      placeState.geoPrecision = min(placeState.geoPrecision, event.geoPrecision)
    }
    placeState.sources = sources.values
    placeState.evidence = evidence.values
    return placeState
  }
}

/// Strings in first-seen order without repeats; a set takes over from linear search once
/// there are enough of them, so a place reported ten thousand times stays cheap.
private struct UniqueStrings {
  private(set) var values: [String] = []
  private var seen: Set<String> = []

  mutating func insert(_ value: String?) {
    guard let value else { return }
    if values.count < 16 {
      guard !values.contains(value) else { return }
      if values.count == 15 { seen = Set(values + [value]) }
    } else {
      guard seen.insert(value).inserted else { return }
    }
    values.append(value)
  }
}
