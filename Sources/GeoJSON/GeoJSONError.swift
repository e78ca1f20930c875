/// Why a GeoJSON or JSON text was rejected, with where: file, line, column and a JSON path.
public struct GeoJSONError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What kind of problem; stable for tests and scripts.
  public enum Code: String, Hashable, Sendable {
    case invalidJSON
    case invalidUTF8
    case truncated
    case trailingGarbage
    case nestingTooDeep
    case missingType
    case unknownType
    case missingMember
    case wrongType
    case tooFewPositions
    /// A position with fewer than two numbers (RFC 7946 §3.1.1).
    case invalidPosition
    case ringNotClosed
    case wrongDepth
    case outOfRange
    case io
  }

  public var code: Code
  public var message: String
  /// The file, when the text came from one (`-` or `nil` for standard input).
  public var file: String?
  /// 1-based line and column of the offending byte, when known.
  public var line: Int?
  public var column: Int?
  /// A path such as `features[12].geometry.coordinates[0][3]`, when known.
  public var path: String?

  public init(
    _ code: Code, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil,
    path: String? = nil
  ) {
    self.code = code
    self.message = message
    self.file = file
    self.line = line
    self.column = column
    self.path = path
  }

  /// `file:line:col: message (at path)`, the form compilers use, so editors can jump to it.
  public var description: String {
    let at = path.map { " (at \($0))" } ?? ""
    return InputLocation(file: file ?? "<stdin>", line: line, column: column)
      .describe(message + at)
  }
}
