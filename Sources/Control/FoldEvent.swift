/// What folding needs of an event, packed small so a million of them stay in cache-friendly
/// arrays: the effective day, the place and actor indices, and the status.
struct FoldEvent {
  /// Days since 1970-01-01 of the start of the event's date period.
  var day: Int32
  var place: Int32
  /// Actor indices in the catalog; -1 when unknown.
  var from: Int16
  var to: Int16
  var status: ControlStatus
  var precision: DatePrecision

  /// - Parameters:
  ///   - entry: the checked event.
  ///   - from: catalog index of its `from` actor, `nil` when unknown.
  ///   - to: catalog index of its `to` actor.
  init(entry: Ledger.Entry, from: Int?, to: Int) {
    // Field by field: binding `entry.event` would copy (and retain) its strings.
    day = Int32(clamping: entry.event.effectiveDay.daysSinceEpoch)
    place = Int32(entry.placeIndex)
    self.from = from.map { Int16(clamping: $0) } ?? -1
    self.to = Int16(clamping: to)
    status = entry.event.status
    precision = entry.event.datePrecision
  }
}
