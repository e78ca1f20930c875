/// What changed between two snapshots: every place whose holder or status differs
/// (`ChangeKind` defines the kinds), and a balance per actor.
///
/// Diffs compose: `SnapshotDiff(from: a, to: b).followed(by: SnapshotDiff(from: b, to: c))`
/// has the same changes (kinds, holders, statuses) as `SnapshotDiff(from: a, to: c)`, and
/// every actor's `net` adds up over consecutive diffs.
public struct SnapshotDiff: Hashable, Sendable {
  /// The earlier snapshot's day.
  public var dateFrom: Day
  /// The later snapshot's day.
  public var dateTo: Day
  /// The changed places: those of the later snapshot in its order, then the gone ones.
  public var changes: [PlaceChange]

  /// - Parameters:
  ///   - dateFrom: the earlier day.
  ///   - dateTo: the later day.
  ///   - changes: the changed places.
  public init(dateFrom: Day, dateTo: Day, changes: [PlaceChange]) {
    self.dateFrom = dateFrom
    self.dateTo = dateTo
    self.changes = changes
  }

  /// Compares two snapshots, matching places by `place_id`.
  /// - Parameters:
  ///   - earlier: snapshot A.
  ///   - later: snapshot B.
  public init(from earlier: Snapshot, to later: Snapshot) {
    var before: [String: Int] = [:]
    before.reserveCapacity(earlier.states.count)
    for (index, state) in earlier.states.enumerated() { before[state.place.id] = index }
    var changes: [PlaceChange] = []
    var matched = [Bool](repeating: false, count: earlier.states.count)
    for state in later.states {
      let index = before[state.place.id]
      if let index { matched[index] = true }
      if let change = PlaceChange(before: index.map { earlier.states[$0] }, after: state) {
        changes.append(change)
      }
    }
    for (index, state) in earlier.states.enumerated() where !matched[index] {
      if let change = PlaceChange(before: state, after: nil) { changes.append(change) }
    }
    self.init(dateFrom: earlier.date, dateTo: later.date, changes: changes)
  }

  /// Gains and losses per actor, most active first (then by actor id).
  public var balances: [ActorBalance] {
    var balances: [String: ActorBalance] = [:]
    for change in changes where change.from != change.to {
      if let to = change.to {
        balances[to, default: .init(actor: to, gained: 0, lost: 0)].gained += 1
      }
      if let from = change.from {
        balances[from, default: .init(actor: from, gained: 0, lost: 0)].lost += 1
      }
    }
    return balances.values.sorted {
      ($1.gained + $1.lost, $0.actor) < ($0.gained + $0.lost, $1.actor)
    }
  }

  /// This diff followed by `next` (which must start where this one ends): each place goes
  /// from its state before this diff to its state after `next`, and places that end where
  /// they started drop out.
  /// - Parameter next: the diff from this one's later snapshot to a third.
  public func followed(by next: SnapshotDiff) -> SnapshotDiff {
    var order: [String] = []
    var ends: [String: (before: PlaceState?, after: PlaceState?)] = [:]
    for change in changes {
      order.append(change.place.id)
      ends[change.place.id] = (change.before, change.after)
    }
    for change in next.changes {
      if ends[change.place.id] != nil {
        ends[change.place.id]?.after = change.after
      } else {
        order.append(change.place.id)
        ends[change.place.id] = (change.before, change.after)
      }
    }
    let composed = order.compactMap { id in
      ends[id].flatMap { PlaceChange(before: $0.before, after: $0.after) }
    }
    return SnapshotDiff(dateFrom: dateFrom, dateTo: next.dateTo, changes: composed)
  }
}
