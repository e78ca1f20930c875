/// The fields of a ledger event: NDJSON member names and CSV header names.
///
/// | field | meaning |
/// |---|---|
/// | `id` | unique event id (required) |
/// | `date` | ISO 8601 day, `YYYY-MM-DD` (required) |
/// | `date_precision` | `day` (default), `week` (ISO week of `date`), `month` |
/// | `place` | gazetteer id, or a name that resolves to one place |
/// | `lat`, `lon`, `name` | explicit WGS 84 point in degrees with its name, instead of `place` |
/// | `unlocated` | `true`: `place` is a name nobody has located; kept without geometry |
/// | `from` | actor that held the place; empty, `null` or `unknown` when not known |
/// | `to` | actor that acts (required) |
/// | `status` | `controlled` (default), `contested`, `besieged`, `advance` |
/// | `source` | URL or file the claim comes from |
/// | `evidence` | the sentence that says it |
/// | `confidence` | 0–1 |
/// | `geo_precision` | 1 exact (default), 2 near, 3 region (default for `unlocated`) |
/// | `note` | free text |
public enum LedgerField: String, Hashable, Sendable, CaseIterable {
  case id
  case date
  case datePrecision = "date_precision"
  case place
  case lat
  case lon
  case name
  case unlocated
  case from
  case to
  case status
  case source
  case evidence
  case confidence
  case geoPrecision = "geo_precision"
  case note
}

extension LedgerField {
  /// The field's position in `allCases`.
  var ordinal: Int {
    switch self {
    case .id: 0
    case .date: 1
    case .datePrecision: 2
    case .place: 3
    case .lat: 4
    case .lon: 5
    case .name: 6
    case .unlocated: 7
    case .from: 8
    case .to: 9
    case .status: 10
    case .source: 11
    case .evidence: 12
    case .confidence: 13
    case .geoPrecision: 14
    case .note: 15
    }
  }

  /// The field with this NDJSON member or CSV column name.
  static func named(_ name: String) -> LedgerField? { LedgerField(rawValue: name) }

  /// The field named `name`, trying the fields from ordinal `next` on first: lines that
  /// frontline writes list their fields in `allCases` order, so this usually takes one
  /// comparison. `next` moves past the field found.
  static func named(_ name: String, from next: inout Int) -> LedgerField? {
    var ordinal = next
    while ordinal < allCases.count {
      let field = allCases[ordinal]
      ordinal += 1
      if field.rawValue == name {
        next = ordinal
        return field
      }
    }
    return named(name)
  }

  /// `named(_:from:)` for a name given as UTF-8 bytes, so that a ledger line's member names
  /// need no `String`.
  static func named(utf8 name: UnsafeBufferPointer<UInt8>, from next: inout Int) -> LedgerField? {
    let names = utf8Names
    var ordinal = next
    while ordinal < names.count {
      defer { ordinal += 1 }
      if names[ordinal].count == name.count, names[ordinal].elementsEqual(name) {
        next = ordinal + 1
        return allCases[ordinal]
      }
    }
    return names.firstIndex { $0.count == name.count && $0.elementsEqual(name) }.map {
      allCases[$0]
    }
  }

  /// The names' UTF-8 bytes, in `allCases` order.
  private static let utf8Names = allCases.map { Array($0.rawValue.utf8) }
}
