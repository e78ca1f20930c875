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
  var fields = Fields()
  var unknownFields: [(name: String, column: Int?)] = []

  init(line: Int?) {
    self.line = line
  }

  /// The value and column of each field, in one small array indexed by field: a million
  /// records must not cost a million dictionaries.
  struct Fields {
    private var slots = [(value: Value, column: Int?)?](
      repeating: nil, count: LedgerField.allCases.count)

    subscript(field: LedgerField) -> (value: Value, column: Int?)? {
      get { slots[field.ordinal] }
      set { slots[field.ordinal] = newValue }
    }
  }
}
