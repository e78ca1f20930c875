import Foundation
import GeoJSON

/// Finds the `gazetteer/` folder that frontline ships: the data that makes it work offline.
///
/// Order: `$FRONTLINE_DATA` (a folder holding `places.tsv`), then a `gazetteer/` folder beside
/// the executable or in any folder above it (a build inside the repository), then
/// `/usr/local/share/frontline/gazetteer` and `/usr/share/frontline/gazetteer`.
enum DataLocation {
  static let environmentVariable = "FRONTLINE_DATA"

  /// The data folder, without a trailing slash.
  /// - Throws: `GeoJSONError(.io)` listing where it looked.
  static func gazetteerDirectory() throws(GeoJSONError) -> String {
    let candidates = searchPath()
    for directory in candidates
    where FileManager.default.fileExists(atPath: directory + "/places.tsv") {
      return directory
    }
    throw GeoJSONError(
      .io,
      "cannot find frontline's data folder (gazetteer/); set \(environmentVariable) to it. "
        + "Looked in: \(candidates.joined(separator: ", "))")
  }

  /// A file inside the data folder, e.g. `borders/ne10m-land-boundaries.geojson`.
  static func file(_ relativePath: String) throws(GeoJSONError) -> String {
    try gazetteerDirectory() + "/" + relativePath
  }

  /// Where the gazetteer index is cached: `$FRONTLINE_CACHE`, else `$XDG_CACHE_HOME/frontline`,
  /// else `~/.cache/frontline`; `nil` (no cache) when it cannot be created. The cache is
  /// keyed by the source files' paths, sizes and times, so it is never stale.
  static func cacheDirectory() -> String? {
    let environment = ProcessInfo.processInfo.environment
    let directory: String
    if let custom = environment["FRONTLINE_CACHE"], !custom.isEmpty {
      directory = custom
    } else if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
      directory = xdg + "/frontline"
    } else if let home = environment["HOME"], !home.isEmpty {
      directory = home + "/.cache/frontline"
    } else {
      return nil
    }
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      return directory
    } catch {
      return nil
    }
  }

  private static func searchPath() -> [String] {
    var candidates: [String] = []
    if let custom = ProcessInfo.processInfo.environment[environmentVariable], !custom.isEmpty {
      candidates.append(custom.hasSuffix("/") ? String(custom.dropLast()) : custom)
    }
    var directory = URL(fileURLWithPath: executablePath()).deletingLastPathComponent()
    while directory.path != "/" {
      candidates.append(directory.appendingPathComponent("gazetteer").path)
      directory.deleteLastPathComponent()
    }
    candidates += ["/usr/local/share/frontline/gazetteer", "/usr/share/frontline/gazetteer"]
    return candidates
  }

  private static func executablePath() -> String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
  }
}
