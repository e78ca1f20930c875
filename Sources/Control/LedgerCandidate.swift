/// A decoded event waiting to be checked, with the line and byte offset it came from.
struct LedgerCandidate {
  var event: ControlEvent
  var line: Int?
  var offset: Int?
  /// The file it came from, when several are checked together (a merge).
  var file: String?
  /// Whether the event came from a line with bad fields: its actors, place and id are
  /// checked, but it never enters the ledger.
  var partial = false
}
