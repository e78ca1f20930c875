import Foundation
import GeoJSON

/// The report files a command line names: files as given, folders as their `.txt` files in
/// name order, `-` as standard input.
enum ReportFiles {
  /// The files, in order.
  /// - Throws: `GeoJSONError(.io)` for a folder that cannot be listed.
  static func expand(_ inputs: [String]) throws(GeoJSONError) -> [String] {
    var files: [String] = []
    for input in inputs {
      var isDirectory: ObjCBool = false
      guard input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory),
        isDirectory.boolValue
      else {
        files.append(input)
        continue
      }
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: input)
      } catch {
        throw GeoJSONError(.io, "cannot list the folder", file: input)
      }
      let folder = input.hasSuffix("/") ? input : input + "/"
      files += names.filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted().map {
        folder + $0
      }
    }
    return files
  }
}
