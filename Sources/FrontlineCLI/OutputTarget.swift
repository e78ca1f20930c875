import GeoJSON

#if canImport(Glibc)
  import Glibc
#endif

/// Where a command writes: standard output, or a file written atomically (`-o`), never
/// replacing an existing file without `--overwrite`.
final class OutputTarget {
  private let file: AtomicFile?
  private var buffer: [UInt8] = []

  /// - Parameters:
  ///   - path: `nil` or `-` for standard output, else the file to create.
  ///   - overwrite: whether an existing file may be replaced.
  init(path: String?, overwrite: Bool) throws(GeoJSONError) {
    if let path, path != "-" {
      file = try AtomicFile(path: path, overwrite: overwrite)
    } else {
      file = nil
    }
  }

  func write(_ bytes: some Sequence<UInt8>) throws(GeoJSONError) {
    if let file {
      try file.write(bytes)
    } else {
      buffer.append(contentsOf: bytes)
      if buffer.count >= 1 << 20 { try flushStandardOutput() }
    }
  }

  func write(_ string: String) throws(GeoJSONError) { try write(string.utf8) }

  /// Finishes the output: flushes standard output or renames the file into place.
  func commit() throws(GeoJSONError) {
    if let file { try file.commit() } else { try flushStandardOutput() }
  }

  /// Drops a file output after a failure, leaving any existing file untouched.
  func discard() { file?.discard() }

  private func flushStandardOutput() throws(GeoJSONError) {
    var offset = 0
    while offset < buffer.count {
      let written = buffer.withUnsafeBytes {
        Glibc.write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset)
      }
      if written < 0, errno == EINTR { continue }
      guard written > 0 else {
        throw GeoJSONError(
          .io, "cannot write to standard output: \(String(cString: strerror(errno)))")
      }
      offset += written
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
