import Foundation

@testable import Gazetteer

/// Test data: `Tests/GazetteerTests/Fixtures/` and the repository's shipped `gazetteer/`
/// folder, both found from this file's path.
enum Fixture {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

  /// A file in `Fixtures/`.
  static func path(_ name: String) -> String {
    directory.appendingPathComponent("Fixtures").appendingPathComponent(name).path
  }

  /// The repository's `gazetteer/` folder.
  static let dataDirectory = directory.deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("gazetteer").path

  /// The shipped gazetteer, loaded once for all tests (no cache).
  static let shipped: Gazetteer = {
    do {
      return try Gazetteer.loadShipped(dataDirectory: dataDirectory)
    } catch {
      fatalError("cannot load the shipped gazetteer: \(error)")
    }
  }()

  /// A reader of place rows: `GeoNamesReader.read` or `CuratedPlacesReader.read`.
  typealias RecordReader = (String, inout StringArena, inout [PlaceRecord]) throws(GazetteerError)
    -> Void

  /// The records `reader` reads from `path`, with the arena holding their strings.
  static func records(
    at path: String, _ reader: RecordReader
  ) throws(GazetteerError) -> (records: [PlaceRecord], arena: StringArena) {
    var arena = StringArena()
    var records: [PlaceRecord] = []
    try reader(path, &arena, &records)
    return (records, arena)
  }

  /// The error `reader` reports for a file `name` holding `text`, or `nil` when it reads it.
  static func readError(
    _ text: String, name: String, _ reader: RecordReader
  ) throws -> GazetteerError? {
    let path = try temporaryFile(text, name: name)
    do {
      _ = try records(at: path, reader)
      return nil
    } catch {
      return error
    }
  }

  /// Writes `text` to a new temporary file and returns its path.
  static func temporaryFile(_ text: String, name: String = "gazetteer.txt") throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("frontline-gazetteer-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }
}
