import GeoJSON

extension ControlEvent {
  /// The event as one NDJSON ledger line (with its `\n`), members in `LedgerField` order;
  /// an unknown `from` is written as `null`, other absent fields are left out.
  public func ndjsonLine() -> [UInt8] {
    var bytes = GeoJSONWriter(precision: nil).encode(.object(jsonObject()))
    bytes.append(10)
    return bytes
  }

  /// The event as a JSON object with the ledger's member names.
  public func jsonObject() -> JSONObject {
    var object = JSONObject()
    for field in LedgerField.allCases {
      if let value = jsonValue(field) { object[field.rawValue] = value }
    }
    return object
  }

  /// The event as text cells for `columns`, `""` for absent fields (a CSV ledger row).
  /// - Parameter columns: the CSV header's fields.
  public func csvCells(_ columns: [LedgerField]) -> [String] {
    columns.map { text($0) ?? "" }
  }

  /// A stable id made from the event's content: `ev-` and 12 hex digits of the 64-bit
  /// FNV-1a hash of its NDJSON form without the id, so the same claim gets the same id.
  public func contentID() -> String {
    var copy = self
    copy.id = ""
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in copy.ndjsonLine() {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return "ev-" + String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(12))
  }

  /// Whether `field` has a value a CSV ledger needs a column for: absent fields and
  /// defaults (`day`, `controlled`, the place's default `geo_precision`) need none.
  func needsColumn(_ field: LedgerField) -> Bool {
    switch field {
    case .datePrecision: datePrecision != .day
    case .status: status != .controlled
    case .geoPrecision: geoPrecision != (isUnlocated ? .region : .exact)
    default: text(field) != nil
    }
  }

  private func jsonValue(_ field: LedgerField) -> JSONValue? {
    switch field {
    case .from: return from.map(JSONValue.string) ?? .null
    case .lat, .lon, .confidence, .geoPrecision: return number(field).map(JSONValue.number)
    case .unlocated: return isUnlocated ? .bool(true) : nil
    default: return text(field).map(JSONValue.string)
    }
  }

  private var isUnlocated: Bool {
    if case .unlocated = place { true } else { false }
  }

  private func number(_ field: LedgerField) -> Double? {
    switch field {
    case .lat: if case .coordinates(_, let position) = place { position.latitude } else { nil }
    case .lon: if case .coordinates(_, let position) = place { position.longitude } else { nil }
    case .confidence: confidence
    case .geoPrecision: Double(geoPrecision.rawValue)
    default: nil
    }
  }

  private func text(_ field: LedgerField) -> String? {
    switch field {
    case .id: id
    case .date: date.description
    case .datePrecision: datePrecision.rawValue
    case .place: if case .coordinates = place { nil } else { place.text }
    case .name: if case .coordinates(let name, _) = place { name } else { nil }
    case .lat, .lon, .confidence, .geoPrecision: number(field).map(Self.shortest)
    case .unlocated: isUnlocated ? "true" : nil
    case .from: from
    case .to: to
    case .status: status.rawValue
    case .source: source
    case .evidence: evidence
    case .note: note
    }
  }

  private static func shortest(_ value: Double) -> String {
    var bytes: [UInt8] = []
    GeoJSONWriter(precision: nil).write(.number(value), to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
