#if canImport(Glibc)
  import Glibc
#endif

/// Unbuffered-enough writes to standard error, for diagnostics and summaries.
enum StandardError {
  static func print(_ message: String) {
    var line = message + "\n"
    line.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = write(STDERR_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
      }
    }
  }

  /// Whether standard error is a terminal, so progress bars are worth drawing.
  static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
