import Control

/// One report to extract from: its text, where it came from, and the day it was written.
///
/// The first line may be a header `date YYYY-MM-DD` (optionally followed by the headline on
/// the same line), as frontline's seed reports have; that date wins over `defaultDate`.
/// Relative dates in the text ("on Monday", "this week") are read against the report's day.
public struct Report: Hashable, Sendable {
  /// Where the date of the report came from.
  public enum DateOrigin: String, Hashable, Sendable {
    /// The `date YYYY-MM-DD` header line.
    case header
    /// The caller's default (`--date`).
    case given
  }

  /// The whole text, header included, so that offsets count from the start of the file.
  public let text: String
  /// The file name or URL, recorded as each event's `source`.
  public let source: String
  /// The day the report was written.
  public let date: Day
  public let dateOrigin: DateOrigin
  /// Byte range of the header line's date part (`date YYYY-MM-DD`), when there is one; the
  /// rest of that line is the headline and is read like any other sentence.
  let headerRange: Range<Int>?

  /// Reads a report from UTF-8 bytes.
  /// - Parameters:
  ///   - bytes: the file's content, UTF-8 (a leading byte-order mark is skipped).
  ///   - source: the file name or URL, for events and messages.
  ///   - defaultDate: the report's day when it has no `date` header (`--date`).
  /// - Throws: `ExtractionError(.notText)` naming the line and column of the first byte that
  ///   is not UTF-8; `.noDate` when neither a header nor `defaultDate` gives the day;
  ///   `.badDate` for a header date that is not a calendar day.
  public init(bytes: [UInt8], source: String, defaultDate: Day? = nil) throws(ExtractionError) {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    guard let text = String(validating: body, as: UTF8.self) else {
      let (line, column) = Self.firstInvalidByte(in: Array(body))
      throw ExtractionError(
        .notText, "not UTF-8 text (invalid byte at this position); save the report as UTF-8",
        file: source, line: line, column: column)
    }
    try self.init(text: text, source: source, defaultDate: defaultDate)
  }

  /// A report from text already in memory.
  /// - Parameters:
  ///   - text: the report.
  ///   - source: the file name or URL, for events and messages.
  ///   - defaultDate: the report's day when it has no `date` header.
  /// - Throws: `ExtractionError(.noDate)` or `.badDate` as for `init(bytes:source:defaultDate:)`.
  public init(text: String, source: String, defaultDate: Day? = nil) throws(ExtractionError) {
    var text = text
    text.makeContiguousUTF8()
    self.text = text
    self.source = source
    let header = try Self.header(of: text, source: source)
    if let header {
      date = header.day
      dateOrigin = .header
      headerRange = header.range
    } else if let defaultDate {
      date = defaultDate
      dateOrigin = .given
      headerRange = nil
    } else {
      throw ExtractionError(
        .noDate,
        "the report has no date: start it with a line `date YYYY-MM-DD`, or pass --date",
        file: source, line: 1, column: 1)
    }
  }

  /// The header's day and the byte range of `date YYYY-MM-DD`, if the first non-blank line
  /// starts with it (`date`, any case, an optional colon, then the ISO day).
  private static func header(
    of text: String, source: String
  ) throws(ExtractionError) -> (day: Day, range: Range<Int>)? {
    let bytes = Array(text.utf8.prefix(256))
    var index = 0
    var line = 1
    var lineStart = 0
    while index < bytes.count,
      bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A
        || bytes[index] == 0x0D
    {
      if bytes[index] == 0x0A {
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
    let start = index
    let word = Array("date".utf8)
    guard index + 4 <= bytes.count,
      zip(bytes[index..<index + 4], word).allSatisfy({ $0 | 0x20 == $1 })
    else { return nil }
    index += 4
    if index < bytes.count, bytes[index] == UInt8(ascii: ":") { index += 1 }
    let spaces = index
    while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    guard index > spaces || bytes[index - 1] == UInt8(ascii: ":"), index + 10 <= bytes.count
    else { return nil }
    let candidate = bytes[index..<index + 10]
    let looksLikeDate = candidate.enumerated().allSatisfy { offset, byte in
      offset == 4 || offset == 7
        ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
    guard looksLikeDate else { return nil }
    guard let day = Day(isoBytes: candidate) else {
      throw ExtractionError(
        .badDate,
        "the header date '\(String(decoding: candidate, as: UTF8.self))' is not a "
          + "calendar day", file: source, line: line, column: index - lineStart + 1)
    }
    return (day, start..<index + 10)
  }

  /// The 1-based line and column (in Unicode scalars) of the first byte that breaks UTF-8.
  private static func firstInvalidByte(in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    var index = 0
    while index < bytes.count {
      let length = UTF8Check.validSequenceLength(bytes, at: index)
      guard length > 0 else { break }
      if bytes[index] == 0x0A {
        line += 1
        column = 1
      } else {
        column += 1
      }
      index += length
    }
    return (line, column)
  }
}
