import GeoJSON

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A built gazetteer index kept in a file, so that the next run maps it instead of parsing
/// the sources: `<directory>/gazetteer-<hash of the source paths>.idx`, holding the sources'
/// identity (`GazetteerSources.identity`) and used only when that still matches.
///
/// Caching is an optimisation: a cache that cannot be read is rebuilt and one that cannot be
/// written is skipped, silently.
struct GazetteerCache {
  let path: String
  let key: String

  init(directory: String, sources: GazetteerSources) throws(GazetteerError) {
    key = try sources.identity()
    var paths = (sources.geonames + sources.curated + [sources.countries ?? ""])
      .map(GazetteerSources.realPath).joined(separator: "\n")
    let hash = paths.withUTF8 { Hash.fnv64($0) }
    let name = "gazetteer-" + String(hash, radix: 16) + ".idx"
    path = (directory.hasSuffix("/") ? directory : directory + "/") + name
  }

  /// The cached store, if the file exists and was built from the same sources.
  func load() -> GazetteerStore? {
    GazetteerStore(mappingFile: path, cacheKey: key)
  }

  /// Writes `image` to the cache file atomically; failures are ignored.
  func save(_ image: UnsafeRawBufferPointer) {
    let directory = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    Self.makeDirectories(directory)
    try? AtomicFile.write(image, to: path, overwrite: true)
  }

  private static func makeDirectories(_ directory: String) {
    guard !directory.isEmpty, access(directory, F_OK) != 0 else { return }
    let parent = String(directory[..<(directory.lastIndex(of: "/") ?? directory.startIndex)])
    makeDirectories(parent)
    mkdir(directory, 0o755)
  }
}
