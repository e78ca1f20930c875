import GeoJSON

/// Why an actors file, a ledger, a snapshot or a ledger write was rejected, with where.
///
/// Ledger validation reports many problems at once: each is a `ControlError` with its line,
/// and a rejected write carries them in `problems`.
public struct ControlError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What kind of problem; stable for tests and scripts.
  public enum Code: String, Hashable, Sendable {
    /// A row of an actors file that cannot be read (columns, colour, kind, duplicates).
    case malformedActors
    /// A ledger line that is not a well-formed event (JSON, CSV, missing or mistyped field).
    case malformedEvent
    /// An actor name that the actors file does not know.
    case unknownActor
    /// A place that the gazetteer does not know.
    case unresolvedPlace
    /// A place name that matches several gazetteer places.
    case ambiguousPlace
    /// A date that is not a valid ISO 8601 calendar day (YYYY-MM-DD).
    case badDate
    /// A confidence outside [0, 1].
    case confidenceOutOfRange
    /// An event id used twice.
    case duplicateID
    /// Two events for one place on one day that cannot both be true.
    case contradiction
    /// A snapshot GeoJSON file that `frontline snapshot` did not write or that was edited badly.
    case malformedSnapshot
    /// Another writer holds the ledger's lock.
    case locked
    /// A write that was refused because of `problems`; the ledger is unchanged.
    case rejected
    /// A file that cannot be read or written.
    case io
  }

  /// What kind of problem.
  public var code: Code
  /// What is wrong, for people.
  public var message: String
  /// The file, when known (`nil` for standard input or data built in memory).
  public var file: String?
  /// 1-based line, when known.
  public var line: Int?
  /// 1-based column, when known: characters for JSON syntax errors, UTF-8 bytes otherwise.
  public var column: Int?
  /// The individual problems behind a `.rejected` error.
  public var problems: [ControlError]

  /// - Parameters:
  ///   - code: the kind of problem.
  ///   - message: what is wrong.
  ///   - file: the file, if any.
  ///   - line: 1-based line.
  ///   - column: 1-based column.
  ///   - problems: the problems behind a `.rejected` error.
  public init(
    _ code: Code, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil,
    problems: [ControlError] = []
  ) {
    self.code = code
    self.message = message
    self.file = file
    self.line = line
    self.column = column
    self.problems = problems
  }

  /// `file:line:col: message`, the form compilers use, so editors can jump to it.
  public var description: String {
    InputLocation(file: file ?? "<stdin>", line: line, column: column).describe(message)
  }
}
