/// Where in an input a message points: the `file:line:col` that compilers print, so editors
/// and terminals can jump there. Every module's error type formats itself through it.
public struct InputLocation: Hashable, Sendable {
  /// The file as the user named it (`<stdin>` for standard input).
  public var file: String
  /// 1-based line, when known.
  public var line: Int?
  /// 1-based column in characters, when known.
  public var column: Int?

  public init(file: String, line: Int? = nil, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:col: message`, leaving out the parts that are not known.
  public func describe(_ message: String) -> String {
    var text = file
    if let line { text += ":\(line)" }
    if let column { text += ":\(column)" }
    return "\(text): \(message)"
  }

  /// `message` located in `file` when there is one, else `message` alone.
  public static func describe(_ message: String, file: String?, line: Int?, column: Int?) -> String
  {
    guard let file else { return message }
    return InputLocation(file: file, line: line, column: column).describe(message)
  }
}
