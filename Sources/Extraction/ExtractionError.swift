import GeoJSON

/// Why a report could not be read or extracted, with where.
public struct ExtractionError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What kind of problem; stable for tests and scripts.
  public enum Code: String, Hashable, Sendable {
    /// The report is not valid UTF-8 text.
    case notText
    /// The report has no date: no `date YYYY-MM-DD` header line and no `--date`.
    case noDate
    /// A header date that is not a calendar day.
    case badDate
  }

  public var code: Code
  public var message: String
  /// The file, when known (`nil` for standard input or text built in memory).
  public var file: String?
  /// 1-based line and column, when known.
  public var line: Int?
  public var column: Int?

  /// - Parameters:
  ///   - code: the kind of problem.
  ///   - message: what is wrong, for people.
  ///   - file: the report file.
  ///   - line: 1-based line.
  ///   - column: 1-based column (Unicode scalars).
  public init(
    _ code: Code, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil
  ) {
    self.code = code
    self.message = message
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:col: message`, the form compilers use, so editors can jump to it.
  public var description: String {
    InputLocation(file: file ?? "<stdin>", line: line, column: column).describe(message)
  }
}
