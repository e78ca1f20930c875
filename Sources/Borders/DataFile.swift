import GeoJSON

#if canImport(Glibc)
  import Glibc
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  import Darwin
  private let systemRead = Darwin.read
#endif

/// Reading the data files the module loads: whole files as bytes, GeoJSON parsed with the
/// GeoJSON module's reader, errors turned into `BordersError` with file, line and column.
enum DataFile {
  /// All bytes of `path`.
  /// - Throws: `BordersError(.io)` naming the file when it cannot be opened or read.
  static func read(_ path: String) throws(BordersError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw BordersError(.io, "cannot open: \(String(cString: strerror(errno)))", file: path)
    }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw BordersError(.io, "cannot read: \(String(cString: strerror(errno)))", file: path)
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }

  /// The features of a GeoJSON file (a FeatureCollection, a Feature or a bare geometry).
  /// - Throws: `BordersError(.io)` when unreadable, `.invalidData` with line and column when
  ///   it is not valid GeoJSON.
  static func features(_ path: String) throws(BordersError) -> [Feature] {
    let bytes = try read(path)
    return try features(bytes, file: path)
  }

  /// The features of GeoJSON text.
  /// - Parameters:
  ///   - bytes: UTF-8 GeoJSON.
  ///   - file: the name to put in errors.
  static func features(_ bytes: [UInt8], file: String?) throws(BordersError) -> [Feature] {
    do {
      return try GeoJSONReader.read(bytes, file: file).features
    } catch {
      throw BordersError(error)
    }
  }
}
