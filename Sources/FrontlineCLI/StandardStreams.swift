#if canImport(Glibc)
  import Glibc
#endif

/// Unbuffered-enough writes to standard error, for diagnostics and summaries.
enum StandardError {
  static func print(_ message: String) {
    let line = message + "\n"
    _ = line.withCString { fputs($0, stderr) }
  }

  /// Whether standard error is a terminal, so progress bars are worth drawing.
  static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
