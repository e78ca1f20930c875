#if canImport(Glibc)
  import Glibc
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  import Darwin
  private let systemRead = Darwin.read
#endif

/// Reads a whole input, a file or `-` for standard input, as bytes: the one reader behind
/// every command's inputs and every data file a module loads whole.
public enum InputFile {
  /// The name to show in messages for `path`.
  public static func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }

  /// Reads all of `path` (`-`: standard input).
  /// - Throws: `GeoJSONError(.io)` naming the file when it cannot be opened or read, or is a
  ///   directory.
  public static func read(_ path: String) throws(GeoJSONError) -> [UInt8] {
    let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw GeoJSONError(.io, "cannot open: \(String(cString: strerror(errno)))", file: path)
    }
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    var status = stat()
    if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
      throw GeoJSONError(.io, "is a directory, not a file", file: path)
    }
    var bytes: [UInt8] = []
    if status.st_size > 0 { bytes.reserveCapacity(Int(status.st_size)) }
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw GeoJSONError(.io, "cannot read: \(String(cString: strerror(errno)))", file: path)
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }
}
