import GeoJSON

extension LedgerRecord {
  /// The event this record describes, or every problem that prevents it.
  /// - Parameter file: the ledger's name for messages.
  func decode(file: String?) -> (event: ControlEvent?, problems: [ControlError]) {
    let (event, partial, problems) = decodePartially(file: file)
    return (partial ? nil : event, problems)
  }

  /// Like `decode`, but when some fields are bad and the actors and place are readable,
  /// also returns an event with placeholders for the bad fields (`partial`), so that its
  /// actors, place and id can still be checked and every problem of the line reported.
  func decodePartially(file: String?) -> (
    event: ControlEvent?, partial: Bool, problems: [ControlError]
  ) {
    var decoder = Decoder(record: self, file: file)
    let event = decoder.event()
    return (event, !decoder.problems.isEmpty, decoder.problems)
  }
}

/// Checks and converts the fields of one record, collecting every problem rather than
/// stopping at the first, so `ledger validate` shows them all.
private struct Decoder {
  let record: LedgerRecord
  let file: String?
  var problems: [ControlError] = []

  init(record: LedgerRecord, file: String?) {
    self.record = record
    self.file = file
  }

  mutating func event() -> ControlEvent? {
    for unknown in record.unknownFields {
      let known = LedgerField.allCases.map(\.rawValue).joined(separator: ", ")
      report(
        .malformedEvent, "unknown field '\(unknown.name)'; fields are \(known)", unknown.column)
    }
    let id = required(.id)
    let date = day()
    let precision = enumeration(.datePrecision, DatePrecision.self) ?? .day
    let place = place()
    let from = string(.from).flatMap {
      $0.utf8.count == 7 && $0.lowercased() == "unknown" ? nil : $0
    }
    let to = required(.to)
    let status = enumeration(.status, ControlStatus.self) ?? .controlled
    let confidence = confidence()
    let geoPrecision = geoPrecision(default: place.map(Self.defaultGeoPrecision) ?? .exact)
    let source = string(.source)
    let evidence = string(.evidence)
    let note = string(.note)
    guard let place, let to else { return nil }
    return ControlEvent(
      id: id ?? "", date: date ?? Day(daysSinceEpoch: 0), datePrecision: precision,
      place: place, from: from, to: to,
      status: status, source: source, evidence: evidence, confidence: confidence,
      geoPrecision: geoPrecision, note: note)
  }

  private static func defaultGeoPrecision(_ place: EventPlace) -> GeoPrecision {
    if case .unlocated = place { .region } else { .exact }
  }

  private mutating func report(_ code: ControlError.Code, _ message: String, _ column: Int?) {
    problems.append(
      ControlError(code, message, file: file, line: record.line, column: column))
  }

  private func column(_ field: LedgerField) -> Int? {
    if let column = record.fields[field]?.column { return column }
    return record.jsonLine.flatMap { LedgerText.column(ofKey: field.rawValue, in: $0) }
  }

  /// The field as trimmed text; `nil` when absent, empty or JSON `null`.
  private mutating func string(_ field: LedgerField) -> String? {
    guard let (value, column) = record.fields[field] else { return nil }
    switch value {
    case .text(let text), .json(.string(let text)):
      let trimmed = text.trimmed
      return trimmed.isEmpty ? nil : trimmed
    case .json(.null):
      return nil
    case .json:
      report(.malformedEvent, "'\(field.rawValue)' must be a string", column)
      return nil
    }
  }

  private mutating func required(_ field: LedgerField) -> String? {
    let before = problems.count
    if let text = string(field) { return text }
    if problems.count == before {
      let what =
        record.fields[field] == nil ? "missing '\(field.rawValue)'" : "empty '\(field.rawValue)'"
      report(.malformedEvent, what, column(field))
    }
    return nil
  }

  private mutating func number(_ field: LedgerField) -> Double? {
    guard let (value, column) = record.fields[field] else { return nil }
    switch value {
    case .json(.number(let number)):
      return number
    case .json(.null):
      return nil
    case .text(let text):
      let trimmed = text.trimmed
      if trimmed.isEmpty { return nil }
      if let number = Double(trimmed), number.isFinite { return number }
      report(.malformedEvent, "'\(field.rawValue)' must be a number, found '\(text)'", column)
      return nil
    case .json:
      report(.malformedEvent, "'\(field.rawValue)' must be a number", column)
      return nil
    }
  }

  private mutating func flag(_ field: LedgerField) -> Bool {
    guard let (value, column) = record.fields[field] else { return false }
    switch value {
    case .json(.bool(let flag)): return flag
    case .json(.null): return false
    case .text(let text):
      switch text.trimmed.lowercased() {
      case "", "false", "no", "0": return false
      case "true", "yes", "1": return true
      default: break
      }
    case .json: break
    }
    report(.malformedEvent, "'\(field.rawValue)' must be true or false", column)
    return false
  }

  private mutating func enumeration<Value: RawRepresentable & CaseIterable>(
    _ field: LedgerField, _ type: Value.Type
  ) -> Value? where Value.RawValue == String {
    guard let text = string(field) else { return nil }
    if let value = Value(rawValue: text) ?? Value(rawValue: text.lowercased()) { return value }
    let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
    report(
      .malformedEvent, "'\(field.rawValue)' must be one of \(allowed), found '\(text)'",
      column(field))
    return nil
  }

  private mutating func day() -> Day? {
    guard let text = required(.date) else { return nil }
    if let day = Day(iso: text) { return day }
    report(
      .badDate, "bad date '\(text)': expected an existing ISO 8601 day YYYY-MM-DD",
      column(.date))
    return nil
  }

  private mutating func confidence() -> Double? {
    guard let value = number(.confidence) else { return nil }
    guard (0...1).contains(value) else {
      report(
        .confidenceOutOfRange, "confidence \(value) is outside [0, 1]", column(.confidence))
      return nil
    }
    return value
  }

  private mutating func geoPrecision(default fallback: GeoPrecision) -> GeoPrecision {
    guard let value = number(.geoPrecision) else { return fallback }
    if let code = Int(exactly: value), let precision = GeoPrecision(rawValue: code) {
      return precision
    }
    report(
      .malformedEvent,
      "'geo_precision' must be 1 (exact), 2 (near) or 3 (region), found "
        + "\(value)", column(.geoPrecision))
    return fallback
  }

  private mutating func place() -> EventPlace? {
    let reference = string(.place)
    let name = string(.name)
    let unlocated = flag(.unlocated)
    let latitude = number(.lat)
    let longitude = number(.lon)
    if latitude != nil || longitude != nil || record.fields[.lat] != nil
      || record.fields[.lon] != nil
    {
      return coordinates(latitude, longitude, name: name ?? reference, unlocated: unlocated)
    }
    if name != nil {
      report(.malformedEvent, "'name' names a lat/lon point; use 'place' alone", column(.name))
    }
    guard let reference else {
      report(.malformedEvent, "missing 'place' (or 'lat', 'lon' and 'name')", column(.place))
      return nil
    }
    return unlocated ? .unlocated(name: reference) : .reference(reference)
  }

  private mutating func coordinates(
    _ latitude: Double?, _ longitude: Double?, name: String?, unlocated: Bool
  ) -> EventPlace? {
    if unlocated {
      report(
        .malformedEvent, "'unlocated' contradicts 'lat'/'lon'; drop one", column(.unlocated))
    }
    guard let latitude, let longitude else {
      report(.malformedEvent, "'lat' and 'lon' go together", column(.lat) ?? column(.lon))
      return nil
    }
    guard (-90...90).contains(latitude) else {
      report(.malformedEvent, "latitude \(latitude) is outside [-90, 90]", column(.lat))
      return nil
    }
    guard (-180...180).contains(longitude) else {
      report(.malformedEvent, "longitude \(longitude) is outside [-180, 180]", column(.lon))
      return nil
    }
    guard let name else {
      report(.malformedEvent, "a 'lat'/'lon' point needs a 'name'", column(.lat))
      return nil
    }
    return .coordinates(name: name, position: Position(longitude: longitude, latitude: latitude))
  }
}

extension String {
  /// Without leading and trailing white space.
  var trimmed: String {
    // Almost every field starts and ends with a visible ASCII byte: skip the Unicode walk.
    if let first = utf8.first, let last = utf8.last, (0x21..<0x7F).contains(first),
      (0x21..<0x7F).contains(last)
    {
      return self
    }
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
