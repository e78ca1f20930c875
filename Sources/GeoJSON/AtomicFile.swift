#if canImport(Glibc)
  import Glibc
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let systemWrite = Darwin.write
#endif

/// A file written in full or not at all: bytes go to a temporary file beside the target,
/// which is renamed over the target only on `commit()` (rename(2) is atomic on POSIX file
/// systems), so a reader never sees half a file and a failure leaves the target untouched.
public final class AtomicFile {
  /// The file that `commit()` creates or replaces.
  public let path: String
  private let temporaryPath: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private static let flushThreshold = 1 << 20

  /// Opens a temporary file beside `path`.
  /// - Parameters:
  ///   - path: the target file.
  ///   - overwrite: whether an existing target may be replaced; when false and the target
  ///     exists, throws `.io` naming the `--overwrite` flag.
  public init(path: String, overwrite: Bool) throws(GeoJSONError) {
    if !overwrite, access(path, F_OK) == 0 {
      throw GeoJSONError(.io, "exists; pass --overwrite to replace it", file: path)
    }
    self.path = path
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    // mkstemp(3) replaces the six trailing X's with a unique suffix.
    let suffix = String(repeating: "X", count: 6)
    var template = Array("\(directory).\(name).tmp-\(suffix)".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else {
      throw GeoJSONError(
        .io, "cannot create a file in \(directory.isEmpty ? "." : directory): \(Self.lastError)",
        file: path)
    }
    descriptor = fd
    temporaryPath = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  deinit {
    if descriptor >= 0 {
      close(descriptor)
      unlink(temporaryPath)
    }
  }

  /// Appends bytes to the pending file.
  public func write(_ bytes: some Sequence<UInt8>) throws(GeoJSONError) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  /// Appends a string's UTF-8 bytes.
  public func write(_ string: String) throws(GeoJSONError) {
    try write(string.utf8)
  }

  /// Makes the file visible under its name, with the permissions of a newly created file.
  public func commit() throws(GeoJSONError) {
    try flush()
    let mask = umask(0)
    umask(mask)
    fchmod(descriptor, 0o666 & ~mask)
    guard fsync(descriptor) == 0, close(descriptor) == 0 else {
      let reason = Self.lastError
      discard()
      throw GeoJSONError(.io, "cannot write \(path): \(reason)", file: path)
    }
    descriptor = -1
    guard rename(temporaryPath, path) == 0 else {
      let reason = Self.lastError
      unlink(temporaryPath)
      throw GeoJSONError(.io, "cannot write \(path): \(reason)", file: path)
    }
  }

  /// Abandons the write; the target is left as it was.
  public func discard() {
    guard descriptor >= 0 else { return }
    close(descriptor)
    descriptor = -1
    unlink(temporaryPath)
  }

  /// Writes `bytes` to `path` atomically in one call.
  public static func write(
    _ bytes: some Sequence<UInt8>, to path: String, overwrite: Bool
  ) throws(GeoJSONError) {
    let file = try AtomicFile(path: path, overwrite: overwrite)
    try file.write(bytes)
    try file.commit()
  }

  private func flush() throws(GeoJSONError) {
    var offset = 0
    while offset < buffer.count {
      let written = buffer.withUnsafeBytes {
        systemWrite(descriptor, $0.baseAddress! + offset, $0.count - offset)
      }
      guard written > 0 else {
        let reason = Self.lastError
        discard()
        throw GeoJSONError(.io, "cannot write \(path): \(reason)", file: path)
      }
      offset += written
    }
    buffer.removeAll(keepingCapacity: true)
  }

  private static var lastError: String { String(cString: strerror(errno)) }
}
