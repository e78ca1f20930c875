import GeoJSON

/// Why a border, country or line input was rejected, with where: file, line and column.
public struct BordersError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What kind of problem; stable for tests and scripts.
  public enum Code: String, Hashable, Sendable {
    /// A data file could not be read or parsed.
    case io
    /// A file parsed but its content is not what was expected (geometry type, properties).
    case invalidData
    /// A country code that is neither ISO 3166 alpha-2 nor alpha-3.
    case unknownCountry
    /// A border selector that is not one country (`SY`, `SYR`) or a pair (`IQ-SY`, `IRQ-SYR`).
    case invalidSelector
    /// Two countries that share no land border in the boundary file.
    case noSuchBorder
    /// A coordinate outside WGS 84's range or not finite.
    case outOfRange
  }

  /// What kind of problem.
  public var code: Code
  /// What is wrong, for people.
  public var message: String
  /// The file the problem is in, when there is one.
  public var file: String?
  /// 1-based line, when known.
  public var line: Int?
  /// 1-based column, when known.
  public var column: Int?

  /// - Parameters:
  ///   - code: the kind of problem.
  ///   - message: what is wrong.
  ///   - file, line, column: where, when known (1-based line and column).
  public init(
    _ code: Code, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil
  ) {
    self.code = code
    self.message = message
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:col: message`, the form compilers use; just the message when there is no file.
  public var description: String {
    InputLocation.describe(message, file: file, line: line, column: column)
  }
}

extension BordersError {
  /// A GeoJSON reading error as a `BordersError` (`.io` or `.invalidData`), keeping file,
  /// line, column and the JSON path.
  public init(_ error: GeoJSONError) {
    let at = error.path.map { " (at \($0))" } ?? ""
    self.init(
      error.code == .io ? .io : .invalidData, error.message + at, file: error.file ?? "<stdin>",
      line: error.line, column: error.column)
  }
}
