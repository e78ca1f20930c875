import GeoJSON

/// Why control areas, front lines or an area diff could not be computed, with where the bad
/// input was: a file, line and column when it came from one, else the place it concerns.
///
/// GEOS's own error and notice messages are kept in `reason`, captured through the context's
/// message handlers (`GEOSContext_setErrorMessageHandler_r`), so a failure deep inside an
/// overlay still says what GEOS saw.
public struct TerritoryError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What kind of problem; stable for tests and scripts.
  public enum Code: String, Hashable, Sendable {
    /// A control point with a coordinate outside WGS 84's range or not finite.
    case invalidPoint
    /// A reach specification (`city=15,town=4`) or reach value that is not usable.
    case invalidReach
    /// Points spread over too much of the globe for one local azimuthal projection.
    case extentTooLarge
    /// The local projection through PROJ failed.
    case projection
    /// GEOS failed: it could not create a context or returned no result for an operation.
    case geos
  }

  /// The kind of problem.
  public var code: Code
  /// What went wrong, naming the point, option or operation.
  public var message: String
  /// GEOS's or PROJ's own explanation, when it gave one.
  public var reason: String?
  /// The input file, when the input came from one.
  public var file: String?
  /// 1-based line in `file`, when known.
  public var line: Int?
  /// 1-based column in `file`, when known.
  public var column: Int?

  /// - Parameters:
  ///   - code: the kind of problem.
  ///   - message: what went wrong.
  ///   - reason: the library's explanation.
  ///   - file: the input file, when there is one.
  public init(_ code: Code, _ message: String, reason: String? = nil, file: String? = nil) {
    self.code = code
    self.message = message
    self.reason = reason
    self.file = file
  }

  /// `file:line:col: message (reason)`; the location part only when known.
  public var description: String {
    let explained = reason.flatMap { $0.isEmpty ? nil : " (\($0))" } ?? ""
    return InputLocation.describe(message + explained, file: file, line: line, column: column)
  }

  /// The same error, located in `file` at `line` and `column` (1-based).
  public func located(file: String?, line: Int? = nil, column: Int? = nil) -> TerritoryError {
    var copy = self
    copy.file = file
    copy.line = line
    copy.column = column
    return copy
  }
}
