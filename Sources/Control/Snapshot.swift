/// Who controls what on one day: the state of every place the ledger has mentioned by then.
public struct Snapshot: Hashable, Sendable {
  /// The day the snapshot describes (events counted through the end of it).
  public var date: Day
  /// One state per place, in the order the ledger first mentions the places.
  public var states: [PlaceState]

  /// - Parameters:
  ///   - date: the snapshot's day.
  ///   - states: one state per place; place ids must be unique.
  public init(date: Day, states: [PlaceState]) {
    self.date = date
    self.states = states
  }
}
