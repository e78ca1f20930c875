import GeoJSON

/// Ledger file content being read: splits it into records and finds the column of a field
/// on a given line, for messages. A class, so that a message locator made before reading
/// sees the CSV header once it has been read.
final class LedgerText {
  let bytes: [UInt8]
  let format: LedgerFormat
  let file: String?
  /// For CSV: the field of each column, `nil` for a column the header does not name.
  private(set) var header: [LedgerField?] = []

  /// - Parameters:
  ///   - bytes: the ledger text.
  ///   - format: its format, or `nil` to detect it from `file` and `bytes`.
  ///   - file: the ledger's name for messages and format detection.
  init(bytes: [UInt8], format: LedgerFormat? = nil, file: String?) {
    self.bytes = bytes
    self.format = format ?? LedgerFormat.detect(path: file, bytes: bytes)
    self.file = file
  }

  /// Calls `body` with every event record in order, one at a time so a million lines never
  /// sit in memory as records; returns the problems that kept lines from becoming records.
  func forEachRecord(_ body: (LedgerRecord) -> Void) -> [ControlError] {
    switch format {
    case .ndjson: jsonRecords(body)
    case .csv: csvRecords(body)
    }
  }

  /// Every event of the text, partial ones (lines with bad fields) included so their actors
  /// and places are checked too, and the problems found reading them.
  func candidates() -> (candidates: [LedgerCandidate], problems: [ControlError]) {
    var candidates: [LedgerCandidate] = []
    var problems: [ControlError] = []
    let readProblems = forEachRecord { record in
      let (candidate, recordProblems) = candidate(of: record)
      problems += recordProblems
      if let candidate { candidates.append(candidate) }
    }
    return (candidates, problems + readProblems)
  }

  /// The event a record of this text describes, waiting to be checked (partial when some
  /// fields are bad), and the problems of its fields.
  func candidate(of record: LedgerRecord) -> (LedgerCandidate?, [ControlError]) {
    let (event, partial, problems) = record.decodePartially(file: file)
    let candidate = event.map {
      LedgerCandidate(
        event: $0, line: record.line, offset: record.offset, file: file, partial: partial)
    }
    return (candidate, problems)
  }

  /// The 1-based column where `field` starts on the line a candidate of this text came from.
  func column(of field: LedgerField, in candidate: LedgerCandidate) -> Int? {
    guard let offset = candidate.offset, let line = candidate.line else { return nil }
    return column(of: field, recordAt: offset, line: line)
  }

  /// The 1-based column where `field` starts on the record at byte `offset`.
  func column(of field: LedgerField, recordAt offset: Int, line: Int) -> Int? {
    switch format {
    case .ndjson:
      let end = bytes[offset...].firstIndex(of: 10) ?? bytes.endIndex
      return Self.column(ofKey: field.rawValue, in: bytes[offset..<end])
    case .csv:
      guard let index = header.firstIndex(of: field),
        let record = CSV.record(at: offset, line: line, in: bytes), index < record.fields.count
      else { return nil }
      return record.fields[index].column
    }
  }

  /// The column of `"key"` followed by `:` in a JSON line; for messages only.
  static func column(ofKey key: String, in line: ArraySlice<UInt8>) -> Int? {
    let needle = Array(("\"" + key + "\"").utf8)
    var index = line.startIndex
    while index + needle.count <= line.endIndex {
      if line[index..<index + needle.count].elementsEqual(needle) {
        var after = index + needle.count
        while after < line.endIndex, line[after] == 32 || line[after] == 9 { after += 1 }
        if after < line.endIndex, line[after] == UInt8(ascii: ":") {
          return index - line.startIndex + 1
        }
      }
      index += 1
    }
    return nil
  }

  private func jsonRecords(_ body: (LedgerRecord) -> Void) -> [ControlError] {
    var problems: [ControlError] = []
    var cursor = jsonStart
    var line = 1
    while case let lines = jsonLines(from: &cursor, line: &line, limit: 4096), !lines.isEmpty {
      for span in lines {
        switch record(of: span) {
        case .success(let record): body(record)
        case .failure(let problem): problems.append(problem)
        }
      }
    }
    return problems
  }

  /// A non-blank NDJSON line: the byte range of its content and its 1-based number.
  struct JSONLine {
    var start: Int
    var end: Int
    var number: Int
  }

  /// Where the first NDJSON line starts: after a UTF-8 byte order mark, if any.
  var jsonStart: Int { bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0 }

  /// Up to `limit` non-blank lines from byte `cursor`, which is line `line`; moves both past
  /// the lines returned.
  func jsonLines(from cursor: inout Int, line: inout Int, limit: Int) -> [JSONLine] {
    var lines: [JSONLine] = []
    bytes.withUnsafeBufferPointer { bytes in
      var start = cursor
      while start < bytes.count, lines.count < limit {
        var end = start
        while end < bytes.count, bytes[end] != 10 { end += 1 }
        var contentEnd = end
        if contentEnd > start, bytes[contentEnd - 1] == 13 { contentEnd -= 1 }
        if bytes[start..<contentEnd].contains(where: { $0 != 32 && $0 != 9 }) {
          lines.append(JSONLine(start: start, end: contentEnd, number: line))
        }
        start = end + 1
        line += 1
      }
      cursor = start
    }
    return lines
  }

  /// The record of one NDJSON line, or why it is not one.
  func record(of line: JSONLine) -> Result<LedgerRecord, ControlError> {
    jsonRecord(bytes[line.start..<line.end], line: line.number, offset: line.start)
  }

  private func jsonRecord(_ content: ArraySlice<UInt8>, line: Int, offset: Int)
    -> Result<LedgerRecord, ControlError>
  {
    if let record = flatRecord(content, line: line, offset: offset) { return .success(record) }
    let value: JSONValue
    do {
      value = try JSONReader.parse(Array(content), file: file)
    } catch {
      return .failure(
        ControlError(.malformedEvent, error.message, file: file, line: line, column: error.column))
    }
    guard let object = value.objectValue else {
      return .failure(
        ControlError(
          .malformedEvent, "expected one JSON object per line (an event)", file: file,
          line: line, column: 1))
    }
    var record = LedgerRecord(line: line)
    record.offset = offset
    record.jsonLine = content
    var next = 0
    for member in object {
      if let field = LedgerField.named(member.key, from: &next) {
        record.fields[field] = (.json(member.value), nil)
      } else {
        record.unknownFields.append((member.key, Self.column(ofKey: member.key, in: content)))
      }
    }
    return .success(record)
  }

  /// The record of a line that is a flat object, read straight into the field table; `nil`
  /// for anything else (nested values, escaped names, errors), which the general parser
  /// then reads or reports.
  private func flatRecord(_ content: ArraySlice<UInt8>, line: Int, offset: Int) -> LedgerRecord? {
    var record = LedgerRecord(line: line)
    record.offset = offset
    record.jsonLine = content
    var next = 0
    let flat = content.withUnsafeBufferPointer { bytes in
      JSONReader.forEachMember(ofFlatObject: bytes) { name, _, value in
        if let field = LedgerField.named(utf8: name, from: &next) {
          record.fields[field] = (.json(value), nil)
        } else {
          let key = String(decoding: name, as: UTF8.self)
          // A repeated member is one member, as in a parsed object.
          guard !record.unknownFields.contains(where: { $0.name == key }) else { return }
          record.unknownFields.append((key, Self.column(ofKey: key, in: content)))
        }
      }
    }
    return flat ? record : nil
  }

  private func csvRecords(_ body: (LedgerRecord) -> Void) -> [ControlError] {
    let rows: [CSV.Record]
    do {
      rows = try CSV.records(bytes, file: file)
    } catch {
      return [error]
    }
    guard let headerRow = rows.first else { return [] }
    var problems = readHeader(headerRow)
    guard problems.isEmpty else { return problems }
    for row in rows.dropFirst() {
      guard row.fields.count == header.count else {
        problems.append(
          ControlError(
            .malformedEvent,
            "\(row.fields.count) fields where the header has \(header.count)", file: file,
            line: row.line, column: 1))
        continue
      }
      var record = LedgerRecord(line: row.line)
      record.offset = row.offset
      for (field, cell) in zip(header, row.fields) {
        guard let field, !cell.text.isEmpty else { continue }
        record.fields[field] = (.text(cell.text), cell.column)
      }
      body(record)
    }
    return problems
  }

  private func readHeader(_ row: CSV.Record) -> [ControlError] {
    var problems: [ControlError] = []
    var seen: Set<LedgerField> = []
    header = []
    for cell in row.fields {
      let name = cell.text.trimmed.lowercased()
      guard let field = LedgerField.named(name) else {
        let known = LedgerField.allCases.map(\.rawValue).joined(separator: ", ")
        problems.append(
          ControlError(
            .malformedEvent, "unknown CSV column '\(cell.text)'; columns are \(known)",
            file: file, line: row.line, column: cell.column))
        header.append(nil)
        continue
      }
      if !seen.insert(field).inserted {
        problems.append(
          ControlError(
            .malformedEvent, "column '\(name)' appears twice", file: file, line: row.line,
            column: cell.column))
      }
      header.append(field)
    }
    return problems
  }
}
