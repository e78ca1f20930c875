import GeoJSON

#if canImport(Glibc)
  import Glibc
#endif

/// Unbuffered-enough writes to standard error, for diagnostics and summaries.
enum StandardError {
  static func print(_ message: String) {
    write(message + "\n")
  }

  /// Writes `text` as it is, without a line end (a progress bar redrawn with `\r`).
  static func write(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = Glibc.write(STDERR_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
      }
    }
  }

  /// Whether standard error is a terminal, so progress bars are worth drawing.
  static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// Standard output for a result printed in one piece (a count, an id, one measurement).
enum StandardOutput {
  /// Writes `bytes` whole.
  static func write(_ bytes: some Sequence<UInt8>) throws(GeoJSONError) {
    let target = try OutputTarget(path: nil, overwrite: false)
    try target.write(bytes)
    try target.commit()
  }

  /// Writes `text` whole.
  static func write(_ text: String) throws(GeoJSONError) { try write(text.utf8) }
}
