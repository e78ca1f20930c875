import GeoJSON

/// Why PROJ could not create a CRS or operation, or could not transform a coordinate.
///
/// Carries PROJ's own words in `reason` (captured through `proj_log_func`, because
/// `proj_context_errno_string` alone often says only "Unknown error") and PROJ's error number
/// in `projErrno` (the `PROJ_ERR_*` constants of `proj.h`).
public struct ProjectionError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What kind of problem; stable for tests and scripts.
  public enum Code: String, Hashable, Sendable {
    /// An authority code (`EPSG:99999`) that PROJ's database does not know.
    case crsNotFound
    /// A CRS or operation definition PROJ cannot parse, or with an illegal parameter
    /// (`PROJ_ERR_INVALID_OP_*`).
    case invalidDefinition
    /// A definition that PROJ understands but that is not a CRS, where a CRS was needed.
    case notACRS
    /// A definition that is a CRS, where a coordinate operation was needed.
    case notAnOperation
    /// No coordinate operation between the two CRSs, or none for this coordinate
    /// (`PROJ_ERR_COORD_TRANSFM_NO_OPERATION`).
    case noOperation
    /// A coordinate that is not a number or not valid for the operation
    /// (`PROJ_ERR_COORD_TRANSFM_INVALID_COORD`).
    case invalidCoordinate
    /// A coordinate outside the domain of the projection
    /// (`PROJ_ERR_COORD_TRANSFM_OUTSIDE_PROJECTION_DOMAIN`).
    case outsideDomain
    /// A coordinate outside the grid the operation needs, or on a no-data cell
    /// (`PROJ_ERR_COORD_TRANSFM_OUTSIDE_GRID`, `..._GRID_AT_NODATA`).
    case outsideGrid
    /// The operation has no inverse (`PROJ_ERR_OTHER_NO_INVERSE_OP`).
    case noInverse
    /// Any other failure inside PROJ.
    case projFailure
  }

  /// The kind of problem.
  public var code: Code
  /// What went wrong, naming the CRS, operation or coordinate.
  public var message: String
  /// The CRS or operation definition involved, as given.
  public var context: String?
  /// PROJ's own explanation: its log messages and error string, when it gave any.
  public var reason: String?
  /// PROJ's error number (`proj_errno`, `proj_context_errno`), when PROJ set one.
  public var projErrno: Int?
  /// The input file, when the coordinate came from one (`<stdin>` for standard input).
  public var file: String?
  /// The 1-based line in `file`, when known.
  public var line: Int?
  /// The 1-based column (in characters) on `line`, when known.
  public var column: Int?

  /// - Parameters:
  ///   - code: the kind of problem.
  ///   - message: what went wrong.
  ///   - context: the CRS or operation definition involved.
  ///   - reason: PROJ's explanation.
  ///   - projErrno: PROJ's error number.
  public init(
    _ code: Code, _ message: String, context: String? = nil, reason: String? = nil,
    projErrno: Int? = nil
  ) {
    self.code = code
    self.message = message
    self.context = context
    self.reason = reason
    self.projErrno = projErrno
  }

  /// `file:line:col: message (PROJ: reason)`; the location part only when known.
  public var description: String {
    let explained = reason.flatMap { $0.isEmpty ? nil : " (PROJ: \($0))" } ?? ""
    return InputLocation.describe(message + explained, file: file, line: line, column: column)
  }

  /// The same error, located in `file` at `line` and `column` (1-based).
  public func located(file: String?, line: Int? = nil, column: Int? = nil) -> ProjectionError {
    var copy = self
    copy.file = file
    copy.line = line
    copy.column = column
    return copy
  }

  /// The code for a PROJ error number (`PROJ_ERR_*` in `proj.h`).
  static func code(forProjErrno number: Int) -> Code {
    switch number {
    case 1024..<2048: .invalidDefinition
    case 2049: .invalidCoordinate
    case 2050: .outsideDomain
    case 2051: .noOperation
    case 2052, 2053: .outsideGrid
    case 4098: .noInverse
    default: .projFailure
    }
  }
}
