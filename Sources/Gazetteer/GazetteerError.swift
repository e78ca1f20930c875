import GeoJSON

/// Why gazetteer data could not be loaded or used, with where: file, line and column.
public struct GazetteerError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What kind of problem; stable for tests and scripts.
  public enum Code: String, Hashable, Sendable {
    /// A file could not be opened, read or written.
    case io
    /// Bytes that are not UTF-8 text.
    case invalidText
    /// A row does not have the number of tab-separated columns its format needs.
    case wrongColumnCount
    /// A field that must hold a number (geonameid, coordinate, population) does not.
    case invalidNumber
    /// A coordinate outside [-90, 90] × [-180, 180].
    case outOfRange
    /// A required field (id, name) is empty.
    case missingField
    /// A curated `kind` that frontline does not know.
    case unknownKind
    /// A header line that is not the one the format needs.
    case invalidHeader
    /// The same id twice in one curated file.
    case duplicateID
  }

  /// The kind of problem.
  public var code: Code
  /// What is wrong, in words.
  public var message: String
  /// The file, when the problem is in one.
  public var file: String?
  /// 1-based line number, when known.
  public var line: Int?
  /// 1-based column (in bytes) of the offending field, when known.
  public var column: Int?

  /// - Parameters:
  ///   - code: the kind of problem.
  ///   - message: what is wrong.
  ///   - file: the file, if any.
  ///   - line: 1-based line, if known.
  ///   - column: 1-based byte column, if known.
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
