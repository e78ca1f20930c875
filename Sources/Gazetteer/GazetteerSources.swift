#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files a gazetteer is built from, and their identity for the cache: real path, size
/// and modification time of each.
struct GazetteerSources {
  var geonames: [String]
  var curated: [String]
  var countries: String?

  /// A text that changes whenever any source file is replaced, edited or touched, or the
  /// program itself is (a new frontline may index differently).
  /// - Throws: `GazetteerError(.io)` naming a file that cannot be found.
  func identity() throws(GazetteerError) -> String {
    var lines = ["frontline gazetteer index v\(StoreImage.formatVersion)"]
    if let program = Self.fileIdentity("/proc/self/exe") { lines.append("program\t\(program)") }
    let roles =
      geonames.map { ("geonames", $0) } + curated.map { ("curated", $0) }
      + (countries.map { [("countries", $0)] } ?? [])
    for (role, path) in roles {
      guard let identity = Self.fileIdentity(path) else {
        throw GazetteerError(.io, "cannot open: \(String(cString: strerror(errno)))", file: path)
      }
      lines.append("\(role)\t\(identity)")
    }
    return lines.joined(separator: "\n")
  }

  /// Real path, size and modification time of a file, or `nil` when it cannot be found.
  private static func fileIdentity(_ path: String) -> String? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    #if canImport(Darwin)
      let modified = status.st_mtimespec
    #else
      let modified = status.st_mtim
    #endif
    return "\(realPath(path))\t\(status.st_size)\t\(modified.tv_sec).\(modified.tv_nsec)"
  }

  /// Whether `path` is a curated TSV (its first line is the curated header) rather than a
  /// GeoNames dump.
  /// - Throws: `GazetteerError(.io)` when the file cannot be read.
  static func isCurated(_ path: String) throws(GazetteerError) -> Bool {
    guard let file = fopen(path, "r") else {
      throw GazetteerError(.io, "cannot open: \(String(cString: strerror(errno)))", file: path)
    }
    defer { fclose(file) }
    var buffer = [CChar](repeating: 0, count: 256)
    guard fgets(&buffer, Int32(buffer.count), file) != nil else { return false }
    let line = String(
      decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return line.hasPrefix(CuratedPlacesReader.header.prefix(3).joined(separator: "\t"))
  }

  static func realPath(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
