import GeoJSON

/// Why a map could not be made: unreadable input, data it cannot draw, missing Leaflet.
public struct MapViewError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What kind of problem; stable for tests and scripts.
  public enum Code: String, Hashable, Sendable {
    /// An input that is not GeoJSON or GeoJSONSeq, or whose GeoJSON is invalid.
    case invalidInput
    /// Coordinates that are not WGS 84 longitude/latitude (e.g. a projected file).
    case notWGS84
    /// A time series whose features lack a usable date.
    case invalidSeries
    /// Leaflet's files are missing (Debian package `libjs-leaflet`).
    case leafletMissing
    /// A file that could not be read.
    case io
    /// PROJ could not set up the projection for an SVG map.
    case projection
    /// An option value that cannot be used (a size, a step).
    case invalidOption
  }

  /// What kind of problem.
  public var code: Code
  /// What is wrong, in words a user acts on.
  public var message: String
  /// The file the problem is in, when there is one.
  public var file: String?
  /// 1-based line, when known.
  public var line: Int?
  /// 1-based column, when known.
  public var column: Int?

  /// - Parameters:
  ///   - code: the kind of problem.
  ///   - message: what is wrong, in words a user acts on.
  ///   - file: the file at fault, if any.
  ///   - line: 1-based line in `file`.
  ///   - column: 1-based column in `file`.
  public init(
    _ code: Code, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil
  ) {
    self.code = code
    self.message = message
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:col: message`, the form compilers use; just the message without a file.
  public var description: String {
    InputLocation.describe(message, file: file, line: line, column: column)
  }
}
