import GeoJSON

/// One event as read from a ledger line before it is checked: field values with the column
/// each starts at, and the names of fields the ledger format does not define.
struct LedgerRecord {
  /// A value as read: CSV cells and command-line options are text, NDJSON members JSON.
  enum Value {
    case text(String)
    case json(JSONValue)
  }

  var line: Int?
  /// Byte offset of the line in the ledger text, when read from one.
  var offset: Int?
  /// The NDJSON line, kept so a problem can point at the column of a member.
  var jsonLine: ArraySlice<UInt8>?
  var fields: [LedgerField: (value: Value, column: Int?)] = [:]
  var unknownFields: [(name: String, column: Int?)] = []

  init(line: Int?) {
    self.line = line
  }
}
