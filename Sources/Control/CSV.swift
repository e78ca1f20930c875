import Foundation

/// RFC 4180 comma-separated values: reading records with their line and column, and quoting.
enum CSV {
  /// One record: the physical line it starts on and its fields with their start columns.
  struct Record {
    var line: Int
    /// Byte offset of the record's first byte.
    var offset: Int
    var fields: [(text: String, column: Int)]
  }

  /// Splits CSV text into records (RFC 4180 §2: quoted fields may hold commas, line breaks
  /// and doubled quotes; CRLF or LF line ends). Blank lines are skipped and a UTF-8 byte
  /// order mark is ignored.
  /// - Parameters:
  ///   - bytes: UTF-8 text.
  ///   - file: the name for messages.
  /// - Throws: `ControlError(.malformedEvent)` for an unterminated quoted field or text after
  ///   a closing quote, at its line and column.
  static func records(_ bytes: [UInt8], file: String?) throws(ControlError) -> [Record] {
    var parser = Parser(bytes: bytes, file: file)
    return try parser.parse()
  }

  /// The record that starts at byte `offset` (a line start that `records` reported).
  /// - Parameters:
  ///   - offset: byte offset of the record's first byte.
  ///   - line: its line number.
  static func record(at offset: Int, line: Int, in bytes: [UInt8]) -> Record? {
    var parser = Parser(bytes: bytes, file: nil)
    parser.index = offset
    parser.lineStart = offset
    parser.line = line
    return try? parser.record()
  }

  /// The field as RFC 4180 writes it: quoted when it holds a comma, quote, CR or LF, with
  /// quotes doubled.
  static func quote(_ field: String) -> String {
    guard field.utf8.contains(where: { $0 == comma || $0 == quote || $0 == 10 || $0 == 13 })
    else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// One CSV line (with CRLF, RFC 4180 §2.1) from fields.
  static func line(_ fields: [String]) -> String {
    fields.map(quote).joined(separator: ",") + "\r\n"
  }

  private static let comma = UInt8(ascii: ",")
  private static let quote = UInt8(ascii: "\"")

  private struct Parser {
    let bytes: [UInt8]
    let file: String?
    var index = 0
    var line = 1
    var lineStart = 0

    init(bytes: [UInt8], file: String?) {
      self.bytes = bytes
      self.file = file
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
        index = 3
        lineStart = 3
      }
    }

    mutating func parse() throws(ControlError) -> [Record] {
      var records: [Record] = []
      while index < bytes.count {
        if atLineEnd {
          skipLineEnd()
          continue
        }
        records.append(try record())
      }
      return records
    }

    private var atLineEnd: Bool { bytes[index] == 10 || bytes[index] == 13 }

    private mutating func skipLineEnd() {
      if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 { index += 1 }
      index += 1
      line += 1
      lineStart = index
    }

    /// The record that starts at `index`.
    mutating func record() throws(ControlError) -> Record {
      var record = Record(line: line, offset: index, fields: [])
      while true {
        let column = index - lineStart + 1
        let text = try field()
        record.fields.append((text, column))
        if index < bytes.count, bytes[index] == CSV.comma {
          index += 1
          continue
        }
        if index < bytes.count { skipLineEnd() }
        return record
      }
    }

    private mutating func field() throws(ControlError) -> String {
      guard index < bytes.count, bytes[index] == CSV.quote else {
        let start = index
        while index < bytes.count, bytes[index] != CSV.comma, !atLineEnd { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
      }
      return try quotedField()
    }

    private mutating func quotedField() throws(ControlError) -> String {
      let openLine = line
      let openColumn = index - lineStart + 1
      index += 1
      var text: [UInt8] = []
      while index < bytes.count {
        let byte = bytes[index]
        if byte == CSV.quote {
          if index + 1 < bytes.count, bytes[index + 1] == CSV.quote {
            text.append(CSV.quote)
            index += 2
            continue
          }
          index += 1
          guard index == bytes.count || bytes[index] == CSV.comma || atLineEnd else {
            throw ControlError(
              .malformedEvent,
              "text after the closing quote of a CSV field; double a quote "
                + "inside a field as \"\"", file: file, line: line, column: index - lineStart + 1)
          }
          return String(decoding: text, as: UTF8.self)
        }
        if byte == 10 {
          line += 1
          lineStart = index + 1
        }
        text.append(byte)
        index += 1
      }
      throw ControlError(
        .malformedEvent, "unterminated quoted CSV field", file: file, line: openLine,
        column: openColumn)
    }
  }
}
